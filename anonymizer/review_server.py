"""The review page's local web server: 127.0.0.1 only, a random token per session, no network.

Every request must carry the session token (``?token=`` or the ``X-Review-Token`` header) and a
Host header naming this server (127.0.0.1 or localhost on its port: DNS-rebinding protection);
anything else is refused with 403. The page and its script are files of the package, served as is:
no CDN, no build step.
"""

from __future__ import annotations

import json
import secrets
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from urllib.parse import parse_qs, urlparse

from anonymizer.entity_types import TABLE
from anonymizer.reader import InputError
from anonymizer.review import ReviewSession

HOST = "127.0.0.1"
STATIC = {"/": ("review.html", "text/html; charset=utf-8"), "/review.js": ("review.js", "text/javascript"),
          "/review.css": ("review.css", "text/css")}
MAX_BODY = 1_000_000


def type_colours() -> str:
    """One CSS rule per type of the table: its highlight colour on the page."""
    return "".join(f".t-{row.name} {{ background: {row.colour}; }}\n" for row in TABLE.values())


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, session: ReviewSession, port: int = 0) -> None:
        self.session = session
        self.token = secrets.token_urlsafe(24)
        self.lock = threading.Lock()
        self.finished = threading.Event()
        super().__init__((HOST, port), ReviewHandler)

    def handle_error(self, request, client_address) -> None:
        """A browser that closed its connection (a tab closed, a request cut short) is no error to report;
        anything else gets one line, never a traceback on the presenter's console."""
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):
            print(f"Relecture : une requête a échoué ({type(error).__name__}) ; la page peut être rechargée.",
                  file=sys.stderr)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/?token={self.token}"

    def allowed_hosts(self) -> set[str]:
        port = self.server_address[1]
        return {f"{HOST}:{port}", f"localhost:{port}"}


class ReviewHandler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "anonymizer-review"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - no request log (paths hold the token)
        pass

    # -- guards ----------------------------------------------------------------------------------------
    def _authorised(self) -> bool:
        query = parse_qs(urlparse(self.path).query)
        token = self.headers.get("X-Review-Token") or (query.get("token") or [""])[0]
        host_ok = self.headers.get("Host", "") in self.server.allowed_hosts()
        # compared as bytes: a token with non-ASCII characters is a wrong token, not a server error
        return host_ok and secrets.compare_digest(token.encode("utf-8", "replace"), self.server.token.encode())

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Security-Policy", "default-src 'self'; connect-src 'self'")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, payload: dict, status: int = HTTPStatus.OK) -> None:
        self._send(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"))

    def _refuse(self) -> None:
        self._send(HTTPStatus.FORBIDDEN, "Accès refusé.".encode(), "text/plain; charset=utf-8")

    # -- routes ----------------------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        if not self._authorised():
            return self._refuse()
        path = urlparse(self.path).path
        if path in STATIC:
            name, content_type = STATIC[path]
            body = resources.files("anonymizer").joinpath(f"static/{name}").read_bytes()
            if name.endswith(".html"):  # the page links its script and style with the session token
                body = body.replace(b"__TOKEN__", self.server.token.encode())
            elif name.endswith(".css"):
                body += type_colours().encode()
            return self._send(HTTPStatus.OK, body, content_type)
        session = self.server.session
        with self.server.lock:
            if path == "/api/state":
                return self._json(session.state())
            if path == "/api/preview":
                return self._json({"text": session.preview()})
        self._send(HTTPStatus.NOT_FOUND, b"{}")

    def do_POST(self) -> None:  # noqa: N802
        if not self._authorised():
            return self._refuse()
        declared = (self.headers.get("Content-Length") or "0").strip()
        if not (declared.isascii() and declared.isdigit()):
            self.close_connection = True
            return self._json({"error": "longueur de requête invalide"}, HTTPStatus.BAD_REQUEST)
        length = int(declared)
        if length > MAX_BODY:
            self.close_connection = True
            return self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"{}")
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return self._json({"error": "requête illisible"}, HTTPStatus.BAD_REQUEST)
        path = urlparse(self.path).path
        session = self.server.session
        try:
            with self.server.lock:
                if path == "/api/decide":
                    forms = body["forms"] if "forms" in body else [body["form"]]
                    if not (isinstance(forms, list) and forms and all(isinstance(f, str) for f in forms)):
                        raise ValueError("formes à décider invalides")
                    session.decide(forms, body["action"], body.get("type"))
                elif path == "/api/undo":
                    session.undo()
                elif path == "/api/export":
                    session.export()
                    self.server.finished.set()
                else:
                    return self._send(HTTPStatus.NOT_FOUND, b"{}")
                return self._json(session.state())
        except (KeyError, ValueError, InputError) as exc:
            return self._json({"error": str(exc)}, HTTPStatus.BAD_REQUEST)


def serve_in_background(server: ReviewServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, name="review-server", daemon=True)
    thread.start()
    return thread
