"""Where a document sits in the corpus says who it is about and who may read it:
`suppliers/<Name>/...` belongs to that supplier, `policies/` is the buyer's policy, `standards/`
reference knowledge; `access.yaml` maps path globs to access labels; `.govignore` lists globs
that are not documents at all."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path, PurePosixPath

import yaml

from core.errors import GovError

ACCESS_FILE = "access.yaml"
IGNORE_FILE = ".govignore"
ROOT_MARKERS = (ACCESS_FILE, IGNORE_FILE, "suppliers", "policies", "standards")


@lru_cache(maxsize=256)
def glob_regex(pattern: str) -> re.Pattern[str]:
    """A path glob with `**` (any depth), `*` and `?` (within one folder), matched whatever the case."""
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    # Case-insensitive: on a drive that ignores case, `Contracts/` is the folder `contracts/` restricts.
    return re.compile(out + r"\Z", re.IGNORECASE)


def matches(pattern: str, relative: str) -> bool:
    pattern = pattern.strip().lstrip("/")
    if pattern.endswith("/"):
        pattern += "**"
    if "/" not in pattern:  # a bare name matches at any depth, as in .gitignore
        return any(glob_regex(pattern).match(part) for part in relative.split("/"))
    return bool(glob_regex(pattern).match(relative))


def find_root(path: Path) -> Path:
    """The corpus root for PATH: the nearest folder at or above it that looks like one, so that
    ingesting a single supplier folder gives the same source paths as ingesting the whole drive."""
    start = path if path.is_dir() else path.parent
    for folder in [start, *start.parents]:
        if any((folder / marker).exists() for marker in ROOT_MARKERS):
            return folder
    return start


class CorpusRules:
    """The access labels and ignore globs of one corpus root."""

    def __init__(self, root: Path):
        self.root = root
        self.access: list[tuple[str, list[str]]] = []
        access_file = root / ACCESS_FILE
        if access_file.exists():
            try:
                data = yaml.safe_load(access_file.read_text(encoding="utf-8")) or {}
            except yaml.YAMLError as exc:
                raise GovError(f"{access_file} is not valid YAML: {str(exc).splitlines()[0]}",
                               stage="ingest", exit_code=2) from None
            if not isinstance(data, dict):
                raise GovError(f"{access_file} must map path globs to lists of labels", stage="ingest",
                               exit_code=2)
            for glob, labels in data.items():
                labels = [labels] if isinstance(labels, str) else list(labels or [])
                self.access.append((str(glob), sorted({str(label) for label in labels})))
        ignore_file = root / IGNORE_FILE
        self.ignore = [ln.strip() for ln in ignore_file.read_text(encoding="utf-8").splitlines()
                       if ln.strip() and not ln.startswith("#")] if ignore_file.exists() else []

    def labels(self, relative: str) -> list[str]:
        found: set[str] = set()
        for glob, labels in self.access:
            if matches(glob, relative):
                found.update(labels)
        return sorted(found)

    def ignored(self, relative: str) -> bool:
        parts = relative.split("/")
        if any(part.startswith(".") for part in parts) or relative in (ACCESS_FILE, IGNORE_FILE):
            return True
        return any(matches(glob, relative) for glob in self.ignore)


CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def source_name(relative: str) -> str:
    """A file's name as the store and every output show it: a control character (an escape sequence that would
    clear a terminal, a newline that would forge a line of a report) is written as its code, `\\x1b`."""
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", relative)


def attribute(relative: str) -> tuple[str | None, str | None]:
    """(supplier, area) from the folder convention; area is supplier, policy or standard."""
    parts = PurePosixPath(relative).parts
    if len(parts) >= 3 and parts[0] == "suppliers":
        return parts[1], "supplier"
    if parts and parts[0] == "policies":
        return None, "policy"
    if parts and parts[0] == "standards":
        return None, "standard"
    return None, None
