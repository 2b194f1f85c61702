"""Session 50's address items (impersonal-man): a capital *Er* as an object, an address form in a text that says *ni*
and never *du*, a capital *Du* inside a sentence, a lower-case *ni* beside a capital *Ni*, the reader's role in the
definite form; each with the cases it must and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import detect_genre
from klarlint.readers import read_text


def _man_findings(text: str, fmt: str = "text") -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt)
    return [(f.text, f.suggestion) for f in report.findings if f.rule == "impersonal-man"]


# a capital Er as the object of the verb before it, though the tagger calls the next word a noun (business re-test 01)

_LETTER = "Sotning\n\nHej!\n\nDu får sotning i vecka 12. {sentence}"


def test_a_capital_er_as_the_verbs_object_is_told_dig() -> None:
    text = _LETTER.format(sentence="Om den föreslagna tiden inte passar Er ombeds Ni att kontakta oss.")
    assert _man_findings(text) == [("Er", "dig"), ("Ni", "du")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Om Ni vill kan Ni vända Er till Er fackliga organisation.",
            [("Ni", "du"), ("Ni", "du"), ("Er", "dig"), ("Er", "din")],
        ),
        ("Vi har tagit emot Er ansökan.", [("Er", "din")]),
    ],
)
def test_a_capital_er_before_its_noun_is_still_told_din(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _man_findings(_LETTER.format(sentence=sentence)) == expected


# an address form in a text that says ni and never du is told ni (business re-test 04)

_NI_DECISION = (
    "Beslut om serveringstillstånd\n\nDiarienummer: SN 2026/845\n\nBeslut\nNämnden beviljar tillståndet.\n\n{middle}"
    "\n\nNi ska lämna en restaurangrapport senast den 1 mars. Ni kan överklaga beslutet."
)


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        ("Sökanden har visat att bolaget är lämpligt.", [("Sökanden", "Ni")]),
        ("Vi har hört sökanden.", [("sökanden", "er")]),
        ("Vi har läst sökandens yttrande.", [("sökandens", "er / ert / era")]),
    ],
)
def test_an_address_form_in_a_ni_text_is_told_ni(middle: str, expected: list[tuple[str, str]]) -> None:
    assert _man_findings(_NI_DECISION.format(middle=middle)) == expected


def test_an_address_form_in_a_du_text_is_still_told_du() -> None:
    text = _NI_DECISION.format(middle="Sökanden har visat att bolaget är lämpligt.").replace("Ni ", "Du ")
    assert _man_findings(text) == [("Sökanden", "Du")]


def test_undertecknad_in_a_ni_text_is_still_jag() -> None:
    text = _NI_DECISION.format(middle="Undertecknad kan svara på frågor.")
    assert _man_findings(text) == [("Undertecknad", "Jag")]


# a capital Du inside a sentence (transport re-test 01, 02, 04, 05): lower case, as Myndigheternas skrivregler write it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi har prövat om Du uppfyller kraven.", [("Du", "du")]),
        ("Efter det ska Du kontakta oss.", [("Du", "du")]),
        ("Vi skickar Dig beslutet och Din kopia.", [("Dig", "dig"), ("Din", "din")]),
    ],
)
def test_a_capital_du_inside_a_sentence_is_told_lower_case(text: str, expected: list[tuple[str, str]]) -> None:
    assert _man_findings(f"Körkort\n\nHej Anna!\n\nDu har ansökt om körkortstillstånd. {text}") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Du har ansökt om körkortstillstånd.",
        "Läs broschyren ”Du och trafiken” före provet.",
        "– Du kan ringa oss, sa handläggaren.",
        "Vi har prövat ansökan. (Du kan läsa mer på webben.)",
    ],
)
def test_a_capital_du_at_a_start_or_in_a_quotation_is_left(text: str) -> None:
    assert _man_findings(f"Körkort\n\nHej Anna!\n\n{text}") == []


# a lower-case ni in a paragraph whose other ni forms are capitals told du (transport re-test 06): the paragraph counts
# as one that says du, and the plural words of the capital's sentence are no antecedent of the ni

_APPEAL = (
    "Beslut om vapenlicens\n\nSökande: Per Nilsson\n\nBeslut\nPolismyndigheten avslår Er ansökan.\n\nVad kan du göra "
    "nu?\n\nDu kan ansöka på nytt om ett år.\n\nHur du överklagar\n\n{appeal}"
)


def _by_subcheck(text: str) -> list[tuple[str, str, str | None]]:
    report = lint_text(text)
    return [(f.subcheck, f.text, f.suggestion) for f in report.findings if f.rule == "impersonal-man"]


def test_a_lower_case_ni_beside_capitals_told_du_is_a_switch() -> None:
    appeal = (
        "Om Ni är missnöjd kan Ni överklaga inom tre veckor från den dag Ni fick beslutet. Ange vilket beslut ni "
        "överklagar."
    )
    found = _by_subcheck(_APPEAL.format(appeal=appeal))
    assert [f for f in found if f[1] in ("Ni", "ni")] == [
        ("capital-ni", "Ni", "du"),
        ("capital-ni", "Ni", "du"),
        ("capital-ni", "Ni", "du"),
        ("address-switch", "ni", "du"),
    ]


@pytest.mark.parametrize(
    "appeal",
    [
        # a plural in the ni's own sentence, or in a sentence before it without a capital Ni
        "Om Ni är missnöjd kan Ni överklaga. Ni och er familj kan också ringa. Ange om ni båda överklagar.",
        "Om Ni är missnöjd kan Ni överklaga. Grannarna har hörts. Ange vad ni vill.",
        # lower-case ni in more paragraphs than du: no switch
        "Ange vad ni vill.\n\nRing om ni har frågor.\n\nSkriv till oss om ni vill.",
    ],
)
def test_a_ni_with_a_plural_reading_or_in_a_ni_text_is_left(appeal: str) -> None:
    assert [f for f in _by_subcheck(_APPEAL.format(appeal=appeal)) if f[0] == "address-switch"] == []


# missing-sender: a name joined by a hyphen and och, and Myndigheten för X on a line of its own (defence re-test 01, 04)

_CALL = (
    "Kallelse till mönstring\n\nHej Anna!\n\n"
    + " ".join(
        [
            "Du är kallad till mönstring den 14 januari 2027 klockan 8.00.",
            "Mönstringen tar en hel dag och består av medicinska undersökningar, tester och en intervju.",
            "Ta med giltig id-handling och dina glasögon om du använder sådana.",
            "Om du är sjuk eller har andra giltiga skäl att inte komma ska du kontakta oss så fort som möjligt.",
            "Den som utan giltigt skäl uteblir från mönstring kan dömas till böter.",
            "Vi ersätter dina resor till och från mönstringen med det billigaste färdsättet.",
            "Du får också ersättning för måltider under dagen.",
            "Spara dina kvitton och skicka dem till oss senast en månad efter mönstringen.",
        ]
    )
    + "\n\nHar du frågor? Ring vår kundtjänst på 0771-24 30 00, vardagar kl. 9–15.\n\n{signature}"
)


def _sender(text: str) -> list[str]:
    return [f.rule for f in lint_text(text).findings if f.rule == "missing-sender"]


@pytest.mark.parametrize(
    "signature",
    [
        "Plikt- och prövningsverket",
        "Med vänliga hälsningar\nTandvårds- och läkemedelsförmånsverket",
        "Myndigheten för civilt försvar, 651 81 Karlstad",
        "Skyddsrum | Myndigheten för civilt försvar",
    ],
)
def test_a_hyphen_och_name_or_myndigheten_for_names_the_sender(signature: str) -> None:
    assert _sender(_CALL.format(signature=signature)) == []


@pytest.mark.parametrize(
    "signature",
    [
        "Läs mer hos Myndigheten för civilt försvar.",  # inside a sentence: another agency
        "Plikt- och prövningsfrågor",  # no body's word
    ],
)
def test_no_sender_is_still_told(signature: str) -> None:
    assert _sender(_CALL.format(signature=signature)) == ["missing-sender"]


# missing-summary: a letter's head between the title and the Beslut section (transport re-test 10)

_BODY = " ".join(["Kommunen arbetar med många frågor som rör invånarnas vardag och framtid."] * 30)
_DECISION_TEXT = "Miljö- och byggnämnden ger dispens från strandskyddet för en gäststuga på fastigheten Aspö 1:44."


def _summary(text: str) -> list[str]:
    return [f.rule for f in lint_text(text).findings if f.rule == "missing-summary"]


@pytest.mark.parametrize(
    "head",
    [
        "Datum: 2026-11-26. Diarienummer: MBN 2026-201377.",
        "Datum: 2026-11-26. Diarienummer: MBN 2026-201377.\n\nAli Hassan, Storgatan 5, 852 30 Sundsvall",
    ],
)
def test_a_letter_head_before_the_decision_section_is_passed_over(head: str) -> None:
    text = f"Beslut om strandskyddsdispens\n\n{head}\n\nBeslut\n\n{_DECISION_TEXT}\n\nSkäl för beslutet\n\n{_BODY}\n"
    assert _summary(text) == []


@pytest.mark.parametrize(
    "head",
    [
        "Vi har prövat din ansökan om dispens. Datum: 2026-11-26.",  # a sentence of the text's own
        "Datum: 2026-11-26. Vi har prövat din ansökan om dispens från strandskyddet för en stuga vid sjön.",  # long
    ],
)
def test_a_paragraph_of_its_own_before_the_decision_section_still_needs_a_summary(head: str) -> None:
    text = f"Beslut om strandskyddsdispens\n\n{head}\n\nBeslut\n\n{_DECISION_TEXT}\n\nSkäl för beslutet\n\n{_BODY}\n"
    assert _summary(text) == ["missing-summary"]


# genre: a decision's title under a letter's head, and a bare greeting in a dated letter (transport 01, 04; pensions 07)

_HEAD = "Transportstyrelsen Körkort 701 88 Örebro\n\nDatum: 2026-11-18\n\nDiarienummer: TSK 2026-184421\n\n"
_DECISION_BODY = (
    "Du får körkortstillstånd för behörighet B.\n\nSkäl för beslutet\n\nVi har prövat om du uppfyller kraven.\n\n"
    "Om du vill överklaga\n\nDu kan överklaga beslutet hos förvaltningsrätten.\n\nMed vänliga hälsningar\n\nKarin Ek"
)


def _genre(text: str) -> str:
    return detect_genre(read_text(text, "text"))


def test_a_decision_title_under_a_letter_head_is_a_decision() -> None:
    assert (
        _genre(
            f"{_HEAD}Anna Lindqvist Björkvägen 14 582 46 Linköping\n\nBeslut om körkortstillstånd\n\n{_DECISION_BODY}"
        )
        == "beslut"
    )


def test_a_decision_title_after_a_sentence_is_no_decision_title() -> None:
    text = f"{_HEAD}Vi skriver till dig om ditt ärende.\n\nBeslut om körkortstillstånd\n\n{_DECISION_BODY}"
    assert _genre(text) != "beslut"


_REMINDER = (
    "{head}Påminnelse om deklaration\n\n{date}Hej!\n\nVi har ännu inte fått din deklaration. Du ska lämna den senast "
    "den 4 maj.\n\n{middle}Så deklarerar du\n\nDu kan deklarera i appen.\n\nHar du frågor? Ring oss.\n\n{tail}"
)


@pytest.mark.parametrize(
    ("head", "date", "middle", "tail"),
    [
        ("SKATTEVERKET\n\n", "Datum: 2026-04-20\n\n", "", "Skatteverket"),
        ("", "", "Om du redan har deklarerat kan du bortse från detta brev.\n\n", "Skatteverket"),
        ("", "", "", "Transportstyrelsen   Påminnelse   2026-11-20"),
    ],
)
def test_a_bare_greeting_in_a_dated_text_is_a_letter(head: str, date: str, middle: str, tail: str) -> None:
    assert _genre(_REMINDER.format(head=head, date=date, middle=middle, tail=tail)) == "brev"


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("", ""),  # greeted but neither dated nor a letter by its own words
        ("Här kan du läsa om deklarationen. Datum: 2026-04-20.\n\n", ""),  # a sentence before the greeting
    ],
)
def test_a_bare_greeting_alone_makes_no_letter(head: str, date: str) -> None:
    assert _genre(_REMINDER.format(head=head, date=date, middle="", tail="Skatteverket")) != "brev"


# the reader's role in the definite form: hyresgästen on a page that says du (university 07), tillståndshavaren in a
# decision that says ni (business 04) or a page that says du (business 07)

_HOUSING = "Studentbostäder\n\nDu kan ställa dig i kö när du har fyllt 18 år.\n\n{text}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("För att få hyra en studentbostad skall hyresgästen vara inskriven vid högskolan.", [("hyresgästen", "du")]),
        ("Om hyresgästen ej uppfyller studiekravet sägs avtalet upp.", [("hyresgästen", "du")]),
        ("Nedskräpning åligger tillståndshavaren att avhjälpa.", [("tillståndshavaren", "dig")]),
    ],
)
def test_the_readers_definite_role_in_a_du_text_is_told_du(text: str, expected: list[tuple[str, str]]) -> None:
    assert _man_findings(_HOUSING.format(text=text)) == expected


def test_the_readers_definite_role_in_a_ni_text_is_told_ni() -> None:
    text = _NI_DECISION.format(middle="Tillståndshavaren ansvarar för att serveringen sker enligt lagen.")
    assert _man_findings(text) == [("Tillståndshavaren", "Ni")]


@pytest.mark.parametrize(
    "text",
    [
        "Du ansvarar för att hyresgästen får nyckeln.",  # the sentence says du: another
        "Som hyresvärd ska du ge din hyresgäst ett kontrakt. Hyresgästen ska betala i förskott.",  # the reader's own
        "Du som är hyresvärd ska ge kontraktet. Hyresgästen ska betala i förskott.",
    ],
)
def test_a_definite_role_that_is_not_the_reader_is_left(text: str) -> None:
    assert _man_findings(_HOUSING.format(text=text)) == []


def test_a_definite_role_in_a_text_that_does_not_address_its_reader_is_left() -> None:
    text = "Hyresrätt\n\nHyresgästen ska betala hyran i förskott. Hyresvärden ska hålla lägenheten i gott skick."
    assert _man_findings(text) == []


# generic man in the clause that tells what a difference is (pensions 10): no instruction

_NUMBER_PAGE = "Samordningsnummer\n\nDu kan få ett samordningsnummer om du inte är folkbokförd. {text}"


@pytest.mark.parametrize(
    "text",
    [
        "Skillnaden är att man lägger till 60 till födelsedagen.",
        "Principen var att man räknar dagarna från beslutet.",
    ],
)
def test_man_in_what_a_difference_is_is_left(text: str) -> None:
    assert _man_findings(_NUMBER_PAGE.format(text=text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Regeln är att man ska ansöka i tid.",  # a rule for the reader: an instruction
        "Skillnaden märks när man ansöker.",  # man is not in the att clause after är
    ],
)
def test_man_elsewhere_on_a_du_page_is_still_told_du(text: str) -> None:
    assert _man_findings(_NUMBER_PAGE.format(text=text)) == [("man", "du")]


def test_a_definite_role_in_a_paragraph_that_names_it_as_anyone_is_left() -> None:
    text = (
        "Brandskydd\n\nNi ska lämna en redogörelse.\n\nOm en hyresgäst ansvarar för brandskyddet i en del av "
        "byggnaden, ska hyresgästen lämna en egen redogörelse.\n\nSå lämnar du redogörelsen"
    )
    assert _man_findings(text) == []
