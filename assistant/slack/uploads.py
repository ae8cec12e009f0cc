"""Documents sent to the bot wait outside the corpus until a person accepts them. Anyone a supplier can reach may
forward a file, so a file from Slack counts for no one - no score, checklist or answer - until a person with an
upload role (GOV_SLACK_UPLOAD_ROLES) accepts it; then it moves into the supplier's inbox in the corpus and is
ingested like any other document. Until then it is read into a scratch store of its own, so the sender gets the
document's card at once."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import uuid
from pathlib import Path

from pydantic import BaseModel

from assistant.application import Application
from core.errors import GovError
from ingest.index import Index
from ingest.models import IngestReport
from tools import registry
from tools.source import FactSource
from tools.summary import OnboardingSummary, SummaryRequest

UPLOAD_ID = re.compile(r"[0-9a-f]{16}")  # a button's value names a folder: only this shape is ever trusted
NOT_IN_A_NAME = re.compile(r"[\x00-\x1f\x7f/\\]")


def file_name(name: str) -> str:
    """The sender's file name as only a name: no folder ("../../x"), no dot-file or "..", no control character."""
    return NOT_IN_A_NAME.sub("_", name).strip().lstrip(".") or "upload"


class Pending(BaseModel):
    id: str
    supplier: str
    name: str  # the file's own name, without any folder
    sender: str
    received: dt.datetime


class Uploads:
    def __init__(self, app: Application):
        self.app = app
        directory = app.index.directory or Path(app.settings.store)
        self.root = directory / "uploads"

    def folder(self, upload_id: str) -> Path:
        if not UPLOAD_ID.fullmatch(upload_id):
            raise GovError(f"{upload_id!r} is not an upload id", stage="slack")
        return self.root / upload_id

    def receive(self, supplier: str, name: str, sender: str) -> tuple[Pending, Path]:
        """A new pending upload, and the path its file is to be written to."""
        pending = Pending(id=uuid.uuid4().hex[:16], supplier=supplier, name=file_name(name),
                          sender=sender, received=dt.datetime.now(dt.UTC))
        folder = self.folder(pending.id)
        (folder / "file").mkdir(parents=True)
        (folder / "upload.json").write_text(pending.model_dump_json(), encoding="utf-8")
        return pending, self.path(pending)

    def get(self, upload_id: str) -> Pending:
        try:
            return Pending.model_validate(json.loads((self.folder(upload_id) / "upload.json").read_text("utf-8")))
        except FileNotFoundError:
            raise GovError("that upload is no longer waiting (accepted or rejected already?)", stage="slack") from None

    def read(self, pending: Pending, labels: frozenset[str] | None) -> tuple[IngestReport, OnboardingSummary | None]:
        """The pending file read into its own scratch store (never the shared one), and its card."""
        scratch = Index.open(str(self.folder(pending.id) / "store"), embedder=self.app.index.embedder)
        try:
            report = self.app.ingestor(scratch).run([self.path(pending)], supplier=pending.supplier)
            if report.failed:
                return report, None
            source = report.ingested[0].path if report.ingested else report.unchanged[0]
            request = SummaryRequest(source=source, as_of=self.app.settings.effective_as_of())
            return report, registry.SUMMARIZE.run(request, FactSource(scratch, self.app.policy, labels=labels))
        finally:
            scratch.close()

    def path(self, pending: Pending) -> Path:
        return self.folder(pending.id) / "file" / pending.name

    def accept(self, upload_id: str) -> tuple[Pending, Path, IngestReport]:
        """The upload moved into its supplier's inbox in the corpus and ingested there: from now on it counts."""
        pending = self.get(upload_id)
        inbox = self.app.settings.corpus_dir / "suppliers" / pending.supplier / "inbox"
        inbox.mkdir(parents=True, exist_ok=True)
        destination = free_name(inbox / pending.name)
        shutil.move(self.path(pending), destination)
        shutil.rmtree(self.folder(upload_id), ignore_errors=True)
        return pending, destination, self.app.ingestor().run([destination], supplier=pending.supplier)

    def reject(self, upload_id: str) -> Pending:
        pending = self.get(upload_id)
        shutil.rmtree(self.folder(upload_id), ignore_errors=True)
        return pending


def free_name(path: Path) -> Path:
    """`path`, or "name (2).pdf" and so on when a different file already has its name: nothing is overwritten."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate
