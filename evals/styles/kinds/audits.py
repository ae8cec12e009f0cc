"""Quality, social and environmental audit reports in ten styles, with findings of every severity, open
and closed, and reports that positively state that they raised none."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from evals.styles.kinds.common import GenDoc, boilerplate, noise_footer, noise_header, pick_format, safe_name
from evals.styles.render import Doc
from evals.styles.vocab import Ctx, Held, date_style, fmt_date, label, person, severity_word, status_word

STYLES = ["headed-blocks", "findings-table", "prose-summary", "bullets", "numbered-ncs", "de", "fr", "es",
          "multipage-noise", "capa-register"]

FIRMS = {
    "social": ["Amberfield Ethical Audits Ltd.", "Clearview Social Assurance S.A.", "Sentinel Responsible Sourcing "
               "GmbH", "Lotus Compliance Services Pvt. Ltd."],
    "quality": ["Precisa Quality Audits GmbH", "QualiTrace Supplier Audits Ltd.", "Aurelia Supplier Quality",
                "Kaizen Process Assessors K.K."],
    "environmental": ["GreenLedger Environmental Auditors Ltd.", "EnviroSure Assessments B.V.",
                      "Terra Conformité S.A.S."],
}
TYPE_TITLES = {
    "social": {"en": ["Social Compliance Audit Report (SMETA 4-Pillar)", "amfori BSCI Audit Report",
                      "Social Audit Report", "RBA Validated Audit – Summary Report"],
               "de": ["Sozialaudit – Auditbericht"], "fr": ["Rapport d'audit social"],
               "es": ["Informe de auditoría social"]},
    "quality": {"en": ["Supplier Quality Audit Report", "Process Audit Report (VDA 6.3)", "Quality System Audit"],
                "de": ["Lieferantenaudit – Prozessaudit nach VDA 6.3", "Qualitätsaudit – Bericht"],
                "fr": ["Rapport d'audit qualité fournisseur"], "es": ["Informe de auditoría de calidad"]},
    "environmental": {"en": ["Environmental Compliance Audit Report", "Environmental Audit – Findings Report"],
                      "de": ["Umweltaudit – Bericht"], "fr": ["Rapport d'audit environnemental"],
                      "es": ["Informe de auditoría ambiental"]},
}
AREAS = {
    "social": [("Health and safety – fire exits", "Two emergency exits in warehouse B were blocked by pallets."),
               ("Working hours", "Overtime exceeded 60 hours per week for 14 of 30 sampled workers in March."),
               ("Wages and benefits", "Overtime premium was not paid for Sunday shifts in two sampled months."),
               ("Forced labour", "Passports of three migrant workers were retained by the labour agency."),
               ("Child labour – age verification", "Age documents were missing for two apprentices."),
               ("Dormitory conditions", "Dormitory rooms housed more workers than the local regulation allows."),
               ("Freedom of association", "Worker representatives were not elected by secret ballot.")],
    "quality": [("Incoming inspection", "Incoming inspection of separator rolls skipped the thickness check."),
                ("Process control", "SPC charts for electrode coating weight were not reviewed by shift leaders."),
                ("Traceability", "Two cell batches could not be traced back to their electrolyte lots."),
                ("Calibration", "Three torque wrenches were overdue for calibration."),
                ("Batch test data", "Formation data of batch 24-117 were missing from the shipment records."),
                ("Change management", "A change of the slurry mixer was made without customer notification.")],
    "environmental": [("Waste water", "Nickel concentration in the waste water exceeded the permit limit."),
                      ("Hazardous waste storage", "NMP waste drums were stored without secondary containment."),
                      ("Air emissions", "The permit for the dryer exhaust had expired."),
                      ("Chemical storage", "Electrolyte drums lacked GHS labels in store room 3."),
                      ("Spill response", "Spill kits were missing near the electrolyte filling line.")],
}
NO_FINDINGS = {
    "en": ["No non-conformities were raised during this audit.", "Zero findings.",
           "The audit resulted in no findings; no corrective actions are required.",
           "No findings were identified. The site meets all requirements of the code.",
           Held("Result: clean audit – nothing to report.")],
    "de": ["Es wurden keine Abweichungen festgestellt."],
    "fr": ["Aucune non-conformité n'a été relevée lors de cet audit."],
    "es": ["No se detectaron no conformidades durante la auditoría."],
}
NUMBER_WORDS = {"en": ["no", "one", "two", "three", "four", "five"], "de": ["keine", "eine", "zwei", "drei", "vier",
                "fünf"], "fr": ["aucune", "une", "deux", "trois", "quatre", "cinq"],
                "es": ["ninguna", "una", "dos", "tres", "cuatro", "cinco"]}
SUMMARY_SEV = {"en": {"critical": "critical", "major": "major", "minor": "minor", "observation": "observation"},
               "de": {"critical": "kritische", "major": "Haupt", "minor": "Neben", "observation": "Beobachtung"},
               "fr": {"critical": "critique", "major": "majeure", "minor": "mineure", "observation": "observation"},
               "es": {"critical": "crítica", "major": "mayor", "minor": "menor", "observation": "observación"}}


@dataclass
class Finding:
    fid: str
    severity: str
    status: str
    due: dt.date | None  # as the report states it
    area: str
    text: str
    closed_on: dt.date | None = None


def _ids(ctx: Ctx, n: int, report: dt.date) -> list[str]:
    scheme = ctx.pick(["NC-{n:02d}", "F-{n}", "{y}-NC-{n}", "Finding {n}", "CAR-{r}", "{c}.{n}", "NC {n}",
                       "Observation {n}", Held("Obs-{n:03d}")])
    base = ctx.randint(100, 900)
    chapter = ctx.randint(2, 6)
    return [scheme.format(n=i + 1, y=report.year, r=base + i, c=chapter) for i in range(n)]


def _scenario_findings(ctx: Ctx, audit_type: str, scenario: str, report: dt.date) -> list[Finding]:
    a = ctx.as_of
    sevs: list[tuple[str, str]] = []  # (severity, status)
    if scenario == "no_findings":
        return []
    for _ in range(ctx.randint(0, 3)):
        sev = ctx.pick(["minor", "minor", "observation", "major"])
        status = "closed" if sev == "major" else ctx.pick(["closed", "open"])
        sevs.append((sev, status))
    if scenario in ("overdue_major", "open_major_recent"):
        sevs.insert(ctx.randint(0, len(sevs)), ("major", "open"))
    elif scenario in ("open_critical", "overdue_critical"):
        sevs.insert(ctx.randint(0, len(sevs)), ("critical", "open"))
    elif not sevs:
        sevs.append((ctx.pick(["minor", "observation"]), "closed"))
    areas = ctx.sample(AREAS[audit_type], min(len(sevs), len(AREAS[audit_type])))
    ids = _ids(ctx, len(sevs), report)
    out = []
    for (sev, status), (area, text), fid in zip(sevs, areas, ids, strict=False):
        capa = {"critical": 14, "major": 30, "minor": 90, "observation": None}[sev]
        due = None
        if capa is not None and ctx.chance(0.8):
            due = report + dt.timedelta(days=capa + ctx.pick([0, 0, 0, -7, 14]))
            if status == "open" and sev in ("major", "critical"):
                # keep the stated date on the same side of the as-of date as the policy's date
                policy_due = report + dt.timedelta(days=capa)
                if policy_due < a and due >= a:
                    due = policy_due
                if policy_due >= a and due < a:
                    due = policy_due
        closed_on = None
        if status == "closed":
            closed_on = min(a - dt.timedelta(days=1), report + dt.timedelta(days=ctx.randint(5, 60)))
        out.append(Finding(fid, sev, status, due, area, text, closed_on))
    return out


def _report_date(ctx: Ctx, scenario: str) -> dt.date:
    a = ctx.as_of
    if scenario in ("overdue_major", "overdue_critical"):
        return a - dt.timedelta(days=ctx.randint(48, 240))
    if scenario in ("open_major_recent",):
        return a - dt.timedelta(days=ctx.randint(3, 22))
    if scenario == "open_critical":
        return a - dt.timedelta(days=ctx.randint(2, 10))
    if scenario == "stale":
        return a - dt.timedelta(days=ctx.randint(800, 1150))
    return a - dt.timedelta(days=ctx.randint(20, 600))


def _summary(ctx: Ctx, findings: list[Finding], lang: str) -> str:
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("critical", "major", "minor", "observation")}
    nw = NUMBER_WORDS[lang]
    sw = SUMMARY_SEV[lang]
    parts = []
    for sev, n in counts.items():
        if not n:
            continue
        word = nw[n] if n < len(nw) else str(n)
        if lang == "en":
            noun = "observation" if sev == "observation" else f"{sw[sev]} non-conformance"
            parts.append(f"{word} {noun}{'s' if n > 1 else ''}")
        elif lang == "de":
            noun = "Beobachtung" if sev == "observation" else ("kritische Abweichung" if sev == "critical" else
                                                                f"{sw[sev]}abweichung")
            parts.append(f"{word} {noun}{'en' if n > 1 else ''}")
        elif lang == "fr":
            noun = "observation" if sev == "observation" else f"non-conformité {sw[sev]}"
            parts.append(f"{word} {noun}{'s' if n > 1 else ''}")
        else:
            noun = "observación" if sev == "observation" else f"no conformidad {sw[sev]}"
            parts.append(f"{word} {noun}{'es' if n > 1 and sev != 'observation' else ''}")
    joined = ", ".join(parts[:-1]) + (f" {'and' if lang == 'en' else {'de': 'und', 'fr': 'et', 'es': 'y'}[lang]} "
                                      if len(parts) > 1 else "") + parts[-1]
    return {"en": f"The audit identified {joined}.", "de": f"Im Audit wurden {joined} festgestellt.",
            "fr": f"L'audit a relevé {joined}.", "es": f"La auditoría detectó {joined}."}[lang]


def audit(ctx: Ctx, sup, audit_type: str, scenario: str = "clean") -> GenDoc:
    style = ctx.style("audit", STYLES)
    lang = {"de": "de", "fr": "fr", "es": "es"}.get(style, "en")
    ds = date_style(ctx, lang)
    d = lambda x: fmt_date(x, ds, lang)  # noqa: E731
    firm = ctx.pick(FIRMS[audit_type])
    report = _report_date(ctx, scenario)
    audit_start = report - dt.timedelta(days=ctx.randint(3, 20))
    audit_end = audit_start + dt.timedelta(days=ctx.randint(0, 2))
    findings = _scenario_findings(ctx, audit_type, scenario, report)
    title = ctx.pick(TYPE_TITLES[audit_type][lang])
    doc = Doc(title=title)
    auditor = person(ctx, doctor=0.1)
    audit_days = d(audit_start) if audit_end == audit_start else f"{d(audit_start)} – {d(audit_end)}"
    head = [({"de": "Lieferant", "fr": "Fournisseur", "es": "Proveedor"}.get(
                lang, ctx.pick(["Supplier", "Site", "Auditee", "Facility audited"])), f"{sup.legal_name}, {sup.city}"),
            (label(ctx, "audit_firm", lang), firm), (label(ctx, "audit_date", lang), audit_days),
            (label(ctx, "report_date", lang), d(report)),
            ({"de": "Auditor", "fr": "Auditeur", "es": "Auditor"}.get(lang, "Lead auditor"), auditor)]
    summary_flag = bool(findings) and (scenario != "clean" or ctx.chance(0.5))
    sev = lambda f: severity_word(ctx, f.severity, lang)  # noqa: E731
    st = lambda f: status_word(ctx, f.status, lang)  # noqa: E731
    due_l = label(ctx, "due", lang)
    dd = lambda x: d(x) if x else {"de": "–", "fr": "–", "es": "–"}.get(lang, ctx.pick(["–", "n/a", "-"]))  # noqa: E731

    def summary_block() -> None:
        doc.h({"de": "Zusammenfassung", "fr": "Synthèse", "es": "Resumen"}.get(lang, "Executive summary"), 2)
        if not findings:
            doc.p(ctx.pick(NO_FINDINGS[lang]))
        elif summary_flag:
            doc.p(_summary(ctx, findings, lang))
        else:
            doc.p({"de": "Die Feststellungen sind unten aufgeführt.", "fr": "Les constats sont détaillés ci-dessous.",
                   "es": "Los hallazgos se detallan a continuación."}.get(lang, "The findings are listed below."))

    if style == "multipage-noise":
        doc.header = noise_header(ctx, firm)
        doc.footer = noise_footer(ctx)
    doc.kv(head, layout=ctx.pick(["colon", "table"]), bold_labels=ctx.chance(0.4))
    summary_block()
    if style == "multipage-noise":
        doc.h("Scope and methodology", 2)
        for para in boilerplate(ctx, "en", 4):
            doc.p(para)
        doc.pagebreak()
        doc.h("Audit team and attendees", 2)
        doc.table(["Name", "Role"], [[auditor, "Lead auditor"], [person(ctx), "Co-auditor"],
                                     [sup.contact_name, "Supplier representative"]])
        doc.pagebreak()
    if findings:
        doc.h({"de": "Feststellungen", "fr": "Constats", "es": "Hallazgos"}.get(lang, ctx.pick(
            ["Findings", "Detailed findings", "Non-conformities and observations"])), 2)
    if style == "headed-blocks":
        for f in findings:
            doc.p(f"{f.fid} – {label(ctx, 'grade')}: {sev(f).upper()} – {label(ctx, 'area')}: {f.area}", bold=True)
            doc.p(f.text)
            tail = f"{label(ctx, 'status')}: {st(f)}"
            if f.due:
                tail += f"; {due_l}: {d(f.due)}"
            if f.closed_on:
                tail += f"; closed on {d(f.closed_on)}"
            doc.p(tail)
    elif style in ("findings-table", "multipage-noise", "de", "fr", "es") and findings:
        hdr = {"de": ["Nr.", "Bereich", "Feststellung", "Einstufung", "Status", "Frist"],
               "fr": ["N°", "Domaine", "Constat", "Gravité", "Statut", "Échéance"],
               "es": ["N.º", "Área", "Hallazgo", "Gravedad", "Estado", "Plazo"]}.get(
            lang, ["ID", label(ctx, "area"), "Finding", label(ctx, "grade"), label(ctx, "status"), due_l])
        doc.table(hdr, [[f.fid, f.area, f.text, sev(f), st(f), dd(f.due)] for f in findings])
    elif style == "prose-summary":
        for f in findings:
            sentence = f"Finding {f.fid} ({sev(f).lower()}, {f.area.lower()}): {f.text}"
            if f.status == "closed":
                sentence += (f" The corrective action{f' (due {d(f.due)})' if f.due else ''} was verified and the "
                             f"finding closed on {d(f.closed_on)}.")
            else:
                sentence += " The finding remains open" + (f"; the corrective action is due by {d(f.due)}." if f.due
                                                           else ".")
            doc.p(sentence)
    elif style == "bullets":
        doc.bullets([f"{f.fid} | {sev(f)} | {st(f)} | " + (f"{due_l.lower()} {d(f.due)} | " if f.due else "")
                     + f"{f.area}: {f.text}" for f in findings], marker=ctx.pick(["-", "*"]))
    elif style == "numbered-ncs":
        for i, f in enumerate(findings):
            doc.h(f"3.{i + 1} {f.fid}", 3)
            doc.kv([("Requirement", f.area), ("Evidence", f.text), (label(ctx, "grade"), sev(f)),
                    (label(ctx, "status"), st(f))] + ([(due_l, d(f.due))] if f.due else []))
    elif style == "capa-register" and findings:
        doc.table(["CAPA No.", "Finding ref.", "Severity", "Action", "Responsible", "Target date", "Status",
                   "Closed on"],
                  [[f"CAPA-{report.year}-{i + 1:03d}", f.fid, sev(f), f"Correct: {f.area.lower()}",
                    sup.contact_name, dd(f.due), st(f), d(f.closed_on) if f.closed_on else ""]
                   for i, f in enumerate(findings)])
    if style != "multipage-noise" and ctx.chance(0.2):
        doc.header = noise_header(ctx, firm, lang)
        doc.footer = noise_footer(ctx, lang)
    doc.lines(["", f"{auditor}, {firm}"])
    fmt = pick_format(ctx, {"md": 5, "pdf": 3, "docx": 2} if style == "bullets" else {"pdf": 10, "docx": 5, "md": 1})
    firm_short = firm.split(",")[0].rstrip(".")
    fname = ctx.pick([f"{report:%Y-%m} {audit_type} audit - {firm_short}", f"Audit report {report:%Y%m%d}",
                      f"{audit_type.capitalize()} audit {sup.short}", f"AR_{report.year}_{ctx.randint(100, 999)}"])
    base = {"kind": "audit_finding", "audit_type": audit_type, "audit_firm": firm, "report_date": report}
    if findings:
        facts = [{**base, "finding_id": f.fid, "severity": f.severity, "status": f.status, "due": f.due}
                 for f in findings]
    else:
        facts = [{**base, "finding_id": None, "severity": None, "status": None, "due": None}]
    flags = [] if scenario == "clean" else [scenario]
    if summary_flag:
        flags.append("summary_counts")
    return GenDoc("audit", style, fmt, f"audits/{safe_name(fname)}.{fmt}", facts=facts, doc=doc, flags=flags,
                  meta={"findings": findings, "report_date": report})
