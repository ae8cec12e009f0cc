"""Render the sample suppliers' RoHS/REACH declarations, carbon-footprint declarations and ESG figures
(corpus_compliance.py) in the layouts suppliers use: a signed letter, a form with a substance table, a
portal export in Markdown, a label-and-value declaration, a key-figure table and a paragraph of prose."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pdfkit import Doc, House, dot_date, iso_date, long_date

ROHS_ACTS = "Directive 2011/65/EU (RoHS) as amended by Commission Delegated Directive (EU) 2015/863"
REACH_ACT = "Regulation (EC) No 1907/2006 (REACH)"
STAGES = ("raw material acquisition and pre-processing, main product production, distribution, and end of life "
          "and recycling")
METRIC_NAMES = {"energy_use": "Total energy consumption", "renewable_electricity": "Share of renewable electricity",
                "scope1": "Scope 1 emissions", "scope2": "Scope 2 emissions (market-based)", "waste": "Waste generated"}
METRIC_UNITS = {"energy_use": "MWh", "renewable_electricity": "%", "scope1": "t CO2e", "scope2": "t CO2e", "waste": "t"}
Save = Callable[[str, Doc, str], None]


def exemption_sentence(exemptions: list[str]) -> str:
    if not exemptions:
        return "No exemptions under Annex III or IV are claimed."
    return f"The following exemptions of Annex III are used: {', '.join(exemptions)}."


def svhc_sentence(reach: dict) -> str:
    listed = f"the Candidate List of {long_date(reach['list_date'])} ({reach['entries']} entries)"
    if not reach["svhcs"]:
        return (f"We declare that the products do not contain any substance of very high concern on {listed} in a "
                "concentration above 0.1 % weight by weight.")
    return f"Checked against {listed}, the following SVHC are present above 0.1 % weight by weight:"


def svhc_rows(reach: dict) -> list[list[str]]:
    return [["Substance", "CAS No.", "Concentration (w/w)"]] + \
        [[name, cas, f"{share:.2f} %"] for name, cas, share in reach["svhcs"]]


def letter(p: dict, s: dict) -> Doc:
    doc = Doc(House(p["legal_name"], accent="#2e5e4e", header=p["legal_name"], footer=p.get("address", "")))
    regulations = " and ".join(name for name in ("RoHS", "REACH") if name.lower() in s)
    doc.para(f"{regulations} Declaration of Conformity", "title")
    doc.para(f"To: Aurelia Energy Systems GmbH, Hamburg. Products: {', '.join(s['products'])}.")
    if "rohs" in s:
        doc.para(f"We hereby declare that the products listed above comply with {ROHS_ACTS}. "
                 + exemption_sentence(s["rohs"]["exemptions"]))
    if "reach" in s:
        doc.para(f"With regard to {REACH_ACT}: " + svhc_sentence(s["reach"]))
        if s["reach"]["svhcs"]:
            doc.table(svhc_rows(s["reach"]), widths=[80, 40, 40])
    name, role = s["signatory"]
    doc.para(f"Date: {long_date(s['issued'])}")
    doc.para(f"Signed: {name}, {role}")
    return doc


def form(p: dict, s: dict, only: str | None = None) -> Doc:
    doc = Doc(House(p["legal_name"], accent="#35507a", header="Material compliance declaration",
                    footer=f"{p['legal_name']} - product compliance"))
    declared = [name for name in ("rohs", "reach") if name in s and only in (None, name)]
    title = {("rohs",): "RoHS Compliance Declaration", ("reach",): "REACH SVHC Declaration"}.get(
        tuple(declared), "RoHS / REACH Declaration")
    doc.para(title, "title")
    rows = [["Supplier", p["legal_name"]], ["Products covered", ", ".join(s["products"])]]
    if "rohs" in s and only in (None, "rohs"):
        rows += [["RoHS", "Compliant with " + ROHS_ACTS],
                 ["RoHS exemptions claimed", ", ".join(s["rohs"]["exemptions"]) or "none"]]
    if "reach" in s and only in (None, "reach"):
        reach = s["reach"]
        rows += [["REACH Candidate List checked", f"{dot_date(reach['list_date'])} ({reach['entries']} entries)"],
                 ["SVHC above 0.1 % (w/w)", "see table below" if reach["svhcs"] else "none"]]
    doc.table(rows, widths=[60, 110])
    if "reach" in s and only in (None, "reach") and s["reach"]["svhcs"]:
        doc.para(svhc_sentence(s["reach"]))
        doc.table(svhc_rows(s["reach"]), widths=[80, 40, 40])
    elif "reach" in s and only in (None, "reach"):
        doc.para(svhc_sentence(s["reach"]))
    name, role = s["signatory"]
    doc.para(f"Date of issue: {dot_date(s['issued'])}")
    doc.para(f"Signed: {name}, {role}")
    return doc


def portal(p: dict, s: dict) -> str:
    name, role = s["signatory"]
    out = [f"# Compliance declaration export - {p['legal_name']}", "",
           "Exported from the supplier compliance portal.", "",
           "| Field | Value |", "|---|---|",
           f"| Products | {', '.join(s['products'])} |"]
    if "rohs" in s:
        out += [f"| RoHS status | Compliant with {ROHS_ACTS} |",
                f"| RoHS exemptions | {', '.join(s['rohs']['exemptions']) or 'none'} |"]
    if "reach" in s:
        reach = s["reach"]
        out += [f"| REACH Candidate List version | {iso_date(reach['list_date'])} ({reach['entries']} entries) |",
                f"| SVHC above 0.1 % w/w | {'; '.join(n for n, _, _ in reach['svhcs']) or 'none'} |"]
    out += [f"| Declaration date | {iso_date(s['issued'])} |", f"| Signed by | {name}, {role} |", ""]
    if "reach" in s:
        out += [svhc_sentence(s["reach"]), ""]
    return "\n".join(out)


def carbon(p: dict, c: dict) -> Doc:
    doc = Doc(House(p["legal_name"], accent="#3b6e22", header="Battery carbon footprint declaration",
                    footer="Regulation (EU) 2023/1542, Article 7"))
    category = {"ev": "electric vehicle (EV) battery", "industrial": "rechargeable industrial battery",
                "lmt": "LMT battery"}[c["category"]]
    doc.para("Carbon Footprint Declaration", "title")
    rows = [["Manufacturer", p["legal_name"]], ["Battery model", c["model"]], ["Battery category", category],
            ["Manufacturing plant", c["plant"]],
            ["Carbon footprint", f"{c['value']} kg CO2e/kWh of total energy provided over the service life"],
            ["Method", c["method"]],
            ["Verified by", c["verifier"] or "not verified (self-declaration)"],
            ["Date of issue", long_date(c["issued"])]]
    doc.table(rows, widths=[55, 115])
    doc.para(f"The study is {c['stages']} and covers the life-cycle stages {STAGES}; the use stage is excluded.")
    if c["recycled"]:
        doc.para("Recycled content: " + ", ".join(f"{m} {v:g} %" for m, v in c["recycled"].items()) + ".")
    return doc


def esg_table(p: dict, e: dict) -> Doc:
    doc = Doc(House(p["legal_name"], accent="#1f6f8b", header=f"{p['legal_name']} - sustainability key figures",
                    footer="Environmental key figures, reported to customers"))
    doc.para(f"Sustainability key figures {e['periods'][-1]}", "title")
    rows = [["Indicator", *e["periods"]]]
    for metric in METRIC_NAMES:
        if metric not in e["figures"]:
            continue
        unit = e.get("unit_energy", "MWh") if metric == "energy_use" else METRIC_UNITS[metric]
        values = e["figures"][metric]  # in the unit the supplier reports
        rows.append([f"{METRIC_NAMES[metric]} ({unit})", *[f"{v:,}" for v in values]])
    doc.table(rows, widths=[90] + [40] * len(e["periods"]))
    return doc


def esg_prose(p: dict, e: dict) -> str:
    f, period = {m: values[-1] for m, values in e["figures"].items()}, e["periods"][-1]
    return (f"# Environmental report {period}\n\n{p['legal_name']}\n\n"
            f"In {period} our plants used {f['energy_use']:,} MWh of energy, {f['renewable_electricity']} % of our "
            f"electricity came from renewable sources, and scope 1 emissions were {f['scope1']:,} t CO2e. "
            f"Waste generated amounted to {f['waste']:,} t.\n")


def compliance_files(p: dict, data: dict, base: Path, save: Save) -> list[Path]:
    """Write one supplier's declarations and reports under compliance/; returns the files written outside `save`."""
    written: list[Path] = []
    s = data.get("substances")
    if s:
        names = " and ".join(name for name in ("RoHS", "REACH") if name.lower() in s)
        if s["style"] == "letter":
            save(f"compliance/{names} declaration {s['issued']:%Y}.pdf", letter(p, s), f"{names} declaration")
        elif s["style"] == "form":
            save(f"compliance/{names} declaration {s['issued']:%Y-%m}.pdf", form(p, s), f"{names} declaration")
        elif s["style"] == "separate":
            for only in ("rohs", "reach"):
                save(f"compliance/{only.upper() if only == 'reach' else 'RoHS'} declaration {s['issued']:%Y}.pdf",
                     form(p, s, only), f"{only} declaration")
        else:
            path = base / f"compliance/compliance-declaration-export-{s['issued']:%Y%m%d}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(portal(p, s), encoding="utf-8")
            written.append(path)
    for c in data.get("carbon", []):
        save(f"compliance/Carbon footprint declaration {c['model']}.pdf", carbon(p, c),
             f"Carbon footprint declaration {c['model']}")
    e = data.get("esg")
    if e and e["style"] == "table":
        save(f"sustainability/Sustainability key figures {e['periods'][-1]}.pdf", esg_table(p, e),
             "Sustainability key figures")
    elif e:
        path = base / f"sustainability/environmental-report-{e['periods'][-1]}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(esg_prose(p, e), encoding="utf-8")
        written.append(path)
    return written
