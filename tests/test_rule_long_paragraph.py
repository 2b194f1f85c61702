"""long-paragraph: too many sentences or words in one paragraph; lists, headings and tables of contents pass."""

from __future__ import annotations

from conftest import lint_text
from klarlint.rules.base import Severity

RULE = "long-paragraph"
SENTENCE = "Vi har fått din ansökan om bidrag och läser den noga."  # 11 words


def findings(report):
    return [f for f in report.findings if f.rule == RULE]


def test_paragraph_with_too_many_sentences() -> None:
    paragraph = " ".join([SENTENCE] * 8)
    [finding] = findings(lint_text(paragraph))
    assert finding.severity is Severity.INFO
    assert "8 meningar" in finding.message and "88 ord" in finding.message
    assert finding.text == paragraph


def test_paragraph_with_too_many_words() -> None:
    long = "Vi har fått din ansökan om bidrag för föreningens verksamhet under året, " * 9
    paragraph = long.strip().rstrip(",") + "."  # one sentence of 108 words … plus two more
    paragraph = f"{paragraph} {SENTENCE} {SENTENCE}"
    [finding] = findings(lint_text(paragraph))
    assert "högst 120 ord" in finding.message and "högst 7 meningar" not in finding.message


def test_short_paragraphs_pass() -> None:
    text = "\n\n".join([" ".join([SENTENCE] * 5)] * 4)
    assert findings(lint_text(text)) == []


def test_limits_are_options() -> None:
    paragraph = " ".join([SENTENCE] * 4)
    assert findings(lint_text(paragraph)) == []
    limits = {"max_sentences": 3, "max_words": 60}  # 44 words: two thirds of max_words, so sentences count
    assert len(findings(lint_text(paragraph, rules={"long-paragraph": limits}))) == 1


def test_list_items_are_not_paragraphs() -> None:
    items = "\n".join(f"- {' '.join([SENTENCE] * 8)}" for _ in range(2))
    assert findings(lint_text(items)) == []


def test_table_of_contents_is_skipped() -> None:
    toc = " ".join(f"Avsnitt {i}. ........ {i + 2}" for i in range(1, 12))
    assert findings(lint_text(f"Innehåll\n\n{toc}\n")) == []


# What a reader sees as a wall of prose (issue 13): not a programme, not a list of steps, not short sentences.
SHORT = "Vi ses i dag. Det blir bra."  # two sentences, six words


def test_many_short_sentences_read_easily() -> None:
    """Eight sentences in 24 words: the sentence limit needs two thirds of max_words as well."""
    assert findings(lint_text(" ".join([SHORT] * 4))) == []
    assert len(findings(lint_text(" ".join([SENTENCE] * 8)))) == 1  # eight sentences in 88 words


def test_instructions_are_list_steps_not_prose() -> None:
    steps = " ".join(
        [
            "Skicka in ansökan senast den 1 maj till oss på förvaltningen.",
            "Ange ditt namn, din adress och ditt telefonnummer i blanketten.",
            "Bifoga också ett intyg från din arbetsgivare om din anställning.",
            "Observera att vi inte tar emot ansökningar som kommer in för sent.",
            "Kontakta oss om du har frågor om hur du fyller i blanketten.",
        ]
    )
    paragraph = f"{steps} {SENTENCE} {SENTENCE} {SENTENCE}"  # eight sentences, five of them instructions
    assert findings(lint_text(paragraph)) == []
    prose = " ".join([SENTENCE] * 5)
    assert len(findings(lint_text(f"{prose} {SENTENCE} {SENTENCE} {SENTENCE}"))) == 1


def test_paragraphs_under_a_programme_heading_are_items() -> None:
    item = " ".join([SENTENCE] * 8)
    programme = f"# Besöket i Umeå\n\n## Program\n\n### Måndag 3 maj\n\n{item}\n\n### Lunch\n\n{item}\n"
    assert findings(lint_text(programme, fmt="markdown")) == []
    by_day = f"# Konferensen\n\n## Tisdag 4 maj\n\n{item}\n\n## Kl. 13.00 Workshop\n\n{item}\n"
    assert findings(lint_text(by_day, fmt="markdown")) == []


def test_a_section_after_the_programme_is_prose_again() -> None:
    item = " ".join([SENTENCE] * 8)
    text = f"# Besöket\n\n## Program\n\n{item}\n\n## Bakgrund\n\n{item}\n\n## 2.10 Ansvar\n\n{item}\n"
    report = lint_text(text, fmt="markdown")
    assert len(findings(report)) == 2
    research = f"# Program för forskning om vatten\n\n{item}\n"  # a programme of policy, not a schedule
    assert len(findings(lint_text(research, fmt="markdown"))) == 1


REPLY = (
    "– Alla människor i Sverige ska kunna lita på att vården finns där när de behöver den. Därför satsar vi nu på "
    "fler vårdplatser och bättre arbetsvillkor för personalen. Vi vet att många anhöriga i dag gör ett stort arbete "
    "utan stöd. Det vill vi ändra på, och därför ger vi nu Socialstyrelsen ett tydligt uppdrag. Vi har redan talat "
    "med flera kommuner om hur stödet kan bli bättre. Arbetet ska vara klart till hösten och vi kommer att följa det "
    "noga, säger socialministern."
)


def test_a_quoted_paragraph_is_information_with_the_note() -> None:
    # A minister's reply is the minister's to shorten (session 42, webrev §2: three of sixteen warnings under webb)
    [finding] = findings(lint_text(REPLY, fmt="markdown", profile="webb"))
    assert finding.severity is Severity.INFO
    assert "Det står i ett citat" in finding.message
    [quoted] = findings(lint_text("> " + REPLY.removeprefix("– "), fmt="markdown", profile="webb"))
    assert quoted.severity is Severity.INFO and "Det står i ett citat" in quoted.message
    assert findings(lint_text(REPLY, fmt="markdown", profile="webb", rules={RULE: {"quoted": "off"}})) == []
    [warned] = findings(lint_text(REPLY, fmt="markdown", profile="webb", rules={RULE: {"quoted": "warning"}}))
    assert warned.severity is Severity.WARNING


def test_the_writer_s_own_long_paragraph_is_still_a_warning_under_webb() -> None:
    own = REPLY.removeprefix("– ").replace(", säger socialministern.", ".")
    [finding] = findings(lint_text(own, fmt="markdown", profile="webb"))
    assert finding.severity is Severity.WARNING
    assert "citat" not in finding.message
