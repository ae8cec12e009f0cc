"""A measuring stick for fact extraction: style-varied supplier documents with their true facts
(`generate`), and a scorer that runs them through the product (`score`). See README.md."""

from __future__ import annotations

import datetime as dt

AS_OF = dt.date(2026, 11, 15)  # every corpus describes its suppliers as of this date
DEV_SEEDS = tuple(range(101, 121))  # tune against these (104-120 added as fresh data in later rounds)
TEST_SEEDS = (901, 902, 903, 904)  # never tune against these; they also use the held-out synonyms. 903 and 904
# were added in the fourth round, unseen until then, because 901 and 902 had been measured many times
