"""RoHS and REACH declarations, carbon-footprint declarations and reported ESG figures (issue #17), read by what
each statement says wherever it stands; what a declaration leaves unsaid is recorded as missing, never guessed."""

import datetime as dt

import pytest

from ingest.classify import classify
from ingest.facts.footprint import extract_carbon_footprints, extract_esg_metrics
from ingest.facts.substances import extract_substance_declarations
from ingest.models import Chunk, ParsedDocument, Unit


def _read(reader, text: str):
    return reader([Unit(text=text, page=1)], [Chunk(id="c", source="d", text=text, page=1)], source="d",
                  supplier=None, labels=[])


def _typed(text: str, name: str = "declaration.md") -> str:
    return classify(f"suppliers/X/{name}", ParsedDocument(format="md", units=[Unit(text=text, page=1)]), None)


COMBINED = """RoHS / REACH Compliance Statement
Testco Cells Ltd.
We hereby declare that the products listed below comply with Directive 2011/65/EU (RoHS) as amended by
Commission Delegated Directive (EU) 2015/863. Exemptions used: 6(c) and 7(c)-I.
Regarding Regulation (EC) No 1907/2006 (REACH), the products were checked against the Candidate List of
25 June 2025 (250 entries). The following SVHC is present above 0.1 % (w/w):
Substance | CAS No. | Concentration
Lead | 7439-92-1 | 0.25 %
Products: TC-21700-50, TC-18650-35
Date: 3 March 2026
Signed: Kim Min-jun, Quality Director"""

REACH_NONE_GERMAN = """REACH-Erklärung (SVHC)
Hiermit erklären wir, dass unsere Separatorfolien keine Stoffe der Kandidatenliste (Stand 25.06.2025)
in einer Konzentration von mehr als 0,1 Massenprozent enthalten.
Datum: 14.01.2026
Unterschrift: Dr. Anna Weber, Leiterin Produktsicherheit"""

ROHS_FAILED_UNSIGNED = """Declaration on restricted substances (RoHS 2011/65/EU)
The cable harness CH-220-A does not comply: cadmium measured at 0.03 % exceeds the permitted limit of 0.01 %.
All other Annex II substances are below their limits."""


def test_a_combined_declaration_gives_one_fact_per_regulation_with_what_each_says():
    facts = {f.regulation: f for f in _read(extract_substance_declarations, COMBINED)}
    rohs, reach = facts["RoHS"], facts["REACH"]
    assert (rohs.directive, rohs.amendment, rohs.exemptions) == ("2011/65/EU", "(EU) 2015/863", ["6(c)", "7(c)-I"])
    assert rohs.compliant is True and rohs.signed_by == "Kim Min-jun, Quality Director"
    assert reach.candidate_list_date == dt.date(2025, 6, 25) and reach.candidate_list_entries == 250
    assert [(s.substance, s.cas, s.concentration_pct) for s in reach.svhcs] == [("Lead", "7439-92-1", 0.25)]
    assert reach.compliant is False  # an SVHC above 0.1 % is to be communicated, not a clean declaration
    assert reach.products == ["TC-21700-50", "TC-18650-35"] and reach.issued == dt.date(2026, 3, 3)
    assert all(f.quote and f.chunk_id == "c" for f in facts.values())


def test_a_reach_declaration_of_no_svhc_in_german_is_compliant_and_dated():
    [reach] = _read(extract_substance_declarations, REACH_NONE_GERMAN)
    assert reach.regulation == "REACH" and reach.compliant is True and reach.svhcs == []
    assert reach.candidate_list_date == dt.date(2025, 6, 25) and reach.issued == dt.date(2026, 1, 14)
    assert reach.signed_by and "Anna Weber" in reach.signed_by


def test_a_rohs_limit_exceeded_is_non_compliant_and_what_is_unsaid_is_missing():
    [rohs] = _read(extract_substance_declarations, ROHS_FAILED_UNSIGNED)
    assert rohs.compliant is False
    assert rohs.signed_by is None and "signed_by" in rohs.missing and "issued" in rohs.missing


FOOTPRINT = """Carbon Footprint Declaration - EV battery
Battery model: TC-EV-96S
Manufacturing plant: Ulsan, Korea
The carbon footprint is 68,4 kg CO2-eq per kWh of total energy provided over the service life.
The study covers raw material acquisition and pre-processing, main product production, distribution and end of
life and recycling.
Method: ISO 14067:2018
Verified by: Nordic Verification AS
Date of issue: 10.02.2026
Recycled content: cobalt 12 %, lithium 4 %, nickel 5 %"""

FOOTPRINT_TWO_MODELS = """Product carbon footprint (PCF) - industrial batteries
Self-declaration (not third-party verified)
Plant: Pune, India
Model | Capacity | PCF (kg CO2e/kWh)
IB-48-100 | 4.8 kWh | 72.5
IB-48-200 | 9.6 kWh | 70.1
Boundary: cradle-to-gate.
Issued 2026-05-04"""


def test_a_carbon_footprint_declaration_is_read_field_by_field():
    [fact] = _read(extract_carbon_footprints, FOOTPRINT)
    assert (fact.model, fact.plant, fact.category, fact.kg_co2e_per_kwh) == ("TC-EV-96S", "Ulsan, Korea", "ev", 68.4)
    assert len(fact.stages) == 4 and fact.method == "ISO 14067:2018" and fact.verifier == "Nordic Verification AS"
    assert fact.issued == dt.date(2026, 2, 10)
    assert fact.recycled_pct == {"cobalt": 12.0, "lithium": 4.0, "nickel": 5.0}


def test_a_declaration_over_two_models_gives_one_fact_each_and_a_self_declaration_has_no_verifier():
    facts = {f.model: f for f in _read(extract_carbon_footprints, FOOTPRINT_TWO_MODELS)}
    assert {m: f.kg_co2e_per_kwh for m, f in facts.items()} == {"IB-48-100": 72.5, "IB-48-200": 70.1}
    assert all(f.verifier is None and f.category == "industrial" for f in facts.values())
    assert all(f.stages == ["raw material acquisition and pre-processing", "main product production"]
               for f in facts.values())


ESG_YEARS = """Sustainability key figures
Indicator | 2024 | 2025
Energy consumption (GJ) | 144,000 | 136,800
Share of renewable electricity | 0.35 | 0.48
Scope 1 emissions (t CO2e) | 2,310 | 2,150
Scope 2 emissions, market-based (t CO2e) | 12,400 | 9,870
Waste generated (kg) | 1,120,000 | 1,050,000"""

ESG_PROSE = """Environmental report FY2025/26
In FY2025/26 our plant used 18,450 MWh of energy, 62 % of our electricity came from renewable sources,
and scope 1 emissions were 1,240 t CO2e."""


def test_reported_figures_are_read_per_period_in_normalised_units():
    figures = {(f.metric, f.period): f.value for f in _read(extract_esg_metrics, ESG_YEARS)}
    assert figures[("energy_use", "2024")] == pytest.approx(40000, rel=1e-3)
    assert figures[("renewable_electricity", "2025")] == pytest.approx(48)
    assert figures[("scope1", "2025")] == 2150 and figures[("scope2", "2024")] == 12400
    assert figures[("waste", "2025")] == pytest.approx(1050)


def test_figures_stated_in_prose_take_the_reports_period():
    figures = {(f.metric, f.period): (f.value, f.unit) for f in _read(extract_esg_metrics, ESG_PROSE)}
    assert figures[("energy_use", "FY2025/26")] == (18450, "MWh")
    assert figures[("renewable_electricity", "FY2025/26")] == (62, "%")
    assert figures[("scope1", "FY2025/26")] == (1240, "t CO2e")


@pytest.mark.parametrize(("text", "expected"), [
    (COMBINED, "substance_declaration"), (REACH_NONE_GERMAN, "substance_declaration"),
    (FOOTPRINT, "carbon_footprint"), (ESG_YEARS, "esg_report"),
    ("Request for REACH declaration\nDear supplier, please provide your REACH SVHC declaration by 30 June.",
     "other"),
])
def test_documents_are_typed_by_what_they_declare_and_a_request_for_one_is_none(text, expected):
    assert _typed(text) == expected


def test_esg_figures_compare_side_by_side_through_the_registry_and_unreported_ones_are_gaps(tmp_path):
    from ingest.index import Index
    from ingest.pipeline import Ingestor
    from tools import registry
    from tools.esg import to_html, to_markdown
    from tools.policy import load_policy
    from tools.source import FactSource

    for folder, name, text in (("Alpha Cells", "sustainability-2025.md", ESG_YEARS),
                               ("Beta Packs", "environmental-report.md", ESG_PROSE),
                               ("Gamma Foils", "rohs-reach.md", COMBINED)):
        (tmp_path / "suppliers" / folder).mkdir(parents=True)
        (tmp_path / "suppliers" / folder / name).write_text(text, encoding="utf-8")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"]).failed
    source = FactSource(index, load_policy())
    report = registry.get("compare_esg").call({"metrics": ["scope1"]}, source)
    by_supplier = {r.supplier: r.figures[0] for r in report.rows}
    assert [r.supplier for r in report.rows] == ["Beta Packs", "Alpha Cells", "Gamma Foils"]  # least emitted first
    assert (by_supplier["Alpha Cells"].value, by_supplier["Alpha Cells"].period) == (2150, "2025")
    assert by_supplier["Gamma Foils"].status == "gap" and report.gaps == 1
    assert all(c.quote and c.chunk_id for f in by_supplier.values() for c in f.citations)
    assert "GAP" in to_markdown(report) and "<table>" in to_html(report)
    earlier = registry.get("compare_esg").call({"suppliers": ["Alpha Cells"], "period": "2024"}, source)
    assert {f.metric: f.value for f in earlier.rows[0].figures}["scope2"] == 12400
    from tools.register import to_html as register_html
    register = registry.get("risk_register").call({"as_of": "2026-11-15", "history_months": 1}, source)
    page = register_html(register)  # the register's page shows the figures beside the scores, gaps marked
    assert "ESG figures reported" in page and "2,150 t CO2e (2025)" in page and "GAP" in page
    from tools.register import to_markdown as register_markdown
    text = register_markdown(register)  # and so does its Markdown, each figure's source among the evidence notes
    assert "## ESG figures reported" in text and "| Alpha Cells |" in text and "GAP" in text
    esg_rows = text.split("## ESG figures reported")[1].splitlines()
    alpha = next(line for line in esg_rows if line.startswith("| Alpha Cells |"))
    assert "[" in alpha.split("2,150 t CO2e (2025)")[1].split("|")[0]
    index.close()


def _workbook_marks(column_start: str) -> dict[str, int]:
    """Count the workbook's own marks in a category column, read here independently of the tool."""
    import openpyxl

    from tools.policy import load_policy
    book = openpyxl.load_workbook(load_policy().passport.workbook, read_only=True, data_only=True)
    sheet = next(s for s in book.worksheets if s.title.startswith("Data attribute"))
    rows = list(sheet.iter_rows(values_only=True))
    header = next(r for r in rows if "#" in r and "EV" in r)
    column = next(i for i, h in enumerate(header) if isinstance(h, str) and h.startswith(column_start))
    counted: dict[str, int] = {}
    for row in rows[rows.index(header) + 1:]:
        if isinstance(row[header.index("#")], (int, float, str)) and str(row[header.index("#")]).strip().isdigit():
            mark = str(row[column] or "").strip().lower()
            counted[mark] = counted.get(mark, 0) + 1
    book.close()
    return counted


@pytest.mark.parametrize(("category", "column"), [("ev", "EV"), ("lmt", "LMT"), ("industrial", "Other Industrial"),
                                                  ("stationary", "Stationary")])
def test_passport_attributes_per_category_come_from_the_real_workbook(tmp_path, category, column):
    from ingest.index import Index
    from ingest.pipeline import Ingestor
    from tools import registry
    from tools.passport import read_attributes, to_html, to_markdown
    from tools.policy import load_policy
    from tools.source import FactSource

    marks = _workbook_marks(column)
    assert sum(marks.values()) == len(read_attributes(load_policy().passport.workbook)) == 93
    (tmp_path / "suppliers" / "Delta Cells").mkdir(parents=True)
    (tmp_path / "suppliers" / "Delta Cells" / "pcf.md").write_text(FOOTPRINT, encoding="utf-8")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"]).failed
    report = registry.get("passport_readiness").call({"supplier": "Delta Cells", "category": category},
                                                     FactSource(index, load_policy()))
    index.close()
    assert report.mandatory == marks.get("x", 0) and len(report.attributes) == marks.get("x", 0) + marks.get("o", 0)
    rows = {a.name: a for a in report.attributes}
    footprint = rows["Battery carbon footprint per Functional Unit"]
    assert footprint.status == "supplied" and footprint.citations[0].quote.startswith("The carbon footprint is")
    assert rows["Battery passport identifier"].status == "not supplied"  # an item's identifier: no supplier document
    assert rows["Information of due diligence report"].status == "not supplied"
    assert footprint.article and footprint.access == "Public" and footprint.granularity == "Battery model"
    assert 0 < report.mandatory_supplied < report.mandatory
    assert "NOT SUPPLIED" in to_markdown(report) and "<table>" in to_html(report)


def test_a_footprint_per_mwh_or_in_tonnes_is_converted_to_kg_per_kwh():
    for said in ("58,300 kg CO2e per MWh", "0.0583 t CO2e/kWh", "58.3 t CO2-eq/MWh", "58.3 g CO2e/Wh"):
        [fact] = _read(extract_carbon_footprints, f"Carbon footprint declaration\nBattery model: TC-EV-96S\n"
                                                  f"Carbon footprint: {said}")
        assert fact.kg_co2e_per_kwh == pytest.approx(58.3), said


def test_a_declaration_whose_verdict_could_not_be_read_needs_review_and_never_counts_as_on_file(tmp_path):
    from ingest.index import Index
    from ingest.pipeline import Ingestor
    from tools.assessment import Assessment
    from tools.policy import load_policy
    from tools.source import FactSource

    folder = tmp_path / "suppliers" / "Epsilon Foils"
    folder.mkdir(parents=True)
    (folder / "profile.yaml").write_text("legal_name: Epsilon Foils GmbH\ncountry: Germany\nsegment: cell_component\n",
                                         encoding="utf-8")
    (folder / "reach.md").write_text("REACH declaration\nRegarding Regulation (EC) No 1907/2006 (REACH), see the "
                                     "attached annex.\nDate: 2026-05-04\nSigned: Eva Roth, Quality Manager\n",
                                     encoding="utf-8")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"]).failed
    policy = load_policy()
    source = FactSource(index, policy)
    facts = source.supplier_facts("Epsilon Foils")
    lines = Assessment(facts, policy, source.rule, dt.date(2026, 11, 15)).compliance()
    index.close()
    reach = next(line for line in lines if line.category == "REACH")
    assert reach.status == "unknown" and "needs review" in reach.text, reach.text


@pytest.mark.parametrize(("text", "rohs", "reach"), [
    ("RoHS conformity. We declare that the parts meet Directive 2011/65/EU as amended by (EU) 2015/863; the "
     "restricted substances do not exceed the maximum concentration values.", True, None),
    ("Declaración RoHS / REACH. Los productos no cumplen plenamente la Directiva 2011/65/UE: se ha medido plomo al "
     "0,3 % por encima del límite. Asimismo, ninguna sustancia de la lista de candidatas de la ECHA supera el 0,1 %.",
     False, True),
    ("Substance declaration (REACH)\nProducts: all\nSVHC above 0.1 % w/w: None\nDate: 2026-03-02", None, True),
    # a verdict of non-compliance stands beside "the others do not exceed";
    # "no non-compliant material" is no such verdict
    ("RoHS declaration. The products are not compliant with Directive 2011/65/EU: lead in the solder at 0.3 %; all "
     "other restricted substances do not exceed their limits.", False, None),
    ("RoHS declaration. The products contain no non-compliant materials and meet Directive 2011/65/EU.", True, None),
    # a form's "No" answers whether an SVHC is above the threshold, not whether anything was checked
    ("REACH SVHC declaration\nSVHC check performed: No\nDate: 2026-03-02", None, None),
    ("RoHS declaration. The maximum concentration values of Annex II are not exceeded.", True, None),
])
def test_a_verdict_is_read_per_sentence_and_per_regulation(text, rohs, reach):
    said = {f.regulation: f.compliant for f in _read(extract_substance_declarations, text)}
    assert said.get("RoHS") == rohs and said.get("REACH") == reach


def test_an_industry_average_beside_a_declaration_without_its_figure_is_not_its_figure():
    text = ("Carbon footprint declaration\nBattery model: QX-90\nCarbon footprint: to be published after "
            "verification\nFor comparison, the industry average is about 95 kg CO2e/kWh.")
    facts = _read(extract_carbon_footprints, text)  # none, or one without a figure: either way "needs review"
    assert all(f.kg_co2e_per_kwh is None for f in facts)
