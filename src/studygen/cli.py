def main() -> None:
    raise SystemExit("studygen: the command line is being built")
