"""Ingest: every encoding Japanese news arrives in, and every way reading a file can fail."""

from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path

import pytest

from studygen import ingest
from studygen.errors import (
    EmptyInputError,
    InputEncodingError,
    InputNotFoundError,
    InputNotTextError,
    InputTooLargeError,
    InputUnreadableError,
    StudygenError,
)

TEXT = "政府は２８日、新しい経済対策を発表した。①物価高への対応～来年度まで。"

# (name, bytes, expected text): the encodings a Japanese article arrives in.
DECODINGS = (
    ("utf-8", TEXT.encode("utf-8"), TEXT),
    ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT),
    ("utf-16 LE with BOM", TEXT.encode("utf-16"), TEXT),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
    # CP932 has ① and ～ (U+FF5E); plain shift_jis would refuse them.
    ("cp932 with ① and ～", TEXT.encode("cp932"), TEXT),
    ("iso-2022-jp (JIS)", "政府は二十八日、対策を発表した。".encode("iso2022_jp"), "政府は二十八日、対策を発表した。"),
    ("euc-jp", "政府は二十八日、新しい経済対策を発表した。".encode("euc_jp"), "政府は二十八日、新しい経済対策を発表した。"),
    ("html declaring shift_jis", '<meta charset="shift_jis"><p>日本語の記事です。</p>'.encode("cp932"),
     '<meta charset="shift_jis"><p>日本語の記事です。</p>'),
)


@pytest.mark.parametrize(("name", "data", "expected"), DECODINGS, ids=[d[0] for d in DECODINGS])
def test_decodes_japanese_encodings(name: str, data: bytes, expected: str) -> None:
    assert ingest.decode(data, "x.txt") == expected


# (name, bytes, --encoding, words the message must hold)
UNDECODABLE = (
    ("latin-1", ("Café crème brûlée, à la carte. " * 10).encode("latin-1"), None, "--encoding"),
    ("utf-8 with a broken byte", TEXT.encode() + b"\xff\xfe\x80", None, "byte"),
    ("utf-8 BOM then invalid", codecs.BOM_UTF8 + b"\xe6\x97" + TEXT.encode(), None, "--encoding"),
    ("odd-length utf-16", codecs.BOM_UTF16_LE + "日本".encode("utf-16-le") + b"\x00", None, "UTF-16"),
    ("unknown --encoding", TEXT.encode(), "klingon", "unknown encoding"),
    ("non-text --encoding", TEXT.encode(), "base64", "not a text encoding"),
    ("wrong --encoding", TEXT.encode("cp932"), "utf-8", "not valid utf-8"),
)


@pytest.mark.parametrize(("name", "data", "encoding", "words"), UNDECODABLE, ids=[u[0] for u in UNDECODABLE])
def test_undecodable_input_names_the_encoding_option(name: str, data: bytes, encoding: str | None,
                                                     words: str) -> None:
    with pytest.raises(InputEncodingError) as e:
        ingest.ingest("x.txt", data=data, encoding=encoding)
    message = str(e.value)
    assert "--encoding" in message
    assert words in message
    assert "\n" not in message


# (name, bytes, what the message says the file is)
NOT_TEXT = (
    ("random binary", bytes(range(256)) * 4, "binary data"),
    ("a PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
    ("a PNG", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    ("a Word file", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP archive"),
    ("a gzip file", b"\x1f\x8b\x08\x00" + bytes(40), "gzip"),
)


@pytest.mark.parametrize(("name", "data", "kind"), NOT_TEXT, ids=[n[0] for n in NOT_TEXT])
def test_files_that_are_not_text_say_what_they_are(name: str, data: bytes, kind: str) -> None:
    with pytest.raises(InputNotTextError) as e:
        ingest.ingest("article.html", data=data)
    assert kind in str(e.value) and "not a text or HTML article" in str(e.value)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(codec: str) -> None:
    text = TEXT + "\n2. 来年度の予算案。\n"
    assert ingest.ingest("x.txt", data=text.encode(codec)).text == text


def test_stray_nul_bytes_in_utf8_text_are_not_binary() -> None:
    assert "経済対策" in ingest.ingest("x.txt", data=("\x00" + TEXT + "\x00").encode()).text


def test_explicit_encoding_wins() -> None:
    data = "日本語の記事です。".encode("euc_jp")
    assert ingest.ingest("x.txt", data=data, encoding="euc-jp").text == "日本語の記事です。"


def test_surrogateescaped_text_is_taken_back_to_its_bytes() -> None:
    # Python hands undecodable standard input and file names over as surrogateescape'd text.
    good = TEXT.encode().decode("utf-8", "surrogateescape")
    assert ingest.ingest("-", data=good).text == TEXT
    bad = (TEXT.encode() + b"\xff").decode("utf-8", "surrogateescape")
    with pytest.raises(InputEncodingError):
        ingest.ingest("-", data=bad)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="no such file"):
        ingest.ingest(tmp_path / "nothing.txt")


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputUnreadableError, match="folder"):
        ingest.ingest(tmp_path)


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t  ", b"\n" * 1000], ids=["empty", "blank", "newlines"])
def test_empty_input(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(EmptyInputError, match="empty"):
        ingest.ingest(path)


def test_nul_in_path_is_not_found() -> None:
    with pytest.raises(InputNotFoundError) as e:
        ingest.ingest("a\x00b.txt")
    assert "\x00" not in str(e.value)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(TEXT)
    path.chmod(0)
    with pytest.raises(InputUnreadableError):
        ingest.ingest(path)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(TEXT.encode() * 100)
    with pytest.raises(InputTooLargeError) as e:
        ingest.ingest(path, max_bytes=1000)
    assert "--max-bytes" in str(e.value)
    assert f"{path.stat().st_size:,}" in str(e.value)
    with pytest.raises(InputTooLargeError):
        ingest.ingest("x.txt", data=TEXT.encode() * 100, max_bytes=1000)
    assert ingest.ingest(path, max_bytes=path.stat().st_size).text.startswith("政府")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_input_is_refused_without_reading_it_all() -> None:
    with pytest.raises(InputTooLargeError, match="is over the limit of 10,000 bytes"):
        ingest.ingest("/dev/zero", max_bytes=10_000)


def test_default_limit_is_two_million_bytes() -> None:
    from studygen.options import Options

    assert Options().max_input_bytes == 2_000_000


@pytest.mark.parametrize(
    ("name", "shown"),
    [("a\nb.txt", "a\\x0ab.txt"), ("a\udcffb.txt", "a\\xffb.txt"), ("a\x1b[31mb", "a\\x1b[31mb"),
     ("記事.txt", "記事.txt")],
)
def test_source_names_print_on_one_line(name: str, shown: str) -> None:
    assert ingest.display_name(name) == shown
    with pytest.raises(StudygenError) as e:
        ingest.ingest(name, data=b"")
    assert "\n" not in str(e.value) and shown in str(e.value)
    str(e.value).encode("utf-8")  # printable: no lone surrogates


def test_html_ruby_readings_are_dropped() -> None:
    html = "<html><body><article><p><ruby>日本<rt>にっぽん</rt></ruby>の<ruby>首相<rp>(</rp><rt>しゅしょう</rt><rp>)</rp></ruby>が話した。</p></article></body></html>"
    doc = ingest.ingest("x.html", data=html.encode())
    assert "日本の首相が話した。" in doc.text
    assert "にっぽん" not in doc.text and "しゅしょう" not in doc.text


def test_html_is_sniffed_without_a_suffix() -> None:
    doc = ingest.ingest("-", data="<!DOCTYPE html><html><body><p>日本語の記事です。</p></body></html>".encode())
    assert doc.format == "html"
    assert "<p>" not in doc.text


_BODY = "<p>政府は新しい計画を発表しました。計画には多くの内容が含まれています。専門家は評価しています。</p>" * 3
DATELINES = [
    (f'<html><body><h1>見出し</h1><p class="article-date">2026年7月15日 11時30分</p><article>{_BODY}</article></body></html>', "2026-07-15"),
    (f'<html><body><h1>見出し</h1><time datetime="2026-03-04T09:00">3月4日</time><article>{_BODY}</article></body></html>', "2026-03-04"),
    (f'<html><head><meta property="article:published_time" content="2025-12-01T08:00:00+09:00"></head><body><h1>見出し</h1><article>{_BODY}</article></body></html>', "2025-12-01"),
    (f'<html><body><h1>見出し</h1><article>{_BODY}</article></body></html>', None),
    # Only as text, just under the headline.
    (f'<html><body><h1>見出し</h1><p>2026年11月3日 15時20分</p><article>{_BODY}</article></body></html>', "2026-11-03"),
    (f'<html><body><div><span>2026/11/3</span><h1>見出し</h1></div><div>{_BODY}</div></body></html>', "2026-11-03"),
    # A <time> inside a date element: its datetime comes before its text and the text after it.
    (f'<html><body><h1>見出し</h1><div class="date">更新 <time datetime="2026-07-15T11:30">7月15日</time>'
     f' 2025年1月1日</div><article>{_BODY}</article></body></html>', "2026-07-15"),
    # A comment is not text: the date in it is not the page's.
    (f'<html><body><h1>見出し</h1><p class="date"><!-- 2020年1月1日 -->2026年7月15日</p>'
     f'<article>{_BODY}</article></body></html>', "2026-07-15"),
]


# (name, page, the headline studygen must take)
HEADLINES = [
    ("site logo in an h1 before the story's",
     f'<html><body><header><h1 class="logo"><a href="/">ミナトナビ</a></h1></header>'
     f'<div class="story"><h1>潮見市が運賃を無料に</h1>{_BODY}</div></body></html>', "潮見市が運賃を無料に"),
    ("headline inside article, logo h1 first",
     f'<html><body><h1><a href="/">みなと日報</a></h1><article><h1>潮見市が運賃を無料に</h1>{_BODY}'
     '</article></body></html>', "潮見市が運賃を無料に"),
    ("full-width space kept",
     f'<html><body><h1>暑い日が続く\u3000熱中症に\n  気をつけて</h1><article>{_BODY}</article></body></html>',
     "暑い日が続く\u3000熱中症に 気をつけて"),
    ("XHTML with an XML declaration",
     f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
     f'<body><h1>潮見市が運賃を無料に</h1><article>{_BODY}</article></body></html>', "潮見市が運賃を無料に"),
]


@pytest.mark.parametrize(("name", "html", "title"), HEADLINES, ids=[h[0] for h in HEADLINES])
def test_html_headline(name: str, html: str, title: str) -> None:
    doc = ingest.ingest("-", data=html.encode())
    assert doc.format == "html"
    assert doc.title == title
    assert "政府は新しい計画を発表しました。" in doc.text


@pytest.mark.parametrize("ad", [
    '<div class="inline-ad"><p>冬のボーナスで始める資産運用、今なら手数料ゼロ円です。</p></div>',
    '<div><span>広告</span><p>冬のボーナスで始める資産運用、今なら手数料ゼロ円です。</p></div>',
    '<aside id="pr-box"><ul><li>冬のボーナスで始める資産運用、今なら手数料ゼロ円です。</li></ul></aside>',
], ids=["ad class", "広告 label", "pr id"])
def test_an_ad_inside_the_article_is_dropped(ad: str) -> None:
    html = f"<html><body><article><h1>潮見市が運賃を無料に</h1>{_BODY}{ad}{_BODY}</article></body></html>"
    doc = ingest.ingest("page.html", data=html.encode())
    assert "政府は新しい計画を発表しました。" in doc.text
    assert "資産運用" not in doc.text


def test_shift_jis_page_with_xml_declaration_reads_as_cp932() -> None:
    html = (f'<?xml version="1.0" encoding="Shift_JIS"?>\n<html><head><meta charset="Shift_JIS"></head>'
            f'<body><h1>①番の議題～来年</h1><article>{_BODY}</article></body></html>')
    doc = ingest.ingest("page.html", data=html.encode("cp932"))
    assert doc.title == "①番の議題～来年"  # 0x8160 read as ～ (U+FF5E), as Windows shows it


@pytest.mark.parametrize(("html", "published"), DATELINES)
def test_html_date_from_metadata_or_dateline(html, published):
    from studygen.ingest import extract_html

    assert extract_html(html)[2] == published


def test_the_same_page_built_again_and_again_keeps_its_story() -> None:
    # trafilatura's duplicate check must not outlive one page: a batch or a server building
    # the same page a fourth time lost the story to the "duplicates" of the earlier builds.
    page = (Path(__file__).parent / "fixtures" / "articles" / "portal-page.html").read_bytes()
    texts = {ingest.ingest("page.html", data=page).text for _ in range(6)}
    assert len(texts) == 1
    assert "重要鉱物" in texts.pop()
