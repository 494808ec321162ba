"""The Japanese font the PDFs print with, and whether WeasyPrint can subset it quickly.

Without a Japanese font every kanji prints as an empty box (tofu) while ``pdftotext`` still
reads the text back, so the PDFs check for one before every render and ``studygen doctor``
reports it. Fonts are found through fontconfig: the ``fc-list`` binary, else libfontconfig
itself through ctypes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import shutil
import subprocess

__all__ = ["find_japanese_font", "harfbuzz_subset_available"]

# Keep in step with the font-family stacks in templates/worksheet.css (a test checks it).
# IPAex Mincho comes first: about 12,000 glyphs against Noto CJK's 65,535, and WeasyPrint's
# subset keeps every glyph slot up to the highest one used, so a worksheet in IPAex Mincho is
# some 150 KB smaller (worksheet.css says more).
_SERIF_FAMILIES = (
    "IPAexMincho", "IPAMincho", "Noto Serif CJK JP", "Noto Serif JP", "Source Han Serif JP",
    "Hiragino Mincho ProN", "Yu Mincho",
)
_SANS_FAMILIES = (
    "Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "IPAexGothic", "IPAGothic",
    "Hiragino Sans", "Yu Gothic",
)


def _japanese_families_fc_list() -> list[str] | None:
    """Family names of fonts covering Japanese, from ``fc-list :lang=ja``; None without fc-list."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        out = subprocess.run(
            [fc_list, ":lang=ja", "family"], capture_output=True, text=True, timeout=30,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    # A line may list a family's names in several languages: "IPAexGothic,IPAexゴシック".
    return [line.split(",")[0].strip() for line in out.splitlines() if line.strip()]


class _FcFontSet(ctypes.Structure):
    _fields_ = [("nfont", ctypes.c_int), ("sfont", ctypes.c_int),
                ("fonts", ctypes.POINTER(ctypes.c_void_p))]


def _japanese_families_libfontconfig() -> list[str]:
    """The same list through libfontconfig itself, for machines without the fc-list binary."""
    name = ctypes.util.find_library("fontconfig") or "libfontconfig.so.1"
    try:
        fc = ctypes.CDLL(name)
    except OSError:
        return []
    fc.FcInitLoadConfigAndFonts.restype = ctypes.c_void_p
    fc.FcNameParse.restype = ctypes.c_void_p
    fc.FcNameParse.argtypes = [ctypes.c_char_p]
    fc.FcObjectSetBuild.restype = ctypes.c_void_p
    fc.FcFontList.restype = ctypes.POINTER(_FcFontSet)
    fc.FcFontList.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    fc.FcPatternGetString.argtypes = [
        ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.c_char_p)]
    fc.FcFontSetDestroy.argtypes = [ctypes.POINTER(_FcFontSet)]
    fc.FcPatternDestroy.argtypes = [ctypes.c_void_p]
    fc.FcObjectSetDestroy.argtypes = [ctypes.c_void_p]
    fc.FcConfigDestroy.argtypes = [ctypes.c_void_p]
    config = fc.FcInitLoadConfigAndFonts()
    pattern = fc.FcNameParse(b":lang=ja")
    objects = fc.FcObjectSetBuild(b"family", None)
    font_set = fc.FcFontList(config, pattern, objects)
    families: list[str] = []
    try:
        if font_set:
            for i in range(font_set.contents.nfont):
                value = ctypes.c_char_p()
                if fc.FcPatternGetString(font_set.contents.fonts[i], b"family", 0,
                                         ctypes.byref(value)) == 0 and value.value:
                    families.append(value.value.decode("utf-8", "replace"))
    finally:
        if font_set:
            fc.FcFontSetDestroy(font_set)
        fc.FcObjectSetDestroy(objects)
        fc.FcPatternDestroy(pattern)
        fc.FcConfigDestroy(config)
    return families


@functools.cache
def find_japanese_font() -> str | None:
    """The Japanese font family the PDFs will use, or None when fontconfig knows none.

    The first family of the stylesheet's serif (then sans) stack that is installed, else any
    font fontconfig lists for ``:lang=ja``. Used by ``studygen doctor`` and checked before
    every render: without a Japanese font every kanji prints as an empty box (tofu) while
    ``pdftotext`` still reads the text back, so tests on text alone would not notice.

    >>> find_japanese_font()
    'IPAexMincho'
    """
    families = _japanese_families_fc_list()
    if families is None:
        families = _japanese_families_libfontconfig()
    installed = set(families)
    for family in (*_SERIF_FAMILIES, *_SANS_FAMILIES):
        if family in installed:
            return family
    # Prefer a font made for Japanese (…JP, IPA…) over a Chinese or Korean one that merely
    # covers the characters: Han glyph shapes differ between the languages (直, 骨, 角).
    japanese = sorted(f for f in installed if "JP" in f or "IPA" in f or "Japan" in f)
    candidates = japanese or sorted(installed)
    return candidates[0] if candidates else None


def harfbuzz_subset_available() -> bool:
    """True when WeasyPrint can subset fonts with HarfBuzz (libharfbuzz-subset, HarfBuzz >= 4.1).

    Without it WeasyPrint silently falls back to fontTools: a four-page Japanese worksheet takes
    about 6 s instead of 0.35 s, because the CJK fonts hold some 65,000 glyphs each.
    """
    names = ("libharfbuzz-subset.so.0", "libharfbuzz-subset.0.dylib", "libharfbuzz-subset-0.dll")
    found = ctypes.util.find_library("harfbuzz-subset")
    for name in (*names, *([found] if found else [])):
        try:
            ctypes.CDLL(name)
        except OSError:
            continue
        break
    else:
        return False
    try:
        harfbuzz = ctypes.CDLL(ctypes.util.find_library("harfbuzz") or "libharfbuzz.so.0")
    except OSError:
        return False
    harfbuzz.hb_version_atleast.restype = ctypes.c_int
    return bool(harfbuzz.hb_version_atleast(4, 1, 0))
