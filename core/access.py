"""Who may see what: access labels and the one visibility rule. A document carries the labels of
the restricted path it lies under (access.yaml); a caller holds labels through a role. Every filter
in the product - the Chroma `where` clause, the keyword index's mask, the fact source, the answer
validator - applies `may_see`, and the store behaviour suite checks that they agree."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel


def may_see(labels: Iterable[str], caller: frozenset[str] | None) -> bool:
    """A caller of None is unrestricted (a local operator); a document without labels is open to all;
    otherwise the caller must hold one of the document's labels."""
    if caller is None:
        return True
    labels = set(labels)
    return not labels or bool(caller & labels)


class Principal(BaseModel):
    """Who asks: a user id and the access labels they hold (None: unrestricted, a local operator)."""

    user: str = "local"
    labels: frozenset[str] | None = None
