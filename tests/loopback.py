"""A news site on 127.0.0.1 for the fetch, feed and Dask tests: made in the test, nothing else
is contacted.

Pages are the fixture articles as HTML (title in <h1>, date in <time>), plus the kinds of trouble
a real site gives: a redirect chain, a slow page, an oversize page, error pages, a picture, a
redirect out of http. Every request is counted (``site.requests``) so a test can show that a
build fetched the page once and rendering fetched nothing.
"""

from __future__ import annotations

import html
import threading
import time
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
JST = timezone(timedelta(hours=9))


def article_page(stem: str, *, date: str = "2026-03-01", charset: str = "utf-8") -> bytes:
    """A fixture article as a news page: headline, <time> dateline, paragraphs, and page
    furniture that points elsewhere (a stylesheet, a tracking pixel) that must never be fetched."""
    lines = [ln for ln in (ARTICLES / f"{stem}.txt").read_text("utf-8").splitlines() if ln.strip()]
    title, body = lines[0], lines[1:]
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    page = (f'<!DOCTYPE html><html lang="ja"><head><meta charset="{charset}"><title>{html.escape(title)} | 港ニュース</title>'
            '<link rel="stylesheet" href="/style.css"></head><body>'
            '<nav><a href="/">ホーム</a> <a href="/news/">ニュース</a></nav>'
            f'<article><h1>{html.escape(title)}</h1><time datetime="{date}T09:00:00+09:00">{date}</time>'
            f'{paragraphs}<img src="/pixel.png" alt=""></article></body></html>')
    return page.encode(charset)


class Site:
    """Routes: path -> (status, headers, body) or a callable handler; started on a free port."""

    def __init__(self) -> None:
        self.routes: dict[str, object] = {}
        self.requests: list[str] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                with site._lock:
                    site.requests.append(self.path)
                route = site.routes.get(self.path)
                if route is None:
                    self._send(404, {"Content-Type": "text/html"}, b"<h1>Not Found</h1>")
                elif callable(route):
                    route(self)
                else:
                    self._send(*route)

            def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address) -> None:
                # A client that hangs up early (a build that stops reading a 404 page) resets the
                # connection; socketserver would print its traceback to the stderr a test reads as
                # studygen's one-line error (seen once in a fresh-clone run of test_feeds).
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def page(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8",
             status: int = 200, **headers: str) -> str:
        self.routes[path] = (status, {"Content-Type": content_type, **headers}, body)
        return self.url + path

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        self.routes[path] = (status, {"Location": to}, b"")
        return self.url + path

    def slow(self, path: str, seconds: float) -> str:
        """Headers at once, then a byte of body at a time, ``seconds`` apart."""
        def handler(h: BaseHTTPRequestHandler) -> None:
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", "100")
            h.end_headers()
            try:
                for _ in range(100):
                    h.wfile.write(b" ")
                    h.wfile.flush()
                    time.sleep(seconds)
            except OSError:  # the client gave up: that is the point
                pass
        self.routes[path] = handler
        return self.url + path

    def stream(self, path: str, size: int) -> str:
        """A body of ``size`` bytes sent chunked, without Content-Length (the cap must count)."""
        def handler(h: BaseHTTPRequestHandler) -> None:
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Transfer-Encoding", "chunked")
            h.end_headers()
            chunk = b"<p>" + "あ".encode() * 2000 + b"</p>"
            sent = 0
            try:
                while sent < size:
                    h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    sent += len(chunk)
                h.wfile.write(b"0\r\n\r\n")
            except OSError:
                pass
        self.routes[path] = handler
        return self.url + path


def rss(site: Site, items: list[tuple[str, str, datetime | None]], title: str = "港ニュース") -> bytes:
    """An RSS 2.0 feed of (title, link, date) items; links relative to the site."""
    out = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
           f"<link>{site.url}/</link><description>t</description>"]
    for t, link, date in items:
        when = f"<pubDate>{format_datetime(date)}</pubDate>" if date else ""
        out.append(f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>{when}</item>")
    out.append("</channel></rss>")
    return "".join(out).encode("utf-8")


def jst(day: int, hour: int = 7) -> datetime:
    return datetime(2026, 3, day, hour, 0, tzinfo=JST)
