"""The Slack front door (slack-bolt): mentions and DMs answered in threads, slash commands, files
dropped in for an onboarding card, feedback buttons, and the review queue (`/gov-review`) with a
Confirm / Correct / Dismiss button per item. A thin adapter: every answer comes from `Assistant.ask`
(validated, logged), every card from the tools, every review decision from `Application.review` (as the
CLI records it). In shared channels the bot answers with what every member may see; what needs
restricted documents goes privately to the asker; the review queue and decisions go only to the person
reviewing, through their own access labels."""

from __future__ import annotations

import json
import logging
import re
import threading
import uuid
from collections.abc import Callable
from typing import Any

from slack_bolt import App as BoltApp
from slack_sdk import WebClient

from assistant.answers import NO_ACCESS, Answer
from assistant.application import Application
from assistant.engine import Assistant
from assistant.slack.blocks import (
    answer_blocks,
    correction_modal,
    escape,
    fallback_text,
    mrkdwn,
    review_blocks,
    sections,
    upload_blocks,
    watch_blocks,
)
from assistant.slack.files import download
from assistant.slack.uploads import Uploads
from core.access import Principal
from core.errors import GovError
from ingest.facts.review import correction_values, decision_line

log = logging.getLogger("gov.slack")
EVERYONE = Principal(user="channel", labels=frozenset())  # what every channel member may see: unlabelled documents
SHARED = {"channel", "group", "mpim"}
COMMANDS = {  # slash command -> (forced intent, question template)
    "/gov-ask": (None, "{text}"),
    "/gov-risk": ("risk", "What is the risk score of {text}?"),
    "/gov-checklist": ("checklist", "{text}"),
    "/gov-sla": ("sla", "{text}"),
    "/gov-remediate": ("remediation", "{text}"),
    "/gov-summary": ("onboarding", "{text}"),
}


class Roles:
    """Slack user -> principal, from GOV_SLACK_ROLES (user ids, or user-group ids resolved once)."""

    def __init__(self, assistant: Assistant, client: WebClient):
        self.assistant, self.client = assistant, client
        self.by_user: dict[str, str] | None = None

    def _load(self) -> dict[str, str]:
        mapping: dict[str, str] = {}
        for key, role in self.assistant.settings.slack_roles.items():
            if key.startswith("S"):  # a user group: its members get the role
                members: list[str] = self.client.usergroups_users_list(usergroup=key).get("users", [])
                mapping.update({member: role for member in members if member not in mapping})
            else:
                mapping[key] = role
        return mapping

    def role(self, user: str) -> str | None:
        if self.by_user is None:
            self.by_user = self._load()
        return self.by_user.get(user) or self.assistant.settings.slack_default_role

    def principal(self, user: str) -> Principal:
        role = self.role(user)
        if role is None:
            return Principal(user=user, labels=frozenset())
        return self.assistant.principal_for(role, user=user)


def safely(client: WebClient, channel: str, thread: str | None,
           only_to: str | None = None) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Any failure becomes a short apology in the thread (or to the user `only_to` alone), with an error id
    that is in the log."""

    def wrap(func: Callable[..., None]) -> Callable[..., None]:
        def run(*args: Any, **kwargs: Any) -> None:
            try:
                func(*args, **kwargs)
            except Exception as exc:  # the bot must never go silent after acknowledging
                error_id = uuid.uuid4().hex[:8]
                message = exc.message if isinstance(exc, GovError) else "something went wrong"
                log.exception("slack handler failed (error id %s)", error_id)
                text = f":warning: Sorry, {escape(message)} (error id {error_id})."
                if only_to:
                    client.chat_postEphemeral(channel=channel, user=only_to, text=text)
                else:
                    client.chat_postMessage(channel=channel, thread_ts=thread, text=text)

        return run

    return wrap


class SlackBot:
    def __init__(self, app: Application, client: WebClient):
        self.app, self.assistant, self.client = app, app.assistant, client
        self.roles = Roles(self.assistant, client)
        self.uploads = Uploads(app)

    def answer_for(self, question: str, user: str, channel_type: str, conversation: str,
                   intent: str | None = None) -> tuple[Answer, bool]:
        """The answer and whether it must be private: in shared channels, first with what everyone may
        see; only if that lacks access is the asker's own view used, and then only privately."""
        asker = self.roles.principal(user)
        if channel_type not in SHARED:
            return self.assistant.ask(question, conversation_id=conversation, principal=asker, intent=intent), False
        public = self.assistant.ask(question, conversation_id=conversation, principal=EVERYONE, intent=intent)
        if public.refused and public.answer == NO_ACCESS and asker.labels:
            private = self.assistant.ask(question, conversation_id=f"{conversation}:{user}", principal=asker,
                                         intent=intent)
            if not private.refused:
                return private, True
        return public, False

    def post(self, channel: str, thread: str | None, user: str, answer: Answer, private: bool) -> None:
        blocks = answer_blocks(answer)
        if private:
            self.client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread, text=fallback_text(answer),
                                           blocks=blocks)
            self.client.chat_postMessage(channel=channel, thread_ts=thread, text="The answer relies on documents not "
                                         "everyone here may see, so I sent it to you privately.")
        else:
            self.client.chat_postMessage(channel=channel, thread_ts=thread, text=fallback_text(answer), blocks=blocks)

    # -- events -----------------------------------------------------------------------------------------
    def on_message(self, event: dict[str, Any]) -> None:
        if event.get("bot_id") or event.get("subtype") not in (None, "file_share"):
            return
        channel, user = event["channel"], event.get("user", "")
        thread = event.get("thread_ts") or event["ts"]
        text = re.sub(r"<@[A-Z0-9]+>", "", event.get("text") or "").strip()

        @safely(self.client, channel, thread)
        def handle() -> None:
            self.client.reactions_add(channel=channel, timestamp=event["ts"], name="eyes")
            if event.get("files"):
                self.on_files(event, channel, thread, user, text)
                return
            if not text:
                self.client.chat_postMessage(channel=channel, thread_ts=thread, text="Ask me a governance question, "
                                             "e.g. _Is Huaxin cleared to ship cells?_")
                return
            answer, private = self.answer_for(text, user, event.get("channel_type", "channel"),
                                              f"slack:{channel}:{thread}")
            self.post(channel, thread, user, answer, private)

        handle()

    def may_upload(self, user: str) -> bool:
        return self.roles.role(user) in self.assistant.settings.slack_upload_roles

    def upload_roles(self) -> str:
        """The roles that may send and accept documents, as a message names them ("onboarding or buyer")."""
        return " or ".join(self.assistant.settings.slack_upload_roles)

    def on_files(self, event: dict[str, Any], channel: str, thread: str, user: str, text: str) -> None:
        """Files sent to the bot: from a person with an upload role only, each read into a store of its own and
        shown as a card that counts for no one until such a person accepts it (assistant/slack/uploads.py)."""
        from assistant.interpret import mentioned_suppliers
        from tools.summary import to_markdown

        settings = self.assistant.settings
        if not self.may_upload(user):
            self.client.chat_postMessage(channel=channel, thread_ts=thread, text="Only people with the "
                                         f"{self.upload_roles()} role may send documents; please ask one of them to "
                                         "send this file.")
            return
        principal = self.roles.principal(user)
        named = mentioned_suppliers(text, self.assistant.source(principal).registry)
        if not named:
            self.client.chat_postMessage(channel=channel, thread_ts=thread, text="Which supplier is this for? Send "
                                         "the file again with the supplier's name in the message.")
            return
        supplier = named[0].name
        for file in event["files"]:
            info = self.client.files_info(file=file["id"])["file"]
            pending, path = self.uploads.receive(supplier, info.get("name") or file["id"], user)
            try:
                download(info.get("url_private_download") or "", self.client.token or "", path,
                         max_bytes=int(settings.max_file_mb * 1024 * 1024), hosts=settings.slack_file_hosts)
                report, card = self.uploads.read(pending, principal.labels)
            except GovError as exc:
                self.uploads.reject(pending.id)
                self.client.chat_postMessage(channel=channel, thread_ts=thread,
                                             text=f":x: {escape(pending.name)} was not received: {escape(exc.message)}")
                continue
            except BaseException:
                self.uploads.reject(pending.id)  # nothing half-received is kept
                raise
            if card is None:
                self.uploads.reject(pending.id)
                reason = report.failed[0].reason if report.failed else "no document in it"
                self.client.chat_postMessage(channel=channel, thread_ts=thread,
                                             text=f":x: {escape(pending.name)} could not be read: {escape(reason)}")
                continue
            self.client.chat_postMessage(channel=channel, thread_ts=thread,
                                         blocks=upload_blocks(to_markdown(card), pending.id, pending.name, supplier,
                                                              self.upload_roles()),
                                         text=f"Received {escape(pending.name)} for {escape(supplier)}: waiting to "
                                         "be accepted")

    def on_upload_decision(self, body: dict[str, Any]) -> None:
        """Accept or Reject on a pending upload: only a person with an upload role decides; accepted, the file moves
        into the supplier's inbox in the corpus and counts from then on."""
        action, user = body["actions"][0], body["user"]["id"]
        channel = (body.get("channel") or {}).get("id") or body["container"]["channel_id"]
        message = body.get("message") or {}
        thread = message.get("thread_ts") or message.get("ts")

        @safely(self.client, channel, thread)
        def handle() -> None:
            if not self.may_upload(user):
                self.client.chat_postEphemeral(channel=channel, user=user, text="Only people with the "
                                               f"{self.upload_roles()} role may accept or reject documents.")
                return
            if action["action_id"] == "upload_reject":
                pending = self.uploads.reject(action["value"])
                self.client.chat_postMessage(channel=channel, thread_ts=thread, text=f"{escape(pending.name)} was "
                                             f"rejected by <@{user}> and deleted; it never counted.")
                return
            pending, destination, report = self.uploads.accept(action["value"])
            self.assistant.refresh()  # the registry and facts changed
            where = destination.relative_to(self.assistant.settings.corpus_dir).as_posix()
            failed = f" It could not be read: {escape(report.failed[0].reason)}." if report.failed else ""
            self.client.chat_postMessage(channel=channel, thread_ts=thread, text=f"{escape(pending.name)} was "
                                         f"accepted by <@{user}> and now counts for {escape(pending.supplier)} "
                                         f"(saved as {escape(where)}).{failed}")

        handle()

    def on_command(self, command: dict[str, Any]) -> None:
        name, text = command["command"], (command.get("text") or "").strip()
        channel, user = command["channel_id"], command["user_id"]

        @safely(self.client, channel, None)
        def handle() -> None:
            intent, template = COMMANDS[name]
            if not text:
                raise GovError(f"{name} needs {'a question' if intent is None else 'a supplier name'}",
                               stage="slack")
            channel_type = "im" if command.get("channel_name") == "directmessage" else "channel"
            answer, private = self.answer_for(template.format(text=text), user, channel_type,
                                              f"slack:{channel}:{user}:{name}", intent)
            self.post(channel, None, user, answer, private)

        handle()

    # -- the review queue: to the reviewer alone, decided as they may see -------------------------------
    def on_review_command(self, command: dict[str, Any]) -> None:
        from tools import registry

        channel, user = command["channel_id"], command["user_id"]

        @safely(self.client, channel, None, user)
        def handle() -> None:
            source = self.assistant.source(self.roles.principal(user))
            queue = registry.REVIEW_QUEUE.call({"supplier": (command.get("text") or "").strip() or None}, source)
            self.client.chat_postEphemeral(channel=channel, user=user, blocks=review_blocks(queue),
                                           text=f"{len(queue.items)} item(s) to review")

        handle()

    def on_review_action(self, body: dict[str, Any]) -> None:
        action, user = body["actions"][0], body["user"]["id"]
        channel = (body.get("channel") or {}).get("id") or body["container"]["channel_id"]

        @safely(self.client, channel, None, user)
        def handle() -> None:
            labels = self.roles.principal(user).labels
            if action["action_id"] == "review_correct":
                fact = self.app.reviewable(action["value"], labels)
                self.client.views_open(trigger_id=body["trigger_id"], view=correction_modal(fact, channel))
                return
            review = self.app.review(action["value"], "confirmed" if action["action_id"] == "review_confirm"
                                     else "dismissed", user, labels=labels)
            self.client.chat_postEphemeral(channel=channel, user=user, text=escape(decision_line(review)))

        handle()

    def on_correction(self, ack: Callable[..., None], body: dict[str, Any]) -> None:
        """The correction form submitted: recorded, or sent back with the reason under the field."""
        view, user = body["view"], body["user"]["id"]
        asked, state = json.loads(view["private_metadata"]), view["state"]["values"]
        lines = [line for line in (state["values"]["values"].get("value") or "").splitlines() if line.strip()]
        note = state.get("note", {}).get("note", {}).get("value") or ""
        try:
            review = self.app.review(asked["fact"], "corrected", user, note, self.roles.principal(user).labels,
                                     correction_values(lines))
        except GovError as exc:
            ack(response_action="errors", errors={"values": exc.message})
            return
        ack()
        self.client.chat_postEphemeral(channel=asked["channel"], user=user, text=escape(decision_line(review)))

    # -- early warning: the digest on demand, and a supplier's card from an alert ------------------------
    def on_watch_command(self, command: dict[str, Any]) -> None:
        """`/gov-watch [days] [supplier]`: in a shared channel with what every member may see."""
        channel, user, text = command["channel_id"], command["user_id"], (command.get("text") or "").strip()

        @safely(self.client, channel, None)
        def handle() -> None:
            days = re.match(r"(\d+)\s*(?:days?|d)?\b\s*", text)
            supplier = text[days.end():].strip() if days else text
            shared = command.get("channel_name") != "directmessage"
            principal = EVERYONE if shared else self.roles.principal(user)
            post_digest(self.assistant, self.client, channel, principal, days=int(days.group(1)) if days else None,
                        suppliers=[supplier] if supplier else [])

        handle()

    def on_watch_card(self, body: dict[str, Any]) -> None:
        """An alert's "Open card": the supplier's onboarding card, to the person who pressed it, as they may see."""
        from tools import registry
        from tools.summary import to_markdown

        action, user = body["actions"][0], body["user"]["id"]
        channel = (body.get("channel") or {}).get("id") or body["container"]["channel_id"]

        @safely(self.client, channel, None, user)
        def handle() -> None:
            source = self.assistant.source(self.roles.principal(user))
            card = registry.SUMMARIZE.call({"supplier": action["value"],
                                            "as_of": self.assistant.settings.effective_as_of()}, source)
            self.client.chat_postEphemeral(channel=channel, user=user, blocks=sections(mrkdwn(to_markdown(card)))[:45],
                                           text=f"Onboarding card: {escape(action['value'])}")

        handle()

    def on_feedback(self, body: dict[str, Any]) -> None:
        action = body["actions"][0]
        verdict = "up" if action["action_id"] == "feedback_up" else "down"
        self.assistant.memory.feedback(int(action["value"]), f"{verdict} by {body['user']['id']}")


def post_digest(assistant: Assistant, client: WebClient, channel: str, principal: Principal, *,
                days: int | None = None, suppliers: list[str] | None = None) -> None:
    """The early-warning digest, as `principal` may see it, posted to a channel."""
    from tools import registry

    report = registry.WATCH.call({"as_of": assistant.settings.effective_as_of(), "days": days,
                                  "suppliers": suppliers or []}, assistant.source(principal))
    client.chat_postMessage(channel=channel, blocks=watch_blocks(report),
                            text=f"Early warning: {len(report.alerts)} alert(s)")


class DigestSchedule:
    """Posts the digest to GOV_SLACK_WATCH_CHANNEL every GOV_SLACK_WATCH_HOURS while `gov slack` runs, with what
    every channel member may see. A failed post is logged and the next one still happens."""

    def __init__(self, running: Application, client: WebClient):
        self.assistant, self.client = running.assistant, client
        self.channel = running.settings.slack_watch_channel
        self.every = running.settings.slack_watch_hours * 3600
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.run, name="gov-watch-digest", daemon=True)

    def start(self) -> DigestSchedule:
        if self.channel:
            self.thread.start()
        return self

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                post_digest(self.assistant, self.client, self.channel or "", EVERYONE)
            except Exception:  # the schedule must outlive one bad post
                log.exception("posting the early-warning digest to %s failed", self.channel)
            self.stopped.wait(self.every)

    def stop(self) -> None:
        self.stopped.set()


def build_app(running: Application, *, process_before_response: bool = False,
              token_verification: bool = True) -> BoltApp:
    settings = running.settings
    if settings.slack_bot_token is None:
        raise GovError("SLACK_BOT_TOKEN is not set", stage="slack", exit_code=2,
                       hint="set SLACK_BOT_TOKEN (or GOV_SLACK_BOT_TOKEN) to the app's xoxb- bot token")
    if settings.slack_app_token is None and settings.slack_signing_secret is None:
        raise GovError("SLACK_SIGNING_SECRET is not set", stage="slack", exit_code=2,
                       hint="set SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode")
    token = settings.slack_bot_token.get_secret_value()
    client = WebClient(token=token, base_url=settings.slack_api_url)
    app = BoltApp(client=client, signing_secret=settings.slack_signing_secret.get_secret_value()
                  if settings.slack_signing_secret else None, process_before_response=process_before_response,
                  token_verification_enabled=token_verification,
                  request_verification_enabled=settings.slack_signing_secret is not None)
    bot = SlackBot(running, client)

    @app.event("app_mention")
    def mention(event: dict[str, Any]) -> None:
        if not event.get("files"):  # a file share also arrives as a message event, handled there
            bot.on_message(event)

    @app.event("message")
    def message(event: dict[str, Any]) -> None:
        if event.get("channel_type") == "im" or event.get("files"):
            bot.on_message(event)

    for name in COMMANDS:
        @app.command(name)
        def command(ack: Callable[..., None], command: dict[str, Any]) -> None:
            ack(text=f"Working on `{escape(command['command'])} {escape(command.get('text') or '')}` ...")
            bot.on_command(command)

    @app.command("/gov-review")
    def review_command(ack: Callable[..., None], command: dict[str, Any]) -> None:
        ack(text=f"Working on `/gov-review {escape(command.get('text') or '')}` ...")
        bot.on_review_command(command)

    @app.action(re.compile("review_(confirm|dismiss|correct)"))
    def review_action(ack: Callable[..., None], body: dict[str, Any]) -> None:
        ack()
        bot.on_review_action(body)

    @app.view("review_correct")
    def review_correction(ack: Callable[..., None], body: dict[str, Any]) -> None:
        bot.on_correction(ack, body)

    @app.command("/gov-watch")
    def watch_command(ack: Callable[..., None], command: dict[str, Any]) -> None:
        ack(text=f"Working on `/gov-watch {escape(command.get('text') or '')}` ...")
        bot.on_watch_command(command)

    @app.action("watch_card")
    def watch_card(ack: Callable[..., None], body: dict[str, Any]) -> None:
        ack()
        bot.on_watch_card(body)

    @app.action(re.compile("upload_(accept|reject)"))
    def upload_decision(ack: Callable[..., None], body: dict[str, Any]) -> None:
        ack()
        bot.on_upload_decision(body)

    @app.action(re.compile("feedback_(up|down)"))
    def feedback(ack: Callable[..., None], body: dict[str, Any]) -> None:
        ack()
        bot.on_feedback(body)

    return app
