"""Where something is in a document without lines of its own (.docx, PDF): what a Word or PDF reader can find.

Its own module so that a finding (``klarlint.report``) and a notice of what was not linted (``klarlint.limits``,
which ``klarlint.document`` imports) can both carry one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding is in a document without lines: for a writer working in Word.

    ``paragraph`` counts every paragraph mark in reading order from 1 (empty
    paragraphs too, headers and footers last); ``offset`` is the number of
    characters before the finding in that paragraph (so the column is offset + 1);
    ``heading`` is the heading path, e.g. "Ansvar › Kommunstyrelsen".
    """

    paragraph: int
    offset: int
    heading: str | None
    page: int | None = None  # PDF: the page; ``paragraph`` is then the line on that page

    def to_json(self) -> dict[str, object]:
        if self.page is not None:
            return {"page": self.page, "line": self.paragraph, "offset": self.offset}
        return {"paragraph": self.paragraph, "offset": self.offset, "heading": self.heading}
