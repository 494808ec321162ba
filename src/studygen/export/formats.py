"""The one list of output formats: what `studygen render` and the review page can write.

Issue 15 adds export formats here (and `--format` reads this list): a format names the files it
makes and the :class:`~studygen.options.Options` switch that turns it on, so the CLI, the page's
download buttons and the zip all follow this table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..options import Options


@dataclass(frozen=True, slots=True)
class OutputFormat:
    """One kind of output: ``key`` as the user names it, the files it writes (``{slug}`` is the
    article's file stem) and the Options field that switches it on."""

    key: str
    label_en: str
    label_ja: str
    files: tuple[str, ...]
    switch: str


FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat("pdf", "Worksheet, answer key and vocabulary list (PDF)", "ワークシート・解答・語彙リスト (PDF)",
                 ("{slug}-worksheet.pdf", "{slug}-answers.pdf", "{slug}-vocabulary.pdf"), "write_pdf"),
    OutputFormat("apkg", "Anki deck", "Ankiデッキ", ("{slug}.apkg",), "write_deck"),
    OutputFormat("json", "Study set (JSON)", "学習セット (JSON)", ("{slug}.json",), "write_json"),
)
FORMAT_KEYS = tuple(f.key for f in FORMATS)


def options_for_formats(options: Options, formats: Iterable[str] | None) -> Options:
    """``options`` writing only ``formats`` (all when None).

    >>> options_for_formats(Options(), ["pdf"]).write_deck
    False
    """
    if formats is None:
        return options
    wanted = set(formats)
    unknown = wanted - set(FORMAT_KEYS)
    if unknown:
        raise ValueError(f"unknown output format {sorted(unknown)[0]!r}; one of {', '.join(FORMAT_KEYS)}")
    return options.replace(**{f.switch: f.key in wanted for f in FORMATS})
