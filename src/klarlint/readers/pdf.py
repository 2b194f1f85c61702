"""PDF reader built on pypdf: the text layer as lines laid out on the page, then blocks as a reader sees them.

pypdf is pure Python (no C library to install), actively maintained and reads
the text layer of the PDFs public bodies publish; pdfminer.six lays out text
more carefully but is several times slower on long reports.

pypdf's ``extract_text(visitor_text=…)`` hands over each run of text with its
position and font; :mod:`klarlint.readers.pdf_layout` groups the runs into the
page's lines and tells headings (a larger or bold font), list items (a bullet
or a number), table rows (cells at several places on one line), the table of
contents (dot leaders), footnotes (a smaller font; their reference marks are
raised digits) and the running header and footer (a line that comes back at
the top or bottom of most pages, page numbers aside) from the body text.

The document's source is the body's lines, page by page, then the running
header's and footer's lines once (linted once, as the .docx reader reads a
header once: on every page they gave the same finding once per page). A
paragraph goes on over a page break when the page ends without a sentence's
end or the next page goes on in lower case. A finding's :class:`Location` gives
the page and the line as counted from the top of that page.

A PDF without a text layer (a scan) has nothing to lint: that is a one-line error,
never an empty, "perfect" result; a page without text inside a text PDF gets a notice.
"""

from __future__ import annotations

import io
import logging

from klarlint.document import SOFT_HYPHEN, Document
from klarlint.errors import InputError
from klarlint.readers.pdf_layout import Run, build_document


def read(data: bytes, path: str | None = None) -> Document:
    name = path or "<pdf>"
    pages = _page_runs(data, name)
    if not any(run.text.strip() for page in pages for run in page[1]):
        raise InputError(
            f"{name}: PDF-filen har inget textlager (den är troligen inskannad) – gör den sökbar med OCR först"
        )
    return build_document(pages, path)


def _page_runs(data: bytes, name: str) -> list[tuple[float, list[Run]]]:
    """Each page's height and its runs of text, in pypdf's order (``"\\n"`` runs where pypdf ends a line)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd fonts are not the user's business
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: PDF-filen är lösenordsskyddad och kan inte läsas; spara en kopia utan lösenord")
        return [_runs(page) for page in reader.pages]
    except InputError:
        raise
    except DependencyError as exc:
        # AES needs the cryptography package (pypdf[crypto], a dependency): without it an AES file, which anyone
        # may open, was called broken
        logging.getLogger(__name__).info("%s: pypdf: %s", name, exc)
        raise InputError(
            f"{name}: PDF-filen är krypterad (AES) och kan inte läsas utan paketet cryptography "
            "(installera klarlint på nytt: pip install 'pypdf[crypto]')"
        ) from None
    except Exception as exc:  # pypdf on a damaged file can fail in many ways; each is a broken PDF to the user
        # pypdf's reason is English and technical (*Stream has ended unexpectedly*): the log has it, the user a
        # Swedish line
        logging.getLogger(__name__).info("%s: pypdf: %s: %s", name, type(exc).__name__, exc)
        raise InputError(f"{name}: inte en läsbar PDF-fil (trasig, avkortad eller inte en PDF)") from None


def _widths(font_dict) -> tuple[dict[str, float], float] | None:
    """Each character's width (thousandths of an em) in a font, from pypdf's Font (its widths are keyed by the
    font's codes, so they are mapped to the characters through its character map), and the default width."""
    try:
        from pypdf.generic._font import Font  # (no public name; an older pypdf falls back to an estimate)

        font = Font.from_font_resource(font_dict)
        widths = font.character_widths
        by_char = {char: widths[code] for code, char in font.character_map.items() if code in widths}
        return by_char, float(widths.get("default", 500) or 500)
    except Exception:
        return None


def _width(fonts: dict, font_dict, text: str, size: float) -> float:
    """The run's width in points; half an em a character where the font's widths are unknown. ``fonts`` keeps
    each font's widths for one page (a page's own dictionary: pages may be read on several threads at once)."""
    key = id(font_dict)
    if key not in fonts:
        fonts[key] = _widths(font_dict) if font_dict is not None else None
    known = fonts[key]
    if not known:
        return 0.5 * size * len(text)
    by_char, default = known
    return sum(by_char.get(char, default) for char in text) / 1000 * size


def _runs(page) -> tuple[float, list[Run]]:
    runs: list[Run] = []
    fonts: dict[int, tuple[dict[str, float], float] | None] = {}
    soft = [False]  # inside /Span <</ActualText (U+00AD)>> BDC … EMC

    def before(operator, operands, cm, tm) -> None:
        # Chromium draws a soft hyphen as a space glyph marked /ActualText (U+00AD): pypdf read it as a space and
        # split the word (*under lag*, *hushålls el*, a passive-voice warning on *hushålls*). The glyph is dropped.
        if operator == b"BDC" and len(operands) > 1:
            props = operands[1]
            actual = props.get("/ActualText") if hasattr(props, "get") else None
            soft[0] = actual is not None and str(actual) == SOFT_HYPHEN
        elif operator == b"EMC":
            soft[0] = False
        elif soft[0] and operator == b"Tj" and operands:
            operands[0] = type(operands[0])(b"") if isinstance(operands[0], bytes) else ""
        elif soft[0] and operator == b"TJ" and operands:
            operands[0] = type(operands[0])()

    def visit(text, cm, tm, font_dict, font_size) -> None:
        if not text:
            return
        if text == "\n" or font_dict is None and not text.strip():
            runs.append(Run(text, 0.0, 0.0, 0.0, False, 0.0, font_dict is not None))
            return
        a, b, c, d, e, f = (float(v) for v in tm)
        ca, cb, cc, cd, ce, cf = (float(v) for v in cm)
        x = e * ca + f * cc + ce
        y = e * cb + f * cd + cf
        scale_y = abs(b * cc + d * cd) or 1.0
        scale_x = abs(a * ca + b * cc) or scale_y
        size = float(font_size or 0) * scale_y
        base = str(font_dict.get("/BaseFont", "")) if font_dict is not None else ""
        bold = "bold" in base.lower() or "black" in base.lower() or "heavy" in base.lower()
        for index, part in enumerate(text.split("\n")):
            if index:
                runs.append(Run("\n", 0.0, 0.0, 0.0, False, 0.0, False))
            if part:
                runs.append(
                    Run(part, x, y, size, bold, _width(fonts, font_dict, part, float(font_size or 0) * scale_x), True)
                )

    page.extract_text(visitor_text=visit, visitor_operand_before=before)
    box = page.mediabox
    return float(box.height), runs
