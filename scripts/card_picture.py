"""The README's picture of an Anki card: docs/anki-card.png, front and back side by side.

Builds the example article's deck, imports it into a throwaway collection with the real Anki
importer (the ``anki`` package), lets Anki render the first vocabulary word's Recognition card
(front and back, with the note type's own CSS), and photographs both in Debian's Chromium
(Playwright). Run again after changing the cards:

    .venv/bin/python scripts/card_picture.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from playwright.sync_api import sync_playwright

import studygen

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
PAGE = """<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
body {{ margin: 0; padding: 16px; background: #e9ecef; display: flex; gap: 16px;
        font-family: sans-serif; }}
figure {{ margin: 0; width: 360px; }}
figcaption {{ font-size: 13px; color: #555; margin-bottom: 6px; }}
.frame {{ border-radius: 10px; box-shadow: 0 1px 4px #0003; overflow: hidden; }}
.frame > .card {{ min-height: 330px; }}
</style></head><body>
<figure><figcaption>Front (Recognition)</figcaption><div class="frame"><div class="card">{front}</div></div></figure>
<figure><figcaption>Back</figcaption><div class="frame"><div class="card">{back}</div></div></figure>
</body></html>"""


def main() -> None:
    options = studygen.Options()
    study_set = studygen.build_study_set(ROOT / "examples" / "us-ukraine-summit.txt", options)
    with tempfile.TemporaryDirectory() as tmp:
        outputs = studygen.write_outputs(study_set, tmp, options.replace(formats=("apkg",)))
        col = Collection(str(Path(tmp) / "collection.anki2"))
        try:
            col.import_anki_package(ImportAnkiPackageRequest(
                package_path=str(outputs.deck), options=ImportAnkiPackageOptions()))
            note_id = col.find_notes('"note:studygen Vocabulary v2"')[0]
            card = next(c for c in col.get_note(note_id).cards() if c.template()["name"] == "Recognition")
            html = PAGE.format(front=card.question(), back=card.answer())
        finally:
            col.close()
        page_file = Path(tmp) / "card.html"
        page_file.write_text(html, "utf-8")
        path = ROOT / "docs" / "anki-card.png"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 768, "height": 400})
            page.goto(page_file.as_uri())
            page.screenshot(path=str(path), full_page=True)
            browser.close()
    from PIL import Image

    # 64 colours keep the anti-aliased kana readable at a third of the size.
    Image.open(path).convert("RGB").quantize(colors=64).save(path, optimize=True)
    print(path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
