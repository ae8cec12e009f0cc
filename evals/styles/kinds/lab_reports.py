"""UN 38.3 test summaries (38.3.5) and safety test reports (IEC 62133-2, UL 9540A, UL 1642)."""

from __future__ import annotations

import datetime as dt

from evals.styles.kinds.common import GenDoc, boilerplate, noise_footer, noise_header, pick_format, safe_name
from evals.styles.render import Doc
from evals.styles.vocab import TITLES, Ctx, Held, comma_lang, country_name, date_style, fmt_date, fmt_num, label, person
from evals.styles.world import Product, Supplier

UN_STYLES = ["results-table", "label-lines", "prose", "de", "fr", "numbered-sections", "checkbox-form",
             "multipage-noise", "bullets", "range-results"]
SAFETY_STYLES = ["cover-table", "clause-table", "prose-conclusion", "label-lines", "de", "fr", "es", "bullets-summary",
                 "summary-letter"]

LABS = [
    ("Voltaris Test Laboratory GmbH", "Am Prüffeld 4, 01109 Dresden, Germany", "VTL-{y}-{5}"),
    ("Shenzhen Huace Battery Testing Co., Ltd.", "Bao'an District, Shenzhen 518101, China", "HC/DG/{y2}/{4}"),
    ("Asia Pacific Transport Test Centre Ltd.", "8 Science Park Road, Singapore 117684", "APT{y2}{6}"),
    ("Nordtest Battery Lab AB", "Mätvägen 2, 721 30 Västerås, Sweden", "NBL-{4}-{y2}"),
    ("Laboratoire Essais Batteries S.A.S.", "12 rue des Essais, 38000 Grenoble, France", "LEB/{y}/{4}"),
    ("EuroCert Battery Test Center s.r.o.", "Průmyslová 11, 301 00 Plzeň, Czech Republic", "ECB-{y}-{4}"),
    ("Keystone Dangerous Goods Lab Inc.", "400 Commerce Way, Charlotte, NC 28273, USA", "KDG-{6}"),
    ("Hanil Safety Test Institute Co., Ltd.", "55 Techno-ro, Cheongju 28116, Korea", "HSTI-{y2}-{5}"),
]
UN_TESTS = [("T.1", "Altitude simulation"), ("T.2", "Thermal test"), ("T.3", "Vibration"), ("T.4", "Shock"),
            ("T.5", "External short circuit"), ("T.6", "Impact / crush"), ("T.7", "Overcharge"),
            ("T.8", "Forced discharge")]
UN_TESTS_DE = ["Höhensimulation", "Thermische Prüfung", "Vibration", "Schock", "Externer Kurzschluss",
               "Aufprall / Quetschung", "Überladung", "Erzwungene Entladung"]
UN_TESTS_FR = ["Simulation d'altitude", "Épreuve thermique", "Vibrations", "Chocs", "Court-circuit externe",
               "Impact / écrasement", "Surcharge", "Décharge forcée"]
RESULT_WORDS = {
    "en": {"pass": ["Pass", "Passed", "PASS", "P", "Complies"], "fail": ["Fail", "Failed", "FAIL", "F",
           "Does not comply"], "n/a": ["N/A", "n/a", "Not applicable", "N.A."]},
    "de": {"pass": ["bestanden", "erfüllt", "i. O."], "fail": ["nicht bestanden", "nicht erfüllt"],
           "n/a": ["entfällt", "n. a.", "nicht anwendbar"]},
    "fr": {"pass": ["Réussi", "Conforme", "Satisfaisant"], "fail": ["Échec", "Non conforme"],
           "n/a": ["Sans objet", "N/A", "Non applicable"]},
}
MANUALS = ["UN Manual of Tests and Criteria, Rev. 8, Amend. 1, section 38.3",
           "ST/SG/AC.10/11/Rev.8/Amend.1", "UN Manual of Tests and Criteria, 7th revised edition and Amendment 1",
           "Manual of Tests and Criteria, Revision 8 (2023), Part III, sub-section 38.3",
           Held("UN-MTC Rev.8 Am.1")]


def _pattern(ctx: Ctx, pattern: str, year: int) -> str:
    out = pattern.replace("{y2}", str(year)[2:]).replace("{y}", str(year))
    while "{" in out:
        i = out.index("{")
        n = int(out[i + 1])
        out = out[:i] + "".join(str(ctx.randint(0, 9)) for _ in range(n)) + out[i + 3:]
    return out


def _results(ctx: Ctx, product: Product, failed: bool) -> dict[str, str]:
    cell = product.kind == "cell"
    res = {}
    for tid, _ in UN_TESTS:
        if tid == "T.7" and cell or tid in ("T.6", "T.8") and not cell:
            res[tid] = "n/a"
        else:
            res[tid] = "pass"
    if failed:
        res[ctx.pick([t for t, v in res.items() if v == "pass" and t != "T.1"])] = "fail"
    return res


def transport_test(ctx: Ctx, sup: Supplier, product: Product, *, failed: bool = False,
                   missing: tuple[str, ...] = ()) -> GenDoc:
    style = ctx.style("transport_test", UN_STYLES)
    lang = {"de": "de", "fr": "fr"}.get(style, "en")
    ds = date_style(ctx, lang)
    lab, lab_addr, pattern = ctx.pick(LABS)
    date = ctx.date_between(dt.date(2024, 6, 1), ctx.as_of - dt.timedelta(days=20))
    report_id = _pattern(ctx, pattern, date.year)
    results = _results(ctx, product, failed)
    signer = person(ctx, doctor=0.4)
    title = ctx.pick(TITLES)
    signed = "signature" not in missing
    has_manual = "manual_edition" not in missing
    has_desc = "description" not in missing
    manual = ctx.pick(MANUALS)
    comma = comma_lang(lang) or ctx.chance(0.1)
    wh = product.watt_hours or 0.0
    mass = product.mass_g or 0.0
    wh_text = f"{fmt_num(wh, comma)} Wh"
    mass_text = (f"{fmt_num(mass, comma)} g" if mass < 1000 or ctx.chance(0.5)
                 else f"{fmt_num(round(mass / 1000, 2), comma)} kg")
    chem = ctx.pick(["Lithium-ion", "Li-ion", "lithium ion"]) if lang == "en" else {
        "de": "Lithium-Ionen", "fr": "Lithium-ion"}[lang]
    physical = f"{product.ptype}, {product.capacity}"
    d = lambda x: fmt_date(x, ds, lang)  # noqa: E731
    words = RESULT_WORDS[lang]
    rw = {k: ctx.pick(v) for k, v in words.items()}
    man = f"{sup.legal_name}, {sup.address}, {country_name(ctx, sup.country, lang)}; {sup.contact_email}"
    sig_line = ctx.pick([f"Signed: {signer}, {title}, {lab}", f"Name and title of signatory: {signer} ({title})",
                         f"Signature: {signer} – {title}", f"Approved by: {signer}, {title}"])
    unsigned_line = ctx.pick(["Signature: ____________________", "Signed: ", "Name / title of signatory:"])
    names = {"en": [n for _, n in UN_TESTS], "de": UN_TESTS_DE, "fr": UN_TESTS_FR}[lang]
    rows = [[tid, names[i], rw[results[tid]] if results[tid] != "pass" else ctx.pick(words["pass"][:2])]
            for i, (tid, _) in enumerate(UN_TESTS)]
    doc = Doc(title=ctx.pick(["UN 38.3 Test Summary", "Lithium Battery Test Summary", "Test Summary according to "
                              "UN Manual of Tests and Criteria 38.3.5", Held("UN38.3 TS")]))
    core = [(label(ctx, "manufacturer", lang), man), (label(ctx, "lab", lang), f"{lab}, {lab_addr}"),
            (label(ctx, "report_id", lang), report_id), (label(ctx, "report_date", lang), d(date)),
            (label(ctx, "model", lang), product.model)]
    desc = [("Chemistry" if lang == "en" else {"de": "Chemie", "fr": "Chimie"}[lang], chem),
            ("Rated energy" if lang == "en" else {"de": "Nennenergie", "fr": "Énergie nominale"}[lang], wh_text),
            ("Mass" if lang == "en" else {"de": "Masse", "fr": "Masse"}[lang], mass_text),
            ("Physical description" if lang == "en" else {"de": "Beschreibung", "fr": "Description"}[lang], physical)]
    if not has_desc:
        desc = [desc[0]]
    manual_pair = [("Test method" if lang == "en" else {"de": "Prüfgrundlage", "fr": "Méthode d'essai"}[lang], manual)]
    if not has_manual:
        manual_pair = []
    if style == "de":
        doc.title = "Prüfzusammenfassung nach UN 38.3 (38.3.5)"
    elif style == "fr":
        doc.title = "Résumé d'essai UN 38.3"
    if style in ("results-table", "de", "fr", "multipage-noise"):
        doc.kv(core + desc + manual_pair, layout=ctx.pick(["colon", "table"]))
        if style == "multipage-noise":
            doc.header = noise_header(ctx, lab)
            doc.footer = noise_footer(ctx)
            doc.p(" ".join(boilerplate(ctx, "en", 3)))
            doc.pagebreak()
        doc.h({"de": "Prüfungen", "fr": "Essais"}.get(lang, "Tests performed"), 2)
        doc.table({"de": ["Prüfung", "Bezeichnung", "Ergebnis"], "fr": ["Essai", "Désignation", "Résultat"]}.get(
            lang, ["Test", "Description", "Result"]), rows)
    elif style == "label-lines":
        doc.kv(core + desc + manual_pair, bold_labels=ctx.chance(0.5))
        doc.kv([(f"{r[0]} {r[1]}", r[2]) for r in rows], layout=ctx.pick(["colon", "dots", "tab"]))
    elif style == "prose":
        doc.p(f"This summary covers the {physical} model {product.model} manufactured by {man}.")
        doc.p(f"Testing was performed by {lab}, {lab_addr}, and is documented in test report {report_id} dated "
              f"{d(date)}." + (f" The tests followed the {manual}." if has_manual else ""))
        if has_desc:
            doc.p(f"The {chem} {product.kind if product.kind != 'other' else 'item'} has a rated energy of {wh_text} "
                  f"and a mass of {mass_text}.")
        passed = [f"{t} ({n.lower()})" for (t, n) in UN_TESTS if results[t] == "pass"]
        doc.p(f"The samples passed tests {', '.join(passed[:-1])} and {passed[-1]}.")
        for t, n in UN_TESTS:
            if results[t] == "n/a":
                doc.p(f"Test {t} ({n.lower()}) is not applicable to this "
                      f"{'cell' if product.kind == 'cell' else 'battery'} type.")
            if results[t] == "fail":
                doc.p(f"In test {t} ({n.lower()}) the samples did not meet the acceptance criteria (fail).")
    elif style == "numbered-sections":
        doc.h("1. Manufacturer", 2)
        doc.p(man)
        doc.h("2. Test laboratory", 2)
        doc.p(f"{lab}, {lab_addr}")
        doc.h("3. Test report", 2)
        doc.kv(core[2:4])
        doc.h("4. Description of the cell or battery", 2)
        doc.kv([core[4]] + desc)
        doc.h("5. Tests and results", 2)
        doc.lines([f"{r[0]} {r[1]} – {r[2]}" for r in rows])
        if has_manual:
            doc.h("6. Edition of the Manual", 2)
            doc.p(manual)
        doc.h("7. Signature", 2)
    elif style == "checkbox-form":
        doc.kv(core + desc + manual_pair, layout="table")
        lines = []
        for t, n in UN_TESTS:
            mark = {r: ("[X]" if results[t] == r else "[ ]") for r in ("pass", "fail", "n/a")}
            lines.append(f"{t} {n}: {mark['pass']} Pass {mark['fail']} Fail {mark['n/a']} N/A")
        doc.lines(lines)
    elif style == "bullets":
        doc.p("Summary of the UN 38.3 tests:")
        doc.bullets([f"{k}: {v}" for k, v in core + desc + manual_pair])
        doc.bullets([f"{r[0]} {r[1]} – {r[2]}" for r in rows])
    elif style == "range-results":
        doc.kv(core + desc + manual_pair)
        groups: list[tuple[str, str, str]] = []
        for t, _ in UN_TESTS:
            v = results[t]
            if groups and groups[-1][2] == v:
                groups[-1] = (groups[-1][0], t, v)
            else:
                groups.append((t, t, v))
        parts = [f"{a}–{b}: {rw[v].upper() if v != 'pass' else 'PASS'}" if a != b else
                 f"{a}: {rw[v].upper() if v != 'pass' else 'PASS'}" for a, b, v in groups]
        doc.p("Results: " + "; ".join(parts))
    if style != "multipage-noise" and ctx.chance(0.2):
        doc.header = noise_header(ctx, lab, lang)
        doc.footer = noise_footer(ctx, lang)
    doc.lines(["", sig_line if signed else unsigned_line, d(date)])
    fmt = pick_format(ctx, {"md": 5, "pdf": 3, "docx": 2} if style == "bullets" else {"pdf": 12, "docx": 4, "md": 1})
    fname = ctx.pick([f"UN38.3 Test Summary {product.model}", f"{product.model}_UN38-3_summary", f"TS_{report_id}",
                      f"UN 38.3 {product.model}", f"Transport test summary – {product.model}"])
    missing_elements = sorted(missing)
    fact = {"kind": "transport_test", "report_id": report_id, "lab": lab, "date": date, "model": product.model,
            "results": results, "signed_by": signer if signed else None, "missing_elements": missing_elements,
            "watt_hours": wh if has_desc else None, "mass_g": mass if has_desc else None}
    flags = (["failed"] if failed else []) + (["incomplete"] if missing else [])
    return GenDoc("transport_test", style, fmt, f"tests/{safe_name(fname)}.{fmt}", facts=[fact], doc=doc, flags=flags)


SAFETY_STANDARDS = {
    "IEC 62133-2:2017": ["IEC 62133-2:2017", "IEC 62133-2:2017 + AMD1:2021", "EN 62133-2:2017", "IEC 62133-2 (2017)",
                         Held("IEC 62133-2: 2017")],
    "UL 9540A:2019": ["UL 9540A:2019", "UL 9540A, 4th edition (2019)", "ANSI/CAN/UL 9540A:2019",
                      Held("UL9540A (2019)")],
    "UL 1642:2020": ["UL 1642:2020", "UL 1642, 6th edition (2020)", "UL 1642 (2020)"],
}
VERDICT_WORDS = {
    "en": {"pass": ["PASS", "Pass", "Complies", "The samples comply with the requirements"],
           "fail": ["FAIL", "Fail", "Does not comply"],
           "data reported": ["Data reported (test method without pass/fail criteria)",
                             "Test data reported – no pass/fail verdict applies", "Results reported (no pass/fail)"]},
    "de": {"pass": ["bestanden", "erfüllt"], "fail": ["nicht bestanden", "nicht erfüllt"],
           "data reported": ["Daten berichtet (kein Bestanden/Nicht-bestanden)"]},
    "fr": {"pass": ["Conforme", "Réussi"], "fail": ["Non conforme", "Échec"],
           "data reported": ["Données rapportées (pas de critère réussite/échec)"]},
    "es": {"pass": ["Cumple", "Conforme"], "fail": ["No cumple", "No conforme"],
           "data reported": ["Datos informados (sin criterio de aceptación)"]},
}
CLAUSES_62133 = [("5", "General safety considerations"), ("6.1", "Insulation and wiring"), ("7.1", "Charging "
                 "procedure for test purposes"), ("7.2.1", "Continuous charging at constant voltage"),
                 ("7.3.1", "External short-circuit (cell)"), ("7.3.2", "External short-circuit (battery)"),
                 ("7.3.3", "Free fall"), ("7.3.4", "Thermal abuse"), ("7.3.5", "Crush"), ("7.3.6", "Over-charging"),
                 ("7.3.7", "Forced discharge"), ("7.3.9", "Forced internal short circuit"), ("8", "Information for "
                 "safety")]


def safety_test(ctx: Ctx, sup: Supplier, product: Product, standard: str, *, failed: bool = False) -> GenDoc:
    style = ctx.style("safety_test", SAFETY_STYLES)
    lang = {"de": "de", "fr": "fr", "es": "es"}.get(style, "en")
    ds = date_style(ctx, lang)
    lab, lab_addr, pattern = ctx.pick(LABS)
    date = ctx.date_between(dt.date(2024, 3, 1), ctx.as_of - dt.timedelta(days=15))
    report_id = _pattern(ctx, pattern, date.year)
    ul9540a = standard.startswith("UL 9540A")
    verdict = "data reported" if ul9540a else ("fail" if failed else "pass")
    level = (("unit" if product.kind == "ess" else "cell" if product.kind == "cell" else "module") if ul9540a
             else ("cell" if product.kind == "cell" else "module"))
    std_text = ctx.pick(SAFETY_STANDARDS[standard])
    vw = ctx.pick(VERDICT_WORDS[lang][verdict])
    d = lambda x: fmt_date(x, ds, lang)  # noqa: E731
    engineer = person(ctx)
    level_word = {"cell": "Cell", "module": "Module", "unit": "Unit"}[level]
    doc = Doc(title={"de": "Prüfbericht", "fr": "Rapport d'essai", "es": "Informe de ensayo"}.get(
        lang, ctx.pick(["Test Report", "TEST REPORT", "Safety Test Report", f"{standard.split(':')[0]} Test Report"])))
    applicant = f"{sup.legal_name}, {sup.address}"
    pairs = [(label(ctx, "report_id", lang), report_id), ({"de": "Prüfgrundlage", "fr": "Norme", "es": "Norma"}.get(
        lang, ctx.pick(["Standard", "Test specification", "Standard(s)"])), std_text),
             ({"de": "Auftraggeber", "fr": "Demandeur", "es": "Solicitante"}.get(lang, "Applicant"), applicant),
             (label(ctx, "model", lang), product.model),
             ({"de": "Prüfling", "fr": "Objet d'essai", "es": "Objeto de ensayo"}.get(lang, "Test item"),
              f"{product.ptype} {product.capacity}".strip()),
             (label(ctx, "lab", lang), f"{lab}, {lab_addr}"), (label(ctx, "report_date", lang), d(date))]
    if ul9540a:
        pairs.append(("Test level", level_word))
    verdict_pair = (label(ctx, "verdict", lang), vw)
    fail_clause = ctx.pick(["7.3.2", "7.3.5", "7.3.9"]) if failed else None
    if style == "cover-table":
        doc.kv(pairs + [verdict_pair], layout="table")
        doc.p(" ".join(boilerplate(ctx, "en", 1)), small=True)
    elif style == "clause-table":
        doc.header = noise_header(ctx, lab)
        doc.footer = noise_footer(ctx)
        doc.kv(pairs, layout="table")
        doc.p(" ".join(boilerplate(ctx, "en", 2)), small=True)
        doc.pagebreak()
        doc.h("Clause-by-clause results", 2)
        rows = []
        if ul9540a:
            for c, n in [("7", "Cell level test"), ("8", "Module level test"), ("9", "Unit level test")]:
                rows.append([c, n, "Data reported" if n.lower().startswith(level) else "N/A"])
        else:
            for c, n in CLAUSES_62133:
                always = c in ("7.3.2", "7.3.5")
                v = "F" if c == fail_clause else ctx.pick(["P"] if always else ["P", "P", "P", "N/A"])
                rows.append([c, n, v])
        doc.table(["Clause", "Requirement – Test", "Verdict"], rows)
        doc.p("P = pass, F = fail, N/A = not applicable", small=True)
        doc.pagebreak()
        doc.kv([verdict_pair], bold_labels=True)
        doc.lines(["", f"Tested by: {engineer}", f"Approved by: {person(ctx)}"])
    elif style == "prose-conclusion":
        doc.kv(pairs[:2] + pairs[3:4])
        doc.p(f"{lab} tested samples of model {product.model} ({product.ptype}) submitted by {sup.legal_name} "
              f"against {std_text}. The report was issued on {d(date)}.")
        if ul9540a:
            doc.p(f"The {level}-level test was carried out; UL 9540A is a test method and the results are reported "
                  f"without a pass/fail verdict. Conclusion: {vw}.")
        elif failed:
            doc.p(f"During the test of clause {fail_clause} one sample vented with fire. Conclusion: the test item "
                  f"does not comply with the standard ({vw}).")
        else:
            doc.p(f"All applicable tests were completed without fire or explosion. Conclusion: {vw}.")
    elif style == "label-lines":
        doc.kv(pairs + [verdict_pair], layout=ctx.pick(["colon", "dots"]), bold_labels=ctx.chance(0.5))
        if failed:
            doc.p(f"Failed clause: {fail_clause}")
    elif style in ("de", "fr", "es"):
        doc.kv(pairs, layout=ctx.pick(["colon", "table"]))
        doc.p(boilerplate(ctx, lang, 1)[0], small=True)
        doc.kv([verdict_pair], bold_labels=True)
    elif style == "bullets-summary":
        doc.title = f"Safety test summary – {product.model}"
        doc.bullets([f"{k}: {v}" for k, v in pairs + [verdict_pair]], marker=ctx.pick(["-", "*"]))
    elif style == "summary-letter":
        doc.title = "Test summary letter"
        doc.p(f"To: {sup.legal_name}")
        doc.p(f"Re: {std_text} testing of model {product.model}, our report {report_id} of {d(date)}")
        if ul9540a:
            doc.p(f"We confirm that the {level}-level test according to {std_text} was completed and the data are "
                  f"reported in full in the report. No pass/fail verdict applies to this test method.")
        elif failed:
            doc.p(f"We regret to inform you that the samples did not comply with clause {fail_clause}; the overall "
                  f"verdict is: {vw}.")
        else:
            doc.p(f"We confirm that the samples complied with all applicable requirements. Overall verdict: {vw}.")
        doc.lines(["Yours sincerely,", engineer, f"{ctx.pick(TITLES)}, {lab}"])
    if style != "clause-table" and ctx.chance(0.2):
        doc.header = noise_header(ctx, lab, lang)
        doc.footer = noise_footer(ctx, lang)
    fmt = pick_format(ctx, {"md": 5, "pdf": 3, "docx": 2} if style == "bullets-summary" else {"pdf": 12, "docx": 4,
                                                                                              "md": 1})
    base = standard.split(":")[0]
    fname = ctx.pick([f"{base.replace(' ', '-')} report {product.model}", f"TR_{report_id}",
                      f"{product.model} safety test", f"Prüfbericht {report_id}", f"{base} {product.model}"])
    fact = {"kind": "safety_test", "standard": standard, "report_id": report_id, "lab": lab, "date": date,
            "model": product.model, "verdict": verdict}
    if ul9540a:
        fact["level"] = level
    return GenDoc("safety_test", style, fmt, f"tests/{safe_name(fname)}.{fmt}", facts=[fact], doc=doc,
                  flags=["failed"] if failed else [])
