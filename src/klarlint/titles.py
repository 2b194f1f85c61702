"""Titles a text cites: a statute's (*förordningen (2021:663) om arbetet med att säkerställa korrekta
utbetalningar*), an EU act's (*förordning (EU) nr 1169/2011 om tillhandahållande av livsmedelsinformation …*) and an
official report's (*betänkandet Ett starkare straffrättsligt skydd … avseende kön (SOU 2023:80)*), a
regleringsbrev's (*regleringsbrevet för budgetåret 2025 avseende länsstyrelserna*). Their words are the
lawmaker's or the inquiry's, fixed by the citation: a writer cannot make *säkerställa* or *avseende* plainer there
(issue 13, blind: false alarms on both). Found in the text alone, by the signs a citation carries: a statute's number
in parentheses after its kind, an EU act's number with its slash, a report's series and number after its title, or
quotation marks around a title after the kind of report (*utredningen ”…”*).
"""

from __future__ import annotations

import re

from klarlint.analysis import BlockAnalysis

# *lagen (2018:585) om skydd för …*: from the statute's kind to the end of the clause (a title has no comma).
STATUTE_KINDS = r"(?:lag|lagen|förordning|förordningen|balken|kungörelsen|instruktionen|förordningens|lagens)"
# The title ends before another statute's citation (*… om offentlig upphandling samt lagen (2016:1145) om …*: the
# first title had run on to the second, which was then not read as one).
STATUTE = re.compile(
    rf"\b{STATUTE_KINDS}\s*\((?:SFS\s*)?\d{{4}}:\d+\)\s+(?:om|med)\s+"
    rf"(?:(?!\s+(?:(?:och|samt|eller)\s+)?{STATUTE_KINDS}\s*\()[^.;:,()\n])+"
)
# An EU act's title after its kind and number: *förordning (EU) nr 1169/2011 om tillhandahållande av
# livsmedelsinformation till konsumenterna*, *direktiv 2011/83/EU om konsumenträttigheter* (agency re-test s47: its
# words had been flagged). A title runs to the end of the clause; a comma goes on only before another *om* (*…, om
# ändring av förordning …*), as EU titles are written.
EU_ACT = re.compile(
    r"\b(?:förordning|förordningen|direktiv|direktivet|beslut|beslutet|rambeslut|rambeslutet)\s+"
    r"(?:\((?:EU|EG|EEG|Euratom|EU,\s*Euratom)\)\s+)?(?:nr\s+)?\d{1,4}/\d{1,4}(?:/(?:EU|EG|EEG|Euratom))?"
    r"(?:\s+av\s+den\s+\d{1,2}\s+\w+\s+\d{4})?\s+om\s+(?:[^.;:()\n,]|,\s+(?=(?:och\s+)?om\s))+",
    re.IGNORECASE,
)
# The kinds of report, definite (*betänkandet*) or after a possessive (*sin rapport*, *sitt betänkande*), in either
# case (a sentence may open with one).
REPORT_KINDS = r"(?i:(?:del|slut)?betänkande(?:t)?|promemorian?|rapport(?:en)?|propositionen|skrivelsen)"
# *betänkandet Effektivare tillsyn över apotek … (SOU 2023:58)*: from the capital after the kind of report to the
# series and number; *betänkandet från Utredningen X (SOU …)* too.
REPORT = re.compile(
    rf"\b{REPORT_KINDS}\s+"
    r"(?:från\s+)?([A-ZÅÄÖ][^()\n]{2,240}?)\s*\((?:SOU|Ds|[Pp]rop\.|[Ss]kr\.)\s*\d{4}(?:/\d{2})?:\d+\)"
)
# *Utredningen ”Ny kärnkraft i Sverige – ett andra steg”*: a report's or an inquiry's title in quotation marks.
QUOTED_TITLE = re.compile(rf"\b(?:{REPORT_KINDS}|(?i:utredningen))\s+[\"”«]([A-ZÅÄÖ][^\"”»\n]{{2,240}})[\"”»]")

# *regleringsbrevet för budgetåret 2025 avseende länsstyrelserna (Fi2024/02345)*: a regleringsbrev's title is fixed
# (*Regleringsbrev för budgetåret … avseende …*), and the reader looks it up by it (agency re-test s48: *avseende*
# had been flagged). From the kind to the end of the clause.
REGLERINGSBREV = re.compile(
    r"\b(?i:regleringsbrev(?:et|en)?)\s+för\s+budgetåret\s+\d{4}\s+(?:avseende|för)\s+[^.;:,()\n]+"
)


def cited_titles(block: BlockAnalysis) -> tuple[tuple[int, int], ...]:
    """The spans of ``block``'s text that are cited titles of statutes and reports (once per block)."""
    return block.memo("cited-titles", _find)


def in_cited_title(block: BlockAnalysis, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in cited_titles(block))


def _find(block: BlockAnalysis) -> tuple[tuple[int, int], ...]:
    text = block.text
    found = [match.span(1) for match in QUOTED_TITLE.finditer(text)] if any(q in text for q in '"”«') else []
    if "(" in text:  # a statute and a report cite a number in parentheses: most paragraphs have none
        found += [_before_a_finite_verb(block, match.span()) for match in STATUTE.finditer(text)]
        found += [match.span(1) for match in REPORT.finditer(text)]
    if "budgetåret" in text:
        found += [match.span() for match in REGLERINGSBREV.finditer(text)]
    if "/" in text:  # an EU act's number has a slash
        found += [match.span() for match in EU_ACT.finditer(text)]
    return tuple(sorted(found))


def _before_a_finite_verb(block: BlockAnalysis, span: tuple[int, int]) -> tuple[int, int]:
    """A statute's title ends before a finite verb: *ska enligt 68 § lagen (1997:238) om arbetslöshetsförsäkring
    återbetalas om den enskilde …* (the employment re-test s51) has no comma, so the title had run on to the end of
    the sentence and a 38-word sentence was counted as a short one. A title names a subject (*om skydd för …*) and
    has no clause of its own."""
    opening = block.text.find("(", span[0], span[1])
    for token in block.tokens_within(opening, span[1]):
        if token.pos in ("VERB", "AUX") and token.feature("VerbForm") == "Fin":
            return span[0], len(block.text[: token.start].rstrip())
    return span
