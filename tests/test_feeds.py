"""--feed, --since, --limit: feeds read from bytes (tables), then a feed on a loopback site built
twice (the second run all unchanged) and a feed that fails beside one that works."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studygen.cli import main
from studygen.errors import FeedError, UsageError
from studygen.feeds import parse_since, read_feed

from .loopback import JST, Site, article_page, jst, rss

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id><updated>2026-03-02T00:00:00Z</updated>
<entry><title>B</title><id>urn:b</id><link href="https://example.jp/b.html"/><updated>2026-03-02T08:30:00+09:00</updated></entry>
<entry><title>A</title><id>urn:a</id><link href="https://example.jp/a.html"/><updated>2026-02-27T23:30:00+09:00</updated></entry>
</feed>"""


def _rss(*items: tuple[str, str, str | None]) -> bytes:
    body = "".join(f"<item><title>{t}</title><link>{link}</link>" + (f"<pubDate>{d}</pubDate>" if d else "") + "</item>"
                   for t, link, d in items)
    return f'<rss version="2.0"><channel><title>t</title>{body}</channel></rss>'.encode()


RSS = _rss(("c", "https://example.jp/c.html", "Mon, 02 Mar 2026 07:00:00 +0900"),
           ("b", "https://example.jp/b.html", "Sun, 01 Mar 2026 07:00:00 +0900"),
           ("u", "https://example.jp/undated.html", None),
           ("a", "https://example.jp/a.html", "Fri, 27 Feb 2026 18:00:00 +0900"),
           ("rel", "/relative.html", "Mon, 02 Mar 2026 07:00:00 +0900"))

# feed, since, limit, the pages chosen (stems, in the feed's order)
CHOICES = [
    (RSS, None, None, ["c", "b", "undated", "a"]),
    (RSS, "2026-03-01", None, ["c", "b", "undated"]),  # 07:00 JST on 1 March is still 1 March
    (RSS, "2026-03-02", None, ["c", "undated"]),
    (RSS, None, 2, ["c", "b"]),
    (RSS, "2026-03-01", 1, ["c"]),
    (ATOM, None, None, ["b", "a"]),
    (ATOM, "2026-02-28", None, ["b"]),
]


@pytest.mark.parametrize(("feed", "since", "limit", "stems"), CHOICES)
def test_entries_chosen(feed, since, limit, stems):
    entries = read_feed("feed.xml", data=feed, since=parse_since(since) if since else None, limit=limit)
    assert [e.url.rsplit("/", 1)[1].removesuffix(".html") for e in entries] == stems


def test_entry_dates_are_the_feeds_own_day():
    entries = read_feed("feed.xml", data=RSS)
    assert [e.published for e in entries] == ["2026-03-02", "2026-03-01", None, "2026-02-27"]


NOT_FEEDS = [
    b"<html><body><p>\xe3\x81\x82</p></body></html>",
    b"",
    b"not xml at all",
    _rss(("rel", "/only-relative.html", None)),
]


@pytest.mark.parametrize("data", NOT_FEEDS)
def test_not_a_usable_feed(data):
    with pytest.raises(FeedError, match="not a usable RSS or Atom feed"):
        read_feed("feed.xml", data=data)


@pytest.mark.parametrize("value", ["yesterday", "2026-13-01", "1/3/2026", ""])
def test_since_must_be_a_date(value):
    with pytest.raises(UsageError, match="not a date"):
        parse_since(value)


@given(st.binary(max_size=300))
def test_any_bytes_give_entries_or_a_feed_error(data):
    try:
        entries = read_feed("feed.xml", data=data)
    except FeedError:
        return
    assert all(e.url.startswith(("http://", "https://")) for e in entries)


@given(st.integers(1, 10), st.dates(dt.date(2026, 2, 1), dt.date(2026, 3, 31)))
def test_limit_and_since_only_narrow(limit, since):
    every = read_feed("feed.xml", data=RSS)
    chosen = read_feed("feed.xml", data=RSS, since=since, limit=limit)
    assert len(chosen) <= limit and all(e in every for e in chosen)
    assert all(e.published is None or e.published >= since.isoformat() for e in chosen)


# ---- The real thing: a morning's feed on a loopback site --------------------------------------

@pytest.fixture()
def site():
    with Site() as s:
        s.page("/news/k1.html", article_page("economy-rates", date="2026-03-02"))
        s.page("/news/k2.html", article_page("sports-baseball", date="2026-03-01"))
        s.page("/news/k0.html", article_page("science-space", date="2026-02-20"))
        s.page("/feed.xml", rss(s, [("日銀", "/news/k1.html", jst(2)), ("野球", "/news/k2.html", jst(1)),
                                    ("宇宙", "/news/k0.html", dt.datetime(2026, 2, 20, 9, tzinfo=JST))]),
               content_type="application/rss+xml")
        yield s


def _build(*args: str) -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), pytest.raises(SystemExit) as e:
        main(["build", *args])
    return e.value.code or 0, out.getvalue(), err.getvalue()


def _state(root) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in sorted(root.rglob("*"))}


def test_a_feed_built_twice_is_unchanged_the_second_time(site, tmp_path):
    feed = site.url + "/feed.xml"
    code, out, err = _build("--feed", feed, "--since", "2026-03-01", "-o", str(tmp_path), "--no-pdf")
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k1", "k2"]  # k0 is older than --since
    source = json.loads((tmp_path / "k1" / "k1.json").read_text("utf-8"))["article"]
    assert source["source"] == site.url + "/news/k1.html" and source["published"] == "2026-03-02"
    assert "2 articles: 2 built, 0 unchanged, 0 failed" in out
    before, asked = _state(tmp_path), len(site.requests)

    code, out, err = _build("--feed", feed, "--since", "2026-03-01", "-o", str(tmp_path), "--no-pdf")
    assert code == 0, err
    assert f"{site.url}/news/k1.html: unchanged" in out and f"{site.url}/news/k2.html: unchanged" in out
    assert "2 articles: 0 built, 2 unchanged, 0 failed" in out
    assert _state(tmp_path) == before  # nothing written, not even a record
    assert sorted(site.requests[asked:]) == ["/feed.xml", "/news/k1.html", "/news/k2.html"]

    # The story changed on the site: that article is built again, the other stays.
    site.page("/news/k2.html", article_page("sports-baseball", date="2026-03-01").replace("。".encode(), "。\n".encode(), 1))
    code, out, err = _build("--feed", feed, "--since", "2026-03-01", "-o", str(tmp_path), "--no-pdf")
    assert "1 built, 1 unchanged" in out, out + err
    assert _state(tmp_path)["k2/k2.json"] != before["k2/k2.json"]
    assert _state(tmp_path)["k1/k1.json"] == before["k1/k1.json"]

    # --force builds both again.
    code, out, err = _build("--feed", feed, "--since", "2026-03-01", "-o", str(tmp_path), "--no-pdf", "--force")
    assert "2 built, 0 unchanged" in out, out + err


# Run in a fresh interpreter: what the second build of a feed imports and starts. A worker pool
# (spawned processes) or the parser's helper process would be recorded by the spies.
_AGAIN = """
import concurrent.futures, subprocess, sys
started = []
class Pool(concurrent.futures.ProcessPoolExecutor):
    def __init__(self, *a, **k):
        started.append("pool")
        super().__init__(*a, **k)
class Popen(subprocess.Popen):
    def __init__(self, args, *a, **k):
        started.append(" ".join(map(str, args)))
        super().__init__(args, *a, **k)
concurrent.futures.ProcessPoolExecutor, subprocess.Popen = Pool, Popen
from studygen.cli import main
try:
    main(sys.argv[1:])
finally:
    heavy = ("fugashi", "jamdict", "spacy", "ginza", "weasyprint", "genanki", "pyopenjtalk", "dask",
             "studygen.analyze", "studygen.dictionary", "studygen.questions", "studygen.export.worksheet")
    print("loaded:", [m for m in heavy if m in sys.modules], "started:", started, file=sys.stderr)
"""


def test_a_feed_again_with_two_jobs_reads_each_page_once_and_starts_nothing(site, tmp_path):
    import subprocess
    import sys

    feed = site.url + "/feed.xml"
    args = ["build", "--feed", feed, "--since", "2026-03-01", "-o", str(tmp_path), "--no-pdf", "--jobs", "2"]
    code, out, err = _build(*args[1:])
    assert code == 0 and "2 articles: 2 built, 0 unchanged, 0 failed" in out, out + err
    before, asked = _state(tmp_path), len(site.requests)

    again = subprocess.run([sys.executable, "-c", _AGAIN, *args], capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert "2 articles: 0 built, 2 unchanged, 0 failed" in again.stdout
    assert "loaded: [] started: []" in again.stderr  # no worker, no parser, no analysis stage
    assert _state(tmp_path) == before
    assert sorted(site.requests[asked:]) == ["/feed.xml", "/news/k1.html", "/news/k2.html"]

    # One story changed: read by the parent to compare, then built by a worker from what was read
    # (the page is not fetched twice); the other stays as it was.
    site.page("/news/k2.html", article_page("sports-baseball", date="2026-03-01").replace("。".encode(), "。\n".encode(), 1))
    asked = len(site.requests)
    code, out, err = _build(*args[1:])
    assert code == 0 and "2 articles: 1 built, 1 unchanged, 0 failed" in out, out + err
    assert sorted(site.requests[asked:]) == ["/feed.xml", "/news/k1.html", "/news/k2.html"]
    assert _state(tmp_path)["k2/k2.json"] != before["k2/k2.json"]
    assert _state(tmp_path)["k1/k1.json"] == before["k1/k1.json"]
    built = json.loads((tmp_path / "k2" / "k2.json").read_text("utf-8"))["article"]
    assert built["source"] == site.url + "/news/k2.html" and built["published"] == "2026-03-01"


def test_a_saved_feed_file_with_limit(site, tmp_path):
    feed = tmp_path / "morning.xml"
    feed.write_bytes(rss(site, [("日銀", f"{site.url}/news/k1.html", jst(2)), ("野球", f"{site.url}/news/k2.html", jst(1))]))
    code, out, err = _build("--feed", str(feed), "--limit", "1", "-o", str(tmp_path / "out"), "--no-pdf")
    assert code == 0, err
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["k1"]


def test_a_failing_feed_is_reported_and_the_rest_built(site, tmp_path):
    code, out, err = _build("--feed", site.url + "/no-such-feed.xml", site.url + "/news/k2.html",
                            "-o", str(tmp_path), "--no-pdf")
    assert code == 2
    assert err.strip().splitlines() == [
        f"studygen: error: {site.url}/no-such-feed.xml: the page was not found (HTTP 404 Not Found). "
        "Check the address, or save the page as .html and pass the file."]
    assert (tmp_path / "k2" / "k2.json").exists()


@pytest.mark.parametrize(("args", "words"), [
    ([], "nothing to build"),
    (["x.txt", "--since", "2026-03-01"], "--since and --limit choose feed entries"),
    (["--feed", "f.xml", "--since", "March"], "--since March: not a date"),
])
def test_usage_errors(args, words, tmp_path):
    code, out, err = _build(*args, "-o", str(tmp_path))
    assert code == 2 and words in err and len(err.strip().splitlines()) == 1
