"""Session 43, workbench §2 and §5: a web page pasted as plain text.

§2: a browser's plain text of a page puts a list's items and a contact block's <br> lines on lines of their own, with
no bullet and no blank line after the list; each line is a unit of its own, while a hard-wrapped paragraph stays one.
§5: under profile webb a text with no signs of a kind of its own is a web page; a decision that closes with a greeting
is a decision.
"""

from __future__ import annotations

import textwrap

import pytest

from conftest import lint_text
from klarlint.config import Config
from klarlint.document import BlockKind
from klarlint.errors import ConfigError
from klarlint.genre import detect_genre
from klarlint.profiles import find_profile, load_profile_file
from klarlint.readers import read_text
from klarlint.readers.plaintext import read, reread

HEADING, PARAGRAPH, ITEM = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM

ITEMS = (
    "en situationsplan som visar var altanen ska byggas\n"
    "ritningar över altanen från sidan och ovanifrån\n"
    "en beskrivning av material och färg\n"
    "ett intyg från grannarna om att de godkänner bygget om altanen ligger nära tomtgränsen\n"
)
# Chromium's plain text of the tester's CMS page (in/cmspage.html: h1, p, a <ul>, a contact <p> with <br> lines)
PASTED = (
    "Bygglov för altan\nHär kan du läsa om när du behöver bygglov för en altan.\n\n"
    "Det här ska du bifoga\nTill ansökan ska du bifoga:\n\n"
    + ITEMS
    + "Kontakta oss\nBygglovsavdelningen\nTelefon 0123-45 67 89\n"
    "Telefontid måndag till torsdag klockan 9–11 och fredag klockan 9–10\nE-post bygglov@norrby.se\n\n"
    "Läs mer på sidan Avgifter för bygglov. Klicka här för att ansöka."
)
LISTA_NONE = "Bifoga ritningar\n\nTill ansökan ska du bifoga:\n" + ITEMS + "\nVi svarar inom tio veckor."
WEBB = Config(profile="webb")


def _blocks(source: str) -> list[tuple[BlockKind, str]]:
    document = read_text(source, "text")
    for block in document.blocks:  # every offset exact
        assert source[slice(*block.source_span(0, len(block.text)))].replace("\n", " ") == block.text.replace("\n", " ")
    return [(b.kind, b.text) for b in document.blocks]


def test_the_lines_under_a_colon_are_list_items() -> None:
    assert _blocks(LISTA_NONE) == [
        (HEADING, "Bifoga ritningar"),
        (PARAGRAPH, "Till ansökan ska du bifoga:"),
        *[(ITEM, line) for line in ITEMS.splitlines()],
        (PARAGRAPH, "Vi svarar inom tio veckor."),
    ]


def test_a_pasted_page_list_and_contact_lines_are_units() -> None:
    blocks = _blocks(PASTED)
    assert [text for kind, text in blocks if kind is ITEM] == ITEMS.splitlines()  # (after a blank line too)
    assert (
        PARAGRAPH,
        "Kontakta oss\nBygglovsavdelningen\nTelefon 0123-45 67 89\n"
        "Telefontid måndag till torsdag klockan 9–11 och fredag klockan 9–10\nE-post bygglov@norrby.se",
    ) in blocks


@pytest.mark.parametrize("source", [PASTED, LISTA_NONE])
def test_no_long_sentence_in_a_pasted_page_under_webb(source: str) -> None:
    assert not [f for f in lint_text(source, config=WEBB).findings if f.rule == "long-sentence"]


def test_a_long_sentence_in_a_wrapped_paragraph_is_still_found() -> None:
    sentence = (
        "Till ansökan ska du bifoga en situationsplan som visar var altanen ska byggas, ritningar över altanen från "
        "sidan och ovanifrån, en beskrivning av material och färg och ett intyg från grannarna om att de godkänner "
        "bygget om altanen ligger nära tomtgränsen."
    )
    for width in (30, 45, 60, 72):
        source = "\n".join(textwrap.wrap(sentence, width)) + "\n"
        assert [f for f in lint_text(source, config=WEBB).findings if f.rule == "long-sentence"], width


WRAPPED = [
    # a line that ends in a colon, a name after a line's last word, and a link's long address
    "Kommunen har tre mål för arbetet: alla ska ha en bostad, ingen ska behöva vänta längre än tre månader och "
    "Bygglovsavdelningen ska svara inom tio veckor. Frågor besvaras av handläggaren Anna Andersson på Norrby kommun "
    "och Länsstyrelsen i Västra Götaland.",
    "Läs mer i [Pressmeddelande: Regeringen gör det möjligt för skolor att söka bidrag för fler läroböcker]"
    "(/pressmeddelanden/2023/03/regeringen-gor-det-mojligt-for-skolor-att-soka-bidrag-for-fler-larobocker/) och "
    "[Pressmeddelande: Förtydligande i lagen ska leda till att alla elever får tillgång till läroböcker](/x/).",
    "Därefter tar president Andrés Manuel López Obrador och hans fru Beatriz Gutiérrez Müller emot kungaparet i "
    "nationalpalatset. Den följs av ett möte i vilket kungaparet och statsrådet Johan Forssell deltar.",
]


@pytest.mark.parametrize("paragraph", WRAPPED)
def test_a_wrapped_paragraph_reads_as_unwrapped(paragraph: str) -> None:
    # (a paragraph's first line of up to six words over a longer one may be read as a heading, as before: not this
    # fix's concern; what it must not do is break the lines or make items of them)
    for width in range(30, 95, 5):
        wrapped = "\n".join(textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False))
        blocks = _blocks(wrapped)
        assert ITEM not in [kind for kind, _ in blocks], width
        assert not [text for _, text in blocks if "\n" in text], width
        assert " ".join(text for _, text in blocks) == paragraph, width


def test_lines_that_need_a_word_after_them_stay_together() -> None:
    # short, ragged lines, but each ends in a word that goes on (a hand-wrapped paragraph)
    source = "Din ansökan och dina bilagor skickas vidare till\nKommunen senast i maj och\nBeslutet kommer i juni."
    assert _blocks(source) == [(PARAGRAPH, source.replace("\n", " "))]


def test_bulleted_items_are_read_as_before() -> None:
    source = "Ta med:\n- en situationsplan som visar var altanen ska\nbyggas\n- ritningar\n"
    assert _blocks(source) == [
        (PARAGRAPH, "Ta med:"),
        (ITEM, "en situationsplan som visar var altanen ska byggas"),
        (ITEM, "ritningar"),
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (PASTED, PASTED.replace("bifoga:\n\n", "bifoga\n\n")),  # the colon goes: its items are a paragraph again
        (PASTED.replace("bifoga:\n\n", "bifoga\n\n"), PASTED),  # ... and comes back
        (PASTED, PASTED.replace("ritningar över", "ritningar av")),
    ],
)
def test_an_edit_reads_as_a_whole_read(old: str, new: str) -> None:
    assert [(b.kind, b.text) for b in reread(read(old), new).blocks] == [(b.kind, b.text) for b in read(new).blocks]


# §5


def test_a_pasted_page_is_a_web_page_under_profile_webb() -> None:
    assert lint_text(PASTED, config=WEBB).genre == "webbsida"
    assert lint_text(PASTED).genre == "dokument"  # (the default profile says nothing of the kind)
    assert lint_text(PASTED, config=Config(profile="webb", genre="dokument")).genre == "dokument"  # a choice wins


def test_a_passive_on_a_pasted_page_is_information_under_profile_webb() -> None:
    source = (
        "Ansökan\n\nAnsökan görs via e-tjänsten. Beslut fattas inom tio veckor efter det att ansökan är komplett.\n"
    )
    passives = [f for f in lint_text(source, config=WEBB).findings if f.rule == "passive-voice"]
    assert passives and {f.severity.value for f in passives} == {"info"}
    chosen = lint_text(source, config=Config(profile="webb", genre="dokument")).findings
    assert "warning" in {f.severity.value for f in chosen if f.rule == "passive-voice"}


def test_a_letter_keeps_its_kind_under_profile_webb() -> None:
    letter = "Hej Anna!\n\nTack för din ansökan. Vi har tagit emot den.\n\nMed vänlig hälsning\nPer Persson\n"
    assert lint_text(letter, config=WEBB).genre == "brev"


def test_a_case_paper_is_no_web_page_under_profile_webb() -> None:
    paper = "Tjänsteskrivelse\n\nFörslag till beslut\nKommunstyrelsen föreslås besluta att anta planen.\n"
    assert lint_text(paper, config=WEBB).genre == "dokument"


def test_the_profiles_say_their_kind() -> None:
    assert find_profile("webb").genre == "webbsida"
    assert find_profile("myndighet").genre is None


def test_an_unknown_kind_in_a_profile_is_an_error(tmp_path) -> None:
    path = tmp_path / "profile-x.toml"
    path.write_text('name = "x"\ngenre = "roman"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="okänd texttyp"):
        load_profile_file(path)


DECISION_LETTER = """Beslut om bistånd enligt 4 kap. 1 § socialtjänstlagen

Beslut
Socialnämnden avslår din ansökan om ekonomiskt bistånd för november.

Skäl för beslutet
Du har fått inkomster från försäljning av en bil som är högre än normen.

Hur man överklagar
Om du inte är nöjd med beslutet kan du överklaga det hos förvaltningsrätten.

Med vänlig hälsning

Per Persson
Socialsekreterare
"""


def test_a_decision_with_a_greeting_is_a_decision() -> None:
    assert detect_genre(read_text(DECISION_LETTER, "text")) == "beslut"
    assert lint_text(DECISION_LETTER).genre == "beslut"
    # the same letter with no decision's heading is a letter
    assert (
        detect_genre(
            read_text(
                DECISION_LETTER.replace("Hur man överklagar", "Mer information").replace("Beslut\n", "Svar\n"), "text"
            )
        )
        == "brev"
    )
