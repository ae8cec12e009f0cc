"""The invented suppliers: who they are, what they make, where their materials come from.

A supplier is drawn once per corpus; its documents (kinds/*) are written from it, so a profile, a
certificate and a UN 38.3 summary of one supplier agree with each other the way real files do.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from evals.styles.vocab import FIRST, LAST, Ctx, fold

SEGMENTS = ["cell_manufacturer", "pack_integrator", "cathode_material", "raw_material", "electronics_component",
            "mechanical_component", "cell_component"]
# dealt as a deck, so every corpus has its share of each segment (and so of UN 38.3 and safety reports)
SEGMENT_DECK = (["cell_manufacturer"] * 3 + ["pack_integrator"] * 3 + ["cathode_material"] * 2 + ["raw_material"] * 2
                + ["electronics_component"] * 2 + ["mechanical_component"] * 2 + ["cell_component"])

# Segment -> required documents (tools/policy.yaml, `segments`), kept here as data the generator plans
# complete suppliers from. `iatf` only when automotive; `emrt_if_metals` only with copper, cobalt or nickel.
REQUIRED: dict[str, list[str]] = {
    "cell_manufacturer": ["iso_9001", "iso_14001", "iso_45001", "iatf", "un38_3", "safety", "emrt", "social_audit",
                          "coc", "contract", "rohs", "reach", "carbon_footprint"],
    "pack_integrator": ["iso_9001", "iso_14001", "iso_45001", "un38_3", "ess_fire", "emrt", "social_audit", "coc",
                        "contract", "rohs", "reach", "carbon_footprint"],
    "cathode_material": ["iso_9001", "iso_14001", "iso_45001", "iatf", "emrt", "social_audit", "coc", "contract",
                         "reach"],
    "raw_material": ["iso_9001", "iso_14001", "iso_45001", "emrt", "social_audit", "coc", "contract", "reach"],
    "electronics_component": ["iso_9001", "iso_14001", "iatf", "cmrt", "coc", "contract", "rohs", "reach"],
    "mechanical_component": ["iso_9001", "iso_14001", "emrt_if_metals", "social_audit", "coc", "contract", "rohs",
                             "reach"],
    "cell_component": ["iso_9001", "iso_14001", "coc", "contract", "rohs", "reach"],
}
# Regulation (EU) 2023/1542 Art. 7 (tools/policy.yaml `carbon_footprint`): the category of a product kind, and the
# date from which a carbon-footprint declaration is due for each category
CF_CATEGORY = {"cell": "ev", "module": "industrial", "ess": "industrial"}
CF_DUE = {"ev": dt.date(2025, 2, 18), "industrial": dt.date(2026, 2, 18), "lmt": dt.date(2028, 8, 18)}
CERT_STANDARDS = {"iso_9001": "ISO 9001:2015", "iso_14001": "ISO 14001:2015", "iso_45001": "ISO 45001:2018",
                  "iatf": "IATF 16949:2016"}

COUNTRY_PROFILES: dict[str, dict] = {
    "Germany": {"lang": "de", "forms": ["GmbH", "AG", "GmbH & Co. KG"], "cities": ["Dresden", "Ulm", "Bochum",
                "Leipzig", "Heilbronn"], "tld": "de", "post": "{5}"},
    "China": {"lang": "en", "forms": ["Co., Ltd.", "Technology Co., Ltd."], "cities": ["Suzhou", "Ningde",
              "Changzhou", "Shenzhen", "Hefei"], "tld": "cn", "post": "{6}", "loc": True},
    "Japan": {"lang": "en", "forms": ["K.K.", "Co., Ltd.", "Corporation"], "cities": ["Osaka", "Nagoya", "Hamamatsu"],
              "tld": "jp", "post": "{3}-{4}"},
    "South Korea": {"lang": "en", "forms": ["Co., Ltd.", "Corp."], "cities": ["Cheongju", "Ulsan", "Pohang"],
                    "tld": "kr", "post": "{5}"},
    "Taiwan": {"lang": "en", "forms": ["Co., Ltd.", "Corp."], "cities": ["Taoyuan", "Hsinchu"], "tld": "tw",
               "post": "{3}"},
    "India": {"lang": "en", "forms": ["Pvt. Ltd.", "Private Limited", "Ltd."], "cities": ["Pune", "Chennai",
              "Bengaluru"], "tld": "in", "post": "{6}"},
    "France": {"lang": "fr", "forms": ["S.A.S.", "S.A."], "cities": ["Lyon", "Douai", "Grenoble"], "tld": "fr",
               "post": "{5}"},
    "Spain": {"lang": "es", "forms": ["S.A.", "S.L."], "cities": ["Valencia", "Zaragoza", "Bilbao"], "tld": "es",
              "post": "{5}"},
    "Chile": {"lang": "es", "forms": ["S.A.", "SpA"], "cities": ["Antofagasta", "Santiago"], "tld": "cl",
              "post": "{7}"},
    "Mexico": {"lang": "es", "forms": ["S.A. de C.V."], "cities": ["Monterrey", "Querétaro"], "tld": "mx",
               "post": "{5}"},
    "Sweden": {"lang": "en", "forms": ["AB"], "cities": ["Västerås", "Skellefteå"], "tld": "se", "post": "{3} {2}"},
    "Poland": {"lang": "en", "forms": ["Sp. z o.o."], "cities": ["Wrocław", "Gliwice"], "tld": "pl", "post": "{2}-{3}"},
    "Czech Republic": {"lang": "en", "forms": ["s.r.o.", "a.s."], "cities": ["Plzeň", "Brno"], "tld": "cz",
                       "post": "{3} {2}"},
    "United States": {"lang": "en", "forms": ["Inc.", "LLC", "Corp."], "cities": ["Reno", "Austin", "Charlotte"],
                      "tld": "com", "post": "{5}"},
    "Finland": {"lang": "en", "forms": ["Oy"], "cities": ["Vaasa", "Kokkola"], "tld": "fi", "post": "{5}"},
    "Hungary": {"lang": "en", "forms": ["Kft.", "Zrt."], "cities": ["Debrecen", "Győr"], "tld": "hu", "post": "{4}"},
    "Australia": {"lang": "en", "forms": ["Pty Ltd"], "cities": ["Perth", "Kwinana"], "tld": "com.au", "post": "{4}"},
    "Indonesia": {"lang": "en", "forms": ["PT"], "cities": ["Morowali", "Batam"], "tld": "co.id", "post": "{5}"},
    "Morocco": {"lang": "fr", "forms": ["S.A.R.L.", "S.A."], "cities": ["Kenitra", "Tanger"], "tld": "ma",
                "post": "{5}"},
}
SEGMENT_COUNTRIES: dict[str, list[str]] = {
    "cell_manufacturer": ["China", "South Korea", "Japan", "Germany", "Poland", "Hungary", "Sweden", "United States"],
    "pack_integrator": ["Germany", "China", "Czech Republic", "France", "Spain", "United States", "Mexico", "India"],
    "cathode_material": ["China", "South Korea", "Finland", "Poland", "Japan", "Morocco"],
    "raw_material": ["Chile", "Australia", "Indonesia", "China", "Finland", "Morocco"],
    "electronics_component": ["Taiwan", "Germany", "China", "Japan", "India", "Mexico"],
    "mechanical_component": ["Germany", "China", "India", "Czech Republic", "Spain", "Mexico"],
    "cell_component": ["Japan", "South Korea", "China", "Germany", "France", "United States"],
}
ROOTS = ["Kestrel", "Voltara", "Huayu", "Nordlicht", "Sakurai", "Andesita", "Gangotri", "Elbtal", "Borealis",
         "Minato", "Tianhe", "Solvara", "Quarzo", "Hanbit", "Lumora", "Ferrovia", "Keystone", "Aurum Vale",
         "Pinecrest", "Zhongxin", "Ostwind", "Maretta", "Kaizen-Denko", "Sierra Alta", "Baltica", "Rivana", "Cobaltia",
         "Graphitex", "Helion", "Tessellate", "Vireo", "Yamabuki", "Eastgate", "Polaris", "Kolibri", "Anvaya",
         "Mistral", "Orinoco", "Seoyeon", "Jinlong", "Altavia", "Brightwater", "Camino", "Dunmore", "Ebro",
         "Fjellkraft", "Granada", "Ishikari", "Juniper", "Karoo", "Lanzhou Yuan", "Meridia", "Nakoda", "Odra",
         "Pelican Bay", "Qilin", "Rheinau", "Saale", "Tarragona", "Urals West", "Vltava", "Wolfsberg", "Xiamen Hengda",
         "Yarra", "Zephyr"]
DESCRIPTORS: dict[str, list[str]] = {
    "cell_manufacturer": ["Cell Technologies", "Energy", "Battery", "Power Cells", "New Energy Technology"],
    "pack_integrator": ["Battery Systems", "Energy Storage", "Power Systems", "Pack Solutions"],
    "cathode_material": ["Cathode Materials", "Advanced Materials", "Energy Materials"],
    "raw_material": ["Lithium", "Cobalt Refining", "Graphite", "Nickel Industri", "Mining & Refining"],
    "electronics_component": ["Electronics", "BMS Electronics", "Circuits"],
    "mechanical_component": ["Precision Metals", "Components", "Stamping", "Busbar Systems"],
    "cell_component": ["Separator Films", "Electrolytes", "Foils", "Chemical"],
}
STREETS = ["Industriestraße", "Harbour Road", "Avenue de l'Europe", "Calle de la Innovación", "Science Park Road",
           "Technology Avenue", "Gewerbepark", "Rue des Forges", "Nanhu Road", "Station Road"]


@dataclass
class Product:
    model: str
    ptype: str  # the type as the profile states it
    kind: str  # cell, module, ess, other
    capacity: str  # "3.5 Ah", "48 V / 100 Ah", ...
    watt_hours: float | None = None
    mass_g: float | None = None
    chemistry: str = "lithium-ion"


@dataclass
class Supplier:
    folder: str
    legal_name: str
    short: str
    country: str
    city: str
    address: str
    lang: str
    segment: str
    automotive: bool
    products: list[Product]
    materials: dict[str, list[str]]
    single_sourced: list[str]
    contact_email: str
    contact_name: str
    coc_signed: bool | None
    coc_date: dt.date | None
    prefix: str
    complete: bool = False
    group: str | None = None
    docs: list = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)


def _digits(ctx: Ctx, pattern: str) -> str:
    return re.sub(r"\{(\d)\}", lambda m: "".join(str(ctx.randint(0, 9)) for _ in range(int(m.group(1)))), pattern)


def _prefix(short: str, used: set[str]) -> str:
    words = [w for w in re.split(r"[^A-Za-z]+", short) if w]
    base = "".join(w[0] for w in words[:3]).upper()
    if len(base) < 2:
        base = (words[0][:3] if words else "XX").upper()
    cand, n = base, 2
    while cand in used:
        cand, n = f"{base}{n}", n + 1
    used.add(cand)
    return cand


def _products(ctx: Ctx, segment: str, p: str) -> list[Product]:
    out: list[Product] = []
    if segment == "cell_manufacturer":
        for _ in range(ctx.randint(1, 3)):
            shape = ctx.pick(["cylindrical", "pouch", "prismatic"])
            lfp = ctx.chance(0.35)
            volt = 3.2 if lfp else 3.6
            if shape == "cylindrical":
                size = ctx.pick(["18650", "21700", "4680"])
                ah = {"18650": ctx.pick([2.5, 3.0, 3.5]), "21700": ctx.pick([4.0, 4.8, 5.0]),
                      "4680": ctx.pick([22.0, 25.0])}[size]
                model = f"{p}-{size}-{int(ah * 10) if ah < 10 else int(ah)}{ctx.pick(['', 'E', 'HP'])}"
                mass = {"18650": 47.0, "21700": 69.0, "4680": 355.0}[size]
            elif shape == "pouch":
                ah = float(ctx.pick([20, 40, 60, 75]))
                model = f"{p}-P{int(ah)}{ctx.pick(['', 'N', '-HE'])}"
                mass = round(ah * 14.5, 0)
            else:
                ah = float(ctx.pick([50, 100, 160, 280, 314]))
                model = f"{p}-{'LFP' if lfp else 'NMC'}{int(ah)}"
                mass = round(ah * 19.0, 0)
            ptype = f"{'LFP ' if lfp and ctx.chance(0.5) else ''}{shape} cell"
            out.append(Product(model, ptype, "cell", f"{_ah(ah)} Ah", round(volt * ah, 1), mass))
    elif segment == "pack_integrator":
        for _ in range(ctx.randint(1, 2)):
            v, ah = ctx.pick([(48, 100), (51.2, 280), (96, 60), (400, 150)])
            if v >= 400:
                model, ptype = f"{p}-PK{int(v)}", "battery pack"
            else:
                model, ptype = f"{p}-M{int(v)}-{ah}", ctx.pick(["battery module", "battery module (LFP)"])
            wh = round(v * ah, 1)
            out.append(Product(model, ptype, "module", f"{_ah(v)} V / {ah} Ah", wh, round(wh * 6.5, 0)))
        if ctx.chance(0.6):
            mwh = ctx.pick([1.2, 2.5, 3.7, 5.0])
            out.append(Product(f"{p}-ESS-{int(mwh * 1000)}", ctx.pick(["containerised energy storage system",
                               "energy storage system (cabinet)", "ESS container"]), "ess", f"{_ah(mwh)} MWh"))
    else:
        pools = {
            "cathode_material": [("NMC811 cathode active material", "CAM-811"), ("LFP cathode powder", "LFP-C2"),
                                 ("NCM622 precursor (pCAM)", "PRE-622"), ("LMFP cathode material", "LMFP-5")],
            "raw_material": [("lithium hydroxide monohydrate, battery grade", "LiOH-BG"),
                             ("cobalt sulphate heptahydrate", "CoSO4-21"), ("spherical graphite SPG-15", "SPG15"),
                             ("nickel sulphate hexahydrate", "NiSO4-22"),
                             ("lithium carbonate, battery grade", "LC-99")],
            "electronics_component": [("BMS master board", "BMU-4"), ("cell monitoring unit, 12 channels", "CMU-12"),
                                      ("current sensor 500 A", "CS500"), ("contactor driver PCBA", "CDR-2")],
            "mechanical_component": [("aluminium module housing", "HSG-A3"), ("copper busbar, tin plated", "BB-CU7"),
                                     ("nickel-plated steel can", "CAN-21"), ("cooling plate", "CP-600")],
            "cell_component": [("separator film 12 µm, ceramic coated", "SEP-12C"),
                               ("electrolyte LiPF6 1.2 M", "ELY-12"),
                               ("copper foil 6 µm", "CUF-6"), ("aluminium foil 12 µm", "ALF-12")],
        }[segment]
        for ptype, code in ctx.sample(pools, ctx.randint(1, min(3, len(pools)))):
            out.append(Product(f"{p}-{code}", ptype, "other", ""))
    # one model per name: a second draw of the same size gets a suffix
    seen: set[str] = set()
    for prod in out:
        while prod.model in seen:
            prod.model += "B"
        seen.add(prod.model)
    return out


def _ah(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


MATERIAL_ORIGINS: dict[str, list[list[str]]] = {
    "cobalt": [["Democratic Republic of the Congo", "Zambia"], ["Democratic Republic of the Congo"], ["Australia"],
               ["Indonesia", "Philippines"], ["Canada", "Australia"]],
    "nickel": [["Indonesia"], ["Indonesia", "Philippines"], ["Australia", "Canada"], ["Finland"]],
    "lithium": [["Australia", "Chile"], ["Chile"], ["Argentina", "Chile"], ["Australia"]],
    "graphite": [["China"], ["Mozambique"], ["China", "Mozambique"], ["Canada"]],
    "manganese": [["South Africa", "Gabon"], ["South Africa"]],
    "copper": [["Chile", "Peru"], ["Democratic Republic of the Congo", "Zambia"], ["Chile"], ["Peru"]],
    "aluminium": [["China"], ["Canada", "Morocco"], ["Australia"]],
    "tin": [["Indonesia", "Malaysia"], ["Bolivia", "Peru"], ["Myanmar", "China"]],
    "tantalum": [["Rwanda", "Brazil"], ["Democratic Republic of the Congo", "Rwanda"], ["Australia"]],
    "gold": [["Peru", "Canada"], ["Australia"]],
}
SEGMENT_MATERIALS: dict[str, list[str]] = {
    "cell_manufacturer": ["cobalt", "nickel", "lithium", "graphite"],
    "pack_integrator": ["copper", "aluminium", "cobalt"],
    "cathode_material": ["cobalt", "nickel", "lithium", "manganese"],
    "raw_material": ["lithium", "cobalt", "graphite", "nickel"],
    "electronics_component": ["tin", "tantalum", "gold", "copper"],
    "mechanical_component": ["aluminium", "copper", "nickel"],
    "cell_component": ["copper", "aluminium", "lithium", "graphite"],
}
SINGLE_SOURCE_POOL: dict[str, list[str]] = {
    "cell_manufacturer": ["NMC811 precursor (pCAM)", "ceramic-coated separator", "electrolyte additive FEC",
                          "cylindrical cell cans"],
    "pack_integrator": ["BMS master board", "thermal interface pads", "module busbars", "liquid cooling plates"],
    "cathode_material": ["nickel sulphate", "lithium hydroxide", "manganese sulphate"],
    "raw_material": ["sulphuric acid", "ion-exchange resin", "kiln refractory lining"],
    "electronics_component": ["AFE chip (cell monitoring ASIC)", "shunt resistor", "automotive connector"],
    "mechanical_component": ["aluminium extrusion profile", "tin plating bath chemicals"],
    "cell_component": ["PE base film", "LiPF6 salt", "electrolytic copper"],
}


# Past the named roots (a corpus of hundreds of suppliers), invented ones: two or three syllables, never repeated.
SYLLABLES = ["ka", "lor", "vin", "tes", "mar", "do", "ri", "zen", "qua", "bel", "tor", "nia", "sol", "vex", "lum",
             "ari", "ost", "cor", "den", "fal", "gra", "hel", "ish", "jun", "kol", "mei", "nor", "pra", "sun", "tal",
             "ul", "var", "wen", "xin", "yar", "zo", "bri", "cas", "eli", "fen"]


def _invented_root(ctx: Ctx, used: set[str]) -> str:
    while True:
        word = "".join(ctx.pick(SYLLABLES) for _ in range(ctx.pick([2, 2, 3]))).capitalize()
        root = f"{word} {ctx.pick(['Hengli', 'Nord', 'Pacific', 'Andina', 'Alpine', 'Delta'])}" \
            if ctx.chance(0.2) else word
        if root not in used and len(word) > 3:
            return root


def make_suppliers(ctx: Ctx, n: int, *, shared_legal_names: bool = False) -> list[Supplier]:
    """`n` suppliers with distinct folder names; about one in eight is one of two sites of a group sharing its name.
    With `shared_legal_names` (the scale corpus), half of those groups' sites also share one legal name."""
    used_roots: set[str] = set()
    used_prefixes: set[str] = set()
    out: list[Supplier] = []
    while len(out) < n:
        segment = ctx.style("segment", SEGMENT_DECK)
        unused = [r for r in ROOTS if r not in used_roots]
        root = ctx.pick(unused) if unused else _invented_root(ctx, used_roots)
        used_roots.add(root)
        descriptor = ctx.pick(DESCRIPTORS[segment])
        group_sites = 2 if (ctx.chance(0.12) and n - len(out) >= 2) else 1
        countries = ctx.sample(SEGMENT_COUNTRIES[segment], group_sites)
        for i, country in enumerate(countries):
            out.append(_supplier(ctx, root, descriptor, segment, country, used_prefixes,
                                 group=f"{root} {descriptor}" if group_sites > 1 else None, site_index=i))
        if group_sites > 1 and shared_legal_names and ctx.chance(0.5):
            out[-1].legal_name = out[-2].legal_name  # one company, two sites, one legal name on both profiles
    folders: set[str] = set()
    for supplier in out[:n]:  # a folder name is an id: a second "Kestrel Energy" becomes "Kestrel Energy 2"
        base, k = supplier.folder, 2
        while supplier.folder in folders:
            supplier.folder, k = f"{base} {k}", k + 1
        folders.add(supplier.folder)
    return out[:n]


def _supplier(ctx: Ctx, root: str, descriptor: str, segment: str, country: str, used_prefixes: set[str],
              group: str | None, site_index: int) -> Supplier:
    cp = COUNTRY_PROFILES[country]
    city = ctx.pick(cp["cities"])
    form = ctx.pick(cp["forms"])
    short = f"{root} {descriptor}"
    if form == "PT":
        legal = f"PT {short} Indonesia"
    elif cp.get("loc") and ctx.chance(0.6):
        legal = f"{short} ({city}) {form}"
    elif country == "India" and ctx.chance(0.5):
        legal = f"{short} India {form}"
    else:
        legal = f"{short} {form}"
    if group:
        folder = f"{short} – {city} {'plant' if site_index == 0 else 'site'}"
    else:
        folder = ctx.pick([short, short, legal.rstrip("."), f"{short} ({country})" if ctx.chance(0.3) else short])
    prefix = _prefix(short, used_prefixes)
    street = ctx.pick(STREETS)
    address = f"{ctx.randint(1, 180)} {street}, {_digits(ctx, cp['post'])} {city}"
    automotive = segment in ("cell_manufacturer", "cathode_material", "electronics_component") and ctx.chance(0.6)
    products = _products(ctx, segment, prefix)
    materials: dict[str, list[str]] = {}
    for mat in ctx.sample(SEGMENT_MATERIALS[segment], ctx.randint(1, min(3, len(SEGMENT_MATERIALS[segment])))):
        materials[mat] = list(ctx.pick(MATERIAL_ORIGINS.get(mat, [["China"]])))
    single = ctx.sample(SINGLE_SOURCE_POOL[segment], ctx.randint(0, 2))
    first, last = ctx.pick(FIRST), ctx.pick(LAST)
    domain = fold(root).replace(" ", "") + "-" + fold(descriptor).split(" ")[0] + "." + cp["tld"]
    email = f"{fold(first).replace(' ', '')}.{fold(last).replace(' ', '')}@{domain}"
    coc = ctx.pick([True] * 8 + [False] * 2 + [None])
    coc_date = ctx.date_between(dt.date(2024, 1, 10), dt.date(2026, 9, 30)) if coc else None
    return Supplier(folder=folder, legal_name=legal, short=short, country=country, city=city, address=address,
                    lang=cp["lang"], segment=segment, automotive=automotive, products=products, materials=materials,
                    single_sourced=single, contact_email=email, contact_name=f"{first} {last}", coc_signed=coc,
                    coc_date=coc_date, prefix=prefix, group=group)
