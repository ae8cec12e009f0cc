"""The HTTP server of `gov slack` (assistant/slack/server.py), run for real: uvicorn on 127.0.0.1 in a thread, in
front of a small real Bolt app whose handlers record what they ran, spoken to over sockets. No timing thresholds:
a slow client is shown not to hold up another by the other's answer arriving while the slow one is still open."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from slack_bolt import App
from slack_bolt.authorization import AuthorizeResult
from slack_sdk.signature import SignatureVerifier

from assistant.slack.server import Recent, serving_in_thread
from core.settings import Settings

SECRET = "test-signing-secret"
WAIT = 60.0  # seconds: generous, only reached when something is broken


class Stub:
    """A real Bolt app with a mention handler and a slash command that record each run. Listeners run before the
    response (process_before_response), so by the time an answer arrives, what ran is recorded."""

    def __init__(self, fail_first: bool = False) -> None:
        self.mentions: list[str] = []
        self.commands: list[str] = []
        self.app = App(signing_secret=SECRET, token_verification_enabled=False, request_verification_enabled=True,
                       process_before_response=True, authorize=lambda **_: AuthorizeResult(
                           enterprise_id=None, team_id="T1", bot_token="xoxb-test", bot_user_id="UBOT", bot_id="B1"))

        @self.app.event("app_mention")
        def mention(event: dict[str, Any]) -> None:
            self.mentions.append(event["text"])
            if fail_first and len(self.mentions) == 1:
                raise RuntimeError("the first run fails")

        @self.app.command("/gov-ask")
        def command(ack: Callable[..., None], command: dict[str, Any]) -> None:
            self.commands.append(command["text"])
            ack(text="Working on it")


@contextlib.contextmanager
def running(stub: Stub, **limits: Any) -> Iterator[int]:
    with serving_in_thread(stub.app, Settings(slack_signing_secret=SECRET, **limits)) as port:
        yield port


@pytest.fixture
def stub() -> Stub:
    return Stub()


@pytest.fixture
def port(stub: Stub) -> Iterator[int]:
    with running(stub) as port:
        yield port


def signed_headers(body: str, content_type: str, *, timestamp: int | None = None,
                   secret: str = SECRET) -> dict[str, str]:
    stamp = str(timestamp or int(time.time()))
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=stamp, body=body) or ""}


def event_body(text: str, event_id: str | None = None) -> str:
    return json.dumps({"token": "t", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                       "event_id": event_id or f"Ev{time.time_ns()}", "event_time": int(time.time()),
                       "event": {"type": "app_mention", "user": "U1", "text": text, "ts": f"{time.time():.6f}",
                                 "channel": "C1", "channel_type": "channel"}})


def request(port: int, method: str, path: str, body: str | bytes | None = None,
            headers: dict[str, Any] | None = None) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=WAIT)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def post_event(port: int, body: str, **headers: str) -> int:
    return request(port, "POST", "/slack/events", body, {**signed_headers(body, "application/json"), **headers})[0]


def opened(port: int, data: bytes) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=WAIT)
    sock.sendall(data)
    return sock


def answer(sock: socket.socket) -> tuple[int, bytes]:
    response = http.client.HTTPResponse(sock)
    response.begin()
    return response.status, response.read()


def still_open(sock: socket.socket) -> bool:
    """True when the server has neither answered nor closed the connection (nothing to read, no EOF)."""
    sock.setblocking(False)
    try:
        return not sock.recv(1)  # b"" = closed; a byte = answered
    except BlockingIOError:
        return True
    finally:
        sock.settimeout(WAIT)


# -- what is served ------------------------------------------------------------------------------------------------

def test_only_the_events_path_and_the_health_check_are_served(port, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # Bolt's development server answered HEAD/GET for files under the working directory
    (tmp_path / ".gov" / "store").mkdir(parents=True)
    (tmp_path / ".gov" / "store" / "manifest.sqlite").write_bytes(b"SQLite format 3\x00" + b"x" * 5000)
    status, headers, body = request(port, "GET", "/healthz")
    assert (status, json.loads(body), headers["content-type"]) == (200, {"ok": True}, "application/json")
    for method in ("HEAD", "GET"):
        for path in ("/.gov/store/manifest.sqlite", "/", "/slack/events/../.gov/store/manifest.sqlite",
                     "/%2e%2e/pyproject.toml", "/slack/events/"):
            status, headers, _ = request(port, method, path)
            assert status == 404, (method, path)
            assert headers["content-length"] != "5016" and "last-modified" not in headers
    status, headers, _ = request(port, "GET", "/slack/events")
    assert (status, headers["allow"]) == (405, "POST")
    status, headers, _ = request(port, "POST", "/healthz", "{}")
    assert (status, headers["allow"]) == (405, "GET")
    status, _, body = request(port, "PUT", "/nowhere", "x")
    assert status == 404 and json.loads(body)["stage"] == "slack"  # the project's one error shape


# -- limits --------------------------------------------------------------------------------------------------------

def test_a_body_over_the_limit_is_refused_without_being_read(stub):
    with running(stub, slack_max_body_kb=1) as port:
        # Content-Length over the limit: 413 although not one byte of the body was sent
        sock = opened(port, b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            b"Content-Length: 1025\r\n\r\n")
        with sock:
            assert answer(sock)[0] == 413
        # no Content-Length (chunked): refused once what arrived passes the limit, with the rest never sent
        chunk = b"x" * 1025
        sock = opened(port, b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            b"Transfer-Encoding: chunked\r\n\r\n" + f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        with sock:
            assert answer(sock)[0] == 413
        body = event_body("fits")
        assert post_event(port, body) == 200 and stub.mentions == ["fits"]


def test_headers_over_16_kb_are_refused(port):
    padding = "x" * (17 * 1024)
    with opened(port, f"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: {padding}\r\n\r\n".encode()) as sock:
        assert answer(sock)[0] == 431  # all at once
    with opened(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + b"x" * 10 * 1024) as sock:
        sock.sendall(b"x" * 10 * 1024)  # still no end of headers: h11 stops buffering
        assert answer(sock)[0] == 400
    assert request(port, "GET", "/healthz", headers={"X-Padding": "x" * 8 * 1024})[0] == 200


def test_a_slow_client_does_not_hold_up_another(stub):
    with running(stub, slack_body_timeout_seconds=600) as port:
        half_headers = opened(port, b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Le")
        body = event_body("half a body")
        headers = "".join(f"{k}: {v}\r\n" for k, v in signed_headers(body, "application/json").items())
        half_body = opened(port, (f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n"
                                  f"{headers}\r\n{body[:20]}").encode())
        with half_headers, half_body:
            assert post_event(port, event_body("meanwhile")) == 200
            assert stub.mentions == ["meanwhile"]
            assert still_open(half_headers) and still_open(half_body)  # the answer came while both were waiting
            half_body.sendall(body[20:].encode())  # the slow one, finished, is answered too
            assert answer(half_body)[0] == 200
        assert stub.mentions == ["meanwhile", "half a body"]


def test_slow_headers_and_bodies_are_cut_off_at_the_time_limit(stub):
    with running(stub, slack_body_timeout_seconds=0.5) as port:
        half_headers = opened(port, b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Le")
        half_body = opened(port, b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
        with half_headers, half_body:
            assert half_headers.recv(1) == b""  # closed, unanswered: it never said what it wanted
            status, body = answer(half_body)
            assert status == 408 and "0.5 s" in json.loads(body)["message"]
        assert stub.mentions == []


def test_connections_beyond_the_limit_get_503_until_places_free_up(stub):
    with running(stub, slack_max_connections=3, slack_body_timeout_seconds=600) as port:
        held = [opened(port, b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Le") for _ in range(3)]
        assert all(still_open(sock) for sock in held)  # each one accepted and waiting
        assert post_event(port, event_body("crowded out")) == 503
        for sock in held:
            sock.close()
        started = time.monotonic()  # the server notices the closed connections in its own time
        while post_event(port, event_body("room again")) != 200:
            assert time.monotonic() - started < WAIT
            time.sleep(0.05)
    assert stub.mentions == ["room again"]


# -- checks before Bolt --------------------------------------------------------------------------------------------

def test_a_timestamp_that_is_missing_or_not_a_number_is_400(port, stub):
    body = event_body("hello")
    for stamp in ("soon", "", "12.5", "-1", "١٢٣".encode(), None):  # Arabic-Indic digits: int() would read them
        headers: dict[str, Any] = signed_headers(body, "application/json")
        if stamp is None:
            del headers["X-Slack-Request-Timestamp"]
        else:
            headers["X-Slack-Request-Timestamp"] = stamp
        assert request(port, "POST", "/slack/events", body, headers)[0] == 400, stamp
    assert stub.mentions == []


def test_an_unsigned_forged_or_stale_request_is_401_and_never_runs(port, stub):
    body = event_body("hello")
    unsigned = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": str(int(time.time()))}
    assert request(port, "POST", "/slack/events", body, unsigned)[0] == 401
    assert request(port, "POST", "/slack/events", body, signed_headers(body, "application/json",
                                                                       secret="wrong"))[0] == 401
    stale = signed_headers(body, "application/json", timestamp=int(time.time()) - 600)
    assert request(port, "POST", "/slack/events", body, stale)[0] == 401
    tampered = signed_headers(body, "application/json")
    assert request(port, "POST", "/slack/events", body.replace("hello", "howdy"), tampered)[0] == 401
    assert stub.mentions == []
    assert post_event(port, body) == 200 and stub.mentions == ["hello"]  # the event itself was never marked seen


def test_a_signed_body_that_is_not_json_or_a_form_is_400(port, stub):
    form = "application/x-www-form-urlencoded"
    bad = [("{not json", "application/json"), ("[1, 2]", "application/json"), ("", "application/json"),
           ("payload=%7Bnot+json", form), ("no fields here", form), ("{}", "text/plain"), ("{}", "")]
    for body, content_type in bad:
        status, _, reply = request(port, "POST", "/slack/events", body, signed_headers(body, content_type))
        assert status == 400, (body, content_type, reply)
    raw = b'{"text": "\xff"}'  # not UTF-8
    stamp = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=stamp, body=raw.decode("latin-1")) or ""
    assert request(port, "POST", "/slack/events", raw, {"Content-Type": "application/json",
                   "X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature})[0] == 400
    assert post_event(port, event_body("still fine")) == 200 and stub.mentions == ["still fine"]


# -- replays and retries -------------------------------------------------------------------------------------------

def test_an_event_replayed_or_retried_runs_once(port, stub):
    body = event_body("once", event_id="Ev0001")
    headers = signed_headers(body, "application/json")
    assert request(port, "POST", "/slack/events", body, headers)[0] == 200
    assert request(port, "POST", "/slack/events", body, headers)[0] == 200  # the very same signed request
    retry = {**signed_headers(body, "application/json", timestamp=int(time.time()) + 1),  # signed afresh, as Slack does
             "X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert request(port, "POST", "/slack/events", body, retry)[0] == 200
    assert stub.mentions == ["once"]
    assert post_event(port, event_body("another", event_id="Ev0002")) == 200
    assert stub.mentions == ["once", "another"]


def test_a_retry_runs_when_the_first_delivery_failed():
    stub = Stub(fail_first=True)
    with running(stub) as port:
        body = event_body("flaky", event_id="Ev0003")
        assert post_event(port, body) == 500
        assert post_event(port, body, **{"X-Slack-Retry-Num": "1"}) == 200
        assert post_event(port, body, **{"X-Slack-Retry-Num": "2"}) == 200
    assert stub.mentions == ["flaky", "flaky"]


def test_a_replayed_slash_command_runs_once_but_the_same_command_typed_again_runs(port, stub):
    form = urllib.parse.urlencode({"token": "t", "team_id": "T1", "channel_id": "C1", "user_id": "U1",
                                   "command": "/gov-ask", "text": "risk of Huaxin", "trigger_id": "1",
                                   "response_url": "http://127.0.0.1:9/respond"})
    headers = signed_headers(form, "application/x-www-form-urlencoded")
    status, _, body = request(port, "POST", "/slack/events", form, headers)
    assert (status, body) == (200, b"Working on it")
    assert request(port, "POST", "/slack/events", form, headers)[:3:2] == (200, b"")
    assert stub.commands == ["risk of Huaxin"]
    again = signed_headers(form, "application/x-www-form-urlencoded", timestamp=int(time.time()) + 1)
    assert request(port, "POST", "/slack/events", form, again)[0] == 200
    assert stub.commands == ["risk of Huaxin", "risk of Huaxin"]


def test_the_replay_memory_is_bounded_in_time_and_size():
    now = [0.0]
    recent = Recent(window=600, size=3, clock=lambda: now[0])
    assert recent.add("a") and not recent.add("a")
    now[0] = 599.0
    assert not recent.add("a")
    now[0] = 600.0
    assert recent.add("a")  # the window passed
    for key in ("b", "c", "d"):
        assert recent.add(key)
    assert len(recent.seen) == 3 and recent.add("a")  # the oldest went first


# -- `gov slack` itself --------------------------------------------------------------------------------------------

class AuthOnlySlack:
    """Slack's Web API on 127.0.0.1, answering auth.test (which Bolt calls once at start) and nothing else."""

    def __init__(self) -> None:
        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                body = json.dumps({"ok": True, "user_id": "UBOT", "bot_id": "B1", "team_id": "T1"}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_gov_slack_serves_http_on_loopback_at_the_given_port(gov, tmp_path):
    slack_api = AuthOnlySlack()
    port = free_port()
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": SECRET,
           "GOV_SLACK_API_URL": slack_api.url, "COLUMNS": "200"}
    env.pop("SLACK_APP_TOKEN", None)  # else Socket Mode
    log = tmp_path / "gov-slack.log"
    with log.open("w") as stderr:
        process = subprocess.Popen([str(gov.path), "slack", "--port", str(port)], env=env, cwd=tmp_path,
                                   stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        started = time.monotonic()
        while True:
            assert process.poll() is None, log.read_text()
            with contextlib.suppress(OSError):
                status, _, body = request(port, "GET", "/healthz")
                break
            assert time.monotonic() - started < 300, "gov slack did not start listening"
            time.sleep(0.2)
        assert (status, json.loads(body)) == (200, {"ok": True})
        assert request(port, "GET", "/gov/store")[0] == 404
        unsigned = event_body("hello")
        assert request(port, "POST", "/slack/events", unsigned, {"Content-Type": "application/json"})[0] == 400
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        slack_api.server.shutdown()
    assert f"http://127.0.0.1:{port}/slack/events" in log.read_text()


def test_gov_slack_help_names_host_and_port(gov):
    result = gov("slack", "--help")
    assert result.returncode == 0
    assert "--host" in result.stdout and "--port" in result.stdout and "GOV_SLACK_HOST" in result.stdout
