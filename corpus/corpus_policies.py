"""The sample buyer's own governance documents, as structured text.

Each policy is rendered in the format a real shared drive would hold it in (PDF, DOCX or
Markdown). Rules that the deterministic tools apply later (CAPA deadlines, audit cadence,
required documents per segment, SLA templates, mandatory data fields) are stated here in prose,
numbered, so that every rule can be cited by document and section.

Blocks: ("p", text) paragraph, ("ul", [items]) bullets, ("table", [header, *rows]).
"""

from __future__ import annotations

POLICIES: list[dict] = [
    {
        "file": "supplier-code-of-conduct.pdf",
        "id": "AES-POL-001",
        "title": "Supplier Code of Conduct",
        "version": "3.1",
        "effective": "1 March 2025",
        "owner": "Chief Procurement Officer",
        "sections": [
            ("1 Purpose and scope", [
                ("p", "This Code sets out the minimum standards that Aurelia Energy Systems GmbH (\"Aurelia\") "
                      "expects of every supplier of cells, modules, packs, energy-storage systems, battery materials "
                      "and components, and of their own suppliers and subcontractors. Acceptance of this Code is a "
                      "condition of qualification; suppliers confirm acceptance by signature before the first purchase order."),
            ]),
            ("2 Human rights and labour", [
                ("ul", [
                    "No forced, bonded, indentured or prison labour; workers keep their identity documents and may leave employment freely.",
                    "No child labour. The minimum age is 15 or the local legal minimum, whichever is higher; workers under 18 do no hazardous work.",
                    "Working hours do not exceed the legal limit and, in any case, 60 hours per week including overtime; workers receive at least one day off in seven.",
                    "Wages meet at least the legal minimum; overtime is paid at the legal premium.",
                    "Freedom of association and collective bargaining are respected; an anonymous grievance channel is available to all workers.",
                    "No harassment, discrimination or inhumane treatment.",
                ]),
            ]),
            ("3 Health, safety and environment", [
                ("p", "Suppliers maintain a safe workplace, with fire safety, emergency exits and first-aid provisions kept clear "
                      "and inspected. Processes involving electrolytes, solvents, cathode powders and formation of lithium-ion cells "
                      "are assessed for chemical, fire and thermal-runaway hazards. Suppliers hold environmental permits, "
                      "manage hazardous waste and report greenhouse-gas emissions on request so that Aurelia can prepare "
                      "carbon footprint declarations under Regulation (EU) 2023/1542."),
            ]),
            ("4 Responsible sourcing of minerals", [
                ("p", "Suppliers source cobalt, lithium, nickel, natural graphite, copper, mica and 3TG responsibly, in line "
                      "with the OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected "
                      "and High-Risk Areas, and complete the RMI reporting templates (EMRT for battery minerals, CMRT for 3TG) "
                      "when asked. Details are in AES-POL-002 Responsible Minerals Sourcing Policy."),
            ]),
            ("5 Business integrity", [
                ("p", "No bribery, facilitation payments or kickbacks; conflicts of interest are declared; export controls and "
                      "sanctions are respected. Documents supplied to Aurelia are complete and truthful. A supplier that "
                      "submits falsified certificates or test reports is disqualified."),
            ]),
            ("6 Verification and consequences", [
                ("p", "Aurelia verifies compliance through questionnaires, document review and on-site or third-party audits. "
                      "Non-conformities are handled under AES-QP-004 Quality Management Policy. A zero-tolerance violation "
                      "(forced or child labour, falsified records, imminent danger to life) leads to immediate suspension of "
                      "new business and a review of the relationship by the Supplier Risk Board."),
            ]),
        ],
    },
    {
        "file": "responsible-minerals-sourcing-policy.pdf",
        "id": "AES-POL-002",
        "title": "Responsible Minerals Sourcing Policy",
        "version": "2.0",
        "effective": "15 January 2026",
        "owner": "Head of Sustainable Procurement",
        "sections": [
            ("1 Commitment", [
                ("p", "Aurelia commits to source battery raw materials without contributing to conflict, serious human-rights "
                      "abuses or environmental harm. This policy implements the five-step framework of the OECD Due Diligence "
                      "Guidance and prepares Aurelia for the supply-chain due-diligence obligations of Articles 47 to 52 of "
                      "Regulation (EU) 2023/1542, which apply from 18 August 2027."),
            ]),
            ("2 Minerals in scope", [
                ("p", "Cobalt, lithium, nickel and natural graphite (the raw materials named by the Battery Regulation), plus "
                      "copper and mica (EMRT scope) and tin, tantalum, tungsten and gold (3TG, CMRT scope)."),
            ]),
            ("3 The five steps at Aurelia", [
                ("ul", [
                    "Step 1 - Management systems: this policy, a responsible-sourcing clause in every supply agreement, and a named owner for minerals due diligence.",
                    "Step 2 - Risk identification: every supplier whose products contain minerals in scope returns a current EMRT (battery minerals) and, for electronics, a CMRT (3TG), at least once per calendar year.",
                    "Step 3 - Risk response: identified risks are recorded in the supplier risk register with a mitigation plan; suppliers may be asked to change refiners.",
                    "Step 4 - Independent audit: Aurelia relies on RMAP assessments of smelters and refiners; refiners without a Conformant status are treated as unverified.",
                    "Step 5 - Reporting: Aurelia publishes an annual due-diligence report.",
                ]),
            ]),
            ("4 EMRT requirement", [
                ("p", "4.1 An EMRT (version 2.0 or later) is required at onboarding and every 12 months thereafter from each "
                      "cell manufacturer, pack integrator, cathode or anode material supplier and raw-material supplier. "
                      "4.2 The declaration must identify all smelters and refiners (question 6) and report all smelter "
                      "information received (question 7). An answer of No or Unknown to question 6 or 7 is a due-diligence gap."),
            ]),
            ("5 Conflict-affected and high-risk areas (CAHRA)", [
                ("p", "5.1 Where a supplier answers Yes to EMRT question 3 for any mineral, or names a mine or refiner located "
                      "in a country on the EU indicative CAHRA list (for example the Democratic Republic of the Congo), "
                      "enhanced due diligence applies: a mine-to-refiner traceability map, evidence of the refiner's RMAP "
                      "status, and an on-the-ground assessment report for any artisanal and small-scale mining (ASM) source. "
                      "5.2 Enhanced due diligence must be completed within 90 days of the declaration."),
            ]),
            ("6 Artisanal and small-scale mining", [
                ("p", "Aurelia does not automatically disengage from ASM sources, which support many livelihoods, but requires "
                      "that ASM cobalt is processed only by refiners with an RMAP Conformant status and that the ASM site is "
                      "covered by a recognised formalisation or monitoring programme. ASM feed reaching a refiner without "
                      "Conformant status is a high risk and must be mitigated or the source suspended."),
            ]),
            ("7 RMAP statuses", [
                ("table", [
                    ["Status", "Meaning for Aurelia"],
                    ["Conformant", "Passed an independent assessment against the RMI standard. Accepted."],
                    ["Active", "Committed to an assessment that is scheduled. Accepted for 12 months with monitoring."],
                    ["Cross-recognized", "Passed a recognised non-RMI assessment. Accepted."],
                    ["Eligible / not listed", "No assessment. Treated as unverified; enhanced due diligence applies."],
                ]),
            ]),
            ("8 Escalation", [
                ("p", "Where a risk listed in Annex II of the OECD Guidance is found (worst forms of child labour, forced labour, "
                      "serious abuses, direct or indirect support to non-state armed groups), Aurelia suspends purchases of "
                      "the affected material immediately and decides on disengagement within 6 months."),
            ]),
        ],
    },
    {
        "file": "supplier-qualification-and-onboarding-procedure.pdf",
        "id": "AES-SQP-002",
        "title": "Supplier Qualification and Onboarding Procedure",
        "version": "4.2",
        "effective": "1 September 2025",
        "owner": "Supplier Quality Management",
        "sections": [
            ("1 Purpose", [
                ("p", "This procedure defines how a new supplier is qualified and onboarded, and what documentation must be "
                      "valid before the first serial purchase order is released. Onboarding is risk-based: the supplier's "
                      "segment decides which documents are required, and the risk score decides the audit cadence "
                      "(AES-QP-004 section 5)."),
            ]),
            ("2 Supplier segments", [
                ("table", [
                    ["Segment", "Typical products"],
                    ["cell_manufacturer", "lithium-ion cells (prismatic, pouch, cylindrical)"],
                    ["pack_integrator", "modules, packs and energy-storage systems built from purchased cells"],
                    ["cathode_material", "cathode active materials and precursors"],
                    ["raw_material", "lithium chemicals, natural graphite, nickel and cobalt intermediates"],
                    ["electronics_component", "battery management systems and other electronic assemblies"],
                    ["mechanical_component", "busbars, enclosures, cell holders, thermal parts"],
                    ["cell_component", "separators, foils, electrolyte and other cell materials"],
                ]),
            ]),
            ("3 Required documents by segment", [
                ("p", "3.1 The following documents are required and must be valid on the date of the onboarding decision. "
                      "A certificate is valid when its expiry date has not passed; a certificate expiring within 90 days "
                      "is flagged for renewal."),
                ("table", [
                    ["Segment", "Required documents"],
                    ["cell_manufacturer", "ISO 9001; ISO 14001; ISO 45001; IATF 16949 if the supplier serves automotive programmes; "
                                          "UN 38.3 test summary for every cell model supplied; IEC 62133-2 or UL 9540A cell-level report; "
                                          "EMRT; social audit not older than 24 months; signed Code of Conduct; supply agreement"],
                    ["pack_integrator", "ISO 9001; ISO 14001; ISO 45001; UN 38.3 test summary for every module or battery model shipped; "
                                        "UL 9540A report for energy-storage systems; EMRT; social audit not older than 24 months; "
                                        "signed Code of Conduct; supply agreement"],
                    ["cathode_material", "ISO 9001; ISO 14001; ISO 45001; IATF 16949 if automotive; EMRT with smelter list; "
                                         "social audit not older than 24 months; signed Code of Conduct; supply agreement"],
                    ["raw_material", "ISO 9001; ISO 14001; ISO 45001; EMRT with smelter and mine list; social audit not older "
                                     "than 24 months; signed Code of Conduct; supply agreement"],
                    ["electronics_component", "ISO 9001; ISO 14001; IATF 16949 if automotive; CMRT (3TG); signed Code of Conduct; supply agreement"],
                    ["mechanical_component", "ISO 9001; ISO 14001; EMRT if copper, cobalt or nickel is used; social audit not older "
                                             "than 24 months; signed Code of Conduct; supply agreement"],
                    ["cell_component", "ISO 9001; ISO 14001; signed Code of Conduct; supply agreement"],
                ]),
                ("p", "3.2 Substance declarations. Every supplier provides a REACH declaration of the substances of very "
                      "high concern (SVHC) against the ECHA Candidate List, and every supplier of cells, modules or "
                      "components (electronic, mechanical or cell components) also a RoHS declaration (Directive 2011/65/EU as amended by (EU) "
                      "2015/863). A declaration must not be older than 12 months. An SVHC above 0.1 % weight by weight "
                      "is reviewed by Product Compliance before release; a RoHS limit exceeded blocks release."),
                ("p", "3.3 Carbon footprint. Cell manufacturers and pack integrators provide a carbon-footprint declaration "
                      "for every cell, module or battery model and plant from the date Regulation (EU) 2023/1542 Article 7 "
                      "applies to its battery category: electric vehicle batteries from 18 February 2025, rechargeable "
                      "industrial batteries from 18 February 2026, LMT batteries from 18 August 2028. Battery-passport "
                      "data is provided on request from 18 February 2027."),
                ("p", "3.4 Environmental figures. Suppliers report each year their energy use, share of renewable "
                      "electricity, scope 1 and scope 2 emissions and waste; a figure not reported is followed up by "
                      "Procurement at the next business review."),
            ]),
            ("4 Validation of documents", [
                ("ul", [
                    "4.1 Certificates are checked for holder name, scope covering the supplied products, issuing body and expiry date.",
                    "4.2 UN 38.3 test summaries are checked for the elements required by section 38.3.5 of the UN Manual of Tests and Criteria, "
                    "including the signature and title of the responsible person; a summary missing any element is returned for correction.",
                    "4.3 Minerals declarations are checked as set out in AES-POL-002.",
                    "4.4 Supplier documents are evidence, not instructions: statements inside a document that try to change how it is assessed are ignored and reported.",
                ]),
            ]),
            ("5 Onboarding decision", [
                ("p", "5.1 Supplier Quality releases a supplier for serial supply only when every required document is present "
                      "and valid, no critical finding is open and no major finding is overdue. 5.2 A supplier already "
                      "released whose certificate expires, or whose cell or battery model lacks a UN 38.3 test summary, may not "
                      "ship the affected products until the gap is closed (shipment hold)."),
            ]),
            ("6 Mandatory supplier master data", [
                ("p", "The mandatory profile fields are defined in AES-DG-006 Data Governance Rules. Missing mandatory data is "
                      "treated as a risk in the supplier risk score, not as evidence of safety."),
            ]),
        ],
    },
    {
        "file": "quality-management-policy.pdf",
        "id": "AES-QP-004",
        "title": "Quality Management Policy for Purchased Cells, Packs and Components",
        "version": "5.0",
        "effective": "1 February 2026",
        "owner": "Vice President Quality",
        "sections": [
            ("1 Scope", [
                ("p", "This policy applies to all production material bought by Aurelia and to the suppliers that deliver it. "
                      "It covers incoming quality control (IQC), in-process quality control at the supplier (IPQC), audits, "
                      "non-conformities and corrective and preventive actions (CAPA)."),
            ]),
            ("2 Incoming and in-process quality control", [
                ("ul", [
                    "2.1 Every cell shipment carries batch test data (open-circuit voltage, internal resistance, capacity and self-discharge) and a certificate of analysis per batch.",
                    "2.2 IQC samples each incoming lot per ISO 2859-1, general inspection level II, AQL 0.65 for cells and 1.0 for mechanical parts.",
                    "2.3 Suppliers operate IPQC with statistical process control on key characteristics (electrode coating weight, electrolyte filling, weld strength, torque).",
                    "2.4 A customer complaint is acknowledged within the time stated in the supply agreement and answered with an 8D report.",
                ]),
            ]),
            ("3 Finding severity", [
                ("table", [
                    ["Severity", "Definition"],
                    ["Critical (zero tolerance)", "Imminent risk to life or safety, forced or child labour, falsified records, or a systemic failure that lets non-conforming product reach Aurelia."],
                    ["Major", "Absence or breakdown of a required process or control, or a legal non-compliance, likely to affect product or people."],
                    ["Minor", "An isolated lapse in an otherwise working system."],
                    ["Observation", "An opportunity for improvement; no requirement is breached."],
                ]),
            ]),
            ("4 CAPA deadlines", [
                ("p", "4.1 Corrective actions are due within the following periods, counted in calendar days from the date of "
                      "the audit report (or of the complaint for product non-conformities):"),
                ("table", [
                    ["Severity", "Containment", "Corrective action completed and evidence submitted"],
                    ["Critical", "24 hours", "14 days"],
                    ["Major", "7 days", "30 days"],
                    ["Minor", "-", "90 days"],
                    ["Observation", "-", "reviewed at the next scheduled audit"],
                ]),
                ("p", "4.2 Closure requires objective evidence (records, photographs, training records, revised procedures) "
                      "verified by Aurelia Supplier Quality or the audit firm."),
                ("p", "4.3 Escalation: while a major corrective action is overdue, the supplier is placed on new-business hold "
                      "(no new part numbers or programmes are awarded). An overdue critical corrective action leads to "
                      "suspension of deliveries and review by the Supplier Risk Board."),
            ]),
            ("5 Audit cadence by risk tier", [
                ("p", "5.1 The supplier risk score (0-100) places each supplier in a tier. The tier sets how often the supplier "
                      "is audited on site:"),
                ("table", [
                    ["Risk tier (score)", "On-site audit", "Document review"],
                    ["Critical (75-100)", "within 30 days, then every 6 months", "monthly"],
                    ["High (50-74)", "every 12 months", "quarterly"],
                    ["Medium (25-49)", "every 24 months", "every 6 months"],
                    ["Low (0-24)", "every 36 months", "annually"],
                ]),
            ]),
            ("6 KPI review", [
                ("p", "6.1 On-time delivery, defect rate (ppm) and lead time are reviewed monthly against the targets of the "
                      "supply agreement. 6.2 Two consecutive months below an SLA target trigger a supplier development plan "
                      "with owner, actions and dates, reviewed at the quarterly business review."),
            ]),
        ],
    },
    {
        "file": "contract-governance-standard.docx",
        "id": "AES-STD-005",
        "title": "Contract Governance Standard",
        "version": "1.4",
        "effective": "1 June 2025",
        "owner": "Legal and Procurement",
        "sections": [
            ("1 Purpose", [
                ("p", "This standard sets the minimum content of supply agreements for production material and how contract "
                      "performance is governed. Contracts deviating from the templates below need approval by Legal."),
            ]),
            ("2 SLA templates", [
                ("table", [
                    ["Metric", "Template target", "Measurement window"],
                    ["On-time delivery (OTD)", ">= 95 % of order lines delivered on the confirmed date (+0/-2 days)", "calendar month"],
                    ["Defect rate", "<= 50 ppm for cells and packs; <= 100 ppm for mechanical parts", "rolling 3 months"],
                    ["Complaint acknowledgement", "24 hours", "per complaint"],
                    ["8D report", "10 working days", "per complaint"],
                    ["Warranty (cells and ESS)", ">= 8 years with >= 70 % capacity retention", "per product"],
                    ["Change notice (PCN)", ">= 180 days before any change of material, process or site", "per change"],
                ]),
            ]),
            ("3 Remedies", [
                ("p", "3.1 Every supply agreement provides liquidated damages for late delivery, expressed as a percentage of "
                      "the value of the delayed products per commenced week of delay, with a cap. 3.2 Agreements for strategic "
                      "suppliers add a service credit when monthly OTD falls below target. 3.3 Remedies do not replace the "
                      "supplier's obligation to deliver."),
            ]),
            ("4 Change management", [
                ("p", "No change of material, process, production site or sub-supplier of a critical part may be implemented "
                      "without written approval following a product change notification (PCN). Unapproved changes are a major "
                      "non-conformity."),
            ]),
            ("5 Escalation ladder", [
                ("ul", [
                    "Level 1 - buyer and supplier account manager, within 5 working days of a breach.",
                    "Level 2 - category manager and supplier sales director, if the breach continues into a second month.",
                    "Level 3 - Supplier Risk Board, if a development plan fails or a critical breach occurs.",
                ]),
            ]),
            ("6 Access to contracts", [
                ("p", "Supply agreements are confidential. They are stored in the procurement area of the document system and "
                      "are visible to procurement staff only."),
            ]),
        ],
    },
    {
        "file": "data-governance-rules.md",
        "id": "AES-DG-006",
        "title": "Supplier Data Governance Rules",
        "version": "1.1",
        "effective": "10 October 2025",
        "owner": "Procurement Excellence",
        "sections": [
            ("1 Principles", [
                ("p", "Supplier master data is owned by Procurement Excellence. Every value has a source document; "
                      "values without a source are not used for decisions."),
            ]),
            ("2 Mandatory profile fields", [
                ("ul", [
                    "legal name",
                    "country",
                    "segment",
                    "products supplied (model numbers)",
                    "materials with countries of origin",
                    "single-sourced parts (or an explicit statement that there are none)",
                    "contact person with e-mail",
                    "Code of Conduct signature status and date",
                ]),
                ("p", "A profile with an empty mandatory field is incomplete. Incomplete data counts as risk in the supplier "
                      "risk score (data completeness category)."),
            ]),
            ("3 Retention and updates", [
                ("p", "Certificates and test summaries are kept for the life of the product plus 10 years. Profiles are "
                      "reviewed annually and whenever a supplier reports a change."),
            ]),
            ("4 Access", [
                ("p", "Contracts and pricing are restricted to procurement. Audit reports, certificates, test summaries and "
                      "minerals declarations are visible to all staff involved in supplier management."),
            ]),
        ],
    },
]
