"""What each sample supplier declares on RoHS, REACH, product carbon footprint and its operational ESG figures
(issue #17), rendered by compliance_docs.py. Situations as of 15 November 2026 (corpus/README.md):
- Huaxin: a combined RoHS/REACH letter of 10 March 2025 (older than 12 months), a verified carbon footprint for
  HX-LFP280 (industrial) and none for HX-LFP314; ESG figures for 2024 and 2025.
- Nordvolt: a combined form claiming RoHS exemption 6(c); a carbon footprint for NV-PACK-48, none for NV-ESS-215;
  a 2025 report with no scope 2 figure.
- Jiangxi Ruifeng: a REACH declaration naming cobalt sulphate above 0.1 %; no RoHS declaration (a material).
- Kestrel: a portal export of RoHS (exemption 7(c)-I) and REACH (no SVHC); self-declared carbon footprints for
  both cell models (no verifier).
- Pearl River: a RoHS (exemption 6(b)-I) and REACH letter.
- Volta: RoHS (exemptions 7(a), 7(c)-I) and REACH naming lead in connector pins.
- Solaris: RoHS/REACH letter and verified carbon footprints for both its models.
- Andes, Meridian: REACH declarations without SVHC; Andes reports FY2025 figures (energy in GJ).
- Sakura: separate RoHS and REACH forms, a verified carbon footprint with recycled content, ESG 2024 and 2025.
- Rhein: a combined RoHS/REACH letter, nothing to declare.
Every company, person and number is invented."""

from __future__ import annotations

import datetime as dt

D = dt.date
CRADLE_TO_GRAVE = "cradle-to-grave"
ESG_METRICS = ("energy_use", "renewable_electricity", "scope1", "scope2", "waste")

COMPLIANCE: dict[str, dict] = {
    "Huaxin Energy Storage": {
        "substances": {"style": "letter", "issued": D(2025, 3, 10), "signatory": ("Liu Yang", "Quality Director"),
                       "rohs": {"exemptions": []}, "reach": {"list_date": D(2024, 6, 27), "entries": 241, "svhcs": []},
                       "products": ["HX-LFP280", "HX-LFP314"]},
        "carbon": [{"model": "HX-LFP280", "category": "industrial", "plant": "Zhaoqing, Guangdong, China",
                    "value": 52.4, "stages": CRADLE_TO_GRAVE, "method": "ISO 14067:2018",
                    "verifier": "Alpine Certification Services AG", "issued": D(2026, 4, 2), "recycled": {}}],
        "esg": {"style": "table", "periods": ["2024", "2025"],
                "figures": {"energy_use": [61200, 64850], "renewable_electricity": [18, 22], "scope1": [3120, 3050],
                            "scope2": [38400, 39100], "waste": [2210, 2380]}},
    },
    "Nordvolt Batteries": {
        "substances": {"style": "form", "issued": D(2026, 2, 20), "signatory": ("Karin Lindqvist", "Head of Quality"),
                       "rohs": {"exemptions": ["6(c)"]}, "reach": {"list_date": D(2025, 6, 25), "entries": 250,
                                                                   "svhcs": []},
                       "products": ["NV-PACK-48", "NV-ESS-215"]},
        "carbon": [{"model": "NV-PACK-48", "category": "industrial", "plant": "Västerås, Sweden", "value": 44.7,
                    "stages": CRADLE_TO_GRAVE, "method": "PEFCR for rechargeable batteries",
                    "verifier": "Nordic Verification AS", "issued": D(2026, 3, 16), "recycled": {"lead": 0.0}}],
        "esg": {"style": "prose", "periods": ["2025"],
                "figures": {"energy_use": [18450], "renewable_electricity": [92], "scope1": [410], "waste": [640]}},
    },
    "Jiangxi Ruifeng New Materials": {
        "substances": {"style": "form", "issued": D(2026, 5, 12), "signatory": ("Zhou Min", "EHS Manager"),
                       "reach": {"list_date": D(2025, 6, 25), "entries": 250,
                                 "svhcs": [("Cobalt sulphate", "10124-43-3", 0.6)]},
                       "products": ["RF-NCM811", "RF-NCM622"]},
    },
    "Kestrel Cell Technologies": {
        "substances": {"style": "portal", "issued": D(2026, 8, 3), "signatory": ("Nguyen Thi Lan", "Compliance Lead"),
                       "rohs": {"exemptions": ["7(c)-I"]}, "reach": {"list_date": D(2026, 1, 21), "entries": 253,
                                                                     "svhcs": []},
                       "products": ["KC-NMC-30P", "KC-NMC-50P"]},
        "carbon": [{"model": "KC-NMC-30P", "category": "ev", "plant": "Bac Ninh, Vietnam", "value": 71.9,
                    "stages": CRADLE_TO_GRAVE, "method": "ISO 14067:2018", "verifier": None,
                    "issued": D(2026, 6, 8), "recycled": {}},
                   {"model": "KC-NMC-50P", "category": "ev", "plant": "Bac Ninh, Vietnam", "value": 69.4,
                    "stages": CRADLE_TO_GRAVE, "method": "ISO 14067:2018", "verifier": None,
                    "issued": D(2026, 6, 8), "recycled": {}}],
    },
    "Pearl River Battery Components": {
        "substances": {"style": "letter", "issued": D(2026, 1, 19), "signatory": ("Chen Hao", "General Manager"),
                       "rohs": {"exemptions": ["6(b)-I"]}, "reach": {"list_date": D(2025, 6, 25), "entries": 250,
                                                                     "svhcs": []},
                       "products": ["PR-BB-series", "PR-ENC-48"]},
    },
    "Volta BMS Electronics": {
        "substances": {"style": "form", "issued": D(2026, 6, 30), "signatory": ("Dr. Jana Vogel", "Head of Compliance"),
                       "rohs": {"exemptions": ["7(a)", "7(c)-I"]},
                       "reach": {"list_date": D(2025, 6, 25), "entries": 250,
                                 "svhcs": [("Lead (connector pins, brass alloy)", "7439-92-1", 0.25)]},
                       "products": ["VB-BMS-16S", "VB-CMU-12"]},
    },
    "Solaris ESS Solutions": {
        "substances": {"style": "letter", "issued": D(2026, 5, 5), "signatory": ("Arjun Mehta", "Quality Head"),
                       "rohs": {"exemptions": []}, "reach": {"list_date": D(2025, 6, 25), "entries": 250, "svhcs": []},
                       "products": ["SOL-M-51", "SOL-C-1000"]},
        "carbon": [{"model": "SOL-M-51", "category": "industrial", "plant": "Chakan, Pune, India", "value": 49.8,
                    "stages": CRADLE_TO_GRAVE, "method": "PEFCR for rechargeable batteries",
                    "verifier": "Bureau Veritas India", "issued": D(2026, 7, 14), "recycled": {}},
                   {"model": "SOL-C-1000", "category": "industrial", "plant": "Chakan, Pune, India", "value": 47.2,
                    "stages": CRADLE_TO_GRAVE, "method": "PEFCR for rechargeable batteries",
                    "verifier": "Bureau Veritas India", "issued": D(2026, 7, 14), "recycled": {}}],
    },
    "Andes Lithium Chemicals": {
        "substances": {"style": "letter", "issued": D(2026, 3, 2), "signatory": ("María José Fuentes",
                                                                                 "Regulatory Affairs Manager"),
                       "reach": {"list_date": D(2025, 6, 25), "entries": 250, "svhcs": []},
                       "products": ["ALC-LC-BG"]},
        "esg": {"style": "table", "periods": ["FY2025"], "unit_energy": "GJ",
                "figures": {"energy_use": [412000], "renewable_electricity": [71], "scope1": [5980],
                            "scope2": [1240], "waste": [830]}},
    },
    "Meridian Graphite": {
        "substances": {"style": "portal", "issued": D(2026, 4, 20), "signatory": ("Peter Mushi", "Quality Manager"),
                       "reach": {"list_date": D(2025, 6, 25), "entries": 250, "svhcs": []},
                       "products": ["MG-SPG-15"]},
    },
    "Sakura Precision Cells": {
        "substances": {"style": "separate", "issued": D(2026, 7, 1), "signatory": ("Yuko Tanaka", "CSR Manager"),
                       "rohs": {"exemptions": []}, "reach": {"list_date": D(2026, 1, 21), "entries": 253,
                                                             "svhcs": []},
                       "products": ["SPC-21700-50E"]},
        "carbon": [{"model": "SPC-21700-50E", "category": "ev", "plant": "Sakai, Osaka, Japan", "value": 58.3,
                    "stages": CRADLE_TO_GRAVE, "method": "ISO 14067:2018",
                    "verifier": "TÜV Rheinland LGA Products GmbH", "issued": D(2026, 5, 28),
                    "recycled": {"cobalt": 16.0, "lithium": 6.0, "nickel": 6.0}}],
        "esg": {"style": "table", "periods": ["2024", "2025"],
                "figures": {"energy_use": [96300, 98100], "renewable_electricity": [41, 55], "scope1": [2890, 2740],
                            "scope2": [27600, 21900], "waste": [1540, 1490]}},
    },
    "Rhein Separator Films": {
        "substances": {"style": "letter", "issued": D(2026, 9, 1), "signatory": ("Dr. Markus Adler",
                                                                                 "Head of Product Safety"),
                       "rohs": {"exemptions": []}, "reach": {"list_date": D(2025, 6, 25), "entries": 250,
                                                             "svhcs": []},
                       "products": ["RSF-PE12C"]},
    },
}
