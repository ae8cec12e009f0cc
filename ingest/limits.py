"""How much one file may cost to read. Every reader runs in a child process under a time and memory
limit (ingest.timebox); the checks here turn the common attacks and accidents into a named reason
before a reader spends that budget: a zip bomb (a DOCX or XLSX that unpacks to gigabytes), a sheet of a
million rows, a CSV of a million columns, a binary file with a text name."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ingest.errors import UnreadableFile

MB = 1024 * 1024
MAX_UNPACKED_MB = 200  # an Office file's parts unpacked: real supplier DOCX/XLSX stay below 20 MB
MAX_PARTS = 5_000  # members of an Office file's zip
MAX_ROWS = 200_000  # rows of one sheet or CSV file
MAX_COLUMNS = 16_384  # columns of one sheet or CSV row: Excel's own maximum
MAX_CELLS = 5_000_000  # rows x columns of one sheet (a template formats whole rows: 25 x 16,383 is real)
MAX_LINE_CHARS = 1_000_000  # characters on one line of a text file
PARSE_MEMORY_MB = 2_048  # default memory a reader may grow by (GOV_PARSE_MEMORY_MB)
TEXT_SAMPLE = 1 << 16  # bytes of a text file checked for binary content
MAX_CONTROL_SHARE = 0.01  # control characters (other than tab, newline, form feed) in that sample


def check_office_archive(path: Path) -> None:
    """An Office file is a zip: refuse it when its parts would unpack past the limit, before any XML is parsed."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnreadableFile(f"not a readable Office file (not a valid zip package: {exc})") from None
    if len(members) > MAX_PARTS:
        raise UnreadableFile(f"the package holds {len(members):,} parts, over the limit of {MAX_PARTS:,}")
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_MB * MB:
        raise UnreadableFile(f"unpacks to {unpacked / MB:,.0f} MB, over the {MAX_UNPACKED_MB} MB limit "
                             "(a zip bomb or an oversized export)")


def check_table_size(rows: int, columns: int, what: str) -> None:
    if rows > MAX_ROWS:
        raise UnreadableFile(f"{what} has {rows:,} rows, over the limit of {MAX_ROWS:,}")
    if columns > MAX_COLUMNS:
        raise UnreadableFile(f"{what} has {columns:,} columns, over the limit of {MAX_COLUMNS:,}")
    if rows * columns > MAX_CELLS:
        raise UnreadableFile(f"{what} spans {rows * columns:,} cells, over the limit of {MAX_CELLS:,}")


def check_text(data: bytes) -> None:
    """Refuse binary content in a text format, and lines no reader could chunk sensibly."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 carries NUL bytes by design
        return
    sample = data[:TEXT_SAMPLE]
    if b"\x00" in data:
        raise UnreadableFile("binary data in a text file (NUL bytes)")
    control = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    if sample and control / len(sample) > MAX_CONTROL_SHARE:
        raise UnreadableFile(f"binary data in a text file ({control} control bytes in the first {len(sample):,})")
    longest = max((len(line) for line in data.splitlines()), default=0)
    if longest > MAX_LINE_CHARS:
        raise UnreadableFile(f"a line of {longest:,} characters, over the limit of {MAX_LINE_CHARS:,}")
