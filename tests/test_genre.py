"""The kind of text (klarlint.genre) and the document rules that judge by it."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.config import config_from_mapping
from klarlint.errors import ConfigError
from klarlint.genre import detect_genre
from klarlint.readers import read_text

PROSE = " ".join(["Regeringen vill stärka stödet till kommunernas arbete med barn och unga i hela landet."] * 30)


def rules_of(report) -> list[str]:
    return [f.rule for f in report.findings]


@pytest.mark.parametrize(
    ("text", "fmt", "genre"),
    [
        ("# Tal vid Folk och Försvars rikskonferens\n\nDet talade ordet gäller.\n\nKära vänner.", "markdown", "tal"),
        ("# Statsministerns tal vid konferensen\n\nKära vänner.", "markdown", "tal"),
        ("# Statsministern håller tal till nationen\n\nI kväll talar statsministern.", "markdown", "webbsida"),
        ("---\ntype: press-release\n---\n# Nytt stöd\n\nRegeringen ger stöd.", "markdown", "pressmeddelande"),
        ("Hej Anna!\n\nTack för ditt brev.\n\nMed vänliga hälsningar\nBo", "text", "brev"),
        ("Ditt ärende\n\nBeslut\n\nDu får bygglov.\n\nSå här överklagar du\n\nSkriv till oss.", "text", "beslut"),
        ("# Nytt stöd till skolan\n\nRegeringen ger stöd.", "markdown", "webbsida"),
        ("Informationspolicy för kommunen\n\nPolicyn gäller alla.", "text", "dokument"),
    ],
)
def test_recognises_the_kind_of_text(text: str, fmt: str, genre: str) -> None:
    assert detect_genre(read_text(text, fmt)) == genre


TJANSTESKRIVELSE = (
    "# Införande av digital signering\n\nKommunledningsförvaltningen\nHandläggare: Sara Holm\nDnr: KS 2025/0388\n\n"
    "## Förslag till beslut\n\nKommunstyrelsen föreslås besluta att införa digital signering.\n\n"
    "## Ärendet\n\nFrågan har utretts."
)


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        (TJANSTESKRIVELSE, "dokument"),
        ("# Tjänsteskrivelse: Nytt reglemente\n\nNämnden föreslås anta reglementet.", "dokument"),
        # one sign alone is no case paper: a news page may name a case number, a page may have a heading *Ärendet*
        ("# Ny detaljplan för hamnen\n\nDnr: KS 2025/0388\n\nPlanen visas i stadshuset.", "webbsida"),
        ("# Så handläggs din ansökan\n\n## Ärendet\n\nVi läser din ansökan.", "webbsida"),
    ],
)
def test_a_case_paper_in_markdown_is_a_document(text: str, genre: str) -> None:
    """Session 42, a reviewer: a tjänsteskrivelse in Markdown under a title was read as a web page."""
    assert detect_genre(read_text(text, "markdown")) == genre


def test_a_thematic_break_opens_no_front_matter() -> None:
    # *---* and a blank line is a thematic break (as the Markdown reader and pandoc read it): its *Typ:* is text
    text = "---\n\nTyp: pressmeddelande\n\n---\n\n# Nytt stöd till skolan\n\nRegeringen ger stöd."
    assert detect_genre(read_text(text, "markdown")) != "pressmeddelande"
    assert detect_genre(read_text(text.replace("---\n\n", "---\n", 1), "markdown")) == "pressmeddelande"


def test_config_names_the_genre() -> None:
    assert detect_genre(read_text("Hej!\n\nText."), "speech") == "tal"
    assert config_from_mapping({"genre": "pressmeddelande"}).genre == "pressmeddelande"
    with pytest.raises(ConfigError, match="genre"):
        config_from_mapping({"genre": "dikt"})


def test_speech_needs_no_sender_and_no_summary() -> None:
    text = f"# Tal vid konferensen om barns rättigheter\n\n{PROSE}\n"
    rules = rules_of(lint_text(text, "markdown"))
    assert "missing-sender" not in rules and "missing-summary" not in rules
    # the same text as a plain document still needs both
    rules = rules_of(lint_text(f"Konferensen om barns rättigheter\n\n{PROSE}\n"))
    assert "missing-sender" in rules and "missing-summary" in rules


def test_letter_still_needs_a_sender() -> None:
    text = f"Hej!\n\n{PROSE}\n\nMed vänliga hälsningar\n"
    assert "missing-sender" in rules_of(lint_text(text))


def test_web_page_lead_paragraph_is_its_summary() -> None:
    lead = "Regeringen ger kommunerna mer stöd för arbetet med barn och unga. Stödet gäller från i höst."
    paragraphs = "\n\n".join([" ".join([PROSE.split(". ")[0] + "."] * 3)] * 10)
    text = f"# Mer stöd till kommunernas arbete med barn\n\n{lead}\n\n{paragraphs}\n"
    assert "missing-summary" not in rules_of(lint_text(text, "markdown"))


@pytest.mark.parametrize(
    ("opening", "lacks"),
    [
        ("Publicerad 12 mars 2024", "byline eller en datumrad"),
        ("Av Anna Berg, kommunikatör", "byline eller en datumrad"),
        ("12 mars 2024", "byline eller en datumrad"),
        ("Denna policy gäller för alla anställda i kommunen.", "vad texten gäller"),
        ("Vädret var fint i går och fåglarna sjöng i träden.", "nämner inte det texten handlar om"),
    ],
)
def test_byline_date_scope_or_offtopic_opening_is_no_summary(opening: str, lacks: str) -> None:
    text = f"# Stöd till kommunernas arbete\n\n{opening}\n\n## Bakgrund\n\n{PROSE}\n"
    [finding] = [f for f in lint_text(text, "markdown").findings if f.rule == "missing-summary"]
    assert lacks in finding.message


def test_generic_man_in_news_and_quotes_is_left_alone() -> None:
    news = "# Ministern besökte skolan\n\nEleverna visade hur man arbetar med läsning. Sedan besöker man biblioteket."
    assert "impersonal-man" not in rules_of(lint_text(news, "markdown"))
    quote = "Regeringen satsar på skolan.\n\n– När man läser mycket blir man en bättre läsare, säger ministern."
    assert "impersonal-man" not in rules_of(lint_text(quote))
    letter = "# Så söker du bidrag\n\nMan kan söka bidrag hos oss. Du får svar inom en vecka."
    assert "impersonal-man" in rules_of(lint_text(letter, "markdown"))


def test_parse_is_the_one_check_of_a_chosen_kind_for_every_interface() -> None:
    from klarlint.errors import KlarlintError
    from klarlint.genre import parse

    assert parse(None, "--genre") is None and parse("", "genre") is None  # none chosen: recognised from the text
    assert parse(" Pressrelease ", "--genre") == "pressmeddelande"
    for value in ("roman", 3):
        with pytest.raises(KlarlintError, match=r"^--genre: okänd texttyp .* \(välj en av brev, beslut, webbsida"):
            parse(value, "--genre")
    with pytest.raises(ConfigError, match="^klarlint.toml: genre: okänd texttyp 'dikt'"):
        parse("dikt", "klarlint.toml: genre", ConfigError)
