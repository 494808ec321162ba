"""Articles from http(s) URLs: a news site on 127.0.0.1 made here (tests/loopback.py).

Tables of pages and the one line each failure gives, then properties of the helpers, then the
real build from a URL: the JSON's source, title and date, and a server that saw only the page
(rendering fetched nothing).
"""

from __future__ import annotations

import json
import socket

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studygen.cli import main
from studygen.errors import FetchError, StudygenError
from studygen.fetch import classify_connect_error, fetch_url, is_url, url_stem
from studygen.ingest import ingest
from studygen.model import Article
from studygen.pipeline import slug_for_article

from .loopback import Site, article_page

CAP = 200_000


@pytest.fixture(scope="module")
def site():
    with Site() as s:
        s.page("/news/k1.html", article_page("economy-rates"))
        # Shift_JIS declared only in the header (the page's own <meta> says nothing).
        sjis = article_page("sports-baseball", charset="shift_jis").replace(b'<meta charset="shift_jis">', b"")
        s.page("/news/sjis.html", sjis, content_type="text/html; charset=Shift_JIS")
        s.page("/news/plain.txt", _text("science-space"), content_type="text/plain; charset=utf-8")
        for n in range(1, 7):
            s.redirect(f"/r{n}", f"/r{n - 1}" if n > 1 else "/news/k1.html")
        s.redirect("/loop", "/loop")
        s.redirect("/to-file", "file:///etc/passwd")
        s.redirect("/to-ftp", "ftp://127.0.0.1/article.txt")
        s.slow("/slow", 0.5)
        s.page("/big", b"<p>" + "あ".encode() * 100_000 + b"</p>")
        s.stream("/big-chunked", 400_000)
        s.page("/missing-page", b"<h1>Not Found</h1>", status=404)
        s.page("/forbidden", b"no", status=403)
        s.page("/boom", b"<h1>Internal Server Error</h1>", status=500)
        s.page("/photo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, content_type="image/png")
        s.page("/data.json", b'{"a": 1}', content_type="application/json")
        yield s


def _text(stem: str) -> bytes:
    from .loopback import ARTICLES

    return (ARTICLES / f"{stem}.txt").read_bytes()


# path, words the one-line error must hold
FAILURES = [
    ("/r6", "more than 5 redirects"),
    ("/loop", "more than 5 redirects"),
    ("/to-file", "file:// is not allowed"),
    ("/to-ftp", "ftp:// is not allowed"),
    ("/slow", "no complete answer within 1 s"),
    ("/big", f"over the limit of {CAP:,} bytes"),
    ("/big-chunked", f"over the limit of {CAP:,} bytes"),
    ("/missing-page", "the page was not found (HTTP 404"),
    ("/forbidden", "the server refused the request (HTTP 403"),
    ("/boom", "the server failed (HTTP 500"),
    ("/photo.png", "this is image/png content, not a text or HTML article"),
    ("/data.json", "application/json"),
]


@pytest.mark.parametrize(("path", "words"), FAILURES)
def test_each_failure_is_one_clear_line(site, path, words):
    with pytest.raises(StudygenError) as e:
        fetch_url(site.url + path, CAP, timeout=1)
    message = str(e.value)
    assert words in message
    assert "\n" not in message and message.startswith(site.url + path)


def test_a_refused_connection(site):
    with socket.socket() as s:  # a port that was free a moment ago: nobody listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="cannot connect.*refused"):
        fetch_url(f"http://127.0.0.1:{port}/a.html", CAP, timeout=2)


# A name that does not resolve, as getaddrinfo reports it (no DNS server is asked here).
DNS_ERRORS = [
    socket.gaierror(-2, "Name or service not known"),
    socket.gaierror(-3, "Temporary failure in name resolution"),
    OSError("[Errno 8] nodename nor servname provided, or not known"),
]


@pytest.mark.parametrize("error", DNS_ERRORS)
def test_dns_failure_says_the_host_was_not_found(error):
    message = str(classify_connect_error("https://news.example.invalid/a.html", error))
    assert "the host news.example.invalid was not found (DNS)" in message


def test_refusal_is_not_taken_for_dns():
    message = str(classify_connect_error("http://127.0.0.1:9/", ConnectionRefusedError(111, "Connection refused")))
    assert "cannot connect (connection refused)" in message


@pytest.mark.parametrize("url", ["ftp://example.jp/a.txt", "file:///etc/passwd", "gopher://x/"])
def test_other_schemes_are_refused_before_anything_is_read(url):
    with pytest.raises(FetchError, match="is not allowed"):
        ingest(url)


def test_five_redirects_are_followed_and_the_final_url_is_the_source(site):
    doc = ingest(site.url + "/r5")
    assert doc.source == site.url + "/news/k1.html"
    assert doc.title.startswith("日銀、政策金利を1％に引き上げ") and doc.published == "2026-03-01"


def test_the_declared_charset_is_honoured(site):
    doc = ingest(site.url + "/news/sjis.html")
    assert "試合" in doc.text or "選手" in doc.text, doc.text[:200]


def test_a_text_page_is_read_as_text(site):
    doc = ingest(site.url + "/news/plain.txt")
    assert doc.format == "text" and "\ufffd" not in doc.text


URL_STEMS = [
    ("https://example.jp/news/k10014.html", "k10014"),
    ("https://example.jp/a?id=42", "a?id=42"),
    ("https://example.jp/news/2026/0301/story/index.html", "story-index"),
    ("https://example.jp/", "example.jp"),
    ("http://127.0.0.1:8000/news/", "news"),
]


@pytest.mark.parametrize(("url", "stem"), URL_STEMS)
def test_url_stems(url, stem):
    assert url_stem(url) == stem


@given(st.text(max_size=80))
def test_any_address_gives_a_safe_folder_name(tail):
    url = "https://example.jp/" + tail
    slug = slug_for_article(Article("0123456789ab", "t", url, None, ()))
    assert slug and "/" not in slug and ".." not in slug and len(slug) <= 60
    assert is_url(url)


@given(st.text(max_size=40))
def test_anything_not_http_is_no_url(text):
    assert is_url(text) == text[:8].lower().startswith(("http://", "https://"))


def test_build_from_a_url(site, tmp_path, capsys):
    before = len(site.requests)
    with pytest.raises(SystemExit) as e:
        main(["build", site.url + "/r2", "-o", str(tmp_path), "--no-handout"])
    out = capsys.readouterr()
    assert e.value.code in (0, None), out.err
    data = json.loads((tmp_path / "k1" / "k1.json").read_text("utf-8"))
    assert data["article"]["source"] == site.url + "/news/k1.html"
    assert data["article"]["title"].startswith("日銀、政策金利を1％に引き上げ")
    assert data["article"]["published"] == "2026-03-01"
    assert (tmp_path / "k1" / "k1-worksheet.pdf").stat().st_size > 10_000
    # The redirect chain and the page; the page's stylesheet and picture were never asked for.
    assert site.requests[before:] == ["/r2", "/r1", "/news/k1.html"]


def test_a_failing_url_in_a_batch_fails_alone(site, tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        main(["build", site.url + "/boom", site.url + "/news/k1.html", "-o", str(tmp_path), "--no-pdf", "--force"])
    out = capsys.readouterr()
    assert e.value.code == 2
    assert out.err.count("studygen: error:") == 1 and "1 of 2 articles failed" in out.err
    assert "(HTTP 500 Internal Server Error)" in out.err
    assert (tmp_path / "k1" / "k1.json").exists()
    assert not any(p.name.startswith("boom") for p in tmp_path.iterdir())
