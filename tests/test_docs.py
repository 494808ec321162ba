"""The documentation: the site builds with ``mkdocs build --strict`` and no warning (a broken link
or anchor, a page left out of the nav, a missing picture fails), the README stays short and its
links lead somewhere. The examples in them run in tests/test_doctests.py."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def mkdocs_build(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    # NO_MKDOCS_2_WARNING: Material's banner about MkDocs 2 (we pin MkDocs 1.x) is not a warning of ours.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config),
                           "--site-dir", str(site)], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs") / "site"
    r = mkdocs_build(ROOT / "mkdocs.yml", out)
    log = r.stdout + r.stderr
    assert r.returncode == 0, log
    assert "WARNING" not in log, log
    return out


def test_the_site_builds_strictly_without_warnings(site: Path) -> None:
    pages = {p.parent.name for p in site.glob("*/index.html")}
    assert pages >= {"commands", "studyset", "vocabulary", "questions", "anki", "learners", "worksheets",
                     "exports", "review", "batch", "security", "performance", "development"}, pages
    # The shipped JSON Schema is shown whole on the study-set page (included from the package file).
    studyset = (site / "studyset" / "index.html").read_text("utf-8")
    assert "studyset.schema.json" in studyset and "sentence_index" in studyset and "--8&lt;--" not in studyset


def test_the_site_loads_nothing_from_the_network(site: Path) -> None:
    for page in site.rglob("*.html"):
        html = page.read_text("utf-8")
        remote = re.findall(r'<(?:link|script|img)[^>]+(?:href|src)="(https?://[^"]+)"', html)
        assert not remote, (page, remote)


# A mistake of each kind the strict build must catch.
BREAKAGES = {
    "a page left out of the nav": ("orphan.md", "# Orphan\n\nNot in the nav.\n", "orphan.md"),
    "a link to a missing page": ("index.md", "\n[gone](no-such-page.md)\n", "no-such-page.md"),
    "a link to a missing anchor": ("index.md", "\n[gone](anki.md#no-such-section)\n", "no-such-section"),
}


@pytest.mark.parametrize("name", BREAKAGES)
def test_the_strict_build_catches(name: str, tmp_path: Path) -> None:
    page, text, named = BREAKAGES[name]
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "src" / "studygen" / "data").mkdir(parents=True)
    shutil.copy(ROOT / "src" / "studygen" / "data" / "studyset.schema.json", tmp_path / "src" / "studygen" / "data")
    with (tmp_path / "docs" / page).open("a", encoding="utf-8") as f:
        f.write(text)
    r = mkdocs_build(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert r.returncode != 0 and named in r.stdout + r.stderr, r.stdout + r.stderr


def test_the_readme_reads_in_two_minutes() -> None:
    lines = README.read_text("utf-8").splitlines()
    assert len(lines) < 200, len(lines)


def test_the_readme_links_lead_somewhere() -> None:
    text = README.read_text("utf-8")
    targets = re.findall(r"\]\(([^)\s]+)\)", text)
    local = [t.split("#")[0] for t in targets if not re.match(r"[a-z]+://", t)]
    assert local, "no links into the docs"
    missing = [t for t in local if not (ROOT / t).exists()]
    assert not missing, missing


@pytest.mark.parametrize("picture", ["anki-card.png", "review-page.png", "review-edit.png"])
def test_the_pictures_are_small(picture: str) -> None:
    assert (ROOT / "docs" / picture).stat().st_size < 150_000
