"""Fetch: an article or a feed from an http(s) URL into bytes, with every limit a build needs.

One GET with httpx, redirects followed here (at most :data:`MAX_REDIRECTS`, each hop checked
to be http or https again: a page may not send us to ``file://`` or ``ftp://``), the body read
in chunks and refused past ``max_bytes`` (the same cap as ``--max-bytes`` for files), one
deadline for the whole fetch (a page trickling a byte a second cannot hold a worker), and
every failure one :class:`~studygen.errors.FetchError` line: DNS, refused, timeout, HTTP
status, too many redirects, too large, not a page of text.

    >>> is_url("https://www3.nhk.or.jp/news/html/20260301/k1.html"), is_url("page.html")
    (True, False)

Only ingest and feeds call this; rendering never fetches (see export/pdf.py's fetcher).
"""

from __future__ import annotations

import re
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .errors import (
    ConnectionRefusedFetchError,
    FetchTimeoutError,
    HostNotFoundError,
    HttpStatusError,
    InputNotTextError,
    InputTooLargeError,
    TooManyRedirectsError,
    UrlNotAllowedError,
)

MAX_REDIRECTS = 5
TIMEOUT_SECONDS = 20.0
USER_AGENT = "studygen (+https://github.com/studygen; article fetcher)"

# What an article may be served as; a missing Content-Type is sniffed by ingest as a file is.
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
# What a feed may be served as (sites serve RSS as any of these, text/html included by mistake).
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml", "application/feed+json", *PAGE_TYPES)

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(source: object) -> bool:
    """True for a source that names a web page (http:// or https://), not a file."""
    return isinstance(source, str) and source[:8].lower().startswith(("http://", "https://"))


def looks_like_url(source: object) -> bool:
    """True for anything with a scheme (ftp://, file://): refused with a clear line, not read
    as a file name."""
    return isinstance(source, str) and bool(_SCHEME.match(source))


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body: the final URL (after redirects), its bytes and what the server said."""

    url: str
    data: bytes
    content_type: str | None  # "text/html", lower case, without parameters
    charset: str | None  # the declared charset of the Content-Type header, if any
    last_modified: str | None = None  # the Last-Modified header as sent


# Last path segments that name no article: /news/2026/03/story/index.html is "story-index".
_GENERIC_SEGMENTS = frozenset({"", "index", "default", "article", "articles", "story", "news", "detail", "amp"})


def url_stem(url: str) -> str:
    """A name for a page's output folder from its address (made safe by the pipeline).

    >>> url_stem("https://example.jp/news/k10014.html"), url_stem("https://example.jp/a?id=42")
    ('k10014', 'a?id=42')
    >>> url_stem("https://example.jp/news/2026/0301/story/index.html")
    'story-index'
    """
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    stem = segments[-1].rsplit(".", 1)[0] if segments else ""
    if stem.lower() in _GENERIC_SEGMENTS and len(segments) > 1:
        stem = f"{segments[-2]}-{stem}"
    if not stem:
        stem = parts.hostname or ""
    return f"{stem}?{parts.query}" if parts.query else stem


def _check_scheme(url: str, shown: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise UrlNotAllowedError(shown, f"{scheme or 'no'}:// is not allowed")
    if not urlsplit(url).hostname:
        raise UrlNotAllowedError(shown, "the address names no host")


def _cause_chain(e: BaseException):
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        yield e
        e = e.__cause__ or e.__context__


# getaddrinfo's messages when a name does not resolve, for resolvers that raise no gaierror.
_DNS_MESSAGES = ("name or service not known", "nodename nor servname", "temporary failure in name resolution",
                 "no address associated", "getaddrinfo failed", "name does not resolve")


def classify_connect_error(url: str, error: BaseException) -> Exception:
    """The user's error for a failed connection: the host not found (DNS), else refused.

    >>> str(classify_connect_error("http://x.invalid/", OSError("[Errno -2] Name or service not known")))[:46]
    'http://x.invalid/: the host x.invalid was not '
    """
    host = urlsplit(url).hostname or url
    for e in _cause_chain(error):
        if isinstance(e, socket.gaierror) or any(m in str(e).lower() for m in _DNS_MESSAGES):
            return HostNotFoundError(url, host)
    reason = "connection refused" if any(isinstance(e, ConnectionRefusedError) or "refused" in str(e).lower()
                                         for e in _cause_chain(error)) else str(error) or type(error).__name__
    return ConnectionRefusedFetchError(url, reason)


def _media_type(header: str | None) -> tuple[str | None, str | None]:
    """("text/html", "shift_jis") from 'text/html; charset="Shift_JIS"'."""
    if not header:
        return None, None
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for p in parts[1:]:
        key, _, value = p.partition("=")
        if key.strip().lower() == "charset" and value.strip().strip("\"'"):
            charset = value.strip().strip("\"'").lower()
    return parts[0].lower() or None, charset


def _headers(accept: tuple[str, ...]) -> dict[str, str]:
    # identity: no compressed body, so the size cap counts the bytes that are kept (a 50 kB
    # gzip bomb could otherwise hold 50 MB).
    return {"User-Agent": USER_AGENT, "Accept": ", ".join(accept[:3]) + ", */*;q=0.1",
            "Accept-Encoding": "identity"}


_tls = None
_tls_lock = threading.Lock()


def _tls_context():
    """httpx's default TLS context (certifi's roots), made once per process: making it loads
    the whole CA bundle, ~0.1 s, which a new client per page paid again for every page (2 s of
    a 20-page feed whose articles were all unchanged). One context serves every thread."""
    global _tls
    with _tls_lock:
        if _tls is None:
            import httpx

            _tls = httpx.create_ssl_context(trust_env=False)
        return _tls


def fetch_url(url: str, max_bytes: int, *, timeout: float = TIMEOUT_SECONDS,
              accept: tuple[str, ...] = PAGE_TYPES) -> Fetched:
    """GET ``url`` and return its body, or raise a FetchError (or InputTooLargeError,
    InputNotTextError) that says in one line what went wrong.

    ``timeout`` bounds the whole fetch, redirects and body included, not each read.
    """
    import httpx

    from .ingest import display_name

    shown = display_name(url)
    _check_scheme(url, shown)
    deadline = time.monotonic() + timeout
    current = url
    try:
        with httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=False, trust_env=False,
                          verify=_tls_context(), headers=_headers(accept)) as client:
            for _hop in range(MAX_REDIRECTS + 1):
                with client.stream("GET", current) as response:
                    if response.is_redirect and "location" in response.headers:
                        current = urljoin(str(response.url), response.headers["location"])
                        # A redirect may not lead out of http(s): file:///etc/passwd stays unread.
                        _check_scheme(current, shown)
                        continue
                    if response.status_code >= 400 or response.status_code < 200:
                        raise HttpStatusError(shown, response.status_code, response.reason_phrase)
                    media, charset = _media_type(response.headers.get("content-type"))
                    if media is not None and media not in accept:
                        raise InputNotTextError(shown, f"{media} content")
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > max_bytes:
                        raise InputTooLargeError(shown, int(declared), max_bytes)
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > max_bytes:
                            raise InputTooLargeError(shown, None, max_bytes)
                        if time.monotonic() > deadline:
                            raise FetchTimeoutError(shown, timeout)
                    return Fetched(str(response.url), bytes(body), media, charset,
                                   response.headers.get("last-modified"))
            raise TooManyRedirectsError(shown, MAX_REDIRECTS)
    except httpx.TimeoutException:
        raise FetchTimeoutError(shown, timeout) from None
    except httpx.ConnectError as e:
        raise classify_connect_error(shown, e) from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as e:
        raise UrlNotAllowedError(shown, str(e) or "not a valid address") from None
    except httpx.HTTPError as e:  # a broken answer: the connection cut, a malformed header
        raise ConnectionRefusedFetchError(shown, f"broken answer: {e or type(e).__name__}") from None
