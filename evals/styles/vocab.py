"""Words, labels, dates and numbers the way different suppliers write them.

Every label has synonyms in English and, where suppliers use them, German, French and Spanish. A
synonym wrapped in `Held(...)` is held out: only the test split (see README.md) uses it, so a label
that an extractor learned from the development split cannot make the test split look easy.
The country and material alias tables are shared with the scorer, which normalises what the product
extracted through the same tables (a fair comparison, not a tuned one).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


class Held(str):
    """A synonym used only in the test split."""

    __slots__ = ()


class Ctx:
    """Randomness and split for one corpus. `pick` never returns a held-out synonym in the dev split."""

    def __init__(self, seed: int, split: str, as_of: dt.date) -> None:
        self.rng = random.Random(seed)
        self.split = split
        self.as_of = as_of
        self._decks: dict[str, list[str]] = {}

    def style(self, kind: str, styles: Sequence[str]) -> str:
        """The next style of `kind` from a shuffled deck: every style comes round before any repeats, so a
        corpus covers all of a kind's styles as soon as it has that many documents of the kind."""
        deck = self._decks.setdefault(kind, [])
        if not deck:
            deck.extend(styles)
            self.rng.shuffle(deck)
        return deck.pop()

    def pick(self, options: Sequence[T]) -> T:
        usable = [o for o in options if self.split == "test" or not isinstance(o, Held)]
        return self.rng.choice(usable or list(options))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def randint(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def sample(self, seq: Sequence[T], k: int) -> list[T]:
        return self.rng.sample(list(seq), k)

    def shuffle(self, seq: list[T]) -> None:
        self.rng.shuffle(seq)

    def date_between(self, a: dt.date, b: dt.date) -> dt.date:
        return a + dt.timedelta(days=self.rng.randint(0, max(0, (b - a).days)))


# -- labels ------------------------------------------------------------------------------------------

LABELS: dict[str, dict[str, list[str]]] = {
    "cert_no": {
        "en": ["Certificate No.", "Certificate number", "Cert. No.", "Registration No.", "Certificate Registration No.",
               Held("Reg.-No."), Held("Certificate ID")],
        "de": ["Zertifikat-Nr.", "Zertifikat-Registrier-Nr.", "Registriernummer", Held("Urkunden-Nr.")],
        "fr": ["N° de certificat", "Certificat n°", "Numéro de certificat"],
        "es": ["N.º de certificado", "Número de certificado", "Certificado n.º"],
    },
    "valid_until": {
        "en": ["Valid until", "Expiry date", "Expiry", "Valid through", "Expiration date", "Certificate expiry",
               "Date of expiry", Held("Expires on"), Held("Certificate valid to")],
        "de": ["Gültig bis", "Gültigkeit bis", "Ablaufdatum", Held("Zertifikat gültig bis")],
        "fr": ["Date d'expiration", "Valable jusqu'au", "Validité jusqu'au", Held("Date de fin de validité")],
        "es": ["Válido hasta", "Fecha de vencimiento", "Fecha de caducidad", Held("Vigente hasta")],
    },
    "issued": {
        "en": ["Issue date", "Date of issue", "Issued", "Date of certification", "Current issue date",
               Held("Certificate issued on")],
        "de": ["Ausstellungsdatum", "Datum der Ausstellung", "Ausgestellt am"],
        "fr": ["Date d'émission", "Date de délivrance", "Émis le"],
        "es": ["Fecha de emisión", "Emitido el", "Fecha de expedición"],
    },
    "initial": {
        "en": ["Original certification date", "Initial certification", "First certified"],
        "de": ["Erstzertifizierung", "Datum der Erstzertifizierung"],
        "fr": ["Date de certification initiale", "Première certification"],
        "es": ["Fecha de certificación inicial", "Certificación inicial"],
    },
    "holder": {
        "en": ["Certificate holder", "Organisation", "Organization", "Company", "Client", Held("Certified entity")],
        "de": ["Zertifikatsinhaber", "Organisation", "Unternehmen"],
        "fr": ["Titulaire du certificat", "Organisme", "Société"],
        "es": ["Titular del certificado", "Organización", "Empresa"],
    },
    "issuer": {
        "en": ["Certification body", "Issued by", "Registrar", "Certifier", Held("Accredited body")],
        "de": ["Zertifizierungsstelle", "Ausgestellt von"],
        "fr": ["Organisme certificateur", "Délivré par"],
        "es": ["Organismo de certificación", "Emitido por"],
    },
    "standard": {
        "en": ["Standard", "Standard applied", "Management system standard", "Normative basis", Held("Requirements")],
        "de": ["Norm", "Regelwerk", "Prüfgrundlage"],
        "fr": ["Norme", "Référentiel"],
        "es": ["Norma", "Norma de referencia"],
    },
    "scope": {
        "en": ["Scope", "Scope of certification", "Field of application"],
        "de": ["Geltungsbereich", "Anwendungsbereich"],
        "fr": ["Domaine d'application", "Périmètre"],
        "es": ["Alcance", "Alcance de la certificación"],
    },
    "report_id": {
        "en": ["Test report No.", "Report number", "Report ID", "Report No.", "Test report reference",
               Held("Doc. ref.")],
        "de": ["Prüfbericht-Nr.", "Berichtsnummer"],
        "fr": ["N° du rapport d'essai", "Référence du rapport"],
        "es": ["N.º de informe", "Número de informe de ensayo"],
    },
    "report_date": {
        "en": ["Date of report", "Report date", "Date of issue", "Issued", "Test report date", Held("Dated")],
        "de": ["Berichtsdatum", "Datum des Berichts", "Ausgabedatum"],
        "fr": ["Date du rapport", "Date d'émission"],
        "es": ["Fecha del informe", "Fecha de emisión"],
    },
    "lab": {
        "en": ["Test laboratory", "Testing laboratory", "Laboratory", "Test lab", "Tested by", Held("Test house")],
        "de": ["Prüflabor", "Prüflaboratorium", "Prüfstelle"],
        "fr": ["Laboratoire d'essai", "Laboratoire"],
        "es": ["Laboratorio de ensayo", "Laboratorio"],
    },
    "model": {
        "en": ["Model", "Model number", "Type designation", "Model/Type reference", "Product model", Held("Cat. No.")],
        "de": ["Modell", "Typbezeichnung", "Modellnummer"],
        "fr": ["Modèle", "Référence du modèle", "Désignation du type"],
        "es": ["Modelo", "Referencia del modelo", "Designación de tipo"],
    },
    "manufacturer": {
        "en": ["Manufacturer", "Manufacturer name and address", "Manufacturer (name, address, contact)",
               "Applicant / manufacturer"],
        "de": ["Hersteller", "Hersteller (Name und Anschrift)"],
        "fr": ["Fabricant", "Nom et adresse du fabricant"],
        "es": ["Fabricante", "Nombre y dirección del fabricante"],
    },
    "audit_firm": {
        "en": ["Audit firm", "Audit company", "Auditing organisation", "Conducted by", "Lead audit body",
               Held("Assessment provider")],
        "de": ["Auditgesellschaft", "Durchgeführt von", "Auditorganisation"],
        "fr": ["Cabinet d'audit", "Réalisé par", "Organisme d'audit"],
        "es": ["Firma auditora", "Realizado por", "Entidad auditora"],
    },
    "audit_date": {
        "en": ["Audit date(s)", "Date of audit", "On-site audit", "Audit performed"],
        "de": ["Audit durchgeführt am", "Auditdatum"],
        "fr": ["Date(s) de l'audit", "Audit réalisé le"],
        "es": ["Fecha(s) de auditoría", "Auditoría realizada el"],
    },
    "due": {
        "en": ["Due", "Due date", "Target date", "CAPA due", "Deadline", "Close by", Held("To be closed by")],
        "de": ["Frist", "Fällig bis", "Termin"],
        "fr": ["Échéance", "Date limite", "À clôturer avant le"],
        "es": ["Fecha límite", "Plazo", "Vence"],
    },
    "status": {
        "en": ["Status", "Current status", "CAPA status", "State"],
        "de": ["Status", "Stand"],
        "fr": ["Statut", "État"],
        "es": ["Estado", "Situación"],
    },
    "grade": {
        "en": ["Grade", "Severity", "Classification", "Rating", "Category", Held("Finding level")],
        "de": ["Einstufung", "Schweregrad", "Bewertung"],
        "fr": ["Gravité", "Classification", "Niveau"],
        "es": ["Gravedad", "Clasificación", "Nivel"],
    },
    "area": {
        "en": ["Area", "Topic", "Process", "Requirement area", "Chapter"],
        "de": ["Bereich", "Prozess", "Thema"],
        "fr": ["Domaine", "Processus", "Thème"],
        "es": ["Área", "Proceso", "Tema"],
    },
    "verdict": {
        "en": ["Overall verdict", "Test result", "Verdict", "Conclusion", "Overall result", Held("Final assessment")],
        "de": ["Gesamturteil", "Prüfergebnis", "Ergebnis"],
        "fr": ["Verdict global", "Résultat", "Conclusion"],
        "es": ["Veredicto global", "Resultado", "Conclusión"],
    },
}

LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


def label(ctx: Ctx, concept: str, lang: str = "en") -> str:
    options = LABELS[concept].get(lang) or LABELS[concept]["en"]
    return ctx.pick(options)


# -- dates -------------------------------------------------------------------------------------------

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}
MONTHS_ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
}

DATE_FORMATS = {
    "en": ["dmy_slash", "iso", "d_mon_y", "d_month_y", "month_d_y", "mdy_slash", "d-mon-y", "ymd_dot", "dmy_dot",
           Held("mon_d_y")],
    "de": ["dmy_dot", "iso", "long", "dmy_dot_short"],
    "fr": ["dmy_slash", "long", "iso"],
    "es": ["dmy_slash", "long", "iso", "dmy_dash"],
}


def date_style(ctx: Ctx, lang: str = "en") -> str:
    return ctx.pick(DATE_FORMATS.get(lang, DATE_FORMATS["en"]))


def fmt_date(d: dt.date, style: str, lang: str = "en") -> str:
    if style == "mdy_slash" and d.day <= 12:
        style = "month_d_y"  # mm/dd only where it cannot be read the other way round
    if style in ("dmy_slash", "dmy_dash") and lang == "en" and d.day <= 12:
        style = "d_mon_y"  # in English dd/mm reads as mm/dd to half the world: the truth would be a guess
    en_m, en_a = MONTHS["en"][d.month - 1], MONTHS_ABBR["en"][d.month - 1]
    if style == "dmy_dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy_dot_short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dmy_slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy_dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "ymd_dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "mdy_slash":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "d_mon_y":
        return f"{d.day:02d} {en_a} {d.year}"
    if style == "d-mon-y":
        return f"{d.day:02d}-{en_a}-{d.year}"
    if style == "d_month_y":
        return f"{d.day} {en_m} {d.year}"
    if style == "month_d_y":
        return f"{en_m} {d.day}, {d.year}"
    if style == "mon_d_y":
        return f"{en_a}. {d.day}, {d.year}"
    if style == "long":
        m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
        if lang == "de":
            return f"{d.day}. {m} {d.year}"
        if lang == "fr":
            return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
        if lang == "es":
            return f"{d.day} de {m} de {d.year}"
        return f"{d.day} {m} {d.year}"
    raise ValueError(style)


def fmt_month(year: int, month: int, style: str, lang: str = "en") -> str:
    if style == "iso":
        return f"{year}-{month:02d}"
    if style == "mm/yyyy":
        return f"{month:02d}/{year}"
    if style == "mon-yy":
        return f"{MONTHS_ABBR['en'][month - 1]}-{str(year)[2:]}"
    if style == "mon yyyy":
        return f"{MONTHS_ABBR['en'][month - 1]} {year}"
    if style == "month yyyy":
        return f"{MONTHS.get(lang, MONTHS['en'])[month - 1]} {year}"
    if style == "yyyy.mm":
        return f"{year}.{month:02d}"
    if style == "first-day":
        return f"{year}-{month:02d}-01"
    raise ValueError(style)


# -- numbers -----------------------------------------------------------------------------------------

def fmt_num(x: float, comma: bool = False, decimals: int | None = None) -> str:
    if decimals is None:
        text = f"{x:.4f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))
    else:
        text = f"{x:.{decimals}f}"
    return text.replace(".", ",") if comma else text


def comma_lang(lang: str) -> bool:
    return lang in ("de", "fr", "es")


# -- countries ---------------------------------------------------------------------------------------

COUNTRIES: dict[str, dict[str, list[str]]] = {
    "Germany": {"en": ["Germany", "Federal Republic of Germany"], "de": ["Deutschland"], "fr": ["Allemagne"],
                "es": ["Alemania"], "code": ["DE"]},
    "China": {"en": ["China", "P.R. China", "People's Republic of China", "PRC"], "de": ["China", "VR China"],
              "fr": ["Chine"], "es": ["China"], "code": ["CN"]},
    "Japan": {"en": ["Japan"], "de": ["Japan"], "fr": ["Japon"], "es": ["Japón"], "code": ["JP"]},
    "South Korea": {"en": ["South Korea", "Republic of Korea", "Korea, Republic of", "Korea (South)"],
                    "de": ["Südkorea"], "fr": ["Corée du Sud"], "es": ["Corea del Sur"], "code": ["KR"]},
    "Taiwan": {"en": ["Taiwan", "Taiwan, R.O.C."], "de": ["Taiwan"], "fr": ["Taïwan"], "es": ["Taiwán"],
               "code": ["TW"]},
    "India": {"en": ["India", "Republic of India"], "de": ["Indien"], "fr": ["Inde"], "es": ["India"], "code": ["IN"]},
    "France": {"en": ["France"], "de": ["Frankreich"], "fr": ["France"], "es": ["Francia"], "code": ["FR"]},
    "Spain": {"en": ["Spain"], "de": ["Spanien"], "fr": ["Espagne"], "es": ["España"], "code": ["ES"]},
    "Chile": {"en": ["Chile"], "de": ["Chile"], "fr": ["Chili"], "es": ["Chile"], "code": ["CL"]},
    "Sweden": {"en": ["Sweden"], "de": ["Schweden"], "fr": ["Suède"], "es": ["Suecia"], "code": ["SE"]},
    "Poland": {"en": ["Poland"], "de": ["Polen"], "fr": ["Pologne"], "es": ["Polonia"], "code": ["PL"]},
    "Czech Republic": {"en": ["Czech Republic", "Czechia"], "de": ["Tschechien"], "fr": ["République tchèque"],
                       "es": ["República Checa"], "code": ["CZ"]},
    "United States": {"en": ["United States", "USA", "United States of America", "U.S.A."], "de": ["USA"],
                      "fr": ["États-Unis"], "es": ["Estados Unidos"], "code": ["US"]},
    "Democratic Republic of the Congo": {
        "en": ["DR Congo", "DRC", "Democratic Republic of the Congo", "D.R. Congo", "Congo (Kinshasa)",
               "Congo, Democratic Republic of the"],
        "de": ["DR Kongo", "Demokratische Republik Kongo"], "fr": ["RD Congo", "République démocratique du Congo"],
        "es": ["RD del Congo", "República Democrática del Congo"], "code": ["CD"]},
    "Zambia": {"en": ["Zambia"], "de": ["Sambia"], "fr": ["Zambie"], "es": ["Zambia"], "code": ["ZM"]},
    "Indonesia": {"en": ["Indonesia"], "de": ["Indonesien"], "fr": ["Indonésie"], "es": ["Indonesia"], "code": ["ID"]},
    "Philippines": {"en": ["Philippines", "the Philippines"], "de": ["Philippinen"], "fr": ["Philippines"],
                    "es": ["Filipinas"], "code": ["PH"]},
    "Australia": {"en": ["Australia"], "de": ["Australien"], "fr": ["Australie"], "es": ["Australia"], "code": ["AU"]},
    "Argentina": {"en": ["Argentina"], "de": ["Argentinien"], "fr": ["Argentine"], "es": ["Argentina"],
                  "code": ["AR"]},
    "Mozambique": {"en": ["Mozambique"], "de": ["Mosambik"], "fr": ["Mozambique"], "es": ["Mozambique"],
                   "code": ["MZ"]},
    "Peru": {"en": ["Peru"], "de": ["Peru"], "fr": ["Pérou"], "es": ["Perú"], "code": ["PE"]},
    "South Africa": {"en": ["South Africa"], "de": ["Südafrika"], "fr": ["Afrique du Sud"], "es": ["Sudáfrica"],
                     "code": ["ZA"]},
    "Gabon": {"en": ["Gabon"], "de": ["Gabun"], "fr": ["Gabon"], "es": ["Gabón"], "code": ["GA"]},
    "Canada": {"en": ["Canada"], "de": ["Kanada"], "fr": ["Canada"], "es": ["Canadá"], "code": ["CA"]},
    "Brazil": {"en": ["Brazil"], "de": ["Brasilien"], "fr": ["Brésil"], "es": ["Brasil"], "code": ["BR"]},
    "Finland": {"en": ["Finland"], "de": ["Finnland"], "fr": ["Finlande"], "es": ["Finlandia"], "code": ["FI"]},
    "Morocco": {"en": ["Morocco"], "de": ["Marokko"], "fr": ["Maroc"], "es": ["Marruecos"], "code": ["MA"]},
    "Rwanda": {"en": ["Rwanda"], "de": ["Ruanda"], "fr": ["Rwanda"], "es": ["Ruanda"], "code": ["RW"]},
    "Myanmar": {"en": ["Myanmar", "Myanmar (Burma)"], "de": ["Myanmar"], "fr": ["Myanmar"], "es": ["Myanmar"],
                "code": ["MM"]},
    "Netherlands": {"en": ["Netherlands", "The Netherlands"], "de": ["Niederlande"], "fr": ["Pays-Bas"],
                    "es": ["Países Bajos"], "code": ["NL"]},
    "Mexico": {"en": ["Mexico"], "de": ["Mexiko"], "fr": ["Mexique"], "es": ["México"], "code": ["MX"]},
    "Vietnam": {"en": ["Vietnam", "Viet Nam"], "de": ["Vietnam"], "fr": ["Viêt Nam"], "es": ["Vietnam"],
                "code": ["VN"]},
    "Hungary": {"en": ["Hungary"], "de": ["Ungarn"], "fr": ["Hongrie"], "es": ["Hungría"], "code": ["HU"]},
    "Malaysia": {"en": ["Malaysia"], "de": ["Malaysia"], "fr": ["Malaisie"], "es": ["Malasia"], "code": ["MY"]},
    "Bolivia": {"en": ["Bolivia"], "de": ["Bolivien"], "fr": ["Bolivie"], "es": ["Bolivia"], "code": ["BO"]},
}
CAHRA_COUNTRIES = {"Democratic Republic of the Congo", "Myanmar"}


def country_name(ctx: Ctx, canonical: str, lang: str = "en", codes: bool = False) -> str:
    names = COUNTRIES[canonical]
    if codes:
        return names["code"][0]
    return ctx.pick(names.get(lang) or names["en"])


def fold(text: str) -> str:
    """Case, accents, punctuation and spacing folded away: for comparing names."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


_COUNTRY_INDEX = {fold(alias): canon for canon, by in COUNTRIES.items() for names in by.values() for alias in names}
_COUNTRY_INDEX.update({fold(canon): canon for canon in COUNTRIES})


def canonical_country(text: str | None) -> str | None:
    if text is None:
        return None
    key = fold(text)
    if key in _COUNTRY_INDEX:
        return _COUNTRY_INDEX[key]
    key = re.sub(r"^the ", "", key)
    return _COUNTRY_INDEX.get(key, key)


# -- materials ---------------------------------------------------------------------------------------

MATERIALS: dict[str, dict[str, list[str]]] = {
    "cobalt": {"en": ["Cobalt", "Cobalt (hydroxide)", "Cobalt sulphate"], "de": ["Kobalt", "Cobalt"],
               "fr": ["Cobalt"], "es": ["Cobalto"]},
    "nickel": {"en": ["Nickel", "Nickel (MHP)", "Class 1 nickel"], "de": ["Nickel"], "fr": ["Nickel"],
               "es": ["Níquel"]},
    "lithium": {"en": ["Lithium", "Lithium (hydroxide)", "Lithium carbonate"], "de": ["Lithium"], "fr": ["Lithium"],
                "es": ["Litio"]},
    "graphite": {"en": ["Natural graphite", "Graphite"], "de": ["Naturgraphit", "Graphit"],
                 "fr": ["Graphite naturel"], "es": ["Grafito natural", "Grafito"]},
    "manganese": {"en": ["Manganese"], "de": ["Mangan"], "fr": ["Manganèse"], "es": ["Manganeso"]},
    "copper": {"en": ["Copper", "Copper cathode"], "de": ["Kupfer"], "fr": ["Cuivre"], "es": ["Cobre"]},
    "aluminium": {"en": ["Aluminium", "Aluminum"], "de": ["Aluminium"], "fr": ["Aluminium"], "es": ["Aluminio"]},
    "tin": {"en": ["Tin"], "de": ["Zinn"], "fr": ["Étain"], "es": ["Estaño"]},
    "tantalum": {"en": ["Tantalum"], "de": ["Tantal"], "fr": ["Tantale"], "es": ["Tantalio"]},
    "tungsten": {"en": ["Tungsten"], "de": ["Wolfram"], "fr": ["Tungstène"], "es": ["Wolframio"]},
    "gold": {"en": ["Gold"], "de": ["Gold"], "fr": ["Or"], "es": ["Oro"]},
    "mica": {"en": ["Mica"], "de": ["Glimmer"], "fr": ["Mica"], "es": ["Mica"]},
}
_MATERIAL_WORDS = sorted(((fold(w), canon) for canon, by in MATERIALS.items() for names in by.values()
                          for w in names), key=lambda x: -len(x[0]))
_MATERIAL_WORDS += [(canon, canon) for canon in MATERIALS]


def material_name(ctx: Ctx, canonical: str, lang: str = "en") -> str:
    return ctx.pick(MATERIALS[canonical].get(lang) or MATERIALS[canonical]["en"])


def canonical_material(text: str) -> str:
    key = fold(text)
    for word, canon in _MATERIAL_WORDS:
        if word == key:
            return canon
    for word, canon in _MATERIAL_WORDS:
        if re.search(rf"\b{re.escape(word)}\b", key):
            return canon
    return key


# -- severities and statuses -------------------------------------------------------------------------

SEVERITY_WORDS: dict[str, dict[str, list[str]]] = {
    "critical": {"en": ["Critical", "CRIT", "Critical non-conformance", "Category 0 (critical)", "Zero tolerance",
                        Held("Cat. 0")],
                 "de": ["Kritisch", "Kritische Abweichung"], "fr": ["Critique", "Non-conformité critique"],
                 "es": ["Crítica", "No conformidad crítica"]},
    "major": {"en": ["Major", "MAJ", "Major non-conformance", "NC-A", "Category 1 (major)", "Major NC",
                     Held("Cat. 1 / major")],
              "de": ["Hauptabweichung", "Schwerwiegend", "Major"], "fr": ["Non-conformité majeure", "Majeure"],
              "es": ["No conformidad mayor", "Mayor"]},
    "minor": {"en": ["Minor", "MIN", "Minor non-conformance", "NC-B", "Category 2 (minor)", "Minor NC",
                     Held("Cat. 2 / minor")],
              "de": ["Nebenabweichung", "Geringfügig", "Minor"], "fr": ["Non-conformité mineure", "Mineure"],
              "es": ["No conformidad menor", "Menor"]},
    "observation": {"en": ["Observation", "OBS", "Opportunity for improvement (OFI)", "Category 3 (observation)",
                           "Recommendation", Held("Note")],
                    "de": ["Beobachtung", "Hinweis", "Verbesserungspotenzial"], "fr": ["Observation", "Remarque"],
                    "es": ["Observación", "Oportunidad de mejora"]},
}
STATUS_WORDS: dict[str, dict[str, list[str]]] = {
    "open": {"en": ["Open", "OPEN", "Open – CAPA in progress", "Pending verification", "Not closed",
                    Held("Outstanding")],
             "de": ["Offen", "In Bearbeitung"], "fr": ["Ouvert", "En cours"], "es": ["Abierta", "En curso"]},
    "closed": {"en": ["Closed", "CLOSED", "Closed – verified", "Verified and closed", Held("Resolved")],
               "de": ["Geschlossen", "Erledigt"], "fr": ["Clôturé", "Soldé"], "es": ["Cerrada", "Resuelta"]},
}


def severity_word(ctx: Ctx, severity: str, lang: str = "en") -> str:
    return ctx.pick(SEVERITY_WORDS[severity].get(lang) or SEVERITY_WORDS[severity]["en"])


def status_word(ctx: Ctx, status: str, lang: str = "en") -> str:
    return ctx.pick(STATUS_WORDS[status].get(lang) or STATUS_WORDS[status]["en"])


# -- segments ----------------------------------------------------------------------------------------

SEGMENT_WORDS: dict[str, dict[str, list[str]]] = {
    "cell_manufacturer": {"en": ["Cell manufacturer", "Cell manufacturing", "Lithium-ion cell maker",
                                 Held("Cells (OEM)")], "de": ["Zellhersteller", "Zellfertigung"],
                          "fr": ["Fabricant de cellules"], "es": ["Fabricante de celdas"]},
    "pack_integrator": {"en": ["Pack integrator", "Battery pack / ESS integrator", "Module and pack assembly",
                               Held("System integration (packs)")],
                        "de": ["Pack-Integrator", "Batteriesystem-Integrator"],
                        "fr": ["Intégrateur de packs"], "es": ["Integrador de packs"]},
    "cathode_material": {"en": ["Cathode material", "Cathode active material (CAM)", "Cathode materials / pCAM"],
                         "de": ["Kathodenmaterial"], "fr": ["Matériau de cathode"], "es": ["Material catódico"]},
    "raw_material": {"en": ["Raw material", "Raw materials (refined)", "Battery raw materials"],
                     "de": ["Rohstoffe", "Rohstofflieferant"], "fr": ["Matières premières"],
                     "es": ["Materias primas"]},
    "electronics_component": {"en": ["Electronics component", "Electronic components (BMS, PCBA)",
                                     "Electronics"], "de": ["Elektronikkomponenten"],
                              "fr": ["Composants électroniques"], "es": ["Componentes electrónicos"]},
    "mechanical_component": {"en": ["Mechanical component", "Mechanical components (housings, busbars)"],
                             "de": ["Mechanische Komponenten"], "fr": ["Composants mécaniques"],
                             "es": ["Componentes mecánicos"]},
    "cell_component": {"en": ["Cell component", "Cell components (separator, electrolyte, foils)"],
                       "de": ["Zellkomponenten"], "fr": ["Composants de cellule"], "es": ["Componentes de celda"]},
}


def segment_word(ctx: Ctx, segment: str, lang: str = "en") -> str:
    return ctx.pick(SEGMENT_WORDS[segment].get(lang) or SEGMENT_WORDS[segment]["en"])


# -- people and boilerplate ---------------------------------------------------------------------------

FIRST = ["Anna", "Lukas", "Mei", "Hiroshi", "Priya", "Carlos", "Sofia", "Jonas", "Yuki", "Wei", "Elena", "Rahul",
         "Camille", "Mateo", "Ingrid", "Kenji", "Lucía", "Tobias", "Aisha", "Min-jun", "Claire", "Diego", "Nora",
         "Arjun", "Hannah", "Li", "Marc", "Olga", "Pedro", "Sven"]
LAST = ["Keller", "Zhang", "Tanaka", "Sharma", "García", "Lindqvist", "Müller", "Dubois", "Kim", "Novak",
        "Fernández", "Watanabe", "Iyer", "Schneider", "Chen", "Moreau", "Park", "Kowalski", "Rossi", "Okafor",
        "Bauer", "Nakamura", "Silva", "Hoffmann", "Liu", "Laurent", "Ortega", "Berg", "Patel", "Wagner"]
TITLES = ["Head of Laboratory", "Technical Manager", "Laboratory Director", "Quality Manager", "Test Engineer",
          "Authorised Signatory", "Managing Director", "Head of Battery Testing"]


def person(ctx: Ctx, doctor: float = 0.25) -> str:
    name = f"{ctx.pick(FIRST)} {ctx.pick(LAST)}"
    return f"Dr. {name}" if ctx.chance(doctor) else name


def bare_name(name: str) -> str:
    return re.sub(r"^(Dr\.|Prof\.|Mr\.|Ms\.|Mrs\.)\s+", "", name)
