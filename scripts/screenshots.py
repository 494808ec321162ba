"""The README's pictures of the review page: docs/review-page.png (a set open beside its article)
and docs/review-edit.png (a question being edited, with a fault shown beside its field).

Starts `studygen serve` on a throwaway data folder, uploads the example article in Debian's
Chromium (Playwright) and saves two PNGs. Run again after changing the page:

    .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]


def main() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as data:
        server = subprocess.Popen([sys.executable, "-m", "studygen", "serve", "--port", str(port), "--data", data])
        try:
            for _ in range(300):
                try:
                    httpx.get(url + "/static/app.css", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = browser.new_page(viewport={"width": 1200, "height": 760})
                page.goto(url + "/")
                page.set_input_files("#file", str(ROOT / "examples" / "us-ukraine-summit.txt"))
                page.locator("button.primary").click()
                page.wait_for_selector("#questions", timeout=120_000)
                second = page.locator("#questions > li").nth(1).get_attribute("id")
                page.locator(f"#toggle-{second}").click()
                page.wait_for_selector(f"#{second}.dropped")
                page.screenshot(path=str(ROOT / "docs" / "review-page.png"))
                first = page.locator("#questions > li").first.get_attribute("id")
                page.locator(f"#edit-{first}").click()
                page.fill(f"#answer-{first}", "バイデン大統領")
                page.locator(f"#save-{first}").click()
                page.wait_for_selector(f"#fault-{first}-choices")
                page.locator(f"#{first}").scroll_into_view_if_needed()
                page.screenshot(path=str(ROOT / "docs" / "review-edit.png"))
                browser.close()
        finally:
            server.terminate()
            server.wait()
    from PIL import Image

    for name in ("review-page.png", "review-edit.png"):
        path = ROOT / "docs" / name
        # 64 colours keep the anti-aliased kana readable at a third of the size.
        Image.open(path).convert("RGB").quantize(colors=64).save(path, optimize=True)
        print(path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
