"""The PDF reader on PDFs laid out as municipalities make them (session 42's PDF tester): a running header and
footer, headings in a larger font, lists, a table, a sentence over a page break, footnotes, ligatures, a scanned
page, AES encryption. The PDFs are made here with fpdf2."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fpdf import FPDF

from klarlint.document import BlockKind
from klarlint.errors import InputError
from klarlint.linter import lint_document
from klarlint.readers import read_bytes

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")

BODY = (
    "Socialnämnden beviljar dig ekonomiskt bistånd för december. Pengarna kommer till ditt konto "
    "den 23 december. Du kan ringa oss om du har frågor om beslutet."
)
MORE = "Du har rätt till bistånd enligt socialtjänstlagen. Vi har räknat med dina kostnader för boende."
LAST = "Du kan överklaga beslutet till förvaltningsrätten inom tre veckor från den dag du fick det."


class Letter(FPDF):
    """A municipal document: a header with the office and a footer with a sentence and the page number."""

    def header(self) -> None:
        self.set_font("Helvetica", size=9)
        self.cell(0, 6, "Bengtsfors kommun - Socialförvaltningen    Dnr SN 2026/1234")
        self.ln(12)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=9)
        self.cell(0, 6, f"Handlingen skall diarieföras i enlighet med arkivreglementet. Sida {self.page_no()} av 3")


def _letter(pages: list[list[tuple[str, str]]]) -> bytes:
    """Pages of (kind, text): "h" a heading (16 pt bold), "p" a paragraph, "li" a list item, "row" a table row
    (cells split by |), "gap" an empty line."""
    document = Letter()
    document.set_auto_page_break(False)
    for page in pages:
        document.add_page()
        for kind, text in page:
            document.set_x(document.l_margin)
            if kind == "h":
                document.set_font("Helvetica", "B", 16)
                document.multi_cell(0, 9, text)
                document.ln(2)
            elif kind == "p":
                document.set_font("Helvetica", size=11)
                document.multi_cell(0, 6, text)
                document.ln(4)
            elif kind == "li":
                document.set_font("Helvetica", size=11)
                document.set_x(20)
                document.cell(6, 6, "-")
                document.multi_cell(0, 6, text)
            elif kind == "row":
                document.set_font("Helvetica", size=11)
                for cell in text.split("|"):
                    document.cell(55, 7, cell)
                document.ln(7)
    return bytes(document.output())


def _kinds(data: bytes) -> list[tuple[BlockKind, str]]:
    return [(block.kind, block.text) for block in read_bytes(data, "pdf", "brev.pdf").blocks]


def _findings(data: bytes, rule: str):
    report = lint_document(read_bytes(data, "pdf", "brev.pdf"))
    return [finding for finding in report.findings if finding.rule == rule]


def test_running_header_and_footer_are_read_once_not_on_every_page() -> None:
    # footer.pdf: *skall* and *i enlighet med* in the footer were reported on every page, 12 findings for one line,
    # and the header was glued into the first sentence of every page
    data = _letter([[("p", BODY)], [("p", MORE)], [("p", LAST)]])
    texts = [text for _, text in _kinds(data)]
    assert texts[:3] == [BODY, MORE, LAST]  # the body's paragraphs alone, no header or footer inside
    assert sum("Handlingen skall" in text for text in texts) == 1
    [skall] = _findings(data, "skall")
    assert skall.location is not None and skall.location.page == 1


def test_a_sentence_over_a_page_break_is_one_sentence_without_the_header_and_footer() -> None:
    # beslut.pdf: *… Kom ihåg att* ended page 1 and became a sentence; page 2 began with the header, the footer and
    # *bifoga kontoutdrag …*
    first = "Du behöver göra en ny ansökan för januari. Kom ihåg att"
    second = "bifoga kontoutdrag för de senaste tre månaderna."
    data = _letter([[("p", first)], [("p", second)], [("p", LAST)]])
    texts = [text for _, text in _kinds(data)]
    assert f"{first} {second}" in texts


def test_headings_list_items_and_table_cells_are_blocks_of_their_own() -> None:
    # policy.pdf: the header, a table, a heading and a sentence were one 36-word sentence (long-sentence, error);
    # a passive warning on the table's header cell *Uppdateras*
    data = _letter(
        [
            [
                ("h", "Så här arbetar vi"),
                ("p", "Vi planerar vår kommunikation i förväg."),
                ("row", "Kanal|Ansvarig|Uppdateras"),
                ("row", "Webbplatsen|Webbredaktörerna|Varje vecka"),
                ("gap", ""),
                ("h", "Ansvar"),
                ("li", "Kommunstyrelsen ansvarar för att policyn följs."),
                ("li", "Varje medarbetare ansvarar för att det hen skriver är korrekt."),
            ],
            [("p", MORE)],
            [("p", LAST)],
        ]
    )
    kinds = _kinds(data)
    assert (BlockKind.HEADING, "Så här arbetar vi") in kinds
    assert (BlockKind.PARAGRAPH, "Vi planerar vår kommunikation i förväg.") in kinds
    assert [text for kind, text in kinds if kind is BlockKind.TABLE_CELL] == [
        "Kanal",
        "Ansvarig",
        "Uppdateras",
        "Webbplatsen",
        "Webbredaktörerna",
        "Varje vecka",
    ]
    assert (BlockKind.HEADING, "Ansvar") in kinds
    assert (BlockKind.LIST_ITEM, "- Kommunstyrelsen ansvarar för att policyn följs.") in kinds
    assert not _findings(data, "long-sentence")


def test_a_paragraph_ends_at_the_space_between_paragraphs_not_only_at_a_short_line() -> None:
    # pypdf gives no blank line between LibreOffice's and Chromium's paragraphs: two full-width paragraphs were one
    long = BODY + " Vi betalar ut pengarna samma dag som vi har fattat beslutet om ditt bistånd."
    data = _letter([[("p", long), ("p", long)], [("p", MORE)], [("p", LAST)]])
    assert [text for _, text in _kinds(data)].count(long) == 2


def test_a_footnote_mark_does_not_join_two_sentences_and_the_footnote_is_its_own_block() -> None:
    # policy.pdf: *… som kommunen äger.¹ Kommunfullmäktige antog …* was one 30-word sentence
    data = _raised_mark_pdf()
    texts = [text for _, text in _kinds(data)]
    assert "Policyn gäller för alla bolag som kommunen äger. Kommunfullmäktige antog policyn i mars." in texts
    assert "1 Kommunens helägda bolag är Bostads AB och Energi AB." in texts


def _raised_mark_pdf() -> bytes:
    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=11)
    document.set_xy(10, 20)
    document.cell(
        document.get_string_width("Policyn gäller för alla bolag som kommunen äger."),
        6,
        "Policyn gäller för alla bolag som kommunen äger.",
    )
    x = document.get_x()
    document.set_font("Helvetica", size=7)
    document.set_xy(x, 18.5)
    document.cell(document.get_string_width("1"), 4, "1")
    x = document.get_x()
    document.set_font("Helvetica", size=11)
    document.set_xy(x, 20)
    document.cell(0, 6, " Kommunfullmäktige antog policyn i mars.")
    document.set_xy(10, 270)
    document.set_font("Helvetica", size=8)
    document.multi_cell(0, 4, "1 Kommunens helägda bolag är Bostads AB och Energi AB.")
    return bytes(document.output())


def test_a_table_of_contents_is_not_linted_as_prose() -> None:
    # policy.pdf p. 2: dot leaders gave six *109 tecken utan mellanrum* notices and the entries were one paragraph
    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=11)
    for entry, page in (("Inledning", 3), ("Syfte", 3), ("Ansvar", 4)):
        document.cell(0, 6, f"{entry} {'.' * 120} {page}")
        document.ln(6)
    document.ln(6)
    document.multi_cell(0, 6, BODY)
    read = read_bytes(bytes(document.output()), "pdf", "policy.pdf")
    assert [block.text for block in read.blocks] == [BODY]
    assert [notice.code for notice in read.notices] == ["not-prose"]
    report = lint_document(read)
    assert not [notice for notice in report.notices if notice.code == "long-token"]


def test_a_page_without_text_in_a_text_pdf_gets_a_notice() -> None:
    # mixed-scan.pdf: two scanned pages after the decision were skipped without a word
    document = FPDF()
    document.set_font("Helvetica", size=11)
    document.add_page()
    document.multi_cell(0, 6, BODY)
    document.add_page()
    document.add_page()
    read = read_bytes(bytes(document.output()), "pdf", "blandad.pdf")
    [notice] = read.notices
    assert notice.message == "sida 2–3: ingen text (inskannad?) – granskades inte"
    assert read.location(notice.start).page == 2


def test_ligatures_are_letters_and_soft_hyphen_spaces_go() -> None:
    # lig.pdf: *eﬀektueras* (U+FB00) hid the jargon *effektueras*, and the message quoted the ligature
    if not DEJAVU.is_file():
        pytest.skip("DejaVu Serif is not installed")
    document = FPDF()
    document.add_font("DejaVu", fname=str(DEJAVU))
    document.set_font("DejaVu", size=11)
    document.add_page()
    document.multi_cell(0, 6, "Beslutet eﬀektueras den 1 januari och ﬁnns på webbplatsen.")
    [block] = read_bytes(bytes(document.output()), "pdf", "lig.pdf").blocks
    assert block.text == "Beslutet effektueras den 1 januari och finns på webbplatsen."


def test_hyphens_at_a_line_end() -> None:
    # big.pdf: *EU- minister*, *Carl- Oskar*; Chromium's U+2010 at a line end (*hem‐* / *försäkring*)
    document = FPDF()
    document.add_page()
    document.add_font("DejaVu", fname=str(DEJAVU)) if DEJAVU.is_file() else None
    document.set_font("DejaVu" if DEJAVU.is_file() else "Helvetica", size=11)
    hyphen = "\u2010" if DEJAVU.is_file() else "-"
    document.multi_cell(0, 6, f"Mötet leddes av EU-\nministern och av Carl-\nOskar Berg om hem{hyphen}\nförsäkring.")
    [block] = read_bytes(bytes(document.output()), "pdf", "bind.pdf").blocks
    assert block.text == "Mötet leddes av EU-ministern och av Carl-Oskar Berg om hemförsäkring."


def _encrypted(algorithm: str, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=11)
    document.multi_cell(0, 6, "Du skall svara senast den 1 maj.")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(document.output()))))
    writer.encrypt(user_password=user_password, owner_password="ägare", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_encrypted_pdfs_are_read_or_named_password_protected(algorithm: str) -> None:
    # enc-owner-aes.pdf (protected against changes only) and enc-user-aes.pdf were *trasig, avkortad eller inte en
    # PDF*: pypdf needs the cryptography package for AES (pypdf[crypto])
    [block] = read_bytes(_encrypted(algorithm, ""), "pdf", "skyddad.pdf").blocks
    assert block.text == "Du skall svara senast den 1 maj."
    with pytest.raises(InputError, match="lösenordsskyddad"):
        read_bytes(_encrypted(algorithm, "hemligt"), "pdf", "låst.pdf")


def test_a_missing_aes_dependency_is_not_called_a_broken_file(monkeypatch) -> None:
    import pypdf
    from pypdf.errors import DependencyError

    def fail(self, password):
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(pypdf.PdfReader, "decrypt", fail)
    with pytest.raises(InputError, match="krypterad") as info:
        read_bytes(_encrypted("AES-128", ""), "pdf", "skyddad.pdf")
    assert "trasig" not in str(info.value)


def test_line_numbers_count_from_the_top_of_the_page() -> None:
    # big.pdf: pypdf gave Chromium's footer first, so 2,807 of 3,060 findings were one line below the word
    data = _letter([[("p", "Inledning om bygglov."), ("p", "Här skall du skicka in ansökan.")], [("p", MORE)]])
    [skall] = [finding for finding in _findings(data, "skall") if finding.location.offset == 4]  # *Här skall*
    assert (skall.location.page, skall.location.paragraph) == (1, 3)  # the header is line 1


def test_chromium_s_soft_hyphen_does_not_split_a_word() -> None:
    # beslut.pdf: Chromium draws U+00AD as a space marked /ActualText, which pypdf reads as a space: *under lag*,
    # *hushålls el* (a passive-voice warning on *hushålls*)
    document = FPDF()
    document.compress = False
    document.add_page()
    document.set_font("Helvetica", size=11)
    document.cell(0, 6, "Du skickar in de under lag som vi behöver.")
    marked = b"under) Tj /Span<</ActualText <FEFF00AD>>> BDC ( ) Tj EMC (lag"
    data = bytes(document.output()).replace(b"under lag", marked)
    [block] = read_bytes(data, "pdf", "beslut.pdf").blocks
    assert block.text == "Du skickar in de underlag som vi behöver."


def test_a_paragraph_that_opens_with_a_dash_is_no_list_item() -> None:
    # big.pdf: a press release's quotation (*– Med mer kunskap går det …*, its next line under the dash) was a
    # one-line list item and the rest of its sentence a paragraph of its own
    quote = (
        "- Med mer kunskap går det att göra bättre prioriteringar i hela landet. Hälsoekonomiska analyser kan öka "
        "förståelsen av vad riskfaktorer kostar, säger ministern."
    )
    data = _letter([[("p", quote)], [("p", MORE)], [("p", LAST)]])
    assert (BlockKind.PARAGRAPH, quote) in _kinds(data)
    items = _letter([[("li", "Kommunstyrelsen ansvarar för att policyn följs."), ("p", BODY)], [("p", MORE)]])
    assert (BlockKind.LIST_ITEM, "- Kommunstyrelsen ansvarar för att policyn följs.") in _kinds(items)


def test_a_line_broken_half_way_without_a_sentence_end_ends_its_block() -> None:
    # big.pdf: a list whose bullets are not in the text layer (*Möjligheten att låta värnpliktiga … i högre
    # utsträckning* / *Pliktrådets självständighet …*) was one 38-word sentence
    first = "Möjligheten att låta värnpliktiga vara krigsplacerade i personalreserven i högre\nutsträckning"
    second = "Pliktrådets självständighet i förhållande till Försvarsmakten och regeringen i stort."
    data = _letter([[("p", f"{first}\n{second}")], [("p", MORE)], [("p", LAST)]])
    texts = [text for _, text in _kinds(data)]
    assert first.replace("\n", " ") in texts and second in texts
    # a paragraph's lines, each about as long as the next, stay one paragraph
    assert BODY in [text for _, text in _kinds(_letter([[("p", BODY)], [("p", MORE)]]))]


def _from_runs(pages: list[list[tuple[float, list[tuple[float, str]]]]], size: float = 11.0):
    """A document from pypdf's runs as a PDF made by Word or LibreOffice gives them: pages of lines (y, [(x, text)]).
    fpdf2's core fonts cannot write the private-use characters Word's Symbol bullets come out as."""
    from klarlint.readers.pdf_layout import Run, build_document

    built = []
    for page in pages:
        runs = []
        for y, pieces in page:
            for x, text in pieces:
                runs.append(Run(text, x, y, size, False, 0.5 * size * len(text), True, split=True))
            runs.append(Run("\n", 0.0, 0.0, 0.0, False, 0.0, False))
        built.append((792.0, runs))
    return build_document(built, "lista.pdf")


@pytest.mark.parametrize("bullet", ["\uf0b7", "\uf0a7", "\uf076", "\uf0d8"])
def test_word_s_symbol_bullet_is_a_list_item_with_its_wrapped_lines(bullet: str) -> None:
    # lista.pdf: Word's bullet (Symbol, U+F0B7) far from its text made a table row: the cells '\uf0b7' and the
    # item's first line, then each wrapped line another cell or paragraph (*altanen byggs …* a sentence alone)
    item = (
        "Ansökan ska vara komplett och innehålla ritningar, en situationsplan, en",
        "fasadritning och ett intyg från grannarna om att de har godkänt att",
        "altanen byggs närmare tomtgränsen än 4,5 meter.",
    )
    after = "Du kan skicka in ansökan via e-tjänsten eller med post till oss på bygglovsenheten."
    document = _from_runs(
        [
            [
                (700, [(90, "Det här behöver du skicka in:")]),
                (685, [(108, bullet), (126, item[0])]),
                (670, [(126, item[1])]),
                (655, [(126, item[2])]),
                (640, [(108, bullet), (126, "En kontrollplan.")]),
                (615, [(90, after)]),
            ]
        ]
    )
    kinds = [(block.kind, block.text) for block in document.blocks]
    assert kinds == [
        (BlockKind.PARAGRAPH, "Det här behöver du skicka in:"),
        (BlockKind.LIST_ITEM, "• " + " ".join(item)),
        (BlockKind.LIST_ITEM, "• En kontrollplan."),
        (BlockKind.PARAGRAPH, after),  # the paragraph after the list, at the margin, is no part of the last item
    ]


class OddEven(FPDF):
    """A report with Word's *different first page* and *different odd and even pages*: no header on page 1."""

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", size=9)
        text = "Kommunstyrelsens förvaltning" if self.page_no() % 2 == 0 else "Borlänge kommun, lägesrapport 2026"
        self.cell(0, 6, text)


def test_odd_and_even_headers_are_the_template_and_not_glued_over_a_page_break() -> None:
    # rapport2.pdf: each header came back on half the pages or fewer, so it was body text, a table cell at the top
    # of each page, and the paragraph from page 4 to page 5 was cut in two (its long-sentence lost)
    document = OddEven()
    document.set_auto_page_break(False)
    ends = ["Vi har gått igenom webbplatsens statistik och", "Vi ska också informera media om den", ""]
    starts = ["", "jämfört den med året innan.", "kommunens utveckling och om våra planer."]
    pages = [(ends[0], ""), (ends[1], starts[1]), ("Vi planerar nästa år.", ""), (ends[1], ""), ("", starts[2])]
    middles = ["Vi har arbetat med", "Webbplatsen har fått", "Nämnden har följt", "Medarbetarna har svarat", "Vi har"]
    for (end, start), middle in zip(pages, middles, strict=True):
        document.add_page()
        document.set_font("Helvetica", size=11)
        document.set_xy(20, 30)
        if start:
            document.multi_cell(0, 6, start)
            document.ln(4)
        document.set_x(20)
        document.multi_cell(0, 6, f"{middle} kommunikation under året.")
        document.ln(4)
        if end:
            document.set_x(20)
            document.multi_cell(0, 6, end)
    texts = [block.text for block in read_bytes(bytes(document.output()), "pdf", "rapport2.pdf").blocks]
    assert f"{ends[1]} {starts[2]}" in texts
    assert f"{ends[0]} {starts[1]}" in texts
    assert texts.count("Kommunstyrelsens förvaltning") == 1
    assert texts.count("Borlänge kommun, lägesrapport 2026") == 1


class SecondPageHeader(FPDF):
    """A letter with *different first page*: the header only on page 2."""

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Helvetica", size=11)
            self.set_xy(20, 12)
            self.cell(0, 6, "Tjörns kommun")


def _two_page_letter(first_of_page_2: str) -> bytes:
    document = SecondPageHeader()
    document.set_auto_page_break(False)
    document.add_page()
    document.set_font("Helvetica", size=11)
    document.set_xy(20, 25)
    document.multi_cell(0, 6, BODY)
    document.ln(4)
    document.set_x(20)
    document.multi_cell(0, 6, "Du kan också besöka kontaktcentret, där en medarbetare hjälper dig att")
    document.add_page()
    document.set_font("Helvetica", size=11)
    document.set_xy(20, 25)
    document.multi_cell(0, 6, first_of_page_2)
    document.ln(4)
    document.set_x(20)
    document.multi_cell(0, 6, "Med vänlig hälsning")
    return bytes(document.output())


def test_a_header_on_page_2_only_is_not_glued_into_the_sentence_over_the_page_break() -> None:
    # brev2.pdf: *… där en medarbetare hjälper dig att Tjörns kommun*, and *hitta rätt handläggare …* a paragraph
    # of its own; the 41-word long-sentence of brev2.docx was lost
    rest = "hitta rätt handläggare och boka en tid för ett samtal."
    texts = [block.text for block in read_bytes(_two_page_letter(rest), "pdf", "brev2.pdf").blocks]
    assert f"Du kan också besöka kontaktcentret, där en medarbetare hjälper dig att {rest}" in texts
    assert "Tjörns kommun" in texts


def test_a_page_that_begins_with_a_paragraph_s_last_line_keeps_it() -> None:
    # The same place on page 2, but a body line that ends a sentence over the next paragraph: no header
    document = FPDF()
    document.set_auto_page_break(False)
    document.set_font("Helvetica", size=11)
    document.add_page()
    document.set_xy(20, 25)
    document.multi_cell(0, 6, "Du kan också besöka kontaktcentret, där en medarbetare hjälper dig att")
    document.add_page()
    document.set_xy(20, 12)
    document.multi_cell(0, 6, "hitta rätt handläggare.")
    document.set_xy(20, 25)
    document.multi_cell(0, 6, "Med vänlig hälsning")
    texts = [block.text for block in read_bytes(bytes(document.output()), "pdf", "brev.pdf").blocks]
    assert texts == [
        "Du kan också besöka kontaktcentret, där en medarbetare hjälper dig att hitta rätt handläggare.",
        "Med vänlig hälsning",
    ]


def test_word_s_numbered_heading_is_a_heading_without_its_number() -> None:
    # numhead.pdf: *1 ⇥ ÖVRIG INFORMATION* (Heading 1 with Word's numbering) was two table cells, '1' and the
    # title, and the heading's capitals findings were lost
    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", "B", 14)
    document.set_xy(20, 20)
    document.cell(6, 8, "1")
    document.set_xy(38, 20)  # the tab's gap: pypdf splits LibreOffice's runs there, fpdf2's only when it is wide
    document.cell(0, 8, "ÖVRIG INFORMATION")
    document.set_font("Helvetica", size=11)
    document.set_xy(20, 32)
    document.multi_cell(0, 6, "Om ansökan inte är komplett ber vi dig komplettera den.")
    document.set_xy(20, 44)
    document.cell(10, 6, "2")
    document.set_xy(38, 44)
    document.cell(40, 6, "Handläggaren")
    document.set_xy(90, 44)
    document.cell(0, 6, "Vi kontaktar dig.")
    data = bytes(document.output())
    kinds = _kinds(data)
    assert kinds[0] == (BlockKind.HEADING, "ÖVRIG INFORMATION")
    assert [finding.text for finding in _findings(data, "heading")][:1] == ["ÖVRIG INFORMATION"]
    # a table row in the body's font that begins with a number stays cells
    assert (BlockKind.TABLE_CELL, "2") in kinds and (BlockKind.TABLE_CELL, "Handläggaren") in kinds


def test_a_table_cell_s_wrapped_lines_are_one_cell() -> None:
    # tab.pdf (LibreOffice): *Ansökan registreras i* / *verksamhetssystemet* / *samma dag …* were two cells and a
    # paragraph (passive-voice rewrote *registreras i*), and *Beslutet fattas av* / *nämnden.* lost its finding
    document = _from_runs(
        [
            [
                (709.8, [(90.1, "Tabellen visar vem som gör vad när en ansökan kommer in.")]),
                (684.6, [(90.1, "Steg"), (234.1, "Vem"), (378.1, "Vad händer")]),
                (671.3, [(90.1, "1"), (234.1, "Mottagningen"), (378.1, "Ansökan registreras i")]),
                (658.5, [(378.1, "verksamhetssystemet")]),
                (645.7, [(378.1, "samma dag som den")]),
                (632.9, [(378.1, "kommer in.")]),
                (619.6, [(90.1, "2"), (234.1, "Nämnden"), (378.1, "Beslutet fattas av")]),
                (606.8, [(378.1, "nämnden.")]),
                (593.5, [(90.1, "Du får beslutet hemskickat med post.")]),
            ]
        ]
    )
    cells = [block.text for block in document.blocks if block.kind is BlockKind.TABLE_CELL]
    assert cells == [
        "Steg",
        "Vem",
        "Vad händer",
        "1",
        "Mottagningen",
        "Ansökan registreras i verksamhetssystemet samma dag som den kommer in.",
        "2",
        "Nämnden",
        "Beslutet fattas av nämnden.",
    ]
    assert document.blocks[-1].kind is BlockKind.PARAGRAPH  # the paragraph under the table, across its columns
    [fattas] = [f for f in lint_document(document).findings if f.rule == "passive-voice" and f.text == "fattas"]
    assert fattas.location.page == 1 and fattas.location.paragraph == 7


def test_a_word_broken_for_want_of_room_in_a_narrow_column_is_one_word() -> None:
    # rapport.pdf: *utbildningsförval* / *tningen* and *Socialförvaltning* / *en* were one-word paragraphs (35 in
    # 3 pages); *Sociala* / *medier*, wrapped at a space short of the column's end, keeps its space, and a short
    # line at the first column that begins a sentence is the text under the table
    document = _from_runs(
        [
            [
                (434.7, [(90.1, "Förvaltning"), (198.1, "Kanal"), (306.1, "Kostnad")]),
                (421.5, [(90.1, "Barn- och"), (198.1, "Sociala"), (306.1, "100")]),
                (408.7, [(90.1, "utbildningsförval")]),
                (395.9, [(90.1, "tningen"), (198.1, "medier")]),
                (382.6, [(90.1, "Socialförvaltning"), (198.1, "Webbplats"), (306.1, "135")]),
                (369.8, [(90.1, "en")]),
                (350.0, [(90.1, "Källa: SCB.")]),
            ]
        ]
    )
    kinds = [(block.kind, block.text) for block in document.blocks]
    assert [text for kind, text in kinds if kind is BlockKind.TABLE_CELL] == [
        "Förvaltning",
        "Kanal",
        "Kostnad",
        "Barn- och utbildningsförvaltningen",
        "Sociala medier",
        "100",
        "Socialförvaltningen",
        "Webbplats",
        "135",
    ]
    assert kinds[-1] == (BlockKind.PARAGRAPH, "Källa: SCB.")


def test_a_table_s_header_row_repeated_on_the_next_page_is_read_once() -> None:
    # tab2.pdf: Word's *repeat as header row*: *skall* and *genomföras* in the header cell were found on every page;
    # a row broken over the page break (*Miljöförvaltninge* / *n*) goes on after the repeated header
    def head(top: float) -> list:
        return [
            (top, [(90.1, "Nr"), (234.1, "Åtgärd som skall"), (378.1, "Ansvarig")]),
            (top - 12.8, [(234.1, "genomföras")]),
        ]

    intro = [(709.8, [(90.1, "Tabellen visar åtgärderna i handlingsplanen.")])]
    first = [
        (658.5 - 13.3 * n, [(90.1, str(n + 1)), (234.1, name), (378.1, "Chef")])
        for n, name in enumerate(("Kommunstyrelsen", "Socialnämnden", "Kulturnämnden"))
    ]
    broken = [(618.6, [(90.1, "4"), (234.1, "Miljöförvaltninge"), (378.1, "Chef")])]
    second = [(683.0, [(234.1, "n")]), (670.0, [(90.1, "5"), (234.1, "Byggnadsnämnden"), (378.1, "Chef")])]
    document = _from_runs([intro + head(684.6) + first + broken, head(709.3) + second])
    cells = [block.text for block in document.blocks if block.kind is BlockKind.TABLE_CELL]
    assert cells.count("Åtgärd som skall genomföras") == 1
    assert "Miljöförvaltningen" in cells and "n" not in cells, cells
    assert cells[-3:] == ["5", "Byggnadsnämnden", "Chef"]
    assert len([f for f in lint_document(document).findings if f.rule == "skall"]) == 1


def test_a_title_in_a_large_font_that_wraps_is_one_heading() -> None:
    # rapport.pdf: *Lägesrapport för* / *kommunikationsarbetet 2026* (22 pt) were two headings, and missing-summary
    # quoted half the title; two headings in a row, a space between them, stay two
    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", "B", 22)
    document.multi_cell(110, 10.5, "Lägesrapport för kommunikationsarbetet", new_x="LMARGIN", new_y="NEXT")
    document.ln(6)
    document.multi_cell(0, 10.5, "Sammanfattning", new_x="LMARGIN", new_y="NEXT")
    document.set_font("Helvetica", size=11)
    document.multi_cell(0, 6, BODY)
    headings = [text for kind, text in _kinds(bytes(document.output())) if kind is BlockKind.HEADING]
    assert headings == ["Lägesrapport för kommunikationsarbetet", "Sammanfattning"]


def test_sarif_and_github_give_a_pdf_finding_s_page_and_line_on_it() -> None:
    # brev.sarif: startLine 16 for a finding at *sida 1, rad 17* (the line in the extracted text), and the page only
    # in properties
    from klarlint.report import Report
    from klarlint.reporters import github, sarif

    data = _letter([[("p", "Inledning om bygglov."), ("p", "Här skall du skicka in ansökan.")], [("p", MORE)]])
    report = Report([lint_document(read_bytes(data, "pdf", "brev.pdf"))])
    [result] = [r for r in sarif.to_sarif(report)["runs"][0]["results"] if r["ruleId"] == "skall"][:1]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (
        3,
        5,
        10,
    )  # *Här skall*, the header line 1
    assert result["message"]["text"].startswith("Sida 1, rad 3: ")
    [annotation] = [a for _, a in github.file_annotations(report.files[0], Path.cwd()) if "klarlint skall" in a][:1]
    assert "line=3,col=5,endLine=3,endColumn=9," in annotation and "::Sida 1, rad 3: " in annotation


def test_sarif_keeps_a_text_file_s_own_lines() -> None:
    from klarlint.linter import lint_text
    from klarlint.reporters import sarif

    report = lint_text("Rubrik\n\nHär skall du skicka in ansökan.\n")
    [result] = [r for r in sarif.to_sarif(report)["runs"][0]["results"] if r["ruleId"] == "skall"]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert not result["message"]["text"].startswith("Sida")


def _indented(items: list[str], quote: str) -> bytes:
    document = FPDF()
    document.add_page()
    document.add_font("DejaVu", fname=str(DEJAVU))  # its widths in the file: where a line ends is measured
    document.set_font("DejaVu", size=11)
    document.set_left_margin(20)
    document.set_x(20)
    document.multi_cell(0, 6, BODY + " " + MORE, new_x="LMARGIN", new_y="NEXT")
    document.ln(4)
    document.multi_cell(0, 6, "Utredningen ska bland annat", new_x="LMARGIN", new_y="NEXT")
    for item in items:  # Chromium's <ul>: the bullet is drawn, not text; each item's lines at the item's indent
        document.set_x(30)
        document.multi_cell(0, 6, item, new_x="LMARGIN", new_y="NEXT")
    document.ln(4)
    document.set_x(30)  # a quotation indented on both sides
    document.multi_cell(120, 6, quote, new_x="LMARGIN", new_y="NEXT")
    document.ln(4)
    document.multi_cell(0, 6, LAST, new_x="LMARGIN", new_y="NEXT")
    return bytes(document.output())


def test_a_list_whose_bullets_are_drawn_is_one_item_a_block() -> None:
    # big.pdf: *kartlägga Samhalls målgrupp … stödbehov, analysera om Samhalls verksamhet …* (a <ul> printed by
    # Chromium, the bullets drawn) was one 104-word sentence: each item's last line leaves room for the next
    # item's first word
    if not DEJAVU.is_file():
        pytest.skip("DejaVu Serif is not installed")
    items = [
        "kartlägga Samhalls målgrupp i fråga om storlek och sammansättning och analysera dess stödbehov,",
        "analysera om Samhalls verksamhet erbjuder meningsfulla och utvecklande arbeten för målgruppen,",
        "lämna förslag till förändringar av statens samlade styrning av Samhalls verksamhet.",
    ]
    quote = (
        "Vi vill att alla som söker arbete ska få ett stöd som passar dem, och att ingen ska behöva vänta länge på "
        "att få en insats. Det är målet."
    )
    texts = [text for _, text in _kinds(_indented(items, quote))]
    assert texts[1] == "Utredningen ska bland annat"
    assert texts[2:5] == items
    # a quotation indented on both sides, its last line short, stays one paragraph, and so do the body's
    assert quote in texts and BODY + " " + MORE in texts and LAST in texts
