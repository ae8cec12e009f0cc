"""Minerals declarations and supplier profiles in the layouts suppliers send besides the RMI workbook and the buyer's
YAML: each mineral's answer to the CAHRA and smelter questions is read wherever it stands, and a Code of Conduct
that was not signed is read as unsigned, never as nothing."""

import datetime as dt

import pytest

from ingest.facts.declarations import declares_minerals, extract_declaration
from ingest.models import Chunk, Unit
from tests.test_facts import ingested

CAHRA_COBALT = {"cobalt": "Yes", "nickel": "No"}
LAYOUTS = {
    "a column per mineral": "Minerals Reporting Template (EMRT) - own export\nCompany name: Example Refining Ltd\n"
                            "Question | Cobalt | Nickel | Comments\n"
                            "3. Do any smelters source from conflict-affected and high-risk areas? | Yes | No | DRC\n"
                            "6. Have all smelters been identified? | No | Yes |",
    "rows with their headers": "Declaración EMRT 2.1\nEmpresa: Ejemplo Refinería, S.L.\n"
                               "Pregunta: 3. ¿Se abastece en zonas de conflicto o de alto riesgo?; Cobalto: Sí; "
                               "Níquel: No\nPregunta: 6. ¿Ha identificado todas las fundiciones?; Cobalto: No; "
                               "Níquel: Sí",
    "records of an export": "record_type | field | mineral | value\nfield: template; value: EMRT 2.1\n"
                            "field: Q3 sourced from CAHRA; mineral: Cobalt; value: Yes\n"
                            "field: Q3 sourced from CAHRA; mineral: Nickel; value: No\n"
                            "field: Q6 all smelters identified; mineral: Cobalt; value: No\n"
                            "field: Q6 all smelters identified; mineral: Nickel; value: Yes",
    "questions answered in prose": "Response to the customer's responsible minerals questionnaire (EMRT 2.1)\n"
                                   "Minerals in scope: cobalt and nickel\n"
                                   "Q3. Do any of the smelters source from conflict-affected and high-risk areas?\n"
                                   "Cobalt: Yes. Our hydroxide comes from the DRC. Nickel: No.\n"
                                   "Q6. Have you identified all of the smelters in your supply chain?\n"
                                   "Cobalt: No - two traders have not disclosed theirs. Nickel: Yes.",
    "a PDF print, each mineral's row one cell per line": "Extended Minerals Reporting Template (EMRT)\n"
                                                        "Select Minerals/Metals in Scope (*):\nCobalt, Nickel (Mica "
                                                        "deleted)\n3) Does any smelter source from conflict-affected "
                                                        "and high-risk areas? (*)\nAnswer\nComments\nCobalt\nYes\n"
                                                        "Nickel\nNo\n6) Have all smelters been identified? (*)\n"
                                                        "Answer\nCobalt\nNo\nNickel\nYes",
    "an export's records with underscores": "field | mineral | value\nfield: template; value: EMRT 2.1\n"
                                            "field: cahra_sourcing; mineral: cobalt; value: Yes\n"
                                            "field: cahra_sourcing; mineral: nickel; value: No\n"
                                            "field: all_processors_identified; mineral: cobalt; value: No\n"
                                            "field: all_processors_identified; mineral: nickel; value: Yes",
    "a PDF's table one cell per line": "DÉCLARATION EMRT 2.1\nQuestion\nCobalt\nNickel\nCommentaires\n"
                                       "3) Approvisionnement dans des zones de conflit\nou à haut risque (CAHRA) ?\n"
                                       "Oui\nNon\n6) Toutes les fonderies / tous les transformateurs\nidentifiés ?\n"
                                       "Non\nOui\n7) Toutes les informations déclarées ?\nOui\nOui",
}


def _declared(text: str):
    facts = extract_declaration([Unit(text=text, page=1)], [Chunk(id="c", source="d", text=text, page=1)],
                                source="d", supplier=None, labels=[])
    assert len(facts) == 1
    return facts[0]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_minerals_answer_is_read_wherever_the_declaration_puts_it(layout):
    fact = _declared(LAYOUTS[layout])
    assert declares_minerals(LAYOUTS[layout])
    assert fact.template == "EMRT" and set(fact.minerals) == {"cobalt", "nickel"}
    assert fact.cahra_minerals == ["cobalt"]
    assert {mineral: answers.get("3") for mineral, answers in fact.answers.items()} == CAHRA_COBALT
    identified = [gap for gap in fact.gaps if "identified" in gap]
    assert identified == ["cobalt: not all smelters identified (No)"]  # a gap, never a clean declaration
    assert all("reported" in gap for gap in fact.gaps if gap not in identified)  # and what it does not say is one


def test_an_unknown_cahra_answer_is_a_gap_and_a_page_about_the_templates_declares_nothing():
    fact = _declared("EMRT 2.1\nQuestion | Mica | Lithium\n3. Sourcing from CAHRAs? | Unknown | No")
    assert fact.cahra_minerals == [] and "mica: CAHRA sourcing not declared (Unknown)" in fact.gaps
    assert not any(gap.startswith("lithium: CAHRA") for gap in fact.gaps)
    newsletter = ("# Responsible sourcing newsletter\nThank you for returning your CMRT or EMRT.\nQuestion 3 asks "
                  "whether any smelter sources from conflict-affected and high-risk areas - the DRC for cobalt.")
    assert not declares_minerals(newsletter)


def test_a_portal_json_export_and_a_blank_signature_line_read_as_an_unsigned_code_of_conduct(tmp_path):
    portal = ('{"vendor": {"companyName": "Example Grid, Inc.", "hq": {"country": "US"}, '
              '"category": "Battery energy storage integrator"}, "primaryContact": {"email": "a@example.com"}, '
              '"policyAcknowledgements": {"supplierCodeOfConduct": {"status": "not yet returned"}}}')
    form = ("Supplier registration form\nLegal name: Example Metals SARL\nCountry: DR Congo\n"
            "Supplier category: raw material trader\nContact: compliance@example.cd\n"
            "4. Supplier Code of Conduct\nThe supplier declares it has read the Code of Conduct.\n"
            "Name and title of signatory: ______________\nSignature: ______________ Date: __ / __ / ____\n")
    types, facts = ingested(tmp_path, "onboarding", {"portal.json": portal, "form.md": form}, kind="profile")
    assert types == {"portal.json": "profile", "form.md": "profile"}
    signed = {fact.source.rsplit("/", 1)[-1]: fact.code_of_conduct_signed for fact in facts}
    assert signed == {"portal.json": False, "form.md": False}


@pytest.mark.parametrize(("said", "answer"), [
    ("Yes", True), ("Y – signed 2026-02-20 by Lee Dong-hyun", True),
    ("☑ 已签署 Signed – 签署日期 Date: 2026-03-10", True),
    ("是 Yes – IATF 16949 证书 No. 0478221", True), ("oui", True), ("No", False), ("not yet returned", False),
    ("Unterschrift ausstehend – Prüfung durch unsere Rechtsabteilung läuft", False), ("false", False),
    ("n/a", None), ("Nordic Battery AB", None)])
def test_a_forms_yes_or_no_in_the_words_and_marks_suppliers_answer_with(said, answer):
    from ingest.facts.profiles import yes_no
    assert yes_no(said) is answer


def test_a_mineral_answered_yes_to_the_cahra_question_is_never_dropped_by_a_narrower_scope_line():
    fact = _declared("EMRT 2.1\nMinerals in scope: nickel\nQuestion | Cobalt | Nickel\n"
                     "3. Sourcing from conflict-affected and high-risk areas? | Yes | No")
    assert fact.cahra_minerals == ["cobalt"] and set(fact.minerals) == {"cobalt", "nickel"}


@pytest.mark.parametrize("text", [
    "EMRT 2.1\nMinerals in scope: cobalt, nickel\nQ3. Do any smelters source from conflict-affected and high-risk "
    "areas?\nNo - except cobalt, which is refined from hydroxide of the DRC.",
    "EMRT 2.1\nQuestion\nCobalt\nNickel\n3) Approvisionnement dans des zones de conflit ou à haut risque (CAHRA) ?\n"
    "Non\nOui - voir commentaire sur les coopératives du Lualaba\n4) 100 % recyclé ?\nNon\nNon"])
def test_an_answer_is_never_spread_over_minerals_it_does_not_speak_for(text):
    fact = _declared(text) if declares_minerals(text) else None
    cahra = {m: a.get("3") for m, a in fact.answers.items()} if fact else {}
    assert cahra.get("cobalt") != "No"  # unread rather than a false "No": cobalt's CAHRA answer needs review


UNTITLED = {
    "a German questionnaire whose answers stand under 'Antwort:'": (
        "Erklärung zur Rohstoffherkunft 2026\nLieferant: Beispiel Zellen GmbH\n"
        "Frage 1: Welche der Rohstoffe Kobalt, Kupfer, Lithium und Glimmer sind in den Produkten enthalten?\n"
        "Antwort: Kobalt und Lithium. Kupfer ist nicht Gegenstand dieser Erklärung; Glimmer verwenden wir nicht.\n"
        "Frage 2: Stammen Rohstoffe aus Konflikt- und Hochrisikogebieten (CAHRA)?\nAntwort: Nicht bekannt.\n"
        "Frage 3: Stammen Rohstoffe aus handwerklichem Kleinbergbau (ASM)?\nAntwort: Nein.\n",
        ["cobalt", "lithium"], [], False, "Unknown"),
    "a letter answering in a sentence": (
        "Example Trading SARL\nLubumbashi, 3 February 2026\nDear Sir or Madam,\nOur deliveries to you are cobalt "
        "hydroxide and copper cathode; we do not trade tin or gold. Both metals are mined in Lualaba, which is on the "
        "list of conflict-affected and high-risk areas, so our answer to your question is yes, for cobalt and copper "
        "alike. Some feed comes from an artisanal mining cooperative.\nYours faithfully\n",
        ["cobalt", "copper"], ["cobalt", "copper"], True, "Yes"),
    "records whose answer is the next cell": (
        "Declarante: Exemplo Grafite Ltda.\nDeclarante: Minerais abrangidos; Exemplo Grafite Ltda.: Grafite natural\n"
        "Declarante: 3. Algum mineral provém de áreas de conflito ou de alto risco (CAHRA)?; Exemplo Grafite Ltda.: "
        "Não. Toda a grafite vem da nossa mina.\n",
        ["natural graphite"], [], False, "No"),
}


@pytest.mark.parametrize("case", UNTITLED)
def test_a_declaration_under_any_title_is_read_from_its_answers(case):
    text, minerals, cahra, artisanal, answer = UNTITLED[case]
    assert declares_minerals(text)  # no template is named: the CAHRA question answered makes it a declaration
    fact = _declared(text)
    assert (sorted(fact.minerals), sorted(fact.cahra_minerals), fact.artisanal_mentioned) == \
        (sorted(minerals), sorted(cahra), artisanal)
    assert all(fact.answers[m]["3"] == answer for m in minerals)  # "Nicht bekannt" is Unknown, never No


def test_a_question_column_of_a_table_of_minerals_is_read_in_its_own_column():
    text = ("Extended minerals declaration, ESS modules\n\n"
            "| Mineral | Present in product | From CAHRA | All refiners identified |\n|---|---|---|---|\n"
            "| Cobalt | Yes (NMC cells) | No | Yes |\n| Lithium | Yes | No | No |\n")
    fact = _declared(text)
    assert fact.cahra_minerals == []  # the "Present" column's Yes is no CAHRA answer
    assert {m: a["3"] for m, a in fact.answers.items()} == {"cobalt": "No", "lithium": "No"}
    assert {m: a["6"] for m, a in fact.answers.items()} == {"cobalt": "Yes", "lithium": "No"}


def test_papers_that_talk_like_evidence_are_no_evidence_and_a_purchase_orders_penalty_makes_it_a_contract(tmp_path):
    files = {
        "flyer.md": "# Responsible Minerals Forum 2026\n\nKinshasa, 4-5 May 2026\n\n- RMAP for cobalt refiners: from "
                    "active to conformant\n- Formalising artisanal and small-scale mining\n- Conflict-affected and "
                    "high-risk areas: the EU list\n\nSpeakers from refiners and NGOs. Registration: forum@example.cd\n",
        "newsletter.md": "Example aktuell 2/2026\n\nLiebe Kundinnen und Kunden,\nim Frühjahr eröffnen wir unser neues "
                         "Werk in Linz. Unsere Liefertreue lag 2025 bei 98 %.\nHerzliche Grüße aus dem Mühlviertel\n",
        "quote.md": "Example Battery Co., Ltd. 报价单 / Price list Q1 2027\n\nModel | Unit price (USD) | MOQ\n"
                    "EX-280 | 38.6 | 2,000\n\nAll models passed UN 38.3 and IEC 62619.\n",
        "po.md": "PURCHASE ORDER\n\nPO number: 4500001234\nPO date: 02.03.2026\nSupplier: Example Lithium Corp.\n\n"
                 "Special terms\n1. For each calendar day of late delivery the Supplier shall pay 0.5 % of the value "
                 "of the late item.\n",
    }
    types, facts = ingested(tmp_path, "inbox", files)
    assert types == {"flyer.md": "other", "newsletter.md": "other", "quote.md": "other", "po.md": "contract"}
    clauses = [f for f in facts if f.kind == "contract_clause"]
    assert [(c.metric, c.penalty_rate, c.contract_number) for c in clauses] == \
        [("late_delivery_penalty", 0.5, "4500001234")]


@pytest.mark.parametrize(("answered", "named"), [("Yes", True), ("Yes, one cooperative", True), ("No", False),
                                                  ("Unknown", True), ("Does not apply - one industrial mine", False)])
def test_artisanal_mining_asked_about_counts_unless_the_answer_is_no(answered, named):
    text = ("Minerals declaration (EMRT)\nMinerals in scope: cobalt\n"
            "Q3. Do any smelters source from conflict-affected and high-risk areas?\nCobalt: No.\n"
            f"Q5. Is artisanal or small-scale mining present in your supply chain?\nAnswer: {answered}\n")
    assert _declared(text).artisanal_mentioned is named  # a Yes that does not repeat the words is still a Yes
    same_line = text.replace("chain?\nAnswer:", "chain? Answer:")
    assert _declared(same_line).artisanal_mentioned is named


def test_a_minerals_answer_beside_its_name_is_never_taken_from_the_next_questions_answer():
    text = ("Minerals declaration (EMRT)\nMinerals in scope: cobalt\n"
            "Q3. Do any smelters source from conflict-affected and high-risk areas?\nCobalt: Yes.\n"
            "Q6. Have all smelters been identified?\nAnswer: No\n")
    fact = _declared(text)
    assert fact.cahra_minerals == ["cobalt"] and fact.answers["cobalt"]["6"] == "No"


def test_a_letters_answer_for_each_mineral_and_a_table_rendered_with_its_headers_are_read():
    letter = ("Example Lithium Ltd\nDeclaration on lithium and copper\n"
              "2. Regarding whether any of these minerals comes from conflict-affected or high-risk areas, our\n"
              "answer for lithium is Yes: one brine field lies in a listed region.\n"
              "For copper our answer is No.\n")
    fact = _declared(letter)
    assert (sorted(fact.minerals), fact.cahra_minerals) == (["copper", "lithium"], ["lithium"])
    table = ("MINERAL DECLARATION 3TG\nValid from: 1. 6. 2026\n"
             "Mineral | Present | From CAHRA | Smelters identified\n"
             "Mineral: Tin; Present: áno / yes; From CAHRA: nie / no; Smelters identified: áno / yes\n"
             "Mineral: Gold; Present: áno / yes; From CAHRA: áno / yes; Smelters identified: áno / yes\n")
    fact = _declared(table)
    assert (sorted(fact.minerals), fact.cahra_minerals, fact.effective) == (["gold", "tin"], ["gold"],
                                                                             dt.date(2026, 6, 1))
