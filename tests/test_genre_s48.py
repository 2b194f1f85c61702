"""Session 48: a regulation has no summary to put first; organisations' names of several words, their acronyms and
more endings name a sender; *vi* with a way to reach them is a sender's voice; an easy-to-read text's short opening
lines are its summary; the kind of a report, a pupil's plan and a letter written in Markdown."""

from __future__ import annotations

from conftest import lint_text

SHORT = {"rules": {"missing-summary": {"min_words": 40}}}


def findings(text: str, rule: str, fmt: str = "text", **settings):  # noqa: ANN201 (a list of Finding)
    return [f for f in lint_text(text, fmt, **settings).findings if f.rule == rule]


# A regulation (the agency re-tester's 05-foreskrifter.docx written anew): its series and title in its head, its
# paragraphs, and a statute's formula; the same paragraphs under a page's title have neither.
PARAGRAPHS = (
    "1 § Dessa föreskrifter gäller för den som bedriver hemtjänst enligt socialtjänstlagen i hela landet.\n\n"
    "2 § Den som bedriver hemtjänst ska ha rutiner för hur insatserna planeras och följs upp varje månad.\n\n"
    "3 § Rutinerna ska dokumenteras och vara kända av all personal som arbetar med insatserna hos den enskilde.\n\n"
    "4 § Den som bedriver hemtjänst ska utse en person som ansvarar för att rutinerna följs i det dagliga arbetet.\n\n"
)
REGULATION = (
    "Socialstyrelsens författningssamling\n\nSOSFS 2026:5 (S)\n\n"
    "Socialstyrelsens föreskrifter om rutiner i hemtjänsten;\n\nbeslutade den 3 mars 2026.\n\n"
    f"Socialstyrelsen föreskriver följande.\n\n{PARAGRAPHS}"
    "Denna författning träder i kraft den 1 juli 2026.\n\nPå Socialstyrelsens vägnar\n\nOLIVIA WIGZELL\n"
)


def test_a_regulation_is_not_asked_for_a_summary() -> None:
    assert not findings(REGULATION, "missing-summary", **SHORT)


def test_the_same_paragraphs_without_a_statutes_formula_still_need_a_summary() -> None:
    about = REGULATION.replace("Denna författning träder i kraft", "Reglerna gäller från")
    about = about.replace("På Socialstyrelsens vägnar", "Socialstyrelsen")
    assert findings(about, "missing-summary", **SHORT)
