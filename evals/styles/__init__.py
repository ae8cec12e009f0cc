"""A measuring stick for fact extraction: style-varied supplier documents with their true facts
(`generate`), and a scorer that runs them through the product (`score`). See README.md."""

from __future__ import annotations

import datetime as dt

AS_OF = dt.date(2026, 11, 15)  # every corpus describes its suppliers as of this date
DEV_SEEDS = (101, 102, 103)  # tune against these
TEST_SEEDS = (901, 902)  # never tune against these; they also use the held-out synonyms
