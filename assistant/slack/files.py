"""Downloading a file someone shared with the bot: the bot token goes only to Slack's file host (a `files.info`
answer could name any URL), never across a redirect to another origin, and the file is streamed to disk under the
ingest's size limit instead of being read whole into memory."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from core.errors import GovError

CHUNK = 64 * 1024
LOOPBACK = {"127.0.0.1", "localhost", "::1"}  # a stand-in for Slack on this machine may speak plain HTTP


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port


def check_host(url: str, hosts: Sequence[str]) -> None:
    scheme, host, _ = origin(url)
    if host not in {h.lower() for h in hosts}:
        raise GovError(f"the file is offered from {host or 'no host'}, not from Slack's file host; the bot token is "
                       "not sent there", stage="slack", hint="GOV_SLACK_FILE_HOSTS lists the hosts files come from")
    if scheme != "https" and not (scheme == "http" and host in LOOPBACK):
        raise GovError(f"the file is offered over {scheme or 'no scheme'}, not https", stage="slack")


class SameOriginRedirects(urllib.request.HTTPRedirectHandler):
    """urllib forwards every header, the token too, to wherever a redirect points: only the same origin is
    followed."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> urllib.request.Request | None:
        if origin(newurl) != origin(req.full_url):
            raise GovError(f"the file download was redirected to {origin(newurl)[1] or 'another site'}; not followed, "
                           "so the bot token stays with Slack", stage="slack")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def download(url: str, token: str, destination: Path, *, max_bytes: int, hosts: Sequence[str],
             timeout: float = 60.0) -> int:
    """The file at `url` written to `destination`, at most `max_bytes` of it; the bytes written. On any failure
    nothing is left at `destination`."""
    check_host(url, hosts)
    opener = urllib.request.build_opener(SameOriginRedirects)
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    too_large = GovError(f"the file is larger than the {max_bytes / 1024 / 1024:g} MB limit (GOV_MAX_FILE_MB)",
                         stage="slack")
    written = 0
    try:
        with opener.open(request, timeout=timeout) as response, destination.open("wb") as out:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise too_large
            while chunk := response.read(CHUNK):
                written += len(chunk)
                if written > max_bytes:  # the declared length may be absent or false
                    raise too_large
                out.write(chunk)
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        destination.unlink(missing_ok=True)
        raise GovError(f"the file could not be downloaded from Slack ({exc})", stage="slack") from None
    except BaseException:
        destination.unlink(missing_ok=True)
        raise
    return written
