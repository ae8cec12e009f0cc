"""The Slack app with real slack-bolt: signed requests dispatched to the real App, whose WebClient
talks to a local HTTP stand-in for Slack's Web API that records every call. No network."""

import datetime as dt
import json
import shutil
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from slack_bolt.request import BoltRequest
from slack_sdk.signature import SignatureVerifier

from assistant.application import Application
from assistant.slack.app import build_app
from assistant.slack.blocks import escape, mrkdwn
from badfiles import write_pdf
from conftest import CORPUS
from core.settings import Settings
from ingest.index import Index
from ingest.pipeline import Ingestor

SECRET = "test-signing-secret"
AS_OF = dt.date(2026, 11, 15)


class FakeSlack:
    """Slack's Web API on 127.0.0.1: records calls, answers what the bot needs, serves file downloads."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.files: dict[str, tuple[str, bytes]] = {}
        self.urls: dict[str, str] = {}  # file id -> the download URL files.info gives, when not this server's
        self.redirects: dict[str, str] = {}  # file id -> where a download of it is redirected
        self.groups: dict[str, list[str]] = {}
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def reply(self, payload: Any, status: int = 200, raw: bytes | None = None) -> None:
                body = raw if raw is not None else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/octet-stream" if raw else "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                fake.calls.append(("GET", {"path": self.path, "authorization": self.headers.get("Authorization")}))
                file_id = self.path.rsplit("/", 1)[-1]
                if file_id in fake.redirects:
                    self.send_response(302)
                    self.send_header("Location", fake.redirects[file_id])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if self.headers.get("Authorization") != "Bearer xoxb-test" or file_id not in fake.files:
                    self.reply({"ok": False}, status=403)
                    return
                self.reply(None, raw=fake.files[file_id][1])

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                method = self.path.rsplit("/", 1)[-1]
                if "json" in (self.headers.get("Content-Type") or ""):
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
                    params.update({k: v[0] for k, v in urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
                                   .items()})
                fake.calls.append((method, params))
                answers = {
                    "auth.test": {"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1"},
                    "chat.postMessage": {"ok": True, "ts": f"{time.time():.6f}", "channel": params.get("channel")},
                    "usergroups.users.list": {"ok": True, "users": fake.groups.get(params.get("usergroup", ""), [])},
                    "users.info": {"ok": True, "user": {"id": params.get("user")}},
                }
                if method == "files.info":
                    file_id = params.get("file", "")
                    name = fake.files.get(file_id, ("missing", b""))[0]
                    url = fake.urls.get(file_id, f"{fake.url}files/{file_id}")
                    self.reply({"ok": True, "file": {"id": file_id, "name": name, "url_private_download": url}})
                    return
                self.reply(answers.get(method, {"ok": True}))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()

    def made(self, method: str) -> list[dict[str, Any]]:
        return [params for name, params in self.calls if name == method]

    def posted_text(self, method: str = "chat.postMessage") -> str:
        return json.dumps(self.made(method))


@pytest.fixture(scope="module")
def drive(tmp_path_factory):
    root = tmp_path_factory.mktemp("slack-drive")
    shutil.copytree(CORPUS / "policies", root / "policies")
    for supplier in ("Huaxin Energy Storage", "Nordvolt Batteries", "Solaris ESS Solutions"):
        shutil.copytree(CORPUS / "suppliers" / supplier, root / "suppliers" / supplier)
    shutil.copy(CORPUS / "access.yaml", root / "access.yaml")
    store = tmp_path_factory.mktemp("slack-store") / "store"
    index = Index.open(str(store))
    assert not Ingestor(index).run([root]).failed
    yield root, index
    index.close()


@pytest.fixture
def slack(drive, tmp_path):
    root, index = drive
    fake = FakeSlack()
    fake.groups["SBUYERS"] = ["UGROUPBUYER"]
    settings = Settings(log_dir=tmp_path / "logs", as_of=AS_OF, corpus_dir=root, slack_bot_token="xoxb-test",
                        slack_signing_secret=SECRET, slack_api_url=fake.url,
                        slack_roles={"UBUYER": "buyer", "SBUYERS": "buyer", "UQUALITY": "quality"},
                        slack_file_hosts=["127.0.0.1"])
    running = Application(settings, index=index)
    app = build_app(running, process_before_response=True, token_verification=False)
    yield app, fake, running.assistant
    running.close()
    fake.close()


def signed(body: str, content_type: str, *, timestamp: int | None = None, secret: str = SECRET) -> BoltRequest:
    stamp = str(timestamp or int(time.time()))
    signature = SignatureVerifier(secret).generate_signature(timestamp=stamp, body=body)
    return BoltRequest(body=body, headers={"content-type": [content_type], "x-slack-request-timestamp": [stamp],
                                           "x-slack-signature": [signature]})


def event(payload: dict[str, Any], **options: Any) -> BoltRequest:
    body = json.dumps({"token": "t", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                       "event_id": f"Ev{time.time_ns()}", "event_time": int(time.time()), "event": payload})
    return signed(body, "application/json", **options)


def mention(text: str, *, user: str = "UANY", channel: str = "CPUBLIC", thread: str | None = None) -> BoltRequest:
    ts = f"{time.time():.6f}"
    payload = {"type": "app_mention", "user": user, "text": f"<@UBOT> {text}", "ts": ts, "channel": channel,
               "channel_type": "channel"}
    if thread:
        payload["thread_ts"] = thread
    return event(payload)


def command(name: str, text: str, *, user: str = "UANY", channel: str = "CPUBLIC") -> BoltRequest:
    body = urllib.parse.urlencode({"token": "t", "team_id": "T1", "channel_id": channel, "channel_name": "general",
                                   "user_id": user, "command": name, "text": text, "trigger_id": "1",
                                   "response_url": "http://127.0.0.1:9/respond"})
    return signed(body, "application/x-www-form-urlencoded")


def test_a_mention_gets_a_threaded_answer_with_sources(slack):
    app, fake, _ = slack
    request = mention("Is Huaxin cleared to ship cells?")
    response = app.dispatch(request)
    assert response.status == 200
    assert fake.made("reactions.add")[0]["name"] == "eyes"
    posted = fake.made("chat.postMessage")[-1]
    assert posted["thread_ts"] == json.loads(request.raw_body)["event"]["ts"]
    blocks = posted["blocks"] if isinstance(posted["blocks"], list) else json.loads(posted["blocks"])
    texts = json.dumps(blocks)
    assert "not ready" in texts and "*Sources*" in texts and "ISO-9001-2015_ACS-Q-2022-04417.pdf" in texts
    assert any(b["type"] == "actions" for b in blocks)  # feedback buttons


def test_a_dm_follow_up_resolves_the_supplier_from_the_thread(slack):
    app, fake, _ = slack
    first = event({"type": "message", "channel_type": "im", "user": "UBUYER", "text": "What is the risk score of "
                   "Nordvolt?", "ts": "100.1", "channel": "DBUYER"})
    app.dispatch(first)
    follow = event({"type": "message", "channel_type": "im", "user": "UBUYER", "text": "and their late delivery "
                    "penalty?", "ts": "100.2", "thread_ts": "100.1", "channel": "DBUYER"})
    app.dispatch(follow)
    last = json.dumps(fake.made("chat.postMessage")[-1])
    assert "Nordvolt" in last and "Clause 7.2" in last and "0.5" in last


@pytest.mark.parametrize("name, text, expected", [
    ("/gov-ask", "Which suppliers have expired certificates?", "Huaxin"),
    ("/gov-risk", "Solaris", "83/100"),
    ("/gov-checklist", "Huaxin", "ACS-Q-2022-04417: expired"),  # not just the title every checklist has
    ("/gov-sla", "Nordvolt credit", "208,900"),
    ("/gov-remediate", "Huaxin", "Renew or provide the certificate"),
    ("/gov-summary", "Huaxin", "not ready"),
])
def test_each_slash_command_is_acked_and_answered(slack, name, text, expected):
    app, fake, _ = slack
    response = app.dispatch(command(name, text, user="UBUYER", channel="DBUYER") if name == "/gov-sla"
                            else command(name, text))
    assert response.status == 200 and "Working on" in response.body
    delivered = fake.posted_text() + fake.posted_text("chat.postEphemeral")
    assert expected in delivered, delivered[:2000]


def dropped(app: Any, fake: FakeSlack, *files: str, user: str = "UBUYER", text: str = "new from Huaxin") -> None:
    fake.calls.clear()
    app.dispatch(event({"type": "message", "subtype": "file_share", "channel_type": "im", "user": user,
                        "text": text, "ts": "200.1", "channel": "DBUYER", "files": [{"id": f} for f in files]}))


def upload_buttons(fake: FakeSlack) -> dict[str, str]:
    """The pending uploads' ids by file name, from the cards posted."""
    found = {}
    for posted in fake.made("chat.postMessage"):
        blocks = posted.get("blocks")
        blocks = json.loads(blocks) if isinstance(blocks, str) else blocks or []
        for block in blocks:
            if block["type"] == "actions" and block["block_id"].startswith("upload-"):
                found[posted["text"].split(" for ")[0].removeprefix("Received ")] = block["elements"][0]["value"]
    return found


def decide(app: Any, action: str, upload_id: str, user: str) -> None:
    app.dispatch(interaction({"type": "block_actions", "user": {"id": user}, "team": {"id": "T1"}, "api_app_id": "A1",
                              "container": {"type": "message", "channel_id": "DBUYER"}, "channel": {"id": "DBUYER"},
                              "message": {"ts": "200.2", "thread_ts": "200.1"}, "trigger_id": "1",
                              "actions": [{"action_id": action, "block_id": f"upload-{upload_id}", "type": "button",
                                           "value": upload_id, "action_ts": "1"}]}))


def huaxin_certificates(assistant: Any) -> str:
    from core.access import Principal
    from tools import registry

    assistant.refresh()
    card = registry.SUMMARIZE.call({"supplier": "Huaxin", "as_of": AS_OF}, assistant.source(Principal()))
    return json.dumps([line.text for line in card.certificates])


def test_a_file_dropped_in_counts_only_once_a_person_with_an_upload_role_accepts_it(slack, drive, tmp_path):
    app, fake, assistant = slack
    root, _ = drive
    pdf = write_pdf(tmp_path / "renewal.pdf", [
        "CERTIFICATE", "Certificate No. ACS-Q-2026-09911", "Huaxin Energy Storage Technology Co., Ltd.",
        "complies with ISO 9001:2015", "Scope: cells", "Issued by Alpine Certification Services AG",
        "Valid until 30 October 2029"])
    fake.files["F1"] = ("ISO-9001 renewal.pdf", pdf.read_bytes())
    fake.files["F2"] = ("broken.pdf", b"")
    dropped(app, fake, "F1", "F2")
    text = fake.posted_text()
    assert "Document summary" in text and "ACS-Q-2026-09911" in text and "2029-10-30" in text
    assert "counts for no score, checklist or answer" in text
    assert "broken.pdf could not be read" in text and "empty file" in text
    inbox = root / "suppliers" / "Huaxin Energy Storage" / "inbox"
    assert not (inbox / "ISO-9001 renewal.pdf").exists()
    assert "ACS-Q-2026-09911" not in huaxin_certificates(assistant)  # waiting: it counts for no one
    upload = upload_buttons(fake)["ISO-9001 renewal.pdf"]

    fake.calls.clear()
    decide(app, "upload_accept", upload, "UQUALITY")  # quality is no upload role
    assert "may accept or reject" in fake.posted_text("chat.postEphemeral")
    assert "ACS-Q-2026-09911" not in huaxin_certificates(assistant)

    decide(app, "upload_accept", upload, "UBUYER")
    assert "accepted by <@UBUYER> and now counts for Huaxin Energy Storage" in fake.posted_text()
    assert (inbox / "ISO-9001 renewal.pdf").exists()
    assert "ACS-Q-2026-09911" in huaxin_certificates(assistant)
    fake.calls.clear()
    decide(app, "upload_accept", upload, "UBUYER")  # pressed twice: nothing is ingested twice
    assert "no longer waiting" in fake.posted_text()


def test_a_rejected_upload_is_deleted_and_never_counted(slack, drive, tmp_path):
    app, fake, assistant = slack
    root, _ = drive
    pdf = write_pdf(tmp_path / "other.pdf", ["CERTIFICATE", "Certificate No. ZZ-REJECT-1",
                                             "complies with ISO 14001:2015", "Valid until 1 May 2030"])
    fake.files["F3"] = ("ISO-14001.pdf", pdf.read_bytes())
    dropped(app, fake, "F3")
    upload = upload_buttons(fake)["ISO-14001.pdf"]
    decide(app, "upload_reject", upload, "UBUYER")
    assert "rejected by <@UBUYER> and deleted" in fake.posted_text()
    assert not list(root.rglob("ISO-14001.pdf")) and "ZZ-REJECT-1" not in huaxin_certificates(assistant)
    assert not any((Path(assistant.index.directory) / "uploads").iterdir())


def test_only_a_person_with_an_upload_role_may_send_documents(slack):
    app, fake, _ = slack
    fake.files["F4"] = ("forged.pdf", b"%PDF-1.4 anything")
    dropped(app, fake, "F4", user="UANY")
    assert "Only people with the onboarding or buyer role may send documents" in fake.posted_text()
    assert not fake.made("files.info") and not fake.made("GET")  # nothing was even fetched


def test_the_token_goes_only_to_slacks_file_host_and_never_across_a_redirect(slack):
    app, fake, _ = slack
    elsewhere = FakeSlack()
    try:
        fake.files["F5"] = ("a.pdf", b"%PDF-1.4")
        fake.urls["F5"] = elsewhere.url.replace("127.0.0.1", "localhost") + "files/F5"
        dropped(app, fake, "F5")
        assert "not from Slack's file host; the bot token is not sent there" in fake.posted_text()
        fake.files["F6"] = ("b.pdf", b"%PDF-1.4")
        fake.redirects["F6"] = elsewhere.url.replace("127.0.0.1", "localhost") + "files/F6"
        dropped(app, fake, "F6")
        assert "redirected to localhost; not followed" in fake.posted_text()
        assert elsewhere.made("GET") == []  # the other host never saw a request, nor the token
    finally:
        elsewhere.close()


def test_an_upload_over_the_size_limit_is_refused_and_nothing_is_kept(slack, drive):
    app, fake, assistant = slack
    fake.files["F7"] = ("huge.pdf", b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024))
    limited = assistant.settings.model_copy(update={"max_file_mb": 1.0})
    assistant.settings, original = limited, assistant.settings
    try:
        dropped(app, fake, "F7")
    finally:
        assistant.settings = original
    assert "huge.pdf was not received: the file is larger than the 1 MB limit" in fake.posted_text()
    assert not any((Path(assistant.index.directory) / "uploads").iterdir())


def test_feedback_clicks_are_recorded_against_the_answer(slack):
    app, fake, assistant = slack
    app.dispatch(mention("What is the risk score of Solaris?"))
    entry = assistant.memory.recent(1)[0]
    payload = {"type": "block_actions", "user": {"id": "UANY"}, "team": {"id": "T1"}, "api_app_id": "A1",
               "container": {"type": "message"}, "trigger_id": "1", "channel": {"id": "CPUBLIC"},
               "actions": [{"action_id": "feedback_up", "block_id": f"feedback-{entry['id']}", "type": "button",
                            "value": str(entry["id"]), "action_ts": "1"}]}
    response = app.dispatch(signed(urllib.parse.urlencode({"payload": json.dumps(payload)}),
                                   "application/x-www-form-urlencoded"))
    assert response.status == 200 and assistant.memory.recent(1)[0]["feedback"] == "up by UANY"


def test_unsigned_or_stale_requests_are_rejected_before_any_handler(slack):
    app, fake, _ = slack
    stale = mention("Is Huaxin cleared to ship cells?")
    stale = event(json.loads(stale.raw_body)["event"], timestamp=int(time.time()) - 3600)
    forged = event({"type": "app_mention", "user": "U1", "text": "hi", "ts": "1.0", "channel": "C1"},
                   secret="not-the-secret")
    for request in (stale, forged):
        assert app.dispatch(request).status == 401
    assert fake.calls == [] or all(name == "auth.test" for name, _ in fake.calls)


def test_a_restricted_answer_never_reaches_the_channel(slack):
    app, fake, _ = slack
    app.dispatch(mention("What is the late-delivery penalty in the Nordvolt contract?", user="UBUYER"))
    private = fake.posted_text("chat.postEphemeral")
    channel = fake.posted_text()
    assert "Clause 7.2" in private and "UBUYER" in private
    assert "Clause 7.2" not in channel and "0.5 %" not in channel and "Master Purchase Agreement" not in channel
    assert "privately" in channel
    fake.calls.clear()
    app.dispatch(mention("What is the late-delivery penalty in the Nordvolt contract?", user="UNOBODY"))
    assert "have access" in fake.posted_text() and fake.made("chat.postEphemeral") == []
    fake.calls.clear()
    app.dispatch(mention("What is the late-delivery penalty in the Nordvolt contract?", user="UGROUPBUYER"))
    assert "Clause 7.2" in fake.posted_text("chat.postEphemeral")  # a member of a user group mapped to buyer


def test_an_exception_becomes_a_visible_apology_with_an_error_id(slack, monkeypatch, caplog):
    app, fake, assistant = slack

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("store on fire")

    monkeypatch.setattr(assistant, "ask", broken)
    app.dispatch(mention("Is Huaxin cleared to ship cells?"))
    apology = fake.made("chat.postMessage")[-1]["text"]
    assert apology.startswith(":warning: Sorry") and "error id" in apology
    error_id = apology.rsplit("error id ", 1)[1].rstrip(").")
    assert any(error_id in record.getMessage() for record in caplog.records)
    assert "store on fire" not in apology


def test_mrkdwn_escaping():
    assert escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert mrkdwn("**Sources**\n- <script>x</script> & more") == \
        "*Sources*\n• &lt;script&gt;x&lt;/script&gt; &amp; more"


def test_missing_slack_settings_name_the_variable(drive, tmp_path):
    from core.errors import GovError

    _, index = drive
    with Application(Settings(log_dir=tmp_path), index=index) as running, \
            pytest.raises(GovError, match="SLACK_BOT_TOKEN"):
        build_app(running)


# -- the review queue in Slack -------------------------------------------------------------------------------
SOCIAL = ("# Social compliance audit\n\nReport date: 12 May 2026\n\nThe audit identified one major non-conformance; "
          "details were sent separately.\n")
QUESTIONNAIRE = CORPUS / "suppliers" / "Solaris ESS Solutions" / "declarations" / ("Supplier self-assessment "
                                                                                   "questionnaire.pdf")


@pytest.fixture(scope="module")
def review_store(tmp_path_factory):
    """A supplier with a questionnaire (an unread passage, open to all) and an audit whose findings could not be
    read, under a path only the quality label may see."""
    root = tmp_path_factory.mktemp("review-drive")
    folder = root / "suppliers" / "Aldebaran Cells"
    (folder / "audits").mkdir(parents=True)
    (folder / "declarations").mkdir()
    (folder / "audits" / "social.md").write_text(SOCIAL, encoding="utf-8")
    shutil.copy(QUESTIONNAIRE, folder / "declarations")
    (root / "access.yaml").write_text('"suppliers/*/audits/**": [quality]\n', encoding="utf-8")
    store = tmp_path_factory.mktemp("review-store") / "store"
    index = Index.open(str(store))
    assert not Ingestor(index).run([root]).failed
    index.close()
    return store


@pytest.fixture
def reviewing(review_store, tmp_path):
    """The Slack app over a fresh copy of the review store, so every test starts from the same queue."""
    store = tmp_path / "store"
    shutil.copytree(review_store, store)
    index = Index.open(str(store))
    fake = FakeSlack()
    settings = Settings(log_dir=tmp_path / "logs", as_of=AS_OF, slack_bot_token="xoxb-test",
                        slack_signing_secret=SECRET, slack_api_url=fake.url,
                        slack_roles={"UQUALITY": "quality", "UBUYER": "buyer"})
    running = Application(settings, index=index)
    yield build_app(running, process_before_response=True, token_verification=False), fake, running
    running.close()
    index.close()
    fake.close()


def interaction(payload: dict[str, Any]) -> BoltRequest:
    return signed(urllib.parse.urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")


def press(action_id: str, fact_id: str, *, user: str, channel: str = "CREVIEW") -> BoltRequest:
    return interaction({"type": "block_actions", "user": {"id": user}, "team": {"id": "T1"}, "api_app_id": "A1",
                        "container": {"type": "message", "is_ephemeral": True, "channel_id": channel},
                        "trigger_id": "13345224609.738474920.8088930838d88f008e0", "channel": {"id": channel},
                        "actions": [{"action_id": action_id, "block_id": f"review-{fact_id}", "type": "button",
                                     "value": fact_id, "action_ts": "1"}]})


def queue_for(app: Any, fake: FakeSlack, user: str) -> list[dict[str, Any]]:
    """`/gov-review Aldebaran` as `user`: the blocks sent to them alone."""
    fake.calls.clear()
    response = app.dispatch(command("/gov-review", "Aldebaran", user=user, channel="CREVIEW"))
    assert response.status == 200 and "Working on" in response.body
    assert fake.made("chat.postMessage") == []  # never to the channel
    sent = fake.made("chat.postEphemeral")
    assert [s["user"] for s in sent] == [user]
    return sent[0]["blocks"] if isinstance(sent[0]["blocks"], list) else json.loads(sent[0]["blocks"])


def ids_with_buttons(blocks: list[dict[str, Any]]) -> dict[str, list[str]]:
    return {b["block_id"].removeprefix("review-"): [e["action_id"] for e in b["elements"]]
            for b in blocks if b["type"] == "actions"}


def test_the_review_queue_is_sent_to_the_reviewer_with_buttons_as_they_may_see_it(reviewing):
    app, fake, running = reviewing
    queue = {f.id: f for f in running.facts().facts() if f.kind in ("unread", "audit_finding")}
    audit = next(i for i, f in queue.items() if f.kind == "audit_finding")
    questionnaire = next(i for i, f in queue.items() if f.kind == "unread")
    blocks = queue_for(app, fake, "UQUALITY")
    assert ids_with_buttons(blocks) == {fact_id: ["review_confirm", "review_correct", "review_dismiss"]
                                        for fact_id in (audit, questionnaire)}
    text = json.dumps(blocks)
    assert "2 item(s) to review for Aldebaran Cells" in text and "self-assessment questionnaire" in text
    assert "The audit identified one major non-conformance" in text
    buyer = queue_for(app, fake, "UBUYER")  # holds procurement, not quality: the audit is not theirs to see
    assert list(ids_with_buttons(buyer)) == [questionnaire]
    assert "non-conformance" not in json.dumps(buyer)


def test_pressing_confirm_records_the_decision_as_the_slack_user(reviewing):
    app, fake, running = reviewing
    questionnaire = next(f.id for f in running.facts().facts() if f.kind == "unread")
    fake.calls.clear()
    assert app.dispatch(press("review_confirm", questionnaire, user="UBUYER")).status == 200
    [review] = running.index.manifest.reviews()
    assert (review.target, review.decision, review.reviewer) == (questionnaire, "confirmed", "UBUYER")
    told = fake.made("chat.postEphemeral")
    assert [t["user"] for t in told] == ["UBUYER"] and "confirmed: unread in" in told[0]["text"]
    logged = running.memory.db.execute("SELECT reviewer, decision, fact_id FROM reviews").fetchall()
    assert logged == [("UBUYER", "confirmed", questionnaire)]
    assert questionnaire not in ids_with_buttons(queue_for(app, fake, "UBUYER"))  # decided: off the queue


def test_a_user_without_the_documents_label_cannot_decide_on_it(reviewing):
    app, fake, running = reviewing
    audit = next(f.id for f in running.facts().facts() if f.kind == "audit_finding")
    for user in ("UBUYER", "UNOBODY"):
        for action in ("review_confirm", "review_dismiss", "review_correct"):
            fake.calls.clear()
            assert app.dispatch(press(action, audit, user=user)).status == 200
            assert running.index.manifest.reviews() == []
            assert fake.made("views.open") == [] and fake.made("chat.postMessage") == []
            told = fake.made("chat.postEphemeral")
            assert [t["user"] for t in told] == [user] and "that you may see" in told[0]["text"]
    assert running.memory.db.execute("SELECT COUNT(*) FROM reviews").fetchone() == (0,)


def test_correct_opens_a_form_whose_values_are_checked_then_recorded(reviewing):
    app, fake, running = reviewing
    audit = next(f.id for f in running.facts().facts() if f.kind == "audit_finding")
    fake.calls.clear()
    app.dispatch(press("review_correct", audit, user="UQUALITY"))
    [opened] = fake.made("views.open")
    view = opened["view"] if isinstance(opened["view"], dict) else json.loads(opened["view"])
    assert view["callback_id"] == "review_correct" and "finding_id" in json.dumps(view["blocks"])

    def submit(values: str) -> Any:
        view_state = {"values": {"values": {"values": {"type": "plain_text_input", "value": values}},
                                 "note": {"note": {"type": "plain_text_input", "value": "read the annex"}}}}
        return app.dispatch(interaction({"type": "view_submission", "user": {"id": "UQUALITY"}, "team": {"id": "T1"},
                                         "api_app_id": "A1", "trigger_id": "1",
                                         "view": {**view, "id": "V1", "state": view_state}}))

    refused = submit("finding_id=F-2\nseverity=major\ndue=next spring")
    assert refused.status == 200 and running.index.manifest.reviews() == []
    errors = json.loads(refused.body)
    assert errors["response_action"] == "errors" and "due" in errors["errors"]["values"]
    recorded = submit("finding_id=F-2\nseverity=major\nstatus=open\ndue=2026-08-10")
    assert recorded.status == 200 and not recorded.body
    [review] = running.index.manifest.reviews()
    assert (review.decision, review.reviewer, review.note) == ("corrected", "UQUALITY", "read the annex")
    [finding] = [f for f in running.facts(frozenset({"quality"})).facts(kind="audit_finding")]
    assert (finding.id, finding.finding_id, finding.severity, str(finding.due)) == (audit, "F-2", "major",
                                                                                     "2026-08-10")
    assert "corrected: audit_finding in" in fake.posted_text("chat.postEphemeral")


def test_a_table_in_an_answer_is_shown_as_aligned_columns_in_slack():
    """Slack's mrkdwn has no tables: a comparison's rows become aligned columns in a code block, the rule row gone."""
    from assistant.slack.blocks import mrkdwn
    text = mrkdwn("Lead [1].\n\n| Supplier | Risk |\n|---|---|\n| Solaris ESS | 83/100 [1] |\n- after")
    assert "```\nSupplier     Risk\nSolaris ESS  83/100 [1]\n```" in text and text.endswith("• after"), text


def blocks_of(posted: dict[str, Any]) -> list[dict[str, Any]]:
    return posted["blocks"] if isinstance(posted["blocks"], list) else json.loads(posted["blocks"])


def test_gov_watch_posts_the_digest_with_what_everyone_may_see_and_a_card_button_per_alert(slack):
    app, fake, _ = slack
    response = app.dispatch(command("/gov-watch", "90", channel="CPUBLIC"))
    assert response.status == 200 and "Working on" in response.body
    blocks = blocks_of(fake.made("chat.postMessage")[-1])
    text = json.dumps(blocks)
    assert "Early warning" in text and "ACS-Q-2022-04417" in text and "Huaxin Energy Storage" in text
    assert "Master Purchase Agreement" not in text  # a contract is not for every channel member
    buttons = [b["accessory"] for b in blocks if b.get("accessory")]
    assert buttons and all(b["action_id"] == "watch_card" for b in buttons)
    fake.calls.clear()
    press = {"type": "block_actions", "user": {"id": "UBUYER"}, "team": {"id": "T1"}, "api_app_id": "A1",
             "container": {"type": "message", "channel_id": "CPUBLIC"}, "trigger_id": "1",
             "channel": {"id": "CPUBLIC"}, "actions": [{"action_id": "watch_card", "block_id": "alert-0",
                                                        "type": "button", "value": "Huaxin Energy Storage",
                                                        "action_ts": "1"}]}
    response = app.dispatch(signed(urllib.parse.urlencode({"payload": json.dumps(press)}),
                                   "application/x-www-form-urlencoded"))
    assert response.status == 200
    card = fake.made("chat.postEphemeral")
    assert [c["user"] for c in card] == ["UBUYER"] and fake.made("chat.postMessage") == []
    assert "not ready" in json.dumps(card).lower() and "ACS-Q-2022-04417" in json.dumps(card)


def test_the_digest_schedule_posts_to_the_configured_channel_until_stopped(drive, tmp_path):
    from assistant.slack.app import DigestSchedule

    root, index = drive
    fake = FakeSlack()
    settings = Settings(log_dir=tmp_path / "logs", as_of=AS_OF, corpus_dir=root, slack_bot_token="xoxb-test",
                        slack_signing_secret=SECRET, slack_api_url=fake.url, slack_watch_channel="CWATCH",
                        slack_watch_hours=0.0005)  # every 1.8 s
    running = Application(settings, index=index)
    app = build_app(running, process_before_response=True, token_verification=False)
    schedule = DigestSchedule(running, app.client).start()
    try:
        deadline = time.monotonic() + 120  # a loaded machine is slow; the test waits, it does not time
        while len(fake.made("chat.postMessage")) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        schedule.stop()
        running.close()
        fake.close()
    posts = fake.made("chat.postMessage")
    assert len(posts) >= 2 and {p["channel"] for p in posts} == {"CWATCH"}
    assert "Early warning" in json.dumps(blocks_of(posts[0]))


def test_an_uploaded_files_name_is_only_a_name():
    from assistant.slack.uploads import file_name

    assert file_name("../../corpus/access.yaml") == "_.._corpus_access.yaml"
    assert file_name("..") == file_name("") == "upload"
    assert file_name(".env") == "env" and file_name("a\\b\x1b[2J.pdf") == "a_b_[2J.pdf"
