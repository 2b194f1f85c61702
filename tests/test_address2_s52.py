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
