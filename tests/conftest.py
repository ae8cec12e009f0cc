"""Test isolation: every test gets its own store and log directory, runs offline, and cannot
open a socket to anything but this machine."""

from __future__ import annotations

import ipaddress
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED_REAL = ROOT.parent / "shared" / "real"


def rendered_dom(page: Path, profile: Path) -> str:
    """The DOM of a local HTML page after headless Chromium ran it (skips when Chromium is not installed)."""
    import shutil

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Chromium is not installed (apt-get install chromium; .ci/run installs it)")
    return subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
                          capture_output=True, text=True, timeout=120).stdout


class NetworkBlocked(RuntimeError):
    """Raised when a test tries to reach a non-loopback address."""


def _is_local(address: object) -> bool:
    if isinstance(address, str | bytes):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) else address
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False  # a hostname other than localhost: would need DNS, so not local


@pytest.fixture(autouse=True)
def block_network(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded(method):
        def connect(self: socket.socket, address: object):
            if not _is_local(address):
                raise NetworkBlocked(f"test tried to connect to {address!r}; tests stay offline")
            return method(self, address)
        return connect

    monkeypatch.setattr(socket.socket, "connect", guarded(real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(real_connect_ex))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private store and log directory per test; no GOV_* leaks in from the shell."""
    for name in list(os.environ):
        if name.startswith("GOV_"):
            monkeypatch.delenv(name)
    home = tmp_path / "gov"
    monkeypatch.setenv("GOV_STORE", str(home / "store"))
    monkeypatch.setenv("GOV_LOG_DIR", str(home / "logs"))
    monkeypatch.setenv("GOV_INDEX_DIR", str(home / "index"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    return home


# -- the `gov` console script, run as a user would run it ------------------------------------------

class Gov:
    """Runs the installed `gov` script in a subprocess: text mode, output captured, the current
    environment (so each test's GOV_STORE and GOV_LOG_DIR) plus `env`, and a wide terminal so Rich
    tables do not wrap differently from one machine to the next."""

    path = Path(sys.executable).with_name("gov")

    def environment(self, env: dict[str, str] | None) -> dict[str, str]:
        return {**os.environ, "COLUMNS": "200", **(env or {})}

    def __call__(self, *args: str, env: dict[str, str] | None = None, timeout: float = 600, input: str | None = None,
                 cwd: str | Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.path), *args], capture_output=True, text=True, timeout=timeout, input=input,
                              cwd=cwd, env=self.environment(env))

    def popen(self, *args: str, env: dict[str, str] | None = None, **options) -> subprocess.Popen:
        """For a test that has to stop `gov` part-way (e.g. kill an ingest)."""
        return subprocess.Popen([str(self.path), *args], env=self.environment(env), **options)


@pytest.fixture(scope="session")
def gov() -> Gov:
    """`gov(*args, env=None, timeout=600, input=None, cwd=None)`; session-scoped so module-scoped
    fixtures can use it too (it keeps no state: the environment is read at each call)."""
    return Gov()


# -- real parts shared across tests: the model, a store of the sample corpus, a Chroma server ------

@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory):
    """The sample corpus ingested once into a real embedded Chroma store (read-only for tests)."""
    from ingest.index import Index
    from ingest.pipeline import Ingestor

    store = tmp_path_factory.mktemp("corpus-store")
    index = Index.open(str(store))
    report = Ingestor(index).run([CORPUS])
    assert not report.failed, report.failed
    yield index
    index.close()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory):
    """A real Chroma server (`chroma run`, shipped with chromadb) on a free loopback port."""
    import shutil
    import time
    import urllib.request

    chroma = Path(sys.executable).with_name("chroma")
    if not chroma.exists():
        chroma = Path(shutil.which("chroma") or "chroma")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = tmp_path_factory.mktemp("chroma-server")
    log = (data / "server.log").open("w")
    process = subprocess.Popen([str(chroma), "run", "--path", str(data / "db"), "--host", "127.0.0.1",
                                "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                               env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"chroma server did not start: {(data / 'server.log').read_text()}") from None
            time.sleep(0.2)
    yield url
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


@pytest.fixture(scope="session")
def real_index(tmp_path_factory: pytest.TempPathFactory):
    """The public documents in ../shared/real (3 PDFs, 3 workbooks) ingested once."""
    from ingest.index import Index
    from ingest.pipeline import Ingestor

    index = Index.open(str(tmp_path_factory.mktemp("real-store")))
    report = Ingestor(index).run([SHARED_REAL])
    yield index, report
    index.close()
