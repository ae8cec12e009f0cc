"""Supplier names among 1,000 suppliers of the scale corpus (evals/styles with --shared-legal-names, as bench/scale.py
generates it): an exact folder name or a legal name only one supplier has always names that supplier; a legal name
two sites share names both, in a question and on the command line, and never raises out of the answer path."""

import pytest

from assistant.interpret import mentioned_suppliers
from core.errors import GovError
from evals.styles import AS_OF
from evals.styles.vocab import Ctx
from evals.styles.world import make_suppliers
from ingest.facts.registry import Supplier, SupplierRegistry, normalise


@pytest.fixture(scope="module")
def scale():
    invented = make_suppliers(Ctx(501, "dev", AS_OF), 1000, shared_legal_names=True)
    registry = SupplierRegistry([Supplier(name=s.folder, legal_name=s.legal_name, country=s.country,
                                          segment=s.segment) for s in invented])
    sharing: dict[str, list[str]] = {}
    for s in invented:
        sharing.setdefault(normalise(s.legal_name), []).append(s.folder)
    return invented, registry, sharing


def test_the_scale_corpus_has_a_thousand_distinct_suppliers_and_some_shared_legal_names(scale):
    invented, _, sharing = scale
    assert len({s.folder for s in invented}) == 1000
    assert 10 <= sum(len(f) > 1 for f in sharing.values()) <= 120  # a few sites of one company


def test_every_folder_name_resolves_to_its_supplier_on_the_command_line_and_in_a_question(scale):
    invented, registry, _ = scale
    for s in invented:
        assert registry.resolve(s.folder).name == s.folder
    for s in invented[::25]:  # in a question: that supplier, alone
        assert [m.name for m in mentioned_suppliers(f"Is {s.folder} cleared to ship?", registry)] == [s.folder]


def test_a_legal_name_held_once_names_its_supplier_and_a_shared_one_names_every_site(scale):
    invented, registry, sharing = scale
    for s in invented:
        sites = sharing[normalise(s.legal_name)]
        if len(sites) == 1:
            assert registry.resolve(s.legal_name).name == s.folder
        else:
            with pytest.raises(GovError, match="legal name of several suppliers") as raised:
                registry.resolve(s.legal_name)
            assert all(site in raised.value.message for site in sites)
            named = mentioned_suppliers(f"Is {s.legal_name} cleared to ship?", registry)
            assert sorted(m.name for m in named) == sorted(sites)
