"""A web page's lead marked by the CMS (class *lead*, *ingress*, *preamble*, *intro*) is the page's summary for
missing-summary, whatever words it uses (session 46, web re-test: *Vi hämtar mat- och restavfall varannan vecka* under
*Sophämtning för villor* had been told it named nothing the page is about)."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.readers import read_text

BODY = " ".join(
    [
        "<p>Ställ kärlet vid tomtgränsen senast klockan sex på hämtningsdagen, med handtaget utåt mot gatan.</p>",
        *[
            f"<h2>Fråga {n}</h2><p>Kärlet töms av entreprenören enligt schemat för ditt område. Avgiften för kärlet "
            "beror på storleken och på hur ofta hämtningen sker. Kontakta kundtjänst om kärlet inte har tömts på "
            "hämtningsdagen, så kommer bilen tillbaka inom två arbetsdagar.</p>"
            for n in range(1, 8)
        ],
    ]
)


def _page(
    lead_attrs: str,
    lead: str = "Vi hämtar mat- och restavfall varannan vecka. Förpackningar lämnar du på en återvinningsstation.",
) -> str:
    return (
        "<!doctype html><html lang='sv'><head><title>Sophämtning</title></head><body><main>"
        f"<h1>Sophämtning för villor</h1><p{lead_attrs}>{lead}</p>{BODY}</main></body></html>"
    )


def _summary_findings(html: str) -> list:
    return [f for f in lint_text(html, "html", profile="webb").findings if f.rule == "missing-summary"]


@pytest.mark.parametrize("attrs", [' class="lead"', ' class="article-lead"', ' class="c-ingress"', ' class="preamble"'])
def test_a_marked_lead_is_the_summary(attrs: str) -> None:
    assert _summary_findings(_page(attrs)) == []


def test_the_same_paragraph_unmarked_is_still_judged_by_its_words() -> None:
    found = _summary_findings(_page(""))
    assert len(found) == 1 and "nämner inte det texten handlar om" in found[0].message


def test_a_marked_lead_that_is_too_long_is_still_told() -> None:
    long_lead = " ".join(
        ["Vi hämtar mat- och restavfall varannan vecka och förpackningar lämnar du själv."] * 14
    )  # over 120 words
    found = _summary_findings(_page(' class="lead"', long_lead))
    assert len(found) == 1 and "längre än" in found[0].message


@pytest.mark.parametrize(("attrs", "lead"), [(' class="lead"', True), (' class="leader"', False), ("", False)])
def test_the_reader_marks_the_lead_block(attrs: str, lead: bool) -> None:
    document = read_text(_page(attrs), "html")
    paragraph = next(b for b in document.blocks if b.text.startswith("Vi hämtar"))
    assert paragraph.lead is lead
