"""The HTTP front door of `gov slack` (Events API, slash commands, buttons): a small ASGI application served by
uvicorn in front of the sync Bolt app. It replaces Bolt's development server, which served one request at a time,
answered HEAD/GET for files under the working directory, failed with 500 on a bad timestamp and handled a replayed
or retried event again.

Only `POST /slack/events` and `GET /healthz` exist. Before Bolt sees a request, its body is read within a size and
a time limit, its Slack signature checked and its body parsed; an event already handled (Slack retries it under the
same event_id) or the very same signed request again is answered 200 without running twice."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import uvicorn
from slack_bolt import App as BoltApp
from slack_bolt.request import BoltRequest
from slack_sdk.signature import SignatureVerifier
from uvicorn.protocols.http.h11_impl import H11Protocol

from core.errors import GovError
from core.settings import Settings

log = logging.getLogger("gov.slack.server")

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

EVENTS_PATH = "/slack/events"
ROUTES = {EVENTS_PATH: "POST", "/healthz": "GET"}  # path -> the one method it answers
REPLAY_WINDOW_SECONDS = 600  # a signature is accepted within 5 min either side of its timestamp: 10 min in all
REMEMBERED = 50_000  # requests kept for replay checks; the oldest go first, so memory stays bounded
MAX_HEADER_BYTES = 16 * 1024  # Slack's headers are a few hundred bytes
KEEP_ALIVE_SECONDS = 5
TIMESTAMP = re.compile(r"[0-9]{1,12}")  # ASCII digits only: int() would also take "١٢" or " 12 "


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    close: bool = False  # errors close the connection, so an unread body is never drained


class Rejected(Exception):
    """A request answered with an error status before Bolt sees it."""

    def __init__(self, status: int, message: str, headers: list[tuple[bytes, bytes]] | None = None):
        super().__init__(message)
        self.reply = Reply(status, json.dumps(GovError(message, stage="slack").to_dict()).encode(),
                           [(b"content-type", b"application/json"), *(headers or [])], close=True)


class Disconnected(Exception):
    """The client went away before its body arrived; there is no one to answer."""


class Recent:
    """Keys seen within the last `window` seconds, at most `size` of them (the oldest are forgotten first)."""

    def __init__(self, window: float, size: int, clock: Callable[[], float] = time.monotonic):
        self.window, self.size, self.clock = window, size, clock
        self.seen: OrderedDict[str, float] = OrderedDict()  # insertion order is time order

    def add(self, key: str) -> bool:
        """Remember `key`; False if it was already seen within the window."""
        now = self.clock()
        while self.seen:
            oldest = next(iter(self.seen.values()))
            if now - oldest < self.window and len(self.seen) < self.size:
                break
            self.seen.popitem(last=False)
        if key in self.seen:
            return False
        self.seen[key] = now
        return True

    def forget(self, key: str) -> None:
        self.seen.pop(key, None)


def parse(text: str, content_type: str) -> dict[str, Any]:
    """The body as Slack sends it: a JSON object (Events API) or a form (slash commands; buttons and forms carry a
    JSON `payload` field). ValueError for anything else, which Bolt would fail on."""
    if content_type == "application/json":
        payload = json.loads(text)
    elif content_type == "application/x-www-form-urlencoded":
        form = dict(parse_qsl(text, keep_blank_values=True, strict_parsing=True))
        payload = json.loads(form["payload"]) if "payload" in form else form
    else:
        raise ValueError(f"content type {content_type or 'missing'}, not JSON or a form")
    if not isinstance(payload, dict) or not payload:
        raise ValueError("not a JSON object or form fields")
    return payload


def replay_key(payload: dict[str, Any], signature: str) -> str:
    """Slack signs each retry of an event afresh but keeps its event_id, so events are known by that; slash commands
    and button presses are never retried, so the same signature (over timestamp and body) again is a replay."""
    event_id = payload.get("event_id") if payload.get("type") == "event_callback" else None
    return f"event:{event_id}" if isinstance(event_id, str) and event_id else f"signature:{signature}"


def request_headers(scope: Scope) -> dict[str, list[str]]:
    headers: dict[str, list[str]] = {}
    for name, value in scope["headers"]:
        headers.setdefault(name.decode("latin-1").lower(), []).append(value.decode("latin-1"))
    return headers


def first(headers: dict[str, list[str]], name: str) -> str | None:
    values = headers.get(name)
    return values[0].strip() if values else None


async def read_body(receive: Receive, limit: int) -> bytes:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise Disconnected
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:  # a chunked body has no Content-Length to refuse it by
            raise Rejected(413, f"request body larger than {limit // 1024} KB")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


class SlackEvents:
    """The ASGI application: routes, limits, checks the signature and replays, then runs Bolt in a worker thread so
    the event loop (and every other connection) never waits for it."""

    def __init__(self, bolt: BoltApp, settings: Settings):
        if settings.slack_signing_secret is None:
            raise GovError("SLACK_SIGNING_SECRET is not set", stage="slack", exit_code=2,
                           hint="the HTTP server verifies every request with it; set SLACK_SIGNING_SECRET")
        self.bolt = bolt
        self.verifier = SignatureVerifier(settings.slack_signing_secret.get_secret_value())
        self.max_body = settings.slack_max_body_kb * 1024
        self.body_timeout = settings.slack_body_timeout_seconds
        self.recent = Recent(REPLAY_WINDOW_SECONDS, REMEMBERED)  # touched only on the event loop: no lock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # lifespan is off and websockets are not served
            return
        try:
            reply = await self.handle(scope, receive)
        except Rejected as exc:
            reply = exc.reply
        except Disconnected:
            return
        headers = [*reply.headers, (b"content-length", str(len(reply.body)).encode())]
        if reply.close:
            headers.append((b"connection", b"close"))
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": reply.body})

    async def handle(self, scope: Scope, receive: Receive) -> Reply:
        # h11 stops buffering headers that trickle in past MAX_HEADER_BYTES; these arrived in one piece
        if sum(len(name) + len(value) for name, value in scope["headers"]) > MAX_HEADER_BYTES:
            raise Rejected(431, f"request headers larger than {MAX_HEADER_BYTES // 1024} KB")
        method = ROUTES.get(scope["path"])
        if method is None:
            raise Rejected(404, "not found")
        if scope["method"] != method:
            raise Rejected(405, f"{scope['path']} answers {method} only", [(b"allow", method.encode())])
        if scope["path"] != EVENTS_PATH:
            return Reply(200, b'{"ok": true}', [(b"content-type", b"application/json")])
        return await self.event(request_headers(scope), receive)

    async def event(self, headers: dict[str, list[str]], receive: Receive) -> Reply:
        """A request to /slack/events: read, verified and parsed here, then run by Bolt unless it is a repeat."""
        text = await self.body(headers, receive)
        stamp, signature = first(headers, "x-slack-request-timestamp"), first(headers, "x-slack-signature")
        if stamp is None or not TIMESTAMP.fullmatch(stamp):
            raise Rejected(400, "X-Slack-Request-Timestamp is missing or not a number")
        if signature is None or not self.verifier.is_valid(text, stamp, signature):
            raise Rejected(401, "invalid or stale Slack signature")
        content_type = (first(headers, "content-type") or "").split(";")[0].strip().lower()
        try:
            payload = parse(text, content_type)
            request = BoltRequest(body=text, headers=dict(headers))  # parses once more, as Bolt will read it
        except Exception as exc:  # json, form and Bolt's own parsing: all mean a body Bolt cannot take
            raise Rejected(400, f"body is not a valid Slack request ({type(exc).__name__})") from None
        key = replay_key(payload, signature)
        if not self.recent.add(key):
            log.info("answered a repeated Slack request without running it again (%s)", key.split(":")[0])
            return Reply(200)
        return await self.dispatch(request, key)

    async def body(self, headers: dict[str, list[str]], receive: Receive) -> str:
        length = first(headers, "content-length")  # uvicorn (h11) has already refused one that is not a number
        if length is not None and int(length) > self.max_body:
            raise Rejected(413, f"request body larger than {self.max_body // 1024} KB")
        try:
            async with asyncio.timeout(self.body_timeout):
                raw = await read_body(receive, self.max_body)
        except TimeoutError:
            raise Rejected(408, f"request body not received within {self.body_timeout:g} s") from None
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise Rejected(400, "body is not UTF-8") from None

    async def dispatch(self, request: BoltRequest, key: str) -> Reply:
        try:
            response = await asyncio.get_running_loop().run_in_executor(None, self.bolt.dispatch, request)
        except Exception:
            self.recent.forget(key)  # so Slack's retry runs it
            log.exception("Bolt failed on a Slack request")
            raise Rejected(500, "the Slack app failed on this request") from None
        if response.status >= 500:
            self.recent.forget(key)
        headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, values in response.headers.items()
                   if name != "content-length" for value in values]
        return Reply(response.status, response.body.encode("utf-8"), headers)


def with_header_deadline(seconds: float) -> type[H11Protocol]:
    """uvicorn's h11 protocol, closing a connection with no request in progress `seconds` after it opened or after
    its last response. uvicorn waits for request headers without a limit, so clients that never finish theirs would
    each keep one of the GOV_SLACK_MAX_CONNECTIONS places."""

    class HeaderDeadline(H11Protocol):
        deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self.arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self.arm()

        def connection_lost(self, exc: Exception | None) -> None:
            if self.deadline is not None:
                self.deadline.cancel()
            super().connection_lost(exc)

        def arm(self) -> None:
            if self.deadline is not None:
                self.deadline.cancel()
            self.deadline = self.loop.call_later(seconds, self.expire)

        def expire(self) -> None:
            in_progress = self.cycle is not None and not self.cycle.response_complete  # the body has its own limit
            if not in_progress and not self.transport.is_closing():
                self.transport.close()

    return HeaderDeadline


def server_config(bolt: BoltApp, settings: Settings, *, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(
        SlackEvents(bolt, settings), host=host, port=port,
        http=with_header_deadline(settings.slack_body_timeout_seconds),  # h11, so the header size limit applies
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
        limit_concurrency=settings.slack_max_connections,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        timeout_graceful_shutdown=int(settings.slack_body_timeout_seconds) + 1,
        ws="none", lifespan="off", interface="asgi3",
        proxy_headers=False,  # client addresses are not used, so forwarded ones need no trust
        server_header=False, log_config=None,  # log through the logging `gov slack` set up
    )


def serve(bolt: BoltApp, settings: Settings, *, host: str, port: int) -> None:
    """Serve until Ctrl-C (or SIGTERM)."""
    uvicorn.Server(server_config(bolt, settings, host=host, port=port)).run()


@contextlib.contextmanager
def serving_in_thread(bolt: BoltApp, settings: Settings, *, start_timeout: float = 60.0) -> Iterator[int]:
    """The server on 127.0.0.1 at a free port, in a thread of this process, for tests and the load bench: yields the
    port, stops the server on exit."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = uvicorn.Server(server_config(bolt, settings, host="127.0.0.1", port=port))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, name="slack-server", daemon=True)
    thread.start()
    started = time.monotonic()
    while not server.started:
        if not thread.is_alive() or time.monotonic() - started > start_timeout:
            listener.close()
            raise RuntimeError("the Slack HTTP server did not start")
        time.sleep(0.01)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=start_timeout)
        listener.close()
