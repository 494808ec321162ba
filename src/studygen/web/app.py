"""The review page (`studygen serve`): a Starlette app over :mod:`studygen.review`.

Pages are rendered on the server with Jinja2 (autoescape on) and work without JavaScript: every
button is a small form that posts and comes back to the set. htmx (shipped in ``static/``) makes
the same forms swap only the items, keeping the scroll position and the keyboard focus.
No path from the client reaches the file system: sets are found by the ids the server made,
files by the names of :data:`studygen.export.formats.FORMATS`.
"""

from __future__ import annotations

import random
import re
from importlib import resources
from pathlib import Path

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from .. import review

from ..model import LEVELS, StudySet
from ..options import FURIGANA_POLICIES, INSTRUCTION_LANGUAGES, PAPER_SIZES, Options
from .jobs import STEPS, Worker
from .security import PREVIEW_CSP, CsrfError, Guard, check_csrf
from .store import Store

_FORM_OVERHEAD = 1_000_000
_NO_CAP = 2**62
_SET_ID = re.compile(r"^[0-9a-f]{12}$")
_ITEM_ID = re.compile(r"^[qv]-[0-9a-f]{10}$")
STATUS_LABELS = {"ready": ("完成", "ready"), "building": ("作成中", "building"), "failed": ("失敗", "failed")}
KIND_LABELS = {
    "who": ("誰", "who"), "when": ("いつ", "when"), "where": ("どこ", "where"), "what": ("何", "what"),
    "why": ("なぜ", "why"), "how_many": ("いくつ", "how many"), "who_said": ("発言者", "who said"),
    "cloze": ("穴埋め", "cloze"), "true_false": ("○×", "true/false"), "reading": ("読み", "reading"),
    "meaning": ("意味", "meaning"), "writing": ("書き", "writing"), "discussion": ("意見", "opinion"),
}
# The checks' faults in Japanese, shown before the English (render prints the English).
FAULTS_JA = {
    "the key is not among the choices": "答えが選択肢の中にありません",
    "the key must not be empty": "答えを入れてください",
    "must not be empty": "空にはできません",
    "a true/false key is ○ or ×": "○×問題の答えは ○ か × です",
    "a choice is empty": "空の選択肢があります",
    "at least two choices, or none": "選択肢は2つ以上、またはなし",
    "two choices are the same": "同じ選択肢が2つあります",
    "at least one meaning": "意味を1つ以上入れてください",
    "at most three meanings": "意味は3つまでです",
    "no other distractors found in this article; edit them by hand": "この記事からは別の選択肢が見つかりません。手で直してください",
}


def _package_dir(name: str) -> Path:
    return Path(str(resources.files("studygen.web").joinpath(name)))


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_package_dir("templates")),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["ja_fault"] = lambda fault: FAULTS_JA.get(fault, "")
    return env


def _paragraph_numbers(study_set: StudySet) -> dict[int, int | None]:
    """Sentence index -> the paragraph number the worksheet prints (headings have none)."""
    from ..export.worksheet import _paragraph_numbers as printed

    numbers = printed(study_set.article.sentences)
    return {s.index: numbers.get(s.paragraph) for s in study_set.article.sentences}


def create_app(data_dir: Path, *, token: str | None = None, loopback_only: bool = True,
               max_bytes: int | None = None) -> Starlette:
    """The ASGI app over the sets in ``data_dir``.

    ``token``: required from every request when set (``studygen serve`` sets one when not bound
    to 127.0.0.1). ``max_bytes``: the largest article taken, as ``studygen build --max-bytes``.
    """
    data_dir = Path(data_dir)
    store = Store(data_dir)
    worker = Worker(store, data_dir)
    worker.remove_orphans()
    csrf = store.secret("csrf")
    limit = max_bytes or Options().max_input_bytes
    # A form may be this much larger than the article it carries (the other fields, multipart's
    # boundaries): beyond it the body is refused unread.
    body_limit = limit + _FORM_OVERHEAD
    templates = Jinja2Templates(env=_environment())

    def page(request: Request, name: str, status: int = 200, **context) -> Response:
        context.update(csrf=csrf, kinds=KIND_LABELS, statuses=STATUS_LABELS, max_bytes=limit)
        return templates.TemplateResponse(request, name, context, status_code=status)

    async def form_of(request: Request) -> FormData:
        try:
            # A pasted article over the cap is read (up to body_limit) so that create() can say
            # so beside the field, as for a file, instead of failing here.
            form = await request.form(max_files=1, max_fields=20, max_part_size=body_limit)
        except Exception as e:  # a malformed or oversized body
            raise HTTPException(400, f"cannot read the form ({e})") from None
        try:
            check_csrf(request, form, csrf)
        except CsrfError as e:
            raise HTTPException(403, str(e)) from None
        return form

    def too_large() -> str:
        return (f"記事が大きすぎます（上限 {limit:,} バイト）。 The article is over the limit of "
                f"{limit:,} bytes: split it.")

    def saved_or_404(set_id: str):
        saved = store.get(set_id) if _SET_ID.match(set_id) else None
        if saved is None:
            raise HTTPException(404, "そのセットはありません（削除されたかもしれません）。 No such set (it may have been deleted).")
        return saved

    def ready(set_id: str):
        saved = saved_or_404(set_id)
        if saved.study_set is None:
            raise HTTPException(409, "このセットはまだできていません。 This set is not ready yet.")
        return saved

    # ---- pages ---------------------------------------------------------------------------

    async def index(request: Request) -> Response:
        return page(request, "index.html", sets=store.list(), chosen={}, errors={},
                    choices=_form_choices(), deleted=request.query_params.get("deleted") == "1")

    async def create(request: Request) -> Response:
        # HTTP/1.1 delivers exactly Content-Length bytes; a chunked body has no length to check.
        length = request.headers.get("content-length", "")
        if not length.isdigit() or "transfer-encoding" in request.headers:
            raise HTTPException(411, "the upload needs a length")
        if int(length) > body_limit:  # far over the cap: answered before a byte is read
            return page(request, "index.html", 413, sets=store.list(), chosen={},
                        errors={"file": too_large()}, choices=_form_choices())
        form = await form_of(request)
        chosen, errors = _read_options(form)
        upload = form.get("file")
        data, filename = b"", "pasted.txt"
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read(limit + 1)
            # Only the name's last part, in safe characters, and only as a label and format hint.
            filename = re.sub(r"[^\w.\-]+", "_", upload.filename.replace("\\", "/").rsplit("/", 1)[-1])[:80] or "upload.txt"
        text = form.get("text")
        if not data and isinstance(text, str) and text.strip():
            data = text.encode("utf-8")
        url = form.get("url")
        url = url.strip() if isinstance(url, str) else ""
        if not data and url:
            # A news page's address: fetched by the build (http and https only, the same caps as
            # studygen build); never a path, so nothing the browser sends reaches the file system.
            if not re.match(r"https?://[^\s/]+", url, re.I) or len(url) > 2000:
                errors["url"] = ("http:// か https:// で始まるアドレスを入れてください。 "
                                 "Give an address starting with http:// or https://.")
            else:
                set_id = store.create(url, chosen) if not errors else ""
                if set_id:
                    worker.build(set_id, url, None, chosen)
                    return RedirectResponse(f"/sets/{set_id}", 303)
        if not data and not url:
            errors["file"] = ("ファイルを選ぶか、本文を貼り付けるか、アドレスを入れてください。 "
                              "Choose a file, paste the article or give its address.")
        elif len(data) > limit:
            errors["file"] = too_large()
        if errors:
            return page(request, "index.html", 422, sets=store.list(), chosen=chosen, errors=errors,
                        choices=_form_choices())
        set_id = store.create(filename, chosen)
        worker.build(set_id, filename, data, chosen)
        return RedirectResponse(f"/sets/{set_id}", 303)

    async def show(request: Request, edit: str | None = None, edit_values: dict | None = None,
                   error: tuple[str, str] | None = None, status: int = 200) -> Response:
        set_id = request.path_params["set_id"]
        saved = saved_or_404(set_id)
        edit = edit or request.query_params.get("edit")
        job = worker.job(set_id)
        revision, files = worker.files(set_id)
        context = dict(saved=saved, job=job, steps=STEPS, edit=edit, edit_values=edit_values or {},
                       error=error, files=[(f.name, ja, en) for f, ja, en in files],
                       rendered_revision=revision,
                       worksheet_pdf=revision == saved.revision and any(
                           f.name == "studyset-worksheet.pdf" for f, _, _ in files))
        if saved.study_set is not None:
            s = saved.study_set
            kept = review.kept(s, saved.dropped)
            context.update(
                study_set=s, para=_paragraph_numbers(s),
                sheet_number={q.id: i + 1 for i, q in enumerate(kept.questions)},
                faults={q.id: f for q in s.questions
                        if (f := review.question_fault(q, len(s.article.sentences)))},
            )
        return page(request, "set.html", status, **context)

    async def drop(request: Request) -> Response:
        set_id, item = request.path_params["set_id"], _item(request)
        form = await form_of(request)
        saved = ready(set_id)
        dropped = set(saved.dropped)
        if form.get("keep") == "1":
            dropped.discard(item)
        else:
            dropped.add(item)
        store.save(set_id, saved.study_set, frozenset(dropped))
        return _back(set_id, item)

    async def move(request: Request) -> Response:
        set_id, item = request.path_params["set_id"], _item(request)
        form = await form_of(request)
        saved = ready(set_id)
        step = -1 if form.get("step") == "up" else 1
        which = "questions" if item.startswith("q-") else "vocabulary"
        store.save(set_id, review.move(saved.study_set, which, item, step), saved.dropped)
        return _back(set_id, item)

    async def edit_question(request: Request) -> Response:
        set_id, item = request.path_params["set_id"], _item(request)
        form = await form_of(request)
        saved = ready(set_id)
        values = {k: str(form.get(k) or "") for k in ("prompt", "answer", "choices")}
        try:
            edited = review.edit_question(saved.study_set, item, prompt=values["prompt"],
                                          answer=values["answer"],
                                          choices=review.split_choices(values["choices"]))
        except review.EditError as e:
            # Nothing is saved: the form comes back with the teacher's text and the fault beside it.
            return await show(request, edit=item, edit_values=values, error=(e.field, e.fault), status=422)
        store.save(set_id, edited, saved.dropped)
        return _back(set_id, item)

    async def edit_term(request: Request) -> Response:
        set_id, item = request.path_params["set_id"], _item(request)
        form = await form_of(request)
        saved = ready(set_id)
        values = {"glosses": str(form.get("glosses") or "")}
        try:
            edited = review.edit_term(saved.study_set, item,
                                      glosses=review.split_choices(values["glosses"]) or ())
        except review.EditError as e:
            return await show(request, edit=item, edit_values=values, error=(e.field, e.fault), status=422)
        store.save(set_id, edited, saved.dropped)
        return _back(set_id, item)

    async def fresh(request: Request) -> Response:
        set_id, item = request.path_params["set_id"], _item(request)
        await form_of(request)
        saved = ready(set_id)
        try:
            edited = await run_in_threadpool(review.fresh_choices, saved.study_set, item, random.Random())
        except review.EditError as e:
            return await show(request, error=(f"{item}:{e.field}", e.fault), status=422)
        store.save(set_id, edited, saved.dropped)
        return _back(set_id, item)

    async def delete(request: Request) -> Response:
        """GET: the confirmation page. POST with ``confirm=1`` (its form, or the list's button
        once htmx asked with hx-confirm): the set's row and its files go. POST without it (the
        list's button without JavaScript): the confirmation page."""
        set_id = request.path_params["set_id"]
        form = await form_of(request) if request.method == "POST" else None
        saved = saved_or_404(set_id)
        if form is None or form.get("confirm") != "1":
            return page(request, "delete.html", saved=saved)
        store.delete(set_id)
        worker.forget(set_id)
        return RedirectResponse("/?deleted=1", 303)

    async def render(request: Request) -> Response:
        set_id = request.path_params["set_id"]
        await form_of(request)
        ready(set_id)
        job = worker.job(set_id)
        if job is None or job.done:
            worker.render(set_id)
        return RedirectResponse(f"/sets/{set_id}#downloads", 303)

    async def preview(request: Request) -> Response:
        saved = ready(request.path_params["set_id"])
        html = await run_in_threadpool(_preview_html, review.kept(saved.study_set, saved.dropped),
                                       _options(saved.options))
        return HTMLResponse(html, headers={"Content-Security-Policy": PREVIEW_CSP})

    async def preview_css(request: Request) -> Response:
        from ..export.pdf import templates_dir

        return FileResponse(templates_dir() / "worksheet.css", media_type="text/css")

    async def download(request: Request) -> Response:
        set_id, name = request.path_params["set_id"], request.path_params["name"]
        saved_or_404(set_id)
        _, files = worker.files(set_id)
        if name == "studyset.zip":
            path = worker.zip_path(set_id)
        else:  # only a name the server wrote itself, looked up in its own list
            path = next((f for f, _, _ in files if f.name == name), None)
        if path is None:
            raise HTTPException(404, "まだ作っていません。 Not made yet: press Make the files.")
        # studyset-worksheet.pdf -> studygen-<set>-worksheet.pdf, studyset.apkg -> studygen-<set>.apkg
        return FileResponse(path, filename=f"studygen-{set_id}{name.removeprefix('studyset')}")

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return PlainTextResponse(f"{exc.status_code}: {exc.detail}", exc.status_code)

    routes = [
        Route("/", index),
        # create() refuses a body over body_limit by its Content-Length before reading it, with
        # the page and the fault beside the field; the app-wide cap would answer a bare 413.
        Route("/sets", create, methods=["POST"], max_body_size=_NO_CAP),
        Route("/sets/{set_id}", show),
        Route("/sets/{set_id}/items/{item}/drop", drop, methods=["POST"]),
        Route("/sets/{set_id}/items/{item}/move", move, methods=["POST"]),
        Route("/sets/{set_id}/questions/{item}", edit_question, methods=["POST"]),
        Route("/sets/{set_id}/questions/{item}/choices", fresh, methods=["POST"]),
        Route("/sets/{set_id}/vocabulary/{item}", edit_term, methods=["POST"]),
        Route("/sets/{set_id}/render", render, methods=["POST"]),
        Route("/sets/{set_id}/delete", delete, methods=["GET", "POST"]),
        Route("/sets/{set_id}/preview", preview),
        Route("/sets/{set_id}/files/{name}", download),
        Route("/preview.css", preview_css),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Mount("/static", StaticFiles(directory=_package_dir("static")), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error},
                    middleware=[Middleware(Guard, token=token, loopback_only=loopback_only)],
                    max_body_size=body_limit)
    app.state.worker = worker
    return app


def _item(request: Request) -> str:
    item = request.path_params["item"]
    if not _ITEM_ID.match(item):
        raise HTTPException(404, "no such item")
    return item


def _back(set_id: str, item: str) -> Response:
    # 303: the browser (or htmx) loads the set again with GET; the anchor brings the item back.
    return RedirectResponse(f"/sets/{set_id}#{item}", 303)


def _form_choices() -> dict:
    return {"levels": LEVELS, "furigana": FURIGANA_POLICIES, "papers": PAPER_SIZES,
            "instructions": INSTRUCTION_LANGUAGES}


def _read_options(form: FormData) -> tuple[dict, dict[str, str]]:
    """The options a teacher chose, checked against the same choices as the CLI's."""
    chosen: dict = {}
    errors: dict[str, str] = {}
    allowed = {"level": LEVELS, "furigana": FURIGANA_POLICIES, "paper": PAPER_SIZES,
               "instructions": INSTRUCTION_LANGUAGES}
    for key, values in allowed.items():
        value = form.get(key)
        if value:
            if value not in values:
                errors[key] = f"one of {', '.join(values)}"
            else:
                chosen[key] = value
    for key, low, high in (("questions", 1, 200), ("grade", 0, 9)):
        value = str(form.get(key) or "").strip()
        if value:
            if not value.isdigit() or not low <= int(value) <= high:
                errors[key] = f"{low}〜{high}"
            else:
                chosen[key] = int(value)
    return chosen, errors


def _options(chosen: dict) -> Options:
    from .jobs import options_from

    return options_from(chosen)


def _preview_html(study_set: StudySet, options: Options) -> str:
    """The worksheet's HTML from the same templates as the PDF, with its stylesheet linked."""
    from ..dictionary import default_dictionary
    from ..export.worksheet import worksheet_html
    from ..pipeline import _token_readings

    readings = _token_readings(study_set) if options.furigana in ("all", "grade") else None
    html = worksheet_html(study_set, options, kanji_grades=default_dictionary().kanji_grades,
                          token_readings=readings)
    links = '<link rel="stylesheet" href="/preview.css"><link rel="stylesheet" href="/static/preview.css">'
    return html.replace("</head>", links + "</head>", 1)
