"""Language of short English lines on Swedish pages and of Swedish text marked as English (session 43, tester
report *languages* items 1, 3, 4, 5)."""

from __future__ import annotations

import pytest

from klarlint.language import block_language, document_languages
from klarlint.linter import lint_text
from klarlint.readers import read_text

# Short English blocks with no Swedish word: English, skipped (they had been linted as Swedish, and --fix had made
# *Återkoppling is welcome.* of the first).
ENGLISH_LINES = [
    "Feedback is welcome.",
    "Registration is done online.",
    "Read the full report here.",
    "Contact us",
    "Opening hours",
    "Workshop registration is open.",
    "Deadline for applications.",
    "Food waste is collected every other week.",
]
# Short Swedish blocks, some with English words in them: never English.
SWEDISH_LINES = [
    "Kontakta oss",
    "Kommunen publicerar updates varje vecka.",
    "Boka tid: click here",
    "Tunn is",
    "All personal",
    "Kalendarium",
    "Öppet hus",
    "Läs mer",
    "Du kan ringa oss.",
    "Vi hjälper dig.",
    "Workshop",
    "Feedback",
    "Boka online",
    "Must och saft",
    "Be om hjälp",
    "Open data",
]


@pytest.mark.parametrize("text", ENGLISH_LINES)
def test_a_short_plainly_english_line_is_english(text: str) -> None:
    assert block_language(text) == "en"


@pytest.mark.parametrize("text", SWEDISH_LINES)
def test_a_short_swedish_line_is_not_english(text: str) -> None:
    assert block_language(text) in (None, "sv")


def _languages(source: str, fmt: str) -> tuple[str, list[tuple[str, str]]]:
    document = read_text(source, fmt)
    found = document_languages(document)
    return found.language, [(block.text, lang) for block, lang in zip(document.blocks, found.blocks, strict=True)]


def test_short_english_paragraphs_on_a_swedish_page_are_skipped_not_fixed() -> None:
    source = (
        "# Öppet hus\n\nVälkommen på öppet hus i stadshuset.\n\nFeedback is welcome.\n\nRegistration is done online.\n"
    )
    report = lint_text(source, fmt="markdown").files[0]
    assert report.language == "sv"
    assert not [f for f in report.findings if f.start >= source.index("Feedback")]  # no anglicism, no fix
    assert [n.line for n in report.notices if n.code == "other-language"] == [5]


def test_a_table_of_swedish_cells_and_english_translations_keeps_the_swedish() -> None:
    source = (
        "# Sophämtning\n\n| Svenska | English |\n|---|---|\n"
        "| Matavfall hämtas varannan vecka. | Food waste is collected every other week. |\n"
        "| Lämna synpunkter. | Feedback is welcome. |\n"
        "| Anmälan till kursen. | Workshop registration is open. |\n"
        "| Sista dag för ansökan. | Deadline for applications. |\n"
    )
    language, blocks = _languages(source, "markdown")
    assert language == "sv"  # the English cells had made the page English, its Swedish cells skipped with them
    by_text = dict(blocks)
    for swedish in ("Sophämtning", "Matavfall hämtas varannan vecka.", "Lämna synpunkter.", "Sista dag för ansökan."):
        assert by_text[swedish] == "sv"
    for english in ("Food waste is collected every other week.", "Feedback is welcome.", "Deadline for applications."):
        assert by_text[english] == "en"


def test_a_swedish_heading_over_a_short_english_list_item_stays_swedish() -> None:
    _, blocks = _languages("# Kalendarium\n\n- Workshop for parents\n- Yoga för alla\n", "markdown")
    assert dict(blocks)["Kalendarium"] == "sv"


SV_IN_EN = "Ring kundcenter på 060-19 10 00 om du har frågor om ditt bygglov eller din ansökan."


def test_swedish_text_marked_english_is_linted_and_found() -> None:
    # Swedish 9 points, Norwegian 8: short of a decision, and the lang="en" had been trusted
    report = lint_text(f'<main><p lang="en">{SV_IN_EN}</p></main>', fmt="html").files[0]
    assert [f.rule for f in report.findings] == ["lang-attribute"]
    assert not report.notices


def test_english_text_marked_english_is_still_skipped() -> None:
    report = lint_text(
        '<main><p lang="en">You must apply for a building permit before you build.</p></main>', fmt="html"
    )
    assert not report.files[0].findings
    assert [n.code for n in report.files[0].notices] == ["other-language"]


def test_a_close_race_with_norwegian_is_a_reason_to_trust_lang_nb() -> None:
    _, blocks = _languages(f'<main><p lang="nb">{SV_IN_EN}</p></main>', "html")
    assert blocks == [(SV_IN_EN, "nb")]


def test_a_swedish_page_with_an_english_section_is_swedish() -> None:
    source = (
        '<!DOCTYPE html><html lang="sv"><head><title>Bygglov</title></head><body><main><h1>Bygglov</h1>'
        "<p>Du måste ansöka om bygglov innan du bygger. Vi behandlar din ansökan inom tio veckor.</p>"
        '<section lang="en"><p>You must apply for a building permit before you build.</p>'
        f"<p>{SV_IN_EN}</p></section></main></body></html>"
    )
    report = lint_text(source, fmt="html").files[0]
    assert report.language == "sv"  # had been "en"
    assert [f.rule for f in report.findings] == ["lang-attribute"]


def _docx(tmp_path, paragraphs: list[tuple[str, str | None]]):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for text, lang in paragraphs:
        run = document.add_paragraph().add_run(text)
        if lang:
            mark = OxmlElement("w:lang")
            mark.set(qn("w:val"), lang)
            run._r.get_or_add_rPr().append(mark)
    path = tmp_path / "brev.docx"
    document.save(path)
    return path


SV_LETTER = "Du har ansökt om ekonomiskt bistånd för april. Vi har gått igenom din ansökan och beviljar den."


def test_word_language_marking_is_read_like_html_lang(tmp_path) -> None:
    from klarlint.linter import lint

    path = _docx(
        tmp_path,
        [
            ("Beslut om bistånd", None),
            (SV_LETTER, None),
            ("Feedback is welcome.", "en-GB"),
            ("Uimahalli on suljettu remontin takia kesäkuussa.", "fi-FI"),  # had been linted as Swedish
            ("Med vänliga hälsningar", None),
        ],
    )
    report = lint(path).files[0]
    assert report.language == "sv"
    assert [n.message.split(" har ")[0] for n in report.notices if n.code == "other-language"] == [
        "Text på engelska",
        "Text på finska",
    ]


def test_swedish_runs_marked_english_in_word_stay_swedish_without_a_web_finding(tmp_path) -> None:
    # Word marks runs by the keyboard in use: Swedish text marked en-US is linted, and lang-attribute (a web page's
    # lang, a screen reader) says nothing of it
    from klarlint.linter import lint

    marked = [("Beslut om bistånd", "en-US"), (SV_LETTER, "en-US"), ("Kontakta oss", "en-US")]
    for paragraphs in (marked, [*marked, ("Feedback is welcome.", "en-GB")]):
        report = lint(_docx(tmp_path, paragraphs)).files[0]
        assert report.language == "sv"
        assert not [f for f in report.findings if f.rule == "lang-attribute"]
        assert [n.line for n in report.notices if n.code == "other-language"] == ([4] if len(paragraphs) == 4 else [])


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Skraldet hentes hver anden uge.", "da"),
        ("Yhteenveto suomeksi: Hakemuksesi on hyväksytty. Rahat maksetaan 25. huhtikuuta.", "fi"),
    ],
)
def test_a_neighbours_one_liner_on_a_swedish_page_is_skipped(line: str, language: str) -> None:
    source = f"# Sophämtning\n\nKommunen hämtar ditt hushållsavfall varannan vecka.\n\n{line}\n"
    _, blocks = _languages(source, "markdown")
    assert dict(blocks)[line] == language  # had been linted as Swedish, silently


def test_a_short_norwegian_page_is_not_swedish() -> None:
    source = "Biblioteket er stengt i påsken. Vi åpner igjen tirsdag. Les mer om tilbudet vårt på nettsiden.\n"
    report = lint_text(source, fmt="markdown").files[0]
    assert [n.code for n in report.notices] == ["other-language"]
    assert "norska" in report.notices[0].message


@pytest.mark.parametrize(
    "line",
    ["Ja, se nedan.", "Jo, te och kaffe.", "Hämtas varje vecka.", "Möte on line", "Kön växer", "Ved och kol"],
)
def test_a_short_swedish_line_without_function_words_stays_swedish(line: str) -> None:
    source = f"# Sophämtning\n\nKommunen hämtar ditt hushållsavfall varannan vecka.\n\n{line}\n"
    _, blocks = _languages(source, "markdown")
    assert dict(blocks)[line] == "sv"


def test_romani_under_its_heading_is_romani_not_norwegian() -> None:
    source = (
        "# Information på minoritetsspråk\n\nHär finns kort information på varje språk.\n\n"
        "## Romani chib\n\nMe som rom thaj me dživav ande Švedija.\n\n## Kontakt\n\nRing oss om du har frågor.\n"
    )
    _, blocks = _languages(source, "markdown")
    by_text = dict(blocks)
    assert by_text["Me som rom thaj me dživav ande Švedija."] == "rom"  # had been nynorsk on *me, som*
    assert by_text["Romani chib"] == "rom"
    assert by_text["Ring oss om du har frågor."] == "sv"
