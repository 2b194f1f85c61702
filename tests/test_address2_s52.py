"""Session 52's second-wave address items (impersonal-man, genre): each with the cases it must and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text


def _man_findings(text: str, fmt: str = "text", **settings: str) -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt, **settings)
    return [(f.text, f.suggestion) for f in report.findings if f.rule == "impersonal-man"]


# capital Er in a letter that says du: a possessive before its noun is din, an object dig (housing re-test 03:
# *kontakta Er kundvärd* had been told *dig*, and --diff wrote *kontakta dig kundvärd*)

_DU_LETTER = (
    "Hej Anna!\n\nDu har sagt upp din lägenhet. Du får ett brev från oss om flytten.\n\n{}\n\n"
    "Med vänliga hälsningar\nNorrby Bostäder"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Om Ni har frågor kan Ni kontakta Er kundvärd Lena Berg på telefon 0521-38 40 22.",
            [("Ni", "du"), ("Ni", "du"), ("Er", "din")],
        ),
        ("Ni kan kontakta Er handläggare Anna Ek.", [("Er", "din")]),
        ("Vi tackar Er för Ert brev och Era synpunkter.", [("Er", "dig"), ("Ert", "ditt"), ("Era", "dina")]),
        ("Vi ber Er kontakta Er handläggare.", [("Er", "dig"), ("Er", "din")]),
        ("Vi skickar Er en faktura.", [("Er", "dig")]),
        ("Om tiden inte passar Er ombeds Ni ringa oss.", [("Er", "dig"), ("Ni", "du")]),
        (
            "Om Ni anser att beslutet är fel kan Ni vända Er till Er fackliga organisation.",
            [("Ni", "du"), ("Ni", "du"), ("Er", "dig"), ("Er", "din")],
        ),
    ],
)
def test_a_capital_er_is_told_din_before_its_noun_and_dig_alone(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _man_findings(_DU_LETTER.format(sentence)) == expected


# man in a relative clause on the second of two things a third party wished for (housing re-test 10: the parse hung
# *en plats* on the verb, or made the first thing a second subject, and *ni* was suggested)

_NEWS = "# Nytt från oss\n\nI våras frågade vi vad ni ville ha på gården. {}\n\nHar du frågor? Ring oss."


@pytest.mark.parametrize(
    "sentence",
    [
        "Många önskade en lekplats med gungor och en plats där man kan grilla.",
        "Många ville ha en lekplats med gungor och en plats där man kan plaska.",
        "Barnen önskar en gunga och en plats där man kan leka.",
    ],
)
def test_man_in_the_second_of_two_wished_things_is_not_the_reader(sentence: str) -> None:
    assert _man_findings(_NEWS.format(sentence), "markdown") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi bygger en lekplats och en plats där man kan grilla.",  # no wish
        "Vi vill ha en lekplats och en plats där man kan grilla.",  # the writer's wish
    ],
)
def test_man_beside_two_things_no_third_party_wished_for_is_still_flagged(sentence: str) -> None:
    assert [text for text, _ in _man_findings(_NEWS.format(sentence), "markdown")] == ["man"]
