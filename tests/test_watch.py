"""Early warning and scenarios: the trend test on a clear drift and on pure noise, the digest over the sample
corpus (dated items in and out of the window, KPI drift as of a month where it shows), a drifting and a noisy
supplier ingested for real, the Markdown and HTML digest, and what-if for a supplier and for a country."""

import datetime as dt
import random
import shutil

import pytest

from conftest import CORPUS, rendered_dom
from ingest.index import Index
from ingest.pipeline import Ingestor
from tools.digest import to_html, to_markdown
from tools.policy import load_policy
from tools.source import FactSource
from tools.trend import months_to_cross, trend
from tools.watch import WatchRequest, watch
from tools.whatif import WhatIfRequest, scenario_lines, what_if

AS_OF = dt.date(2026, 11, 15)


@pytest.fixture(scope="module")
def source(corpus_index):
    return FactSource(corpus_index, load_policy())


def test_a_steady_decline_is_a_significant_trend_projected_to_its_target():
    found = trend([98.5, 98.2, 97.9, 97.5, 97.6, 97.1, 96.8, 96.6], alpha=0.05)
    assert found is not None and found.significant and found.slope < 0 and found.tau < -0.8
    months = months_to_cross(found, 95.0, higher_is_better=True)
    assert months is not None and 4 < months < 8
    assert months_to_cross(found, 99.0, higher_is_better=True) is None  # already below it: not "will cross"
    assert months_to_cross(found, 95.0, higher_is_better=False) is None  # falling lead time is no warning


def test_pure_noise_is_almost_never_a_trend_and_one_odd_month_does_not_make_one():
    flagged = 0
    for seed in range(200):
        rng = random.Random(seed)
        found = trend([50 + rng.gauss(0, 5) for _ in range(12)], alpha=0.05)
        flagged += bool(found and found.significant)
    assert flagged <= 20  # about 5 % by construction; far more would mean the test reads noise as drift
    spike = trend([96.0, 96.2, 95.9, 96.1, 88.0, 96.0, 96.1, 95.9, 96.2, 96.0], alpha=0.05)
    assert spike is not None and not spike.significant
    assert trend([97.0] * 8, alpha=0.05) is None and trend([1.0, 2.0], alpha=0.05) is None


def test_the_digest_lists_what_falls_due_within_the_window_each_cited(source):
    report = watch(WatchRequest(as_of=AS_OF), source)
    assert report.days == 90 and report.until == dt.date(2027, 2, 13) and report.window_rule is not None
    expiring = {(a.supplier, a.topic) for a in report.alerts if a.kind == "certificate_expiring"}
    assert ("Rhein Separator Films", "ISO 9001:2015 DZM 12 100 39904") in expiring
    assert sum(1 for s, _ in expiring if s == "Kestrel Cell Technologies") == 4
    kinds = {(a.supplier, a.kind) for a in report.alerts}
    assert ("Huaxin Energy Storage", "certificate_expired") in kinds
    assert ("Pearl River Battery Components", "capa_overdue") in kinds
    assert ("Sakura Precision Cells", "declaration_due") in kinds
    for alert in report.alerts:
        assert alert.citations or alert.rules, alert
    severities = [a.severity for a in report.alerts]
    assert severities == sorted(severities, key=["high", "medium", "low"].index)
    # a shorter window leaves out what falls due after it
    month = watch(WatchRequest(as_of=AS_OF, days=30), source)
    assert not [a for a in month.alerts if a.kind == "certificate_expiring"]
    assert ("Huaxin Energy Storage", "certificate_expired") in {(a.supplier, a.kind) for a in month.alerts}


def test_nordvolts_lead_time_climb_is_flagged_while_it_climbs_and_not_after_it_recovers(source):
    summer = watch(WatchRequest(as_of=dt.date(2026, 8, 1), suppliers=["Nordvolt Batteries"]), source)
    drifts = {a.topic: a for a in summer.alerts if a.kind in ("kpi_drift", "kpi_crossing")}
    assert "lead time" in drifts and "rising" in drifts["lead time"].text and "28 to 38" in drifts["lead time"].text
    assert drifts["lead time"].drift is not None and drifts["lead time"].drift.trend.significant
    assert any(c.source.endswith("kpi_2026_monthly.csv") for c in drifts["lead time"].citations)
    below = next(a for a in summer.alerts if a.kind == "kpi_below_target")
    assert "development plan is due" in below.text and below.severity == "high"
    autumn = watch(WatchRequest(as_of=AS_OF, suppliers=["Nordvolt Batteries"]), source)
    assert not [a for a in autumn.alerts if a.kind in ("kpi_drift", "kpi_crossing")]


def test_a_column_left_blank_is_not_checked_never_clean(source):
    report = watch(WatchRequest(as_of=AS_OF, suppliers=["Andes Lithium Chemicals"]), source)
    blank = [a for a in report.alerts if a.kind == "kpi_not_checked"]
    assert blank and "defect rate" in blank[0].text and "cannot be checked" in blank[0].text
    assert "Andes Lithium Chemicals" not in report.quiet


@pytest.fixture(scope="module")
def two_series(tmp_path_factory):
    """Two copies of a real supplier folder with new KPI exports: one drifting towards its target, one noise."""
    root = tmp_path_factory.mktemp("watch-corpus")
    store = tmp_path_factory.mktemp("watch-store")
    rng = random.Random(11)
    series = {
        "Drift Cells": [99.4, 99.1, 98.9, 98.6, 98.2, 98.0, 97.7, 97.3, 97.1, 96.8],
        "Steady Cells": [round(98.5 + rng.uniform(-0.8, 0.8), 1) for _ in range(10)],
    }
    for name, otd in series.items():
        folder = root / "suppliers" / name
        for part in ("contracts", "profile.yaml"):
            origin = CORPUS / "suppliers" / "Sakura Precision Cells" / part
            (shutil.copytree if origin.is_dir() else shutil.copy)(origin, folder / part if origin.is_dir() else folder)
        profile = folder / "profile.yaml"
        profile.write_text(profile.read_text().replace("Sakura Precision Cells K.K.", f"{name} Ltd")
                           .replace("- Sakura Cells", f"- {name}").replace("- Sakura", f"- {name} Co"))
        (folder / "kpi").mkdir()
        rows = [f"2026-{m:02d},{v},7,56" for m, v in enumerate(otd, start=1)]
        (folder / "kpi" / "kpi.csv").write_text("month,on_time_delivery_pct,defect_ppm,lead_time_days\n"
                                                + "\n".join(rows) + "\n")
    index = Index.open(str(store))
    assert not Ingestor(index).run([root]).failed
    yield FactSource(index, load_policy()), series
    index.close()


def test_a_drifting_series_is_projected_to_its_target_and_a_noisy_one_is_not_flagged(two_series):
    source, series = two_series
    report = watch(WatchRequest(as_of=AS_OF), source)
    drift = [a for a in report.alerts if a.supplier == "Drift Cells" and a.topic == "on-time delivery"
             and a.kind in ("kpi_drift", "kpi_crossing")]
    assert len(drift) == 1 and "falling" in drift[0].text and "crosses the" in drift[0].text
    assert drift[0].drift.months_to_target is not None and drift[0].drift.target is not None
    steady = [a for a in report.alerts if a.supplier == "Steady Cells" and a.kind.startswith("kpi_")]
    assert not steady, steady
    html = to_html(report)
    assert html.count("<svg") == sum(1 for a in report.alerts if a.drift) and "<script src" not in html
    assert "Drift Cells" in to_markdown(report)


def test_the_markdown_and_html_digest_escape_document_text(source):
    report = watch(WatchRequest(as_of=AS_OF), source)
    report.alerts[0].text = "<script>alert(1)</script> [x](http://evil)"
    assert "<script>alert" not in to_html(report) and "&lt;script&gt;" in to_html(report)
    assert " [x](http" not in to_markdown(report) and "\\[x\\]" in to_markdown(report)


def test_what_if_a_supplier_stops_names_its_parts_and_the_alternates_with_their_decision(source):
    report = what_if(WhatIfRequest(supplier="Huaxin", as_of=AS_OF), source)
    assert [x.supplier for x in report.lost] == ["Huaxin Energy Storage"]
    cover = report.cover[0]
    assert cover.segment == "cell_manufacturer" and cover.qualified == ["Sakura Precision Cells"]
    assert {e.supplier for e in cover.alternates.suppliers} == {"Sakura Precision Cells", "Kestrel Cell Technologies"}
    volta = scenario_lines(what_if(WhatIfRequest(supplier="Volta", as_of=AS_OF), source))
    text = " | ".join(s.text for s in volta)
    assert "VX-7716" in text and "no qualified alternate" in text and "requalification" in text
    assert all(s.citations for s in volta if "VX-7716" in s.text)


def test_what_if_a_country_stops_lists_every_supplier_there(source):
    report = what_if(WhatIfRequest(countries=["China"], as_of=AS_OF), source)
    assert {x.supplier for x in report.lost} == {"Huaxin Energy Storage", "Jiangxi Ruifeng New Materials",
                                                 "Pearl River Battery Components"}
    assert all(x.country == "China" for x in report.lost)


def test_watch_and_whatif_on_the_command_line(gov, corpus_index, tmp_path):
    store = str(corpus_index.keyword.directory.parent)  # the store directory the fixture ingested into
    out = tmp_path / "watch.html"
    result = gov("watch", "--as-of", "2026-11-15", "--format", "html", "--out", str(out), "--store", store)
    assert result.returncode == 0, result.stderr
    assert "Early warning" in out.read_text() and "alerts" in result.stderr
    result = gov("whatif", "Volta", "--as-of", "2026-11-15", "--store", store)
    assert result.returncode == 0 and "VX-7716" in result.stdout, result.stderr
    assert gov("whatif", "--store", store).returncode == 2


def test_the_html_digest_renders_in_headless_chromium_with_a_chart_per_kpi_alert(source, tmp_path):
    page = tmp_path / "watch.html"
    report = watch(WatchRequest(as_of=dt.date(2026, 8, 1)), source)
    page.write_text(to_html(report), encoding="utf-8")
    dom = rendered_dom(page, tmp_path / "profile")
    assert '<table id="alerts">' in dom and "Nordvolt Batteries" in dom
    assert dom.count("<svg") == sum(1 for a in report.alerts if a.drift) >= 2


def test_what_the_caller_may_not_see_or_a_missing_profile_is_never_nothing_flagged(corpus_index):
    """In a shared channel contracts are left out: their targets and remedies were not checked, so no supplier with
    one is "nothing flagged"."""
    everyone = watch(WatchRequest(as_of=dt.date(2026, 8, 1)),  # Sakura is quiet that day for whoever sees all
                     FactSource(corpus_index, load_policy(), labels=frozenset()))
    withheld = {a.supplier for a in everyone.alerts if a.kind == "not_checked"}
    assert "Sakura Precision Cells" in withheld and "Sakura Precision Cells" not in everyone.quiet
    assert not withheld & set(everyone.quiet)
