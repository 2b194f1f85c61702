"""Session 47: a text's forms (a regulation, an inspection's report) are decided once a lint, beside its kind, and
carried on the Document (note46's second reading: detect_genre and the rules each asked for the report)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint import genre, linter
from klarlint.genre import INSPECTION_REPORT, REGULATION, classify, detect_genre, forms_of
from klarlint.readers import read_text
from test_genre_s46 import ABOUT_RULES, REPORT_BODY, REPORT_HEAD, REPORT_SIGNATURE
from test_genre_s46 import REGULATION as REGULATION_TEXT

REPORT = f"# Inspektionsrapport – Tvätthallen i Norrby AB\n\n{REPORT_HEAD}{REPORT_BODY}{REPORT_SIGNATURE}"
LETTER = f"# Inspektionsrapport – Tvätthallen AB\n\nHej Anna Berg!\n\n{REPORT_BODY}{REPORT_SIGNATURE}"


@pytest.mark.parametrize(
    ("text", "fmt", "kind", "forms"),
    [
        (REGULATION_TEXT, "text", "dokument", {REGULATION}),
        (ABOUT_RULES, "text", "dokument", set()),
        (REPORT, "markdown", "dokument", {INSPECTION_REPORT}),
        # a greeted report is a letter, and with one sign only (it says ni) no report
        (LETTER, "markdown", "brev", set()),
        (
            "# Tillsynsrapporten visar brister\n\nInspektionen har granskat hemtjänsten i tre kommuner.\n",
            "markdown",
            "webbsida",
            set(),
        ),
    ],
)
def test_classify_gives_the_kind_detect_genre_gives_and_the_forms(text: str, fmt: str, kind: str, forms: set) -> None:
    document = read_text(text, fmt)
    assert classify(document) == (kind, frozenset(forms))
    assert detect_genre(document) == kind
    assert forms_of(document) == frozenset(forms)


def test_the_linter_decides_the_report_once_and_the_rules_read_it(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = genre._report_to_operator

    def counted(document, blocks):  # noqa: ANN001, ANN202
        calls.append(1)
        return real(document, blocks)

    seen: list = []
    real_analyze = linter.analyze

    def analyze(document, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        seen.append(document)
        return real_analyze(document, *args, **kwargs)

    monkeypatch.setattr(genre, "_report_to_operator", counted)
    monkeypatch.setattr(linter, "analyze", analyze)
    report = lint_text(REPORT, "markdown")
    assert len(calls) == 1
    assert seen[0].forms == frozenset({INSPECTION_REPORT}) and seen[0].genre == "dokument"
    # the rule that asks for it still reads the report's observations as the operator's, not the inspector's
    [passive] = [f for f in report.findings if f.rule == "passive-voice" and f.text == "tömts"]
    assert "(Vem?) har inte tömt" in (passive.suggestion or "")


def test_a_configured_kind_keeps_the_forms_the_text_shows() -> None:
    document = read_text(REGULATION_TEXT, "text")
    assert classify(document, "brev") == ("brev", frozenset({REGULATION}))
    senders = [f for f in lint_text(REGULATION_TEXT, genre="brev").findings if f.rule == "missing-sender"]
    assert senders == []  # a regulation needs no contact route, whatever kind the user chose
