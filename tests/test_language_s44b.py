"""Language detection after the re-tester's surface pass of session 44 (retest-surface.md §1-3, §7): Swedish noble
names with *af*, a Swedish heading over a Sami greeting, a short Danish page in a Swedish template, Danish pages named
as Danish."""

from __future__ import annotations

import pytest

from klarlint.language import document_languages
from klarlint.linter import lint_text
from klarlint.readers import read_text


def _languages(source: str, fmt: str = "markdown") -> tuple[str, dict[str, str]]:
    document = read_text(source, fmt)
    found = document_languages(document)
    return found.language, {block.text: lang for block, lang in zip(document.blocks, found.blocks, strict=True)}


def _notices(source: str, fmt: str = "markdown") -> list[str]:
    report = lint_text(source, fmt=fmt).files[0]
    return [n.message for n in report.notices if n.code == "other-language"]


INTRO = "# Utställning\n\n"
OUTRO = "\n\nUtställningen visas till och med den 12 maj. Biljetter köper du i entrén.\n"


@pytest.mark.parametrize(
    "line",
    [
        "Hilma af Klint på Moderna museet",
        "Hilma af Klint på museet",
        "Hotell af Chapman på Skeppsholmen",
        "Carl af Trolle på slottet",
        "Familjen af Ugglas på Gotland",
        "Hilma af Klint",
    ],
)
def test_a_swedish_noble_name_with_af_stays_swedish(line: str) -> None:
    # *af* before a capitalised name is a Swedish noble particle, not the Danish preposition: *af, på* had made the
    # line Danish (Danish 3 points, Swedish 2) and skipped it
    language, blocks = _languages(f"{INTRO}{line}{OUTRO}")
    assert language == "sv" and blocks[line] == "sv"
    assert _notices(f"{INTRO}{line}{OUTRO}") == []


def test_a_short_swedish_page_with_an_af_name_is_swedish() -> None:
    # the whole page had been *Texten är på danska*, 0 words linted
    source = "# Hotell af Chapman\n\nVandrarhem på Skeppsholmen.\n"
    language, blocks = _languages(source)
    assert language == "sv" and set(blocks.values()) == {"sv"}
    assert _notices(source) == []


def test_danish_af_before_a_lower_case_word_is_still_danish() -> None:
    source = f"{INTRO}Biblioteket holder lukket i dag. Bogen kan afleveres af os i postkassen ved indgangen.{OUTRO}"
    assert (
        _languages(source)[1]["Biblioteket holder lukket i dag. Bogen kan afleveres af os i postkassen ved indgangen."]
        == "da"
    )


PARAGRAPH = "Kommunen tar emot ansökningar om bidrag fram till den 15 mars. Ansök via e-tjänsten på webbplatsen."


@pytest.mark.parametrize("heading", ["Badhuset", "Avgifter", "Kontakt", "Bygglov"])
@pytest.mark.parametrize("greeting", ["Bures boahtin!", "Buorre beaivi!"])
def test_a_swedish_heading_over_a_sami_greeting_stays_swedish(heading: str, greeting: str) -> None:
    # the heading had been taken for the Sami section's (*Text på samiska … (rad 1–3)*) in Markdown; in HTML lang="sv"
    # had kept it Swedish, and over a Finnish or Danish line it was already
    source = f"# {heading}\n\n{greeting}\n\n{PARAGRAPH}\n"
    language, blocks = _languages(source)
    assert language == "sv" and blocks[heading] == "sv" and blocks[greeting] == "smi"
    assert [m.split(":")[0] for m in _notices(source)] == ["Text på samiska har inte granskats (rad 3)"]


def test_a_heading_with_a_word_of_the_greetings_language_goes_with_it() -> None:
    language, blocks = _languages(f"# Giitu\n\nBures boahtin!\n\n{PARAGRAPH}\n")
    assert language == "sv" and blocks["Giitu"] == blocks["Bures boahtin!"] == "smi"


def test_a_heading_over_a_paragraph_in_another_language_still_goes_with_it() -> None:
    source = (
        f"{PARAGRAPH}\n\n## Pajalan kunnan hakemus\n\nMeän kunta oon hakenu ette kunnan nimi muutethaan. Met olema "
        "kuulu kaikin ette net oon tärkeät ja ette tet saatta lukea siitä meän sivuilta.\n"
    )
    blocks = _languages(source)[1]
    assert blocks["Pajalan kunnan hakemus"] == blocks[source.split("\n\n")[2].strip()] != "sv"


DANISH_HEADING = "Besøg os"
DANISH_PARAGRAPH = "Biblioteket er lukket i weekenden. Du er velkommen til at kontakte os på telefon."


def _html(body: str, lang: str = ' lang="sv"') -> str:
    return f"<!doctype html><html{lang}><head><title>Biblioteket</title></head><body><main>{body}</main></body></html>"


@pytest.mark.parametrize(
    ("source", "fmt"),
    [
        (_html(f"<h1>{DANISH_HEADING}</h1><p>{DANISH_PARAGRAPH}</p>"), "html"),
        (f"---\nlang: sv\n---\n\n# {DANISH_HEADING}\n\n{DANISH_PARAGRAPH}\n", "markdown"),
    ],
)
def test_a_short_danish_page_in_a_swedish_template_is_skipped_and_told_to_be_marked(source: str, fmt: str) -> None:
    # it had been linted as Swedish with no notice, its language said to be *nb*
    report = lint_text(source, fmt=fmt).files[0]
    assert report.language == "da"
    [message] = [n.message for n in report.notices if n.code == "other-language"]
    assert message.startswith("Texten är på danska")
    assert ('Märk sidan med lang="da"' if fmt == "html" else "Ändra lang: sv till lang: da i sidhuvudet") in message


@pytest.mark.parametrize(
    "body",
    [
        "<h1>Kontakt</h1><p>Ring oss på telefon om du har frågor.</p>",
        "<h1>Bygglov</h1><p>Du kan söka bygglov i vår e-tjänst.</p>",
        "<h1>Hilma af Klint</h1><p>Verk av Hilma af Klint visas på Moderna museet.</p>",
        f"<h1>Avgifter</h1><p>Avgiften betalas i förskott.</p><p>{DANISH_PARAGRAPH}</p>"
        "<p>Kommunen tar emot ansökningar om bidrag fram till den 15 mars. Ansök via e-tjänsten på webbplatsen.</p>",
    ],
)
def test_a_short_swedish_page_marked_sv_stays_swedish(body: str) -> None:
    document = read_text(_html(body), "html")
    found = document_languages(document)
    assert found.language == "sv"
    for block, language in zip(document.blocks, found.blocks, strict=True):
        assert language == "sv" or block.text == DANISH_PARAGRAPH, block.text


@pytest.mark.parametrize(
    "source",
    [
        "# Besøgende fra Danmark\n\nVelkommen til kommunen. Du kan læse mere om vores tilbud her. Biblioteket er "
        "lukket i weekenden.\n",
        "# Information til danske besøgende\n\nVi har lukket i weekenden. Du er velkommen til at kontakte os på "
        "telefon. Ansøgningen skal afleveres senest fredag.\n",
        "# Lukket\n\nBiblioteket er lukket mandag. Du kan aflevere bøger i postkassen ved indgangen.\n",
        _html(f"<h1>{DANISH_HEADING}</h1><p>{DANISH_PARAGRAPH}</p>", ""),
    ],
)
def test_a_whole_short_danish_page_is_named_danish(source: str) -> None:
    # they had been named *norska (bokmål)*, an HTML page told to be marked lang="nb"
    fmt = "html" if source.startswith("<") else "markdown"
    [message] = _notices(source, fmt)
    assert message.startswith("Texten är på danska") and 'lang="nb"' not in message


@pytest.mark.parametrize(
    "source",
    [
        "# Besøk oss\n\nBiblioteket er stengt i helgen. Du er velkommen til å kontakte oss på telefon.\n",
        "# Søknad\n\nHvis noe mangler, tar vi kontakt med deg. Søknaden må leveres innen fredag.\n",
    ],
)
def test_a_short_norwegian_page_is_still_bokmal(source: str) -> None:
    assert _languages(source)[0] == "nb"


PAGE_BODY = (
    "<head><title>Avgifter för bygglov</title></head><body><main><h1>Avgifter för bygglov</h1><p>Du betalar en "
    "avgift när du söker bygglov. Avgiften beror på hur stort huset är.</p></main></body></html>"
)


def _lang_missing(page: str) -> str:
    [finding] = [f for f in lint_text(page, fmt="html").files[0].findings if f.rule == "lang-attribute"]
    assert finding.subcheck == "lang-missing"
    return finding.message


@pytest.mark.parametrize("html", ["<!doctype html>\n<html lang>", "<html LANG class='no-js'>", "<html xml:lang/>"])
def test_a_lang_with_no_value_is_said_to_be_empty(html: str) -> None:
    # *<html lang>* had been told *elementet <html> saknar attributet lang*, which it has
    message = _lang_missing(html + PAGE_BODY)
    assert "attributet lang på elementet <html> är tomt (lang utan värde)" in message and "saknar" not in message


@pytest.mark.parametrize("html", ["<html>", '<html language="sv">', '<html data-lang="sv">', "<html langx>"])
def test_an_html_without_lang_is_still_said_to_lack_it(html: str) -> None:
    assert "elementet <html> saknar attributet lang" in _lang_missing(html + PAGE_BODY)


ENGLISH = (
    "You need a building permit to build a new house. Apply using our online service, and we will reply within four "
    "weeks."
)


@pytest.mark.parametrize(
    ("front_matter", "advice"),
    [
        ("---\nlanguage: sv\n---", "Ändra language: sv till language: en i sidhuvudet (front matter)"),
        ('+++\nlanguageCode = "sv"\n+++', 'Ändra languageCode = "sv" till languageCode = "en" i sidhuvudet'),
        ("---\ntitle: Bygglov\nlang: sv-SE\n---", "Ändra lang: sv-SE till lang: en i sidhuvudet"),
    ],
)
def test_a_markdown_page_marked_sv_in_front_matter_is_told_to_change_it(front_matter: str, advice: str) -> None:
    # it had been told *Märk sidan med lang="en" i sidans kod*: a Markdown writer has no such code to look for
    [message] = _notices(f"{front_matter}\n\n{ENGLISH}\n")
    assert message.startswith("Texten är på engelska") and advice in message and "sidans kod" not in message


def test_an_html_page_is_still_told_to_mark_its_code() -> None:
    [message] = _notices(_html(f"<p>{ENGLISH}</p>"), "html")
    assert 'Märk sidan med lang="en" i sidans kod' in message


def test_an_english_page_under_front_matter_lang_sv_is_english_title_and_all() -> None:
    # its front matter title *Information in English* had been linted as Swedish (3 words), and the page told per
    # stretch (*rad 6–8*) instead of as a whole
    source = (
        "---\ntitle: Information in English\nlang: sv\n---\n\n# Information in English\n\nThe municipality offers help "
        "with housing, schools and healthcare. You can contact our customer service by phone on weekdays.\n"
    )
    report = lint_text(source, fmt="markdown").files[0]
    assert report.language == "en"
    [message] = [n.message for n in report.notices if n.code == "other-language"]
    assert message.startswith("Texten är på engelska") and "Ändra lang: sv till lang: en" in message


LONG_DANISH = (
    "Biblioteket holder lukket i hele juli på grund af ombygning. Du kan aflevere bøger i postkassen ved indgangen, "
    "og vi sender dig en besked, når du kan hente dine reserveringer igen. Hvis du har spørgsmål, er du velkommen til "
    "at skrive til os."
)
LONG_ENGLISH = (
    "The library is closed in July because of building work. You can return books in the box by the entrance, and "
    "we will send you a message when you can collect your reservations again."
)


@pytest.mark.parametrize("heading", ["Kontakt", "Bygglov", "Avgifter"])
@pytest.mark.parametrize("other", [LONG_DANISH, LONG_ENGLISH])
@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_a_swedish_heading_marked_sv_stays_swedish_beside_a_longer_section(heading: str, other: str, fmt: str) -> None:
    # a short Swedish heading takes the page's declaration even where the page's points say another language
    if fmt == "html":
        source = _html(f"<h1>{heading}</h1><p>{PARAGRAPH}</p><h2>Telefon</h2><p>{other}</p>")
    else:
        source = f"---\nlang: sv\n---\n\n# {heading}\n\n{PARAGRAPH}\n\n## Telefon\n\n{other}\n"
    blocks = _languages(source, fmt)[1]
    assert blocks[heading] == blocks[PARAGRAPH] == blocks["Telefon"] == "sv"
    assert blocks[other] != "sv"
