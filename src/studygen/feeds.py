"""Feeds: the articles an RSS or Atom feed lists, as page URLs a batch builds.

The feed is fetched like a page (:func:`studygen.fetch.fetch_url`: same size cap, redirects
and errors) or read from a saved file, and parsed by feedparser from bytes (never from a string,
which feedparser would take for an address or a file name and open itself).

    >>> entries = read_feed("morning.xml", data=b'''<rss version="2.0"><channel><title>t</title>
    ... <item><title>A</title><link>https://example.jp/a.html</link>
    ... <pubDate>Sun, 01 Mar 2026 07:00:00 +0900</pubDate></item></channel></rss>''')
    >>> [(e.url, e.published) for e in entries]
    [('https://example.jp/a.html', '2026-03-01')]

An entry without a date is kept by ``--since`` (it cannot be shown to be old; an unchanged
article costs a fetch, see :mod:`studygen.record`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from urllib.parse import urljoin

from .errors import FeedError, StudygenError, UsageError
from .fetch import FEED_TYPES, TIMEOUT_SECONDS, fetch_url, is_url, looks_like_url
from .ingest import display_name, read_bytes


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One article a feed lists: its page's address, title and date (YYYY-MM-DD) if given."""

    url: str
    title: str | None
    published: str | None


def parse_since(value: str) -> dt.date:
    """The date of ``--since``: 2026-03-01 (or 2026/03/01).

    >>> parse_since("2026/03/01")
    datetime.date(2026, 3, 1)
    """
    try:
        return dt.date.fromisoformat(value.strip().replace("/", "-"))
    except ValueError:
        raise UsageError(f"--since {value}: not a date; write it as YYYY-MM-DD, e.g. 2026-03-01.") from None


def _entry_date(entry) -> str | None:
    # feedparser normalises RFC 822 and ISO dates to UTC struct_time: 07:00 +0900 on 1 March
    # is 22:00 on 28 February in UTC; the feed's own day is wanted, so read the text first.
    for key in ("published", "updated", "created"):
        text = entry.get(key)
        parsed = entry.get(f"{key}_parsed")
        if not parsed:
            continue
        try:
            stamp = dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC)
        except (OverflowError, ValueError, TypeError):
            continue
        offset = _offset(text)
        return (stamp + offset).date().isoformat() if offset is not None else stamp.date().isoformat()
    return None


def _offset(text: str | None) -> dt.timedelta | None:
    """The UTC offset written in a date (+0900, +09:00, Z); None when none is written."""
    import re

    if not text:
        return None
    m = re.search(r"([+-])(\d{2}):?(\d{2})\s*$", text.strip())
    if not m:
        return None
    sign = 1 if m.group(1) == "+" else -1
    return sign * dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))


def read_feed(source: str, *, data: bytes | None = None, max_bytes: int = 2_000_000,
              since: dt.date | None = None, limit: int | None = None,
              timeout: float = TIMEOUT_SECONDS) -> list[FeedEntry]:
    """The entries of a feed (a URL or a file), in the feed's order, those dated before
    ``since`` left out, at most ``limit``; raises FeedError when nothing usable is there."""
    import feedparser

    name = display_name(source)
    base = source if is_url(source) else ""
    if data is None:
        if looks_like_url(source):
            fetched = fetch_url(source, max_bytes, accept=FEED_TYPES, timeout=timeout)
            data, base = fetched.data, fetched.url
        else:
            data = read_bytes(source, max_bytes)
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        reason = f"{parsed.bozo_exception}" if parsed.get("bozo") else "it lists no entries"
        raise FeedError(name, str(reason).splitlines()[0][:120] if reason else "no entries")
    entries: list[FeedEntry] = []
    for e in parsed.entries:
        link = e.get("link") or ""
        url = urljoin(base, link) if base else link
        if not is_url(url):
            continue  # an entry without a page (a podcast's enclosure only, a relative link in a file)
        published = _entry_date(e)
        if since is not None and published is not None and published < since.isoformat():
            continue
        entries.append(FeedEntry(url, e.get("title"), published))
        if limit is not None and len(entries) >= limit:
            break
    if not entries and not any(is_url(urljoin(base, e.get("link") or "")) for e in parsed.entries):
        raise FeedError(name, "no entry links to an http(s) page")
    return entries


def feed_sources(feeds: list[str], *, max_bytes: int, since: dt.date | None, limit: int | None,
                 timeout: float = TIMEOUT_SECONDS) -> tuple[list[str], list[StudygenError]]:
    """The page URLs of several feeds, duplicates once, and the error of each feed that
    failed (a batch goes on with the others)."""
    urls: list[str] = []
    errors: list[StudygenError] = []
    for feed in feeds:
        try:
            entries = read_feed(feed, max_bytes=max_bytes, since=since, limit=limit, timeout=timeout)
        except StudygenError as e:
            errors.append(e)
            continue
        urls.extend(e.url for e in entries)
    return list(dict.fromkeys(urls)), errors
