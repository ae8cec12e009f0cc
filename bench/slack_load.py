"""Slack server under load: `gov slack`'s HTTP server (assistant/slack/server.py, uvicorn) on 127.0.0.1 in a process
of its own, in front of a small Bolt app whose mention handler only counts, so what is measured is the server and
Bolt's dispatch, not answering. Three runs:

  (a) a burst of signed events from several client threads: throughput and latency;
  (b) the same burst while slow clients hold half-sent requests open (half the headers, or half the body);
  (c) replays: each event sent several times (the same signed request again, and Slack-style retries signed afresh
      with X-Slack-Retry-Num): the events dispatched must equal the unique events.

    python bench/slack_load.py [--events 2000] [--threads 8] [--slow 50] [--unique 200] [--copies 5]

Writes the "Slack server under load" section of docs/benchmarks.md. Not run by `make test`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import importlib.util
import json
import os
import platform
import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]  # bench/ingest.py would shadow `ingest`
sys.path.insert(0, str(ROOT))
from evals.metrics import percentile  # noqa: E402

SECRET = "bench-signing-secret"
SLOW_BODY_TIMEOUT = 600  # the server's setting for this bench, so slow clients stay open through run (b)
WAIT = 120.0


# -- the server, in its own process ------------------------------------------------------------------------------

def child_server() -> None:
    """Serve until stdin closes; print the port, then on each line "count" the events dispatched so far."""
    from slack_bolt import App
    from slack_bolt.authorization import AuthorizeResult

    from assistant.slack.server import serving_in_thread
    from core.settings import Settings

    dispatched: list[str] = []
    app = App(signing_secret=SECRET, token_verification_enabled=False, request_verification_enabled=True,
              process_before_response=True,  # the count is complete when the answer is sent
              authorize=lambda **_: AuthorizeResult(enterprise_id=None, team_id="T1", bot_token="xoxb-bench",
                                                    bot_user_id="UBOT", bot_id="B1"))

    @app.event("app_mention")
    def mention(body: dict[str, Any]) -> None:
        dispatched.append(body["event_id"])  # list.append is atomic: no lock needed

    settings = Settings(slack_signing_secret=SECRET, slack_body_timeout_seconds=SLOW_BODY_TIMEOUT)
    with serving_in_thread(app, settings) as port:
        print(port, flush=True)
        for line in sys.stdin:
            if line.strip() == "count":
                print(json.dumps({"dispatched": len(dispatched)}), flush=True)


class Server:
    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen([sys.executable, __file__, "--child"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env=env)
        assert self.process.stdin and self.process.stdout
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        self.port = int(self.stdout.readline())

    def count(self) -> dict[str, int]:
        self.stdin.write("count\n")
        self.stdin.flush()
        return json.loads(self.stdout.readline())  # type: ignore[no-any-return]

    def close(self) -> None:
        self.stdin.close()
        self.process.wait(timeout=WAIT)


# -- clients -----------------------------------------------------------------------------------------------------

def signed(body: str, timestamp: int | None = None) -> dict[str, str]:
    from slack_sdk.signature import SignatureVerifier

    stamp = str(timestamp or int(time.time()))
    return {"Content-Type": "application/json", "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": SignatureVerifier(SECRET).generate_signature(timestamp=stamp, body=body) or ""}


def event(event_id: str) -> str:
    return json.dumps({"token": "t", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                       "event_id": event_id, "event_time": int(time.time()),
                       "event": {"type": "app_mention", "user": "U1", "text": "<@UBOT> is Huaxin cleared?",
                                 "ts": f"{time.time():.6f}", "channel": "C1", "channel_type": "channel"}})


def burst(port: int, requests: list[tuple[str, dict[str, str]]], threads: int) -> dict[str, Any]:
    """Send `requests` from `threads` threads, each over one keep-alive connection: latencies and statuses."""
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    queue = iter(requests)

    def worker() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=WAIT)
        while True:
            with lock:
                item = next(queue, None)
            if item is None:
                break
            body, headers = item
            started = time.perf_counter()
            connection.request("POST", "/slack/events", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                statuses[response.status] = statuses.get(response.status, 0) + 1
            if response.getheader("connection", "").lower() == "close":
                connection.close()
        connection.close()

    started = time.perf_counter()
    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    seconds = time.perf_counter() - started
    return {"requests": len(latencies), "seconds": seconds, "per_s": len(latencies) / seconds,
            "p50": percentile(latencies, 0.5), "p95": percentile(latencies, 0.95), "max": max(latencies),
            "statuses": statuses}


def slow_clients(port: int, count: int) -> list[socket.socket]:
    """Half of them send half their headers, the others all headers and half the body; none sends more."""
    sockets = []
    for i in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=WAIT)
        if i % 2:
            sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: bench\r\nContent-Le")
        else:
            body = event(f"EvSlow{i}")
            headers = "".join(f"{k}: {v}\r\n" for k, v in signed(body).items())
            sock.sendall(f"POST /slack/events HTTP/1.1\r\nHost: bench\r\nContent-Length: {len(body)}\r\n{headers}\r\n"
                         f"{body[:len(body) // 2]}".encode())
        sockets.append(sock)
    return sockets


def still_open(sock: socket.socket) -> bool:
    sock.setblocking(False)
    try:
        return not sock.recv(1)
    except BlockingIOError:
        return True


def unique_events(prefix: str, n: int) -> list[tuple[str, dict[str, str]]]:
    bodies = [event(f"{prefix}{i:06d}") for i in range(n)]
    return [(body, signed(body)) for body in bodies]


def replays(unique: int, copies: int) -> list[tuple[str, dict[str, str]]]:
    """Each event `copies` times: the first delivery, the very same signed request again, then retries signed afresh
    with X-Slack-Retry-Num, shuffled (so copies race each other across threads)."""
    requests = []
    for body, headers in unique_events("EvReplay", unique):
        requests += [(body, headers), (body, headers)]
        requests += [(body, {**signed(body, int(time.time()) + n), "X-Slack-Retry-Num": str(n),
                             "X-Slack-Retry-Reason": "http_timeout"}) for n in range(1, copies - 1)]
    random.Random(7).shuffle(requests)
    return requests


# -- report ------------------------------------------------------------------------------------------------------

def row(name: str, result: dict[str, Any], extra: str = "") -> str:
    statuses = ", ".join(f"{count}x {status}" for status, count in sorted(result["statuses"].items()))
    return (f"| {name} | {result['requests']} | {result['per_s']:.0f} | {result['p50']:.1f} | {result['p95']:.1f} | "
            f"{result['max']:.1f} | {statuses} | {extra} |")


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def write_report(path: Path, args: argparse.Namespace, rows: list[str]) -> None:
    spec = importlib.util.spec_from_file_location("bench_sections", HERE / "sections.py")
    assert spec and spec.loader
    sections = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sections)
    command = (f"python bench/slack_load.py --events {args.events} --threads {args.threads} --slow {args.slow} "
               f"--unique {args.unique} --copies {args.copies}")
    section = f"""## Slack server under load ({dt.date.today().isoformat()}, `{command}`)

`gov slack`'s HTTP server (`assistant/slack/server.py`: uvicorn, h11, default limits) on 127.0.0.1 in a process of
its own, in front of a Bolt app whose mention handler only counts: this measures the server and Bolt's dispatch
(the signature checked twice, by the server and by Bolt), not answering. The clients are {args.threads} threads in
another process, each over one keep-alive connection, on the same {os.cpu_count()}-core machine ({cpu_name()},
Python {platform.python_version()}). Latency runs from sending a request to reading its answer.

| run | requests | per s | p50 ms | p95 ms | max ms | answers | notes |
|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

In (b), {args.slow} connections stayed open beside the burst, half with half their headers sent, half with half a
body (under GOV_SLACK_MAX_CONNECTIONS, 100). GOV_SLACK_BODY_TIMEOUT_SECONDS was {SLOW_BODY_TIMEOUT} s so that none
was cut off during the run; by default they are closed (headers) or answered 408 (body) after 10 s. Bolt's
development server, which `gov slack` used before, answers one request at a time: one such client stops it. In
(c) each event was sent {args.copies} times, the same signed request twice and then retries signed afresh with
`X-Slack-Retry-Num`, shuffled across the threads; a repeat is answered 200 without running again.
"""
    sections.replace_section(path, "Slack server under load", section)


def main() -> None:
    parser = argparse.ArgumentParser(description="Load on gov slack's HTTP server: bursts, slow clients, replays.")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--slow", type=int, default=50)
    parser.add_argument("--unique", type=int, default=200)
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    if args.child:
        child_server()
        return
    assert args.copies >= 2 and args.slow < 90, "--copies 2 or more; --slow under GOV_SLACK_MAX_CONNECTIONS"
    server = Server()
    try:
        burst(server.port, unique_events("EvWarm", 50), args.threads)  # warm-up, not reported
        before = server.count()["dispatched"]
        plain = burst(server.port, unique_events("EvBurst", args.events), args.threads)
        ran = server.count()["dispatched"] - before
        rows = [row("(a) burst of signed events", plain, f"{ran} dispatched")]

        held = slow_clients(server.port, args.slow)
        before = server.count()["dispatched"]
        beside = burst(server.port, unique_events("EvBeside", args.events), args.threads)
        ran = server.count()["dispatched"] - before
        open_after = sum(still_open(sock) for sock in held)
        for sock in held:
            sock.close()
        rows.append(row(f"(b) the same beside {args.slow} slow clients", beside,
                        f"{ran} dispatched; {open_after}/{args.slow} slow clients still waiting, unanswered"))

        before = server.count()["dispatched"]
        repeated = burst(server.port, replays(args.unique, args.copies), args.threads)
        ran = server.count()["dispatched"] - before
        rows.append(row(f"(c) {args.unique} events x {args.copies} copies", repeated,
                        f"{ran} dispatched for {args.unique} unique events"))
    finally:
        server.close()
    print("\n".join(rows))
    write_report(args.out, args, rows)
    if ran != args.unique:
        raise SystemExit(f"replays: {ran} events dispatched for {args.unique} unique ones")


if __name__ == "__main__":
    main()
