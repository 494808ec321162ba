"""The examples in the docstrings are true (real fugashi and JMdict where they use them)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["clean", "segment", "ingest", "analyze", "furigana", "dictionary", "pipeline", "questions", "senses",
           "name_readings", "syntax", "accent", "domains", "known", "export.items", "export.gift",
           "export.moodle", "export.kahoot", "export.formats",
           "options", "review", "export.studyset_reader", "web.security"]
MODULES += ["html_tree", "html_story"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"studygen.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
