"""Language of short Danish, Finnish and minority-language text, an empty ``<html lang="">`` and front matter's
``lang: sv`` on English text (session 44, issue 13 item 6; session 43's *Language:* left-overs)."""

from __future__ import annotations

import pytest

from klarlint.language import document_languages
from klarlint.linter import lint_text
from klarlint.readers import read_text

PAGE_BODY = (
    "<head><title>Bygglov – Exempelby kommun</title></head><body><main><h1>Bygglov</h1><p>Du kan söka bygglov i "
    "vår e-tjänst. Vi svarar inom tre veckor och skickar beslutet till dig.</p></main></body></html>"
)


def _languages(source: str, fmt: str) -> tuple[str, dict[str, str]]:
    document = read_text(source, fmt)
    found = document_languages(document)
    return found.language, {block.text: lang for block, lang in zip(document.blocks, found.blocks, strict=True)}


def _missing_lang(page: str) -> str:
    [finding] = [f for f in lint_text(page, fmt="html").files[0].findings if f.rule == "lang-attribute"]
    assert finding.subcheck == "lang-missing"
    return finding.message


@pytest.mark.parametrize("html", ['<!DOCTYPE html><html lang="">', "<html LANG = ' ' class='no-js'>"])
def test_an_empty_lang_is_said_to_be_empty(html: str) -> None:
    # it had been told *<html> saknar attributet lang*, which it has
    message = _missing_lang(html + PAGE_BODY)
    assert 'attributet lang på elementet <html> är tomt (lang="")' in message and "saknar" not in message


@pytest.mark.parametrize("html", ["<!DOCTYPE html><html>", '<!-- <html lang="sv"> --><html>', '<html data-lang="sv">'])
def test_a_missing_lang_is_still_said_to_be_missing(html: str) -> None:
    assert "elementet <html> saknar attributet lang" in _missing_lang(html + PAGE_BODY)


ENGLISH = (
    "# Welcome to Storvik\n\nStorvik is a small municipality in the north of Sweden. Here you can read about our "
    "schools, housing and jobs.\n\nIf you have questions, please contact the customer service centre.\n"
)
MARK = 'med lang="en" i sidans kod'


def _language_notices(source: str) -> list[str]:
    report = lint_text(source, fmt="markdown").files[0]
    return [n.message for n in report.notices if n.code == "other-language"]


def test_front_matter_lang_sv_on_english_text_gets_the_advice_html_gets() -> None:
    # HTML lang="sv" on English text is told *Märk sidan med lang="en" …*; front matter's lang: sv had been told nothing
    [message] = _language_notices(f"---\ntitle: Welcome\nlang: sv\n---\n\n{ENGLISH}")
    # (session 44b: a Markdown page is told to change its front matter, not to mark *sidans kod*)
    assert "Texten är på engelska" in message and "Ändra lang: sv till lang: en i sidhuvudet (front matter)" in message


def test_an_english_section_of_a_markdown_page_marked_sv_gets_the_advice() -> None:
    source = (
        "---\nlang: sv\n---\n\n# Bygglov\n\nDu behöver bygglov om du vill bygga ett nytt hus eller bygga till ditt "
        "hus.\n\n## In English\n\nYou need a building permit if you want to build a new house or extend your house. "
        "Please apply through our e-service and we will answer within four weeks.\n"
    )
    [message] = _language_notices(source)
    assert 'Märk den med lang="en" (i Markdown med HTML runt texten' in message


@pytest.mark.parametrize(
    "source", [ENGLISH, f"---\nlang: en\n---\n\n{ENGLISH}", f"+++\nlanguage = 'en-GB'\n+++\n\n{ENGLISH}"]
)
def test_english_markdown_without_a_wrong_declaration_gets_no_advice(source: str) -> None:
    # a Markdown file without front matter need not be a web page; one marked lang: en is marked right
    [message] = _language_notices(source)
    assert "Texten är på engelska" in message and "Märk" not in message


INTRO = (
    "# Sophämtning\n\nKommunen hämtar ditt hushållsavfall varannan vecka. Ställ kärlet vid vägen senast klockan "
    "sex.\n\n"
)


def _line_on_a_swedish_page(line: str) -> str:
    language, blocks = _languages(f"{INTRO}{line}\n", "markdown")
    assert language == "sv"
    return blocks[line]


def test_a_whole_short_danish_page_is_danish() -> None:
    # Danish 2 points (kan, ved), Swedish 1 (kan): it had been linted as Swedish, with LIX and no notice; *lukket*,
    # *afleveres* are spelt as Danish spells and Swedish does not
    source = "# Lukket\n\nBiblioteket holder lukket i dag. Bogen kan afleveres i postkassen ved indgangen.\n"
    report = lint_text(source, fmt="markdown").files[0]
    assert report.language == "da"
    assert [n.message.split(" och ")[0] for n in report.notices] == ["Texten är på danska"]


@pytest.mark.parametrize(
    ("line", "language"),
    [
        # one Finnish function word or none: they had been linted as Swedish, silently
        ("Tervetuloa kirjastoon!", "fi"),
        ("Uimahalli on suljettu remontin takia kesäkuussa.", "fi"),
        ("Kunnan asiakaspalvelu auttaa sinua arkisin kello 8–16.", "fi"),
        ("Sie saatat hakea apua sosiaalikonttorista.", "fit"),  # meänkieli: *sie* (Finnish *sinä*)
        ("Gielda fállá bálvalusaid sámegillii.", "smi"),  # North Sami: no word of its list, its letters
        ("Bures boahtin Sámi dáiddaguovddážii!", "smi"),  # a Sami welcome
        # Danish with words Swedish writes too (*i*, *vi*, *også*'s å), which had kept it Swedish
        ("Skraldet hentes hver anden uge i sommerferien.", "da"),
        ("Vi har lukket i dag, men du kan aflevere bøger i postkassen.", "da"),
    ],
)
def test_a_one_liner_of_a_neighbour_on_a_swedish_page_is_skipped(line: str, language: str) -> None:
    assert _line_on_a_swedish_page(line) == language


SWEDISH_SHORT_LINES = [
    # headings, names, addresses, one-word lines
    "Välkommen!",
    "Välkommen till biblioteket!",
    "Kontakta oss",
    "Storgatan 12, 123 45 Storvik",
    "Anna Svensson",
    "Öppettider",
    "Bygglov",
    "Tack!",
    "Kommunstyrelsens arbetsutskott",
    "Pajala kommun",
    "Övertorneå",
    "Tärendö",
    "Karesuando",
    "Jokkmokk",
    # Sami and Finnish place names, a Spanish and a Bosnian name, in Swedish lines
    "Sápmi",
    "Ájtte museum",
    "Sámediggi – Sametinget",
    "Kontakta María Sánchez",
    "Štefan Čech, socialsekreterare",
    "Afshin Rahimi, handläggare",
    "Kemiingenjör",
    # Swedish with a word that Danish or Norwegian writes too, or spelt alike
    "Andre vice ordförande",
    "Mod och mening",
    "Alle elever får läsk.",
    "Biblioteket håller stängt i dag.",
    "Paketet levereras i dag.",
    "Paket hämtas vid disken.",
    "Vi har öppet hela dagen.",
    "Skal och kärna",
    "Nå ut till fler",
    "Afrikansk dans",
    "Afghanska",
    "Ja, se nedan.",
    "Se mer",
]


@pytest.mark.parametrize("line", SWEDISH_SHORT_LINES)
def test_a_short_swedish_line_stays_swedish(line: str) -> None:
    assert _line_on_a_swedish_page(line) == "sv"


@pytest.mark.parametrize("line", ["Más información está aquí.", "Kontaktirajte našu službu za više informacija."])
def test_letters_sami_does_not_write_keep_a_line_from_sami(line: str) -> None:
    # Spanish and Bosnian write á, š too (with é, í, ó, ć …): not Sami
    assert _line_on_a_swedish_page(line) not in ("smi", "sv")


@pytest.mark.parametrize(
    "line", ["Kunta tiedottaa: uimahalli on suljettu", "Kunnan asiakaspalvelu auttaa sinua arkisin kello 8–16."]
)
def test_a_finnish_line_on_a_short_swedish_page_leaves_its_heading_swedish(line: str) -> None:
    # the Finnish words of a municipality's pages are a short line's evidence only: counted in every text's points,
    # they had made this page Finnish and its heading *Sophämtning* (whose ä Finnish writes) skipped
    source = f"# Sophämtning\n\nKommunen hämtar ditt hushållsavfall varannan vecka.\n\n{line}\n"
    language, blocks = _languages(source, "markdown")
    assert language == "sv"
    assert blocks == {
        "Sophämtning": "sv",
        "Kommunen hämtar ditt hushållsavfall varannan vecka.": "sv",
        line: "fi",
    }


def test_a_danish_paragraph_on_a_short_swedish_page_leaves_its_swedish_lines_swedish() -> None:
    # the Danish paragraph outweighs the one Swedish sentence (the page is Danish by its points), but the ä of
    # *Sophämtning* and *hämtar* is no Danish letter: both had become Danish and been skipped
    danish = (
        "Skraldet hentes hver anden uge, også om sommeren. Husk at sortere dit affald, og spørg os, hvis du er i tvivl."
    )
    source = f"# Sophämtning\n\nKommunen hämtar avfall.\n\n{danish}\n"
    language, blocks = _languages(source, "markdown")
    assert language == "da"
    assert blocks == {"Sophämtning": "sv", "Kommunen hämtar avfall.": "sv", danish: "da"}


DANISH = "Biblioteket holder lukket i dag. Bogen kan afleveres i postkassen."


@pytest.mark.parametrize("heading", ["Lukket", "Tømning af skraldespande"])
def test_a_short_danish_pages_heading_is_danish(heading: str) -> None:
    # a heading with a word of Danish's own and nothing Swedish: the page is Danish, heading and all
    language, blocks = _languages(f"# {heading}\n\n{DANISH}\n", "markdown")
    assert language == "da" and blocks == {heading: "da", DANISH: "da"}


@pytest.mark.parametrize("heading", ["Uppdraget", "Velkommen", "Kontakt"])
def test_a_heading_with_no_danish_word_over_a_danish_paragraph_is_linted(heading: str) -> None:
    # it may be a Swedish heading (*Uppdraget*): the paragraph is skipped as Danish, the heading linted
    language, blocks = _languages(f"# {heading}\n\n{DANISH}\n", "markdown")
    assert language == "sv" and blocks == {heading: "sv", DANISH: "da"}
