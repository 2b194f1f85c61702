"""What editors write outside the body (title, description, link texts), PDFs, and the site's sender (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fpdf import FPDF

from conftest import lint_text, rule_texts
from klarlint.config import config_from_mapping, load_config
from klarlint.document import BlockKind
from klarlint.errors import ConfigError, InputError
from klarlint.explain import explain_rule
from klarlint.readers import read_bytes, read_path, read_text
from test_cli import klarlint

HTML_PAGE = """<!DOCTYPE html>
<html lang="sv">
<head>
<title>Här skall du söka bygglov</title>
<meta name="description" content="Ansökan skall g&ouml;ras i e-tjänsten.">
</head>
<body><main><h1>Bygglov</h1><p>Du söker bygglov i vår e-tjänst.</p></main></body>
</html>
"""

MARKDOWN_PAGE = """---
title: "Här skall du söka bygglov"
description: Ansökan skall göras i e-tjänsten.
draft: false
---
# Bygglov

Du söker bygglov i vår e-tjänst.
"""


def _skall_places(report) -> list[tuple[int, int]]:
    return [(f.line, f.column) for f in report.findings if f.rule == "skall"]


def test_html_title_and_description_are_blocks_with_exact_places() -> None:
    document = read_text(HTML_PAGE, "html")
    kinds = [(block.kind, block.text) for block in document.blocks]
    assert kinds[-2:] == [
        (BlockKind.TITLE, "Här skall du söka bygglov"),
        (BlockKind.DESCRIPTION, "Ansökan skall göras i e-tjänsten."),
    ]
    report = lint_text(HTML_PAGE, "html")
    assert _skall_places(report) == [(4, 12), (5, 43)]
    lines = HTML_PAGE.split("\n")
    assert lines[3][11:16] == "skall" and lines[4][42:47] == "skall"
    assert "missing-summary" not in {f.rule for f in report.findings}


def test_markdown_front_matter_title_and_description() -> None:
    document = read_text(MARKDOWN_PAGE, "markdown")
    assert [(b.kind, b.text) for b in document.blocks][-2:] == [
        (BlockKind.TITLE, "Här skall du söka bygglov"),
        (BlockKind.DESCRIPTION, "Ansökan skall göras i e-tjänsten."),
    ]
    assert _skall_places(lint_text(MARKDOWN_PAGE, "markdown")) == [(2, 13), (3, 22)]
    # Other keys are not prose, nor a title that is a mapping or a list.
    other = "---\ntags: skall\nkeywords: >\n  Text skall.\ntitle:\n  sv: Skall\n  en: Shall\n---\nHej.\n"
    assert [b.kind for b in read_text(other, "markdown").blocks] == [BlockKind.PARAGRAPH]


@pytest.mark.parametrize(
    "front_matter",
    [
        "---\ntitle: Bygglov\ndescription: >\n  Här skall du söka\n  bygglov i e-tjänsten.\n---\n",  # folded
        "---\ntitle: Bygglov\ndescription: |-\n  Här skall du söka\n\n  bygglov i e-tjänsten.\n---\n",  # literal
        "---\ntitle: Bygglov\ndescription: Här skall du söka\n  bygglov i e-tjänsten.\ntags: [a]\n---\n",  # plain
        '+++\ntitle = "Bygglov"\ndescription = """\nHär skall du söka\nbygglov i e-tjänsten."""\n+++\n',  # TOML
    ],
)
def test_a_description_over_several_lines_is_read_at_its_place(front_matter: str) -> None:
    # a description written as a block scalar or on indented lines had been skipped unsaid
    page = front_matter + "\nText om bygglov.\n"
    [description] = [b for b in read_text(page, "markdown").blocks if b.kind is BlockKind.DESCRIPTION]
    assert description.text == "Här skall du söka bygglov i e-tjänsten."
    [skall] = [f for f in lint_text(page, "markdown").findings if f.rule == "skall"]
    assert (skall.start, skall.line) == (page.index("skall"), page[: page.index("skall")].count("\n") + 1)


def test_meta_length_flags_long_titles_and_descriptions_only() -> None:
    long_title = "Information om hur du som privatperson ansöker om bygglov för nybyggnad eller tillbyggnad av ditt hus"
    page = f"<html lang=sv><head><title>{long_title}</title><meta name=description content='Kort.'></head><body></body>"
    [finding] = [f for f in lint_text(page, "html").findings if f.rule == "meta-length"]
    assert f"Sidtiteln har {len(long_title)} tecken" in finding.message
    assert finding.text == "nybyggnad eller tillbyggnad av ditt hus"  # from the word the cut falls in (note43)
    assert not [f for f in lint_text(HTML_PAGE, "html").findings if f.rule == "meta-length"]


LINK_MUST_FLAG = [
    ("html", "<main><p>Vill du söka? <a href='/x'>Klicka här</a>.</p></main>", "Klicka här"),
    ("html", "<main><p>Bygglov. <a href='/x'>Läs <b>mer</b> »</a></p></main>", "Läs mer »"),
    ("html", "<main><ul><li><a href='/x'>Mer information</a></li></ul></main>", "Mer information"),
    ("html", "<main><p>Blanketten finns <a href='/x'>här</a>.</p></main>", "här"),
    ("markdown", "Blanketten finns [här](/x).\n", "här"),
    ("markdown", "Om bygglov. [Läs mer...](/x)\n", "Läs mer..."),
    ("markdown", "Se [länk](/x).\n", "länk"),
]
LINK_MUST_NOT_FLAG = [
    ("html", "<main><p><a href='/x'>Läs mer om bygglov</a></p></main>"),
    ("html", "<main><p>Klicka här för att <a href='/x'>ansöka om bygglov</a>.</p></main>"),
    ("html", "<main><p>Läs mer här: <a>här</a> (ingen länk utan href).</p></main>"),
    ("markdown", "Läs mer om [bygglov](/x) här.\n"),
    ("markdown", "Klicka här och läs mer.\n"),
    ("text", "Klicka här för mer information.\n"),
]


@pytest.mark.parametrize(("fmt", "source", "expected"), LINK_MUST_FLAG)
def test_link_text_flags_links_that_say_nothing(fmt: str, source: str, expected: str) -> None:
    report = lint_text(source, fmt)
    [finding] = [f for f in report.findings if f.rule == "link-text"]
    assert finding.text.replace("<b>", "").replace("</b>", "") == expected
    assert source[finding.start : finding.end] == finding.text


@pytest.mark.parametrize(("fmt", "source"), LINK_MUST_NOT_FLAG)
def test_link_text_leaves_telling_links_alone(fmt: str, source: str) -> None:
    assert rule_texts(lint_text(source, fmt), "link-text") == []


def test_link_text_is_explained_with_its_references() -> None:
    text = explain_rule("link-text")
    assert "WCAG" in text and "2.4.4" in text and "skrivregler" in text.lower()
    assert "Ansök om bygglov" in text


# --- PDF ---------------------------------------------------------------------------------------------


def _pdf(pages: list[str]) -> bytes:
    document = FPDF()
    document.set_font("Helvetica", size=12)
    for text in pages:
        document.add_page()
        if text:
            document.multi_cell(0, 6, text)
    return bytes(document.output())


def test_pdf_pages_and_lines(tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(_pdf(["Inledning om bygglov.", "Sidan två.\n\nHär skall du skicka in ansökan."]))
    document = read_path(path)
    assert [b.text for b in document.blocks] == [
        "Inledning om bygglov.",
        "Sidan två.",
        "Här skall du skicka in ansökan.",
    ]
    result = klarlint("rapport.pdf", "--format", "json", cwd=tmp_path)
    [finding] = [f for f in json.loads(result.stdout)["files"][0]["findings"] if f["rule"] == "skall"]
    assert finding["location"] == {"page": 2, "line": 2, "offset": 4}
    terminal = klarlint("rapport.pdf", cwd=tmp_path)
    assert "rapport.pdf: sida 2, rad 2, tecken 5" in terminal.stdout


def test_pdf_hyphenation_is_undone_but_not_a_compounds_shared_part() -> None:
    # *kompetensutvecklings- och rehabiliteringsarbete* had become the non-word *kompetensutvecklingsoch* (a long-word
    # finding built on it), *e-post* *epost*
    text = (
        "Vi ansvarar for bade kompetensutvecklings-\noch rehabiliteringsarbete i hela kommunen. Skicka ett e-\n"
        "brev om plan-\noch byggfragor eller om kund-\ntjansten."
    )
    [block] = read_bytes(_pdf([text]), "pdf", "rapport.pdf").blocks
    assert block.text == (
        "Vi ansvarar for bade kompetensutvecklings- och rehabiliteringsarbete i hela kommunen. Skicka ett e-brev om "
        "plan- och byggfragor eller om kundtjansten."
    )


def test_pdf_in_a_folder_and_without_a_text_layer(tmp_path: Path) -> None:
    (tmp_path / "sidor").mkdir()
    (tmp_path / "sidor" / "bra.pdf").write_bytes(_pdf(["Du skall svara."]))
    (tmp_path / "sidor" / "skannad.pdf").write_bytes(_pdf([""]))
    result = klarlint("sidor", "--format", "json", cwd=tmp_path)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line == (
        f"klarlint: {Path('sidor/skannad.pdf')}: PDF-filen har inget textlager (den är troligen inskannad) "
        "– gör den sökbar med OCR först"
    )
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert [f["rule"] for f in files["bra.pdf"]["findings"]] == ["skall"]


def test_broken_pdf_is_one_line() -> None:
    from klarlint.readers import read_bytes

    with pytest.raises(InputError, match="inte en läsbar PDF-fil") as info:
        read_bytes(b"%PDF-1.4\n1 0 obj <<>> trasig", "pdf", "trasig.pdf")
    assert "\n" not in str(info.value) and "trasig, avkortad eller inte en PDF" in str(info.value)


# --- [site]: the template's sender ---------------------------------------------------------------------

BODY = " ".join(["Du kan söka bygglov för att bygga ett hus eller en altan på din tomt."] * 10)


def _page(header: str = "", footer: str = "") -> str:
    return f"<html lang=sv><body><header>{header}</header><main><p>{BODY}</p></main><footer>{footer}</footer></body>"


def test_site_sender_and_contact_from_the_config_count() -> None:
    assert rule_texts(lint_text(_page(), "html"), "missing-sender")
    config = config_from_mapping({"site": {"sender": "Flens kommun", "contact": "/kontakt"}})
    assert rule_texts(lint_text(_page(), "html", config=config), "missing-sender") == []
    only_sender = config_from_mapping({"site": {"sender": "Flens kommun"}})
    [finding] = [f for f in lint_text(_page(), "html", config=only_sender).findings if f.rule == "missing-sender"]
    assert "inte hur läsaren kan kontakta er" in finding.message


def test_organisation_alone_in_header_or_footer_counts_as_sender() -> None:
    logo = "<a href='/'><img src='logo.svg' alt='Flens kommun'></a>"
    contact = "<p>Telefon 0157-430 00</p>"
    assert rule_texts(lint_text(_page(logo, contact), "html"), "missing-sender") == []
    assert rule_texts(lint_text(_page("", "<p>Regeringskansliet</p>" + contact), "html"), "missing-sender") == []
    assert rule_texts(lint_text(_page("<p>Meny</p>", contact), "html"), "missing-sender")  # not a sender


def test_site_config_errors_are_one_line(tmp_path: Path) -> None:
    for content, reason in (
        ('[site]\nsender = ""\n', "sender ska vara en sträng"),
        ('[site]\nfoo = "x"\n', "okänd nyckel 'foo' i [site]"),
        ('site = "Flens"\n', "[site] ska vara en tabell"),
    ):
        path = tmp_path / "klarlint.toml"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(ConfigError, match=reason.replace("[", r"\[").replace("]", r"\]")):
            load_config(path)
