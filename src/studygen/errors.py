"""Every error studygen reports to a user, in one place.

Each message says what is wrong and what to do next; the CLI prints ``str(error)`` as one line
on stderr and exits with code 2.
"""

from __future__ import annotations


class StudygenError(Exception):
    """Base class: a problem with the user's input or machine, explained for the user."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputNotFoundError(StudygenError):
    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: no such file. Check the path, or pass - to read standard input.")


class InputUnreadableError(StudygenError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: cannot read the file ({reason}).")


class InputEncodingError(StudygenError):
    def __init__(self, source: str, detail: str = "") -> None:
        hint = f" ({detail})" if detail else ""
        super().__init__(
            f"{source}: cannot decode the text{hint}. Save it as UTF-8, or name its encoding "
            "with --encoding (for example --encoding cp932 or --encoding euc-jp)."
        )


class InputNotTextError(StudygenError):
    def __init__(self, source: str, kind: str) -> None:
        super().__init__(
            f"{source}: this is {kind}, not a text or HTML article. Copy the article's text into "
            "a .txt file (or save the web page as .html) and pass that."
        )


class InputTooLargeError(StudygenError):
    def __init__(self, source: str, size: int | None, limit: int) -> None:
        # size None: a pipe or device, read only up to the limit.
        what = f"is {size:,} bytes," if size else "is"
        super().__init__(
            f"{source}: the article {what} over the limit of {limit:,} bytes. "
            "Split it into articles, or raise the limit with --max-bytes."
        )


class HtmlTooDeepError(StudygenError):
    def __init__(self, source: str, flattened_at: int) -> None:
        # Never met on a real page: studygen takes out the tags past flattened_at levels, so only
        # markup that fools that count reaches the parser's own limit.
        super().__init__(
            f"{source}: the page's elements are nested too deep to read whole: past "
            f"{flattened_at} levels studygen keeps only the text, and the HTML parser still met "
            "more than 2,048 open elements, so part of the text would be lost. Nothing was built. "
            "Save the article's text as a .txt file and pass that."
        )


class HtmlParseError(StudygenError):
    def __init__(self, source: str, reason: str) -> None:
        super().__init__(
            f"{source}: the HTML parser stopped before the end of the page ({reason}), so part "
            "of the text would be lost. Nothing was built. Save the article's text as a .txt "
            "file and pass that."
        )


class EmptyInputError(StudygenError):
    def __init__(self, source: str) -> None:
        what = "standard input is empty" if source == "-" else f"{source}: the file is empty"
        super().__init__(f"{what}. Pass a Japanese news article.")


class NoJapaneseTextError(StudygenError):
    def __init__(self, source: str, english: bool = False) -> None:
        what = "it looks like English" if english else "it has no Japanese text"
        super().__init__(
            f"{source}: {what}. Japanese input is required: pass a Japanese article "
            "(text, Markdown or HTML)."
        )


class TooLittleTextError(StudygenError):
    def __init__(self, source: str, chars: int, needed: int) -> None:
        super().__init__(
            f"{source}: only {chars} characters of Japanese text, too little for study material "
            f"(at least {needed} needed). Pass the whole article."
        )


class FontNotFoundError(StudygenError):
    def __init__(self) -> None:
        super().__init__(
            "no Japanese font found, so the PDF would show empty boxes. Install one "
            "(sudo apt-get install fonts-noto-cjk, or run `make bootstrap`), or skip PDFs with --no-pdf."
        )


class TimeLimitError(StudygenError):
    def __init__(self, source: str, seconds: float) -> None:
        super().__init__(
            f"{source}: the build ran past its limit of {seconds:g} s and was stopped; nothing "
            "was written. Split the article into smaller files, or allow more time with --max-seconds."
        )


class OverridesError(StudygenError):
    def __init__(self, path: str, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}. Fix the overrides file (see docs/vocabulary.md).")


class OutputError(StudygenError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: cannot write output ({reason}). Choose another folder with -o.")


class StudySetError(StudygenError):
    """An edited study-set JSON that cannot be rendered, named by its JSON path."""

    def __init__(self, source: str, where: str, fault: str) -> None:
        self.where, self.fault = where, fault
        super().__init__(f"{source}: {where}: {fault}. Fix it and run studygen render again.")


class UsageError(StudygenError):
    pass


class KnownWordsError(StudygenError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            f"{path}: cannot read the known words ({reason}). Pass a text file of words, one a "
            "line, or an Anki collection or package (.apkg, .colpkg, .anki2) with --known."
        )


class AudioError(StudygenError):
    def __init__(self, reason: str) -> None:
        super().__init__(
            f"cannot make the audio ({reason}). Install ffmpeg (sudo apt-get install ffmpeg, or "
            "run `make bootstrap`), or build without --audio."
        )


class GlossaryInputError(StudygenError):
    def __init__(self, reason: str) -> None:
        super().__init__(
            f"{reason}. Pass folders holding the study-set JSON files of earlier builds "
            "(studygen build writes output/<name>/<name>.json)."
        )


class FetchError(StudygenError):
    """A URL could not be fetched; each subclass is one kind of failure with its own advice."""


class UrlNotAllowedError(FetchError):
    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}. Only http:// and https:// pages can be fetched.")


class HostNotFoundError(FetchError):
    def __init__(self, url: str, host: str) -> None:
        super().__init__(f"{url}: the host {host} was not found (DNS). Check the address, or save "
                         "the page as .html and pass the file.")


class ConnectionRefusedFetchError(FetchError):
    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: cannot connect ({reason}). Check the address and that the site "
                         "is up, or save the page as .html and pass the file.")


class FetchTimeoutError(FetchError):
    def __init__(self, url: str, seconds: float) -> None:
        super().__init__(f"{url}: no complete answer within {seconds:g} s. Try again later, or "
                         "save the page as .html and pass the file.")


class HttpStatusError(FetchError):
    def __init__(self, url: str, status: int, phrase: str) -> None:
        what = "the page was not found" if status == 404 else \
            "the server refused the request" if 400 <= status < 500 else "the server failed"
        super().__init__(f"{url}: {what} (HTTP {status} {phrase}). Check the address, or save "
                         "the page as .html and pass the file.")


class TooManyRedirectsError(FetchError):
    def __init__(self, url: str, limit: int) -> None:
        super().__init__(f"{url}: more than {limit} redirects. Pass the page's final address.")


class FeedError(StudygenError):
    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: not a usable RSS or Atom feed ({reason}). Pass the feed's "
                         "address or a saved feed file.")


class ExecutorError(StudygenError):
    def __init__(self, what: str, reason: str) -> None:
        super().__init__(f"{what}: {reason}.")
