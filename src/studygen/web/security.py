"""The review page's guards: who may talk to it, which forms it takes, what a page may load.

- Bound to the loopback interface, the page answers only requests whose Host is a loopback
  name (a web page elsewhere that rebinds its own name to 127.0.0.1 gets nothing).
- With a token (required when bound elsewhere), a request needs it: once as ``?token=…`` in the
  address printed at start, which sets a cookie, then the cookie.
- Every form carries a CSRF token (:func:`check_csrf`); another site cannot read it, so cannot
  post a form that drops a teacher's questions.
- Content-Security-Policy: scripts, styles, frames and requests only from the page itself; no
  remote font, image or script can be loaded, and no inline script runs.
"""

from __future__ import annotations

import hmac
from urllib.parse import urlencode

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK_HOSTS = frozenset(("127.0.0.1", "localhost", "::1"))
TOKEN_COOKIE = "studygen_token"

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; frame-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'self'")
# The worksheet preview: the sheet's templates set answer-line widths in style attributes.
PREVIEW_CSP = ("default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
               "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'")
HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "Cache-Control": "no-store"}


def is_loopback(host: str) -> bool:
    """Whether ``host`` (as --host takes it) is this computer only.

    >>> is_loopback("127.0.0.1"), is_loopback("0.0.0.0"), is_loopback("::1")
    (True, False, True)
    """
    return host.strip("[]") in LOOPBACK_HOSTS or host.startswith("127.")


def _host_name(request: Request) -> str:
    host = request.headers.get("host", "")
    if host.startswith("["):
        return host[1:host.find("]")]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Guard:
    """ASGI middleware: Host and token checks before anything, security headers after."""

    def __init__(self, app: ASGIApp, token: str | None, loopback_only: bool) -> None:
        self.app, self.token, self.loopback_only = app, token, loopback_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        refused = self._refuse(request)
        if refused is not None:
            return await self._with_headers(refused)(scope, receive, send)

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = message.setdefault("headers", [])
                present = {k.lower() for k, _ in headers}
                for k, v in {**HEADERS, "Content-Security-Policy": CSP}.items():
                    if k.lower().encode() not in present:
                        headers.append((k.lower().encode(), v.encode()))
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _with_headers(self, response: Response) -> Response:
        for k, v in {**HEADERS, "Content-Security-Policy": CSP}.items():
            response.headers.setdefault(k, v)
        return response

    def _refuse(self, request: Request) -> Response | None:
        if self.loopback_only and not self.token and _host_name(request) not in LOOPBACK_HOSTS:
            return PlainTextResponse("studygen serves this computer only (Host is not a loopback name).", 403)
        if not self.token:
            return None
        given = request.query_params.get("token")
        if given is not None and hmac.compare_digest(given, self.token):
            # The token leaves the address bar (and the history) at once; the cookie carries it.
            rest = {k: v for k, v in request.query_params.items() if k != "token"}
            target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
            response = RedirectResponse(target, 303)
            response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
            return response
        cookie = request.cookies.get(TOKEN_COOKIE, "")
        if cookie and hmac.compare_digest(cookie, self.token):
            return None
        return PlainTextResponse(
            "studygen needs its token: open the address printed when the server started "
            "(…/?token=…). トークンが必要です。起動時に表示されたアドレスを開いてください。", 403)


class CsrfError(Exception):
    pass


def check_csrf(request: Request, form: FormData, expected: str) -> None:
    """Refuse a form without the page's CSRF token, or sent from another origin."""
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("host", "")
        if origin.split("://", 1)[-1] != host:
            raise CsrfError("別のサイトからのフォームは受け付けません。 The form came from another site.")
    given = form.get("csrf")
    if not isinstance(given, str) or not hmac.compare_digest(given, expected):
        raise CsrfError("フォームの確認ができません。ページを読み込み直してください。 "
                        "The form's security token is missing or old: reload the page and try again.")
