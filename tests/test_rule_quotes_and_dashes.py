"""quotes-and-dashes: Swedish quotation marks, en dash in ranges and as tankstreck – and hyphens that must stay."""

from __future__ import annotations

import pytest

from conftest import lint_text

RULE = "quotes-and-dashes"


def found(text: str, fmt: str = "text") -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in lint_text(text, fmt).findings if f.rule == RULE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Läs broschyren "Så söker du bidrag" först.', [('"Så söker du bidrag"', "”Så söker du bidrag”")]),
        ("Läs broschyren “Så söker du bidrag” först.", [("“Så söker du bidrag”", "”Så söker du bidrag”")]),
        ("Läs broschyren „Så söker du bidrag“ först.", [("„Så söker du bidrag“", "”Så söker du bidrag”")]),
    ],
)
def test_foreign_quotation_marks(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tecknen “ ” och „ “ är engelska och tyska.", []),
        ('Tecknet " och tecknet “ är raka och engelska.', []),
        # the marks named, then a quotation in them: the quotation is still flagged
        ("Tecknen “ ” är engelska. Han sa: “Vi kommer”.", [("“Vi kommer”", "”Vi kommer”")]),
    ],
)
def test_a_quotation_mark_standing_alone_is_named_not_used(text: str, expected: list[tuple[str, str]]) -> None:
    """(session 42, the explain tester: --fix made the rule's own explanation *Tecknen ” ” och ” ”*)"""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi tar emot 10-12 personer.", [("10-12", "10–12")]),
        ("Det tar 1-2 veckor.", [("1-2", "1–2")]),
        ("Planen gäller 2019-2022.", [("2019-2022", "2019–2022")]),
        ("Vi har öppet 8.00-16.30 varje dag.", [("8.00-16.30", "8.00–16.30")]),
        ("Vi har öppet kl. 8-17.", [("8-17", "8–17")]),
        ("Vi har öppet måndag-fredag.", [("måndag-fredag", "måndag–fredag")]),
        ("Vi ses 10 - 12 maj.", [("10 - 12", "10–12")]),
    ],
)
def test_hyphen_in_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi har öppet hela sommaren - utom i juli.", [(" - ", " – ")]),
        ("Det är bra -- eller hur?", [(" -- ", " – ")]),
        ("Det är bra — eller hur?", [(" — ", " – ")]),
    ],
)
def test_hyphen_or_em_dash_as_tankstreck(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Läs broschyren ”Så söker du bidrag” först – den är kort.",  # already Swedish
        "Vi tar emot 10–12 personer måndag–fredag.",
        "Beslutet fattades 2025-05-05.",  # date
        "Ring 08-123 45 67 eller 0240-123456.",  # telephone numbers
        "Organisationsnummer 212000-2288, personnummer 19850505-1234.",
        "ISBN 978-91-38-23265-1.",
        "Betala till bankgiro 5050-1055 eller bg 123-4567.",
        "Vi har en 3-rumslägenhet och två 3-4-åringar.",  # compounds
        "Det slutade 3-2 i matchen.",  # not increasing: a score, not a range
        "Läs kapitel 3.2-3.4 i handboken.",  # section numbers: left alone (precision)
        "Adressen är SE-784 33 Borlänge och covid-19 är en sjukdom.",
        "Ansök hos barn - och ungdomsnämnden.",  # a stray space in a compound, not a tankstreck
        "Se https://example.se/sida-10-12/ för mer.",
        'Skärmen är 27" stor.',  # inch mark, no pair
        'Klistra in <a href="https://example.se">länken</a> i texten.',  # HTML attribute in plain text
    ],
)
def test_leaves_correct_and_non_range_hyphens_alone(text: str) -> None:
    assert found(text) == []


def test_list_bullets_are_not_tankstreck() -> None:
    assert found("Ta med\n\n- legitimation\n- intyg från läkare\n") == []


def test_markdown_code_and_html_attributes_are_skipped() -> None:
    text = 'Kör `klarlint "fil.txt"` och se <a href="x">länken</a> om 10–12 personer.\n'
    assert found(text, "markdown") == []


def test_each_kind_can_be_turned_off_by_its_own_sub_check_id():
    from klarlint.config import Config
    from klarlint.linter import lint_text as lint_with

    text = 'Vi har öppet måndag-fredag 8.00-16.30 - utom i juli. Läs "Så söker du bidrag".'
    kinds = [f.subcheck for f in lint_with(text).files[0].findings if f.rule == "quotes-and-dashes"]
    assert sorted(kinds) == ["range-dash", "range-dash", "spaced-dash", "swedish-quotes"]
    report = lint_with(text, Config(disable=frozenset({"range-dash"}))).files[0]
    assert sorted(f.subcheck for f in report.findings if f.rule == "quotes-and-dashes") == [
        "spaced-dash",
        "swedish-quotes",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Avtalsperioden är 2025-10-01 -- 2027-09-30.", [("2025-10-01 -- 2027-09-30", "2025-10-01 – 2027-09-30")]),
        (
            "Avtalet gäller 2025-10-01 - 2027-09-30 i första hand.",
            [("2025-10-01 - 2027-09-30", "2025-10-01 – 2027-09-30")],
        ),
    ],
)
def test_a_range_of_dates_with_hyphens_gets_a_spaced_dash(text: str, expected: list[tuple[str, str]]) -> None:
    """Session 40: the limits had been named *01–2027* and the fix written *2025-10-01–2027-09-30*."""
    assert found(text) == expected
    [finding] = [f for f in lint_text(text).findings if f.rule == RULE]
    assert "”2025-10-01 – 2027-09-30”" in finding.message and finding.replacements == ("2025-10-01 – 2027-09-30",)


def test_a_range_at_a_sentences_end_leaves_the_full_stop_out() -> None:
    assert found("Planen gäller för perioden 2024 - 2026.") == [("2024 - 2026", "2024–2026")]


def test_a_dash_between_telephone_numbers_is_a_dash() -> None:
    assert found("Ring 08-123 45 67 - 08-765 43 21.") == [(" - ", " – ")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under perioden 1/6 - 31/8 sker hämtning varje vecka.", [("1/6 - 31/8", "1/6–31/8")]),
        ("Läsåren 2024/25 - 2025/26 gäller.", [("2024/25 - 2025/26", "2024/25–2025/26")]),
        ("Vi har öppet 8.00 - 16.30 i dag.", [("8.00 - 16.30", "8.00–16.30")]),  # unchanged
    ],
)
def test_a_range_of_dates_with_a_slash_takes_the_whole_dates(text: str, expected: list[tuple[str, str]]) -> None:
    """Session 41: *1/6 - 31/8* had been read as the range *6 - 31*: that was the span, and the message named
    *6–31* as the range's limits."""
    assert found(text) == expected
    [finding] = [f for f in lint_text(text).findings if f.rule == RULE]
    assert f"”{expected[0][1]}”" in finding.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under vecka 12 stängs sträckan Kyrkogatan - Torggatan av.",
            [("Kyrkogatan - Torggatan", "Kyrkogatan–Torggatan")],
        ),
        ("Bussen Centrum - Flygplatsen går varje timme.", [("Centrum - Flygplatsen", "Centrum–Flygplatsen")]),
        # no word for a route before: a dash in a sentence, spaced
        ("Kyrkogatan - en gata med historia.", [(" - ", " – ")]),
        ("Anna - Vår nya chef - börjar i maj.", [(" - ", " – "), (" - ", " – ")]),
    ],
)
def test_a_route_between_two_names_takes_an_unspaced_dash(text: str, expected: list[tuple[str, str]]) -> None:
    """Session 42, a reviewer: *sträckan Kyrkogatan - Torggatan* had been told the spaced form, against the rule's own
    *måndag–fredag*."""
    assert found(text) == expected


def test_a_double_hyphen_is_called_so() -> None:
    """The explain tester, session 42: *--* had been called a *bindestreck*."""
    [finding] = [f for f in lint_text("Vi ses i maj -- om inget händer.").findings if f.rule == RULE]
    assert "dubbla bindestreck (--)" in finding.message
