"""Which documents each supplier sends, which problems they carry, and what a correct assessment must
therefore find (the expected problems and the expected release decision).

Two random streams: `plan` draws the original kinds from the corpus stream; `plan_declarations` draws the RoHS /
REACH declarations, carbon-footprint declarations, ESG reports and their noise from a second stream of their own,
so that adding them left every document of the original kinds byte-identical."""

from __future__ import annotations

import datetime as dt
from typing import Any

from evals.styles.kinds.audits import audit
from evals.styles.kinds.carbon import carbon_footprint
from evals.styles.kinds.certificates import certificate
from evals.styles.kinds.common import GenDoc
from evals.styles.kinds.compliance_noise import compliance_noise
from evals.styles.kinds.contracts import contract
from evals.styles.kinds.esg import esg_report
from evals.styles.kinds.kpi import kpi
from evals.styles.kinds.lab_reports import safety_test, transport_test
from evals.styles.kinds.minerals import minerals
from evals.styles.kinds.noise import noise
from evals.styles.kinds.profiles import profile
from evals.styles.kinds.substances import substance_declaration
from evals.styles.vocab import CAHRA_COUNTRIES, Ctx
from evals.styles.world import CERT_STANDARDS, CF_CATEGORY, CF_DUE, REQUIRED, Product, Supplier

# Card statuses (tools' Line.status) that say "something is wrong here".
PROBLEM_STATUSES = {"expiring", "expired", "suspended", "withdrawn", "unknown", "missing", "incomplete", "failed",
                    "open", "overdue", "risk", "gap"}
UN_KINDS = {"cell_manufacturer": {"cell"}, "pack_integrator": {"module", "cell"}}
DECLARATION_MAX_AGE_DAYS = 365  # AES-SQP-002 3.2: "A declaration must not be older than 12 months"
RISK_KINDS = ("cahra_minerals", "artisanal_mining", "smelter_not_rmap", "minerals_gap", "svhc_above_threshold")


def required(sup: Supplier) -> list[str]:
    reqs = []
    for r in REQUIRED[sup.segment]:
        if r == "iatf" and not sup.automotive:
            continue
        if r == "emrt_if_metals":
            if not {"copper", "cobalt", "nickel"} & set(sup.materials):
                continue
            r = "emrt"
        reqs.append(r)
    return reqs


def plan(ctx: Ctx, sup: Supplier, complete: bool) -> list[GenDoc]:
    """The documents of one supplier (generated, not yet written) and, on `sup.problems`, what an assessment
    must find in them."""
    reqs = required(sup)
    un_products = [p for p in sup.products if p.kind in UN_KINDS.get(sup.segment, set())]
    ess = [p for p in sup.products if p.kind == "ess"]
    # which kinds of documents this supplier sends
    send: dict[str, Any]
    if complete:
        send = {"profile": True, "certs": [CERT_STANDARDS[r] for r in reqs if r in CERT_STANDARDS],
                "un": un_products, "safety": "safety" in reqs or bool(ess and "ess_fire" in reqs),
                "minerals": "emrt" if "emrt" in reqs else ("cmrt" if "cmrt" in reqs else None),
                "social": "social_audit" in reqs, "quality": ctx.chance(0.5), "environmental": ctx.chance(0.15),
                "contract": True, "kpi": ctx.chance(0.6), "noise": ctx.randint(0, 2)}
    else:
        certs = [CERT_STANDARDS[r] for r in reqs if r in CERT_STANDARDS]
        certs = ctx.sample(certs, ctx.randint(0, len(certs)))
        if ctx.chance(0.1):
            certs.append("ISO 50001:2018")
        send = {"profile": ctx.chance(0.6), "certs": certs,
                "un": ctx.sample(un_products, ctx.randint(0, len(un_products))) if un_products else [],
                "safety": bool(un_products or ess) and ctx.chance(0.7),
                "minerals": (ctx.pick(["emrt", "cmrt"]) if sup.segment == "electronics_component" else "emrt")
                if ctx.chance(0.5) else None,
                "social": ctx.chance(0.5), "quality": ctx.chance(0.4), "environmental": ctx.chance(0.15),
                "contract": ctx.chance(0.5), "kpi": ctx.chance(0.5), "noise": ctx.randint(0, 2)}
    # which problems this supplier carries (at most two; some suppliers none)
    menu: list[str] = []
    if send["certs"]:
        menu += ["cert_expired", "cert_no_expiry", "cert_expiring"]
    if send["un"]:
        menu += ["un_failed", "un_incomplete", "un_incomplete"]
    if send["safety"] and sup.segment == "cell_manufacturer":
        menu.append("safety_failed")
    if send["social"]:
        menu += ["social_overdue_major", "social_open_critical", "social_open_major_recent", "social_stale",
                 "social_overdue_critical"]
    if send["quality"]:
        menu += ["quality_overdue_major", "quality_open_major_recent"]
    if send["profile"]:
        menu.append("coc_unsigned")
    if send["minerals"]:
        menu += ["minerals_cahra", "minerals_asm", "minerals_not_rmap", "minerals_gap"]
    n_problems = ctx.pick([0, 0, 1, 1, 1, 2, 2]) if menu else 0
    chosen: list[str] = []  # a list, not a set: iteration order must not depend on string hashing
    for c in ctx.sample(menu, min(n_problems, len(menu))):
        if c not in chosen:
            chosen.append(c)
    if send["minerals"]:
        # the declaration and the profile agree: a CAHRA origin in the profile is a CAHRA answer in the
        # declaration, and a CAHRA answer chosen as this supplier's problem gets its origin in the profile
        scope = ({"tantalum", "tin", "gold", "tungsten"} if send["minerals"] == "cmrt"
                 else {"cobalt", "copper", "graphite", "lithium", "mica", "nickel"})
        cahra_origin = [m for m, cs in sup.materials.items() if m in scope and set(cs) & CAHRA_COUNTRIES]
        if cahra_origin and "minerals_cahra" not in chosen:
            chosen.append("minerals_cahra")
        elif "minerals_cahra" in chosen:
            m = next((m for m in sup.materials if m in scope), None)
            if m is None:
                m = "tantalum" if send["minerals"] == "cmrt" else "cobalt"
                sup.materials[m] = []
            origin = "Myanmar" if m == "tin" else "Democratic Republic of the Congo"
            sup.materials[m] = [origin] + [c for c in sup.materials[m] if c != origin]
    if "coc_unsigned" in chosen:
        sup.coc_signed, sup.coc_date = False, None
    elif sup.coc_signed is False:  # an unsigned Code of Conduct only where it was chosen as this supplier's problem
        sup.coc_signed, sup.coc_date = True, ctx.as_of - _days(ctx.randint(40, 600))
    docs: list[GenDoc] = []
    if send["profile"]:
        docs.append(profile(ctx, sup))
    cert_targets = {"cert_expired": "expired", "cert_no_expiry": "no_expiry", "cert_expiring": "expiring"}
    cert_problem = next((cert_targets[c] for c in chosen if c in cert_targets), None)
    bad_cert = ctx.pick(send["certs"]) if cert_problem else None
    for std in send["certs"]:
        docs.append(certificate(ctx, sup, std, cert_problem if cert_problem and std == bad_cert else "valid"))
    bad_un = ctx.pick(send["un"]) if ("un_failed" in chosen or "un_incomplete" in chosen) else None
    for p in send["un"]:
        if bad_un is not None and p is bad_un:
            missing: tuple[str, ...] = ()
            if "un_incomplete" in chosen:
                missing = tuple(sorted(set(ctx.sample(["signature", "signature", "manual_edition", "description"],
                                                      ctx.randint(1, 2)))))
            docs.append(transport_test(ctx, sup, p, failed="un_failed" in chosen, missing=missing))
        else:
            docs.append(transport_test(ctx, sup, p))
    if send["safety"]:
        if sup.segment == "cell_manufacturer" or (un_products and not ess):
            target = (un_products or sup.products)[0]
            std = ctx.pick(["IEC 62133-2:2017"] * 4 + ["UL 9540A:2019"])
            if "safety_failed" in chosen:
                std = "IEC 62133-2:2017"
            docs.append(safety_test(ctx, sup, target, std, failed="safety_failed" in chosen))
            for other in (un_products or sup.products)[1:]:  # the other cells: some have reports of their own
                if sup.segment == "cell_manufacturer" and ctx.chance(0.5):
                    docs.append(safety_test(ctx, sup, other, "IEC 62133-2:2017"))
            if sup.segment == "cell_manufacturer" and ctx.chance(0.3):  # an extra UL 1642 report, not a required one
                docs.append(safety_test(ctx, sup, ctx.pick(un_products or sup.products), "UL 1642:2020"))
        for p in ess:
            docs.append(safety_test(ctx, sup, p, "UL 9540A:2019"))
    for audit_type in ("social", "quality", "environmental"):
        if not send[audit_type]:
            continue
        scenario = next((c.split("_", 1)[1] for c in chosen if c.startswith(audit_type + "_")), None)
        if scenario is None:
            scenario = ctx.pick(["clean", "clean", "no_findings"])
        docs.append(audit(ctx, sup, audit_type, scenario))
    if send["minerals"]:
        docs.append(minerals(ctx, sup, send["minerals"].upper(), cahra="minerals_cahra" in chosen,
                             asm="minerals_asm" in chosen, not_rmap="minerals_not_rmap" in chosen,
                             gap="minerals_gap" in chosen))
    if send["contract"]:
        docs.append(contract(ctx, sup))
    if send["kpi"]:
        docs.append(kpi(ctx, sup))
    for _ in range(send["noise"]):
        docs.append(noise(ctx, sup))
    sup.complete = complete
    return docs


def cf_products(sup: Supplier, as_of) -> list[Product]:
    """The products that need a carbon-footprint declaration: cell manufacturers and pack integrators, every cell,
    module or energy-storage system whose battery category's Art. 7 date is on or before `as_of`."""
    if "carbon_footprint" not in REQUIRED[sup.segment]:
        return []
    return [p for p in sup.products if p.kind in CF_CATEGORY and CF_DUE[CF_CATEGORY[p.kind]] <= as_of]


def plan_declarations(ctx: Ctx, sup: Supplier, complete: bool) -> list[GenDoc]:
    """The supplier's RoHS / REACH declarations, carbon-footprint declarations, ESG report and compliance noise,
    drawn from the declarations stream `ctx` (never the corpus stream), appended after the supplier's other
    documents. Complete suppliers send every declaration they need; problems (0-2) are chosen here."""
    reqs = required(sup)
    need_rohs, need_reach = "rohs" in reqs, "reach" in reqs
    cf_due = cf_products(sup, ctx.as_of)
    if complete:
        send_rohs, send_reach, cf_send = need_rohs, need_reach, list(cf_due)
    else:
        send_rohs = ctx.chance(0.55) if need_rohs else ctx.chance(0.15)  # a RoHS declaration nobody asked for
        send_reach = ctx.chance(0.6)
        cf_send = ctx.sample(cf_due, ctx.randint(0, len(cf_due))) if cf_due else []
        cf_send = [p for p in cf_due if p in cf_send]  # in the profile's order
    menu: list[str] = []
    if send_rohs and need_rohs:
        menu += ["rohs_failed", "rohs_stale", "rohs_undated"]
    if send_reach:
        menu += ["svhc", "svhc", "reach_stale", "reach_undated"]
    if cf_send:
        menu += ["no_figure", "no_figure"]
    n_problems = ctx.pick([0, 0, 1, 1, 1, 2]) if menu else 0
    chosen: list[str] = []
    for c in ctx.sample(menu, min(n_problems, len(menu))):
        if c not in chosen:
            chosen.append(c)
    docs: list[GenDoc] = []
    combined = send_rohs and send_reach and ctx.chance(0.45)

    def age(reg: str) -> str:
        if f"{reg}_undated" in chosen:
            return "undated"
        return "stale" if f"{reg}_stale" in chosen else "fresh"

    if combined:
        ages = {age("rohs"), age("reach")} - {"fresh"}
        docs.append(substance_declaration(ctx, sup, ["RoHS", "REACH"], rohs_failed="rohs_failed" in chosen,
                                          svhc="svhc" in chosen, age=ctx.pick(sorted(ages)) if ages else "fresh"))
    else:
        if send_rohs:
            docs.append(substance_declaration(ctx, sup, ["RoHS"], rohs_failed="rohs_failed" in chosen,
                                              age=age("rohs")))
        if send_reach:
            docs.append(substance_declaration(ctx, sup, ["REACH"], svhc="svhc" in chosen, age=age("reach")))
    bad_cf = ctx.pick(cf_send) if "no_figure" in chosen else None
    i = 0
    while i < len(cf_send):
        group = [cf_send[i]]
        if i + 1 < len(cf_send) and ctx.chance(0.2) and (bad_cf is None or bad_cf not in cf_send[i:i + 2]):
            group.append(cf_send[i + 1])  # one document, two models
        docs.append(carbon_footprint(ctx, sup, group, no_figure=bad_cf is not None and bad_cf in group))
        i += len(group)
    if ctx.chance(0.5):
        docs.append(esg_report(ctx, sup))
    if ctx.chance(0.35):
        docs.append(compliance_noise(ctx, sup))
    return docs


def expected_problems(sup: Supplier, docs: list[tuple[str, GenDoc]], as_of) -> tuple[list[dict], str | None]:
    """What a correct assessment of `sup` finds, from the documents as written (path, doc), and the release
    decision it must reach (None where the policy leaves it open)."""
    reqs = required(sup)
    req_standards = {CERT_STANDARDS[r] for r in reqs if r in CERT_STANDARDS}
    problems: list[dict] = []

    def add(kind: str, source: str | None, blocking: bool, statuses: list[str], detail: str, cite: bool = True):
        problems.append({"kind": kind, "source": source, "blocking": blocking, "statuses": statuses,
                         "cite": cite and source is not None, "detail": detail})

    have_certs: dict[str, bool] = {}
    un_models: set[str] = set()
    safety_ok = False
    ess_ok: set[str] = set()
    social_fresh = False
    minerals_templates: set[str] = set()
    has_contract = False
    profile_doc = None
    declared_regs: set[str] = set()
    cf_models: set[str] = set()
    for path, d in docs:
        if d.kind == "certificate":
            f = d.facts[0]
            std = f["standard"]
            blocking = std in req_standards
            if "expired" in d.flags:
                add("expired_certificate", path, blocking, ["expired"], f"{std} expired {f['expires']}")
            elif "no_expiry" in d.flags:
                add("certificate_without_expiry", path, blocking, ["unknown"], f"{std}: no readable expiry date")
            elif "expiring" in d.flags:
                add("expiring_certificate", path, False, ["expiring"], f"{std} expires {f['expires']}")
            have_certs[std] = have_certs.get(std, False) or not ({"expired", "no_expiry"} & set(d.flags))
        elif d.kind == "transport_test":
            f = d.facts[0]
            if "failed" in d.flags:
                bad = [t for t, v in f["results"].items() if v == "fail"]
                add("failed_transport_test", path, True, ["failed"], f"UN 38.3 {f['model']}: {', '.join(bad)} failed")
            if "incomplete" in d.flags:
                add("incomplete_transport_test", path, True, ["incomplete"],
                    f"UN 38.3 {f['model']}: missing {', '.join(f['missing_elements'])}")
            un_models.add(f["model"])
        elif d.kind == "safety_test":
            f = d.facts[0]
            if "failed" in d.flags:
                add("failed_safety_test", path, sup.segment == "cell_manufacturer", ["failed"],
                    f"{f['standard']} {f['model']}: fail")
            elif f["standard"].startswith(("IEC 62133-2", "UL 9540A")):
                safety_ok = True
            if f["standard"].startswith("UL 9540A"):
                ess_ok.add(f["model"])
        elif d.kind == "audit":
            report = d.meta["report_date"]
            atype = d.facts[0]["audit_type"]
            capa = {"critical": 14, "major": 30, "minor": 90, "observation": None}
            for fd in d.meta["findings"]:
                days = capa[fd.severity]
                if fd.status != "open" or days is None:
                    continue
                overdue = (report + _days(days)) < as_of
                detail = f"{atype} finding {fd.fid} ({fd.severity}) open" + (", overdue" if overdue else "")
                if fd.severity == "critical":
                    add("open_critical_finding", path, True, ["open", "overdue"], detail)
                elif fd.severity == "major":
                    add("overdue_major_finding" if overdue else "open_major_finding", path, overdue,
                        ["overdue"] if overdue else ["open", "overdue"], detail)
                else:
                    add("open_minor_finding", path, False, ["open", "overdue"], detail)
            if atype == "social":
                if (as_of - report).days <= 730:
                    social_fresh = True
                else:
                    add("stale_social_audit", path, "social_audit" in reqs, ["missing", "gap"],
                        f"social audit of {report} is older than 24 months", cite=False)
        elif d.kind == "minerals":
            f = d.facts[0]
            minerals_templates.add(f["template"])
            if "cahra" in d.flags:
                add("cahra_minerals", path, False, ["risk"], f"CAHRA: {', '.join(f['cahra_minerals'])}")
            if "artisanal" in d.flags:
                add("artisanal_mining", path, False, ["risk"], "ASM named in the declaration")
            if "smelter_not_rmap" in d.flags:
                add("smelter_not_rmap", path, False, ["risk"], "a smelter not listed / not in RMAP")
            if "minerals_gap" in d.flags:
                add("minerals_gap", path, False, ["gap", "risk"], "smelters not all identified (Q6/Q7)")
        elif d.kind == "contract":
            has_contract = True
        elif d.kind == "substance_declaration":
            for f in d.facts:
                reg = f["regulation"]
                if reg.lower() not in reqs:
                    continue  # a declaration the segment does not need is no problem, whatever it says
                declared_regs.add(reg)
                if f["issued"] is None:
                    add("undated_substance_declaration", path, True, ["unknown"], f"{reg} declaration without a date")
                elif (as_of - dt.date.fromisoformat(str(f["issued"]))).days > DECLARATION_MAX_AGE_DAYS:
                    add("stale_substance_declaration", path, True, ["expired"],
                        f"{reg} declaration of {f['issued']} is older than 12 months")
                if reg == "RoHS" and f["compliant"] is False:
                    add("rohs_limit_exceeded", path, True, ["failed"], "RoHS: a restricted substance above its limit")
                if reg == "REACH" and f["svhcs"]:
                    names = ", ".join(f"{s['substance']} ({s['cas']})" for s in f["svhcs"])
                    add("svhc_above_threshold", path, False, ["risk"], f"SVHC above 0.1 % w/w: {names}")
        elif d.kind == "carbon_footprint":
            for f in d.facts:
                cf_models.add(f["model"])
                if "carbon_footprint" in reqs and f["kg_co2e_per_kwh"] is None:
                    add("carbon_footprint_without_figure", path, True, ["unknown"],
                        f"carbon footprint of {f['model']}: no figure declared")
        elif d.kind == "profile":
            profile_doc = path
            if sup.coc_signed is False:
                add("code_of_conduct_unsigned", path, True, ["gap", "missing"], "Code of Conduct not signed")
    # required documents that never arrived (or arrived unusable)
    for r in reqs:
        missing = None
        if r in CERT_STANDARDS and CERT_STANDARDS[r] not in have_certs:
            missing = f"{CERT_STANDARDS[r]} certificate"
        elif r == "un38_3":
            for p in sup.products:
                if p.kind in UN_KINDS[sup.segment] and p.model not in un_models:
                    add("missing_document", None, True, ["missing"], f"UN 38.3 summary for {p.model}")
        elif r == "safety" and not safety_ok and not any(x["kind"] == "failed_safety_test" for x in problems):
            missing = "IEC 62133-2 or UL 9540A report"
        elif r == "ess_fire":
            for p in sup.products:
                if p.kind == "ess" and p.model not in ess_ok:
                    add("missing_document", None, True, ["missing"], f"UL 9540A report for {p.model}")
        elif r in ("emrt", "cmrt") and r.upper() not in minerals_templates:
            missing = r.upper()
        elif r == "social_audit" and not social_fresh and not any(x["kind"] == "stale_social_audit"
                                                                  for x in problems):
            missing = "social audit"
        elif r == "contract" and not has_contract:
            missing = "supply agreement"
        elif r == "coc" and (profile_doc is None or sup.coc_signed is None):
            missing = "signed Code of Conduct"
        elif r in ("rohs", "reach") and {"rohs": "RoHS", "reach": "REACH"}[r] not in declared_regs:
            missing = f"{'RoHS' if r == 'rohs' else 'REACH'} declaration"
        elif r == "carbon_footprint":
            for p in cf_products(sup, as_of):
                if p.model not in cf_models:
                    add("missing_document", None, True, ["missing"], f"carbon-footprint declaration for {p.model}")
        if missing:
            add("missing_document", None, True, ["missing"], missing)
    if profile_doc is None:
        release = None  # the product cannot know the segment, so it decides nothing
    elif any(p["blocking"] for p in problems):
        release = "not ready"
    elif any(p["kind"] in RISK_KINDS for p in problems):
        release = "review"
    elif problems or not sup.single_sourced:
        release = None  # expiring certificates, open findings not yet due, an empty field: policy leaves it open
    else:
        release = "ready"
    return problems, release


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)
