"""``quotes-and-dashes``: Swedish quotation marks, and the en dash for ranges and as tankstreck.

Swedish uses the same mark, ”, to open and close a quotation (» … » is also
correct); “…”, „…“ and straight "…" are English and German habits that word
processors and web editors bring in. Between numbers and as a parenthetic dash,
Swedish uses the en dash (–), not the hyphen (-).

Hyphens between digits are very often not ranges: dates (2025-05-05), telephone
numbers (08-123 45 67), organisation and personal numbers, ISBNs, bank giro
numbers and compounds such as 3-rumslägenhet. The range pattern therefore
accepts only short plain numbers where the second is larger than the first,
and skips anything that starts with 0 or follows an identifier word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis
from klarlint.rules import references
from klarlint.rules.base import FixAvailability, RuleFinding, RuleInfo, Severity
from klarlint.rules.numbers_and_dates import thousands_suggestion

EN_DASH = "–"

# A quotation's text starts and ends with a character that is not a space, as STRAIGHT_QUOTE's does: *Tecknen “ ” och
# „ “ är engelska* names the marks themselves, standing alone, and --fix had made them *” ”* (session 42, the explain
# tester: the rule's own explanation).
FOREIGN_QUOTE = re.compile(r"([“„])(?=\S)([^“”„\"\n]{1,300}?)(?<=\S)([”“])")
STRAIGHT_QUOTE = re.compile(r"(?<![=\w])\"(?=\S)([^\"\n]{1,300}?)(?<=\S)\"(?!\w)")
NUMBER_RANGE = re.compile(r"(?<![\w.,:/+–-])(\d{1,4})-(\d{1,4})(?![\w/–-]|[.,:]\d|\s\d{2}\b)")
# *9 000-14 000 kronor*: both limits grouped in thousands (the social re-test s51: no finding, as each chunk of
# three digits was read as a number of its own); not a longer run of digit groups (a telephone number's tail).
GROUPED_RANGE = re.compile(
    r"(?<![\w.,:/+–-])(?<!\d[ \u00a0])(\d{1,3}(?:[ \u00a0]\d{3})+)-(\d{1,3}(?:[ \u00a0]\d{3})+)"
    r"(?![\w/–-]|[.,:]\d|[ \u00a0]\d)"
)
TIME_RANGE = re.compile(r"(?<![\w.,:/–-])(\d{1,2}[.:]\d{2})\s?-\s?(\d{1,2}[.:]\d{2})(?![\w/–-]|[.,:]\d)")
SPACED_HYPHEN = re.compile(r"(?<=\S) (-{1,2}|—) (?=\S)")
# The limits on either side of a spaced hyphen between digits: a number, a time or a decimal (*8.00*, not the full
# stop after it), or a date or number written with hyphens (*2025-10-01*)
# (or a day and month with a slash: *1/6 - 31/8* is a range of dates, not of *6 - 31*; session 41)
_NUMBER = r"\d+(?:[.:/]\d+)*"
LEFT_LIMIT = re.compile(rf"(?<![\d.:/-]){_NUMBER}(?:-{_NUMBER})*$")
RIGHT_LIMIT = re.compile(rf"{_NUMBER}(?:-{_NUMBER})*")

WEEKDAYS = "måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag"
# *mån-fre 08.00-16.30* (the registry re-test s52: *måndag-fredag* got its dash, the short form not). Between two
# abbreviations only: *fre* or *tis* beside a full word may be part of a name or a compound.
WEEKDAY_ABBREVIATIONS = "mån|tis|ons|tors|tor|fre|lör|sön"
MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
NAME_RANGE = re.compile(
    rf"(?<![\w-])(?:({WEEKDAYS}|{MONTHS})-({WEEKDAYS}|{MONTHS})|({WEEKDAY_ABBREVIATIONS})-({WEEKDAY_ABBREVIATIONS}))"
    r"(?![\w-])",
    re.IGNORECASE,
)
# A range of two dates, a day and a month each (*1 april-31 maj*, *10 mars 2026-30 april 2026*, a table's *1 sep-31
# okt*): the county re-test s49 found them missed, while *10-20* and *måndag-fredag* got their dash. A number before
# the hyphen and a month's name after the number that follows it make it a date range, not a compound or a name
# (*maj-kommittén*). The dash goes without spaces, as in the ranges above (*perioden 1 januari–30 juni*, the EU's
# Svenska skrivregler; the year that may follow the first date is inside the match, so *2026-30* is no number range).
MONTH_ABBREVIATIONS = "jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec"
_DAY_MONTH = rf"\d{{1,2}} (?:{MONTHS}|{MONTH_ABBREVIATIONS})"
DATE_RANGE = re.compile(rf"(?<![\w.,:/-])({_DAY_MONTH}(?: \d{{4}})?)-({_DAY_MONTH})(?![\w-])", re.IGNORECASE)

# Words before a number pair that make it an identifier, not a range.
IDENTIFIER_WORDS = frozenset(
    str.split(
        """
    nr nummer dnr diarienummer telefon tel tfn mobil fax bankgiro bg plusgiro pg postgiro konto kontonummer
    clearingnummer organisationsnummer orgnr org ärende ärendenummer isbn issn sfs vers version ring
    id block blocket blockid
        """
    )
)
# A word for a number that names one thing, a compound of *nummer* or *nr* (*kundnummer*, *fakturanr*,
# *registreringsnummer*): the number after it is an identifier, whatever its parts (the farming re-test s53: *block
# 1234-5678*, a field block's id, was to get an en dash).
IDENTIFIER_ENDINGS = ("nummer", "nr")
_WORD_BEFORE = re.compile(r"([\wåäöÅÄÖ]+)[.:]?\s+$")
# A case or reference number: after a label for one (*Diarienummer: MBN 2026-3310*, *Er referens: 2025-14*), the
# label's code can stand between; or after a register's code in capitals, the year first (*MBN 2026-3310*, *KS
# 2025-45*). The year's hyphen joins the parts of one number; it is no range (writer7's re-test s46: *2026–3310*).
_REFERENCE_LABEL = re.compile(
    r"\b(?i:diarienummer|diarienr|dnr|ärendenummer|ärendenr|ärende|beteckning|referens|ref|"
    r"målnummer|målnr|mål nr)\.?:?\s+"
    r"(?:[A-ZÅÄÖ]{1,6}\s+)?$"
)
_REGISTER_CODE = re.compile(r"\b[A-ZÅÄÖ]{2,6}\s+$")
# A court's case number: the case type's letter, the number and the year (*Mål nr T 5521-26*, *B 1234-26*, *Ö 12-25*;
# a legal re-test s49: *5521–26* had been suggested). Only the courts' letters (T tvistemål, B brottmål, Ö övriga,
# Ä ärenden, F/M/P the land and environment courts, UM migration), never *I* or *Å*, words of their own.
_COURT_CASE = re.compile(r"(?<![\w-])(?:[BTÖÄFMP]|UM)\s+$")
# A route between two places of one word each, after a word for a route (*sträckan Kyrkogatan - Torggatan*): the
# tankstreck goes without spaces, as in *måndag–fredag* (session 42, a reviewer: the spaced form had been suggested,
# against this rule's own explanation). Only after such a word: *Anna - Vår nya chef* is a dash.
ROUTE_WORDS = (
    "sträckan|sträckorna|vägen|linjen|linje|etappen|leden|banan|tåget|tågen|bussen|bussarna|flyget|pendeln|"
    "avsnittet|delen|vägsträckan|sträcka|relationen|resan|turen"
)
ROUTE = re.compile(rf"(?i:\b(?:{ROUTE_WORDS}))\s+([A-ZÅÄÖ][a-zåäöéü]+) (-|—) ([A-ZÅÄÖ][a-zåäöéü]+)(?![\w-])")
# Words after a spaced hyphen that mean a space crept into a compound: "barn - och ungdomsnämnden".
_COMPOUND_CONJUNCTIONS = frozenset({"och", "eller", "samt", "respektive", "resp.", "till"})


class QuotesAndDashes:
    info = RuleInfo(
        id="quotes-and-dashes",
        title="Citattecken och tankstreck",
        severity=Severity.INFO,
        block_local=True,
        issue_type="typographical",
        summary=(
            '“…”, „…“ and straight "…" in running text (→ ”…”); a hyphen in number, time and weekday/month ranges '
            "(*10-12, 8.00-16.30, måndag-fredag*, day-and-month ranges, *1 april-31 maj*, hours after *kl*: *kl "
            "07-20* → en dash; after *mellan*/*från* → "
            "*och*/*till*: *mellan 7.00 och "
            "17.00*); a spaced hyphen, double hyphen or em dash used as "
            "tankstreck (→ ` – `); shortened weekdays (*mån-fre* → *mån–fre*) and the hyphen of a range of thousands "
            "with dots (*2.500-4.000 kr*). Not dates, telephone, organisation or bank giro numbers, court case "
            "numbers (*Mål nr T 5521-26*), identifiers after *block* or a *-nummer/-nr* word, ISBNs, compounds "
            "(*3-rumslägenhet*), scores (*3-2*), list bullets, Markdown code or HTML attributes"
        ),
        reference=references.PUNCTUATION,
        explanation=(
            "På svenska är citattecknen likadana i början och i slutet: ”så här”. Tecknen “ ” och "
            '„ “ är engelska och tyska, och raka citattecken (") är skrivmaskinens nödlösning. '
            "Mellan tal som anger ett intervall skriver du tankstreck (kort streck, –), inte "
            "bindestreck: 10–12 personer, kl. 8.00–16.30, måndag–fredag. Tankstreck med mellanrum "
            "runt kan också skjuta in något – som här – eller markera en paus. "
            "Bindestreck (-) hör hemma i sammansättningar som e-post och 3-rumslägenhet och i "
            "datum som 2025-05-05."
        ),
        example_before='Vi har öppet måndag-fredag 8.00-16.30 - utom i juli. Läs "Så söker du bidrag".',
        example_after="Vi har öppet måndag–fredag 8.00–16.30 – utom i juli. Läs ”Så söker du bidrag”.",
        fix=FixAvailability.ALWAYS,
        subchecks={
            "swedish-quotes": "Svenska citattecken (”…”)",
            "range-dash": "Tankstreck i intervall (10–12, måndag–fredag)",
            "spaced-dash": "Tankstreck med mellanrum, inte bindestreck eller långt streck",
        },
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        for index, _block, block_analysis in analysis.indexed_blocks():
            text = block_analysis.text
            taken: list[tuple[int, int]] = []
            for start, end, message, suggestion, subcheck in _hits(text):
                if any(s < end and start < e for s, e in taken) or _in_address(text, start, end):
                    continue
                taken.append((start, end))
                yield RuleFinding(index, start, end, message, suggestion, replacements=(suggestion,), subcheck=subcheck)


def _hits(text: str) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, message, suggestion, sub-check) of every hit, in the order the sub-checks take precedence."""
    if "“" in text or "„" in text:
        for match in FOREIGN_QUOTE.finditer(text):
            suggestion = f"”{match.group(2)}”"
            yield match.start(), match.end(), f"Använd svenska citattecken: {suggestion}.", suggestion, "swedish-quotes"
    if '"' in text:
        for match in STRAIGHT_QUOTE.finditer(text):
            suggestion = f"”{match.group(1)}”"
            message = f'Använd svenska citattecken (”), inte raka ("): {suggestion}.'
            yield match.start(), match.end(), message, suggestion, "swedish-quotes"
    if "-" not in text and "—" not in text:
        return
    for match in DATE_RANGE.finditer(text):
        yield _range_hit(text, match)
    for match in TIME_RANGE.finditer(text):
        yield _range_hit(text, match)
    for match in GROUPED_RANGE.finditer(text):
        if _grouped_value(match.group(1)) < _grouped_value(match.group(2)):
            yield _range_hit(text, match)
    for match in NUMBER_RANGE.finditer(text):
        if _is_range(text, match):
            yield _range_hit(text, match)
    for match in NAME_RANGE.finditer(text):
        yield _name_range_hit(text, match)
    for match in DOTTED_RANGE.finditer(text):
        hit = _dotted_hit(text, match)
        if hit is not None and _grouped_value(match.group(1)) < _grouped_value(match.group(2)):
            yield hit
    routes = set()
    for match in ROUTE.finditer(text):
        suggestion = f"{match.group(1)}{EN_DASH}{match.group(3)}"
        message = f"Skriv tankstreck (–) utan mellanrum mellan två namn på en sträcka: ”{suggestion}”."
        routes.add(match.start(2) - 1)
        yield match.start(1), match.end(3), message, suggestion, "range-dash"
    for match in SPACED_HYPHEN.finditer(text):
        if match.start() in routes:
            continue
        hit = _spaced_hyphen(text, match)
        if hit is not None:
            yield hit


# *mellan 7.00-17.00*, *från 8-16*: after *mellan* a range is written with *och*, after *från* with *till*, not with a
# dash (Myndigheternas skrivregler; the fix re-tester s47: *mellan 7.00–17.00* was still wrong, in another way).
RANGE_WORD_BEFORE = re.compile(r"\b(mellan|från)\s+$", re.IGNORECASE)
RANGE_WORDS = {"mellan": "och", "från": "till"}
RANGES_JOINED = re.compile(r"\s+(?:och|eller|samt)\s+\d")


def _range_hit(text: str, match: re.Match[str]) -> tuple[int, int, str, str, str]:
    """A range's hit: an en dash between its ends, or the word its preposition asks for (*mellan 7.00 och 17.00*)."""
    before = RANGE_WORD_BEFORE.search(text, max(0, match.start() - 8), match.start())
    if before is not None and RANGES_JOINED.match(text, match.end()):
        before = None  # *mellan 10-12 och 13-15*: two ranges, each with its dash (verification re-test s47)
    if before is None:
        suggestion = f"{match.group(1)}{EN_DASH}{match.group(2)}"
        return match.start(), match.end(), _range_message(suggestion), suggestion, "range-dash"
    preposition = before.group(1).lower()
    suggestion = f"{match.group(1)} {RANGE_WORDS[preposition]} {match.group(2)}"
    message = (
        f"Efter ”{preposition}” skrivs ett intervall med ”{RANGE_WORDS[preposition]}”, inte med streck: "
        f"”{before.group(1)} {suggestion}”."
    )
    return match.start(), match.end(), message, suggestion, "range-dash"


def _name_range_hit(text: str, match: re.Match[str]) -> tuple[int, int, str, str, str]:
    """A weekday or month range, written out (*måndag-fredag*) or shortened (*mån-fre*)."""
    first, second = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    suggestion = f"{first}{EN_DASH}{second}"
    return match.start(), match.end(), _range_message(suggestion), suggestion, "range-dash"


# *2.500-4.000 kr* (the funeral re-test s52): limits grouped with dots, which numbers-and-dates flags one by one (→
# *2 500*). The hit is the hyphen alone, so its fix and theirs do not overlap; the message shows the range written
# both ways right.
DOTTED_RANGE = re.compile(r"(?<![\w.,:/+–-])(\d{1,3}(?:\.\d{3})+)-(\d{1,3}(?:\.\d{3})+)(?![\w/–-]|[.,:]\d|[ \u00a0]\d)")


def _dotted_hit(text: str, match: re.Match[str]) -> tuple[int, int, str, str, str] | None:
    """Only where numbers-and-dates reads both limits as thousands: *3.100-3.200* may be section numbers, left alone
    (test_rules_s51)."""
    first = thousands_suggestion(text, match.start(1))
    second = thousands_suggestion(text, match.start(2))
    if first is None or second is None:
        return None
    spaced = f"{first}{EN_DASH}{second}"
    hyphen = match.end(1)
    return hyphen, hyphen + 1, _range_message(spaced), EN_DASH, "range-dash"


def _grouped_value(number: str) -> int:
    return int(re.sub(r"\D", "", number))


def _range_message(suggestion: str) -> str:
    return f"Skriv tankstreck (–), inte bindestreck, mellan gränserna i ett intervall: ”{suggestion}”."


def _is_range(text: str, match: re.Match[str]) -> bool:
    first, second = match.group(1), match.group(2)
    if _word_before(text, match.start()) in HOUR_WORDS:
        return _hours(first, second)
    if first.startswith("0") or second.startswith("0"):
        return False  # area codes, zero-padded identifiers
    if _identifier_word(_word_before(text, match.start())) or _is_reference(text, match.start(), first, second):
        return False
    low, high = int(first), int(second)
    if len(first) == 4 and len(second) == 2:  # 2019-22
        return low >= 1000 and high > low % 100
    return high > low and len(second) - len(first) <= 1


# Words after which two numbers are hours (*kl 07-20*, *kl. 22-06*): a range even with a leading zero, which elsewhere
# marks an area code or an identifier (session 48, a crisis re-test: *08.00-16.30* got its dash, *kl 07-20* not).
HOUR_WORDS = frozenset({"kl", "klockan"})
LAST_HOUR = 24


def _hours(first: str, second: str) -> bool:
    """Two different hours of the clock, of one or two digits each."""
    return len(first) <= 2 and len(second) <= 2 and first != second and max(int(first), int(second)) <= LAST_HOUR


def _spaced_hyphen(text: str, match: re.Match[str]) -> tuple[int, int, str, str, str] | None:
    line_start = text.rfind("\n", 0, match.start()) + 1
    if not text[line_start : match.start()].strip():
        return None  # a hyphen that starts a line is a list bullet
    next_word = text[match.end() :].split(maxsplit=1)[0].lower() if text[match.end() :].strip() else ""
    if match.group(1) == "-" and next_word in _COMPOUND_CONJUNCTIONS:
        return None  # "barn - och ungdomsnämnden": a stray space, not a tankstreck
    before, after = text[match.start() - 1], text[match.end()]
    if before.isdigit() and after.isdigit():
        left = LEFT_LIMIT.search(text, 0, match.start())
        right = RIGHT_LIMIT.match(text, match.end())
        assert left is not None and right is not None
        grouped = re.search(r"\d[ \u00a0]$", text[: left.start()]) or re.match(r"[ \u00a0]\d", text[right.end() :])
        hyphens = "-" in left.group(0) + right.group(0)
        if hyphens and not grouped:
            # limits with hyphens of their own (*2025-10-01 -- 2027-09-30*): a spaced dash, and the message names the
            # whole dates (session 40: it had said the limits were *01–2027* and fixed to *2025-10-01–2027-09-30*)
            suggestion = f"{left.group(0)} {EN_DASH} {right.group(0)}"
            message = (
                "Skriv tankstreck (–) med mellanrum runt, inte bindestreck, mellan gränserna i ett intervall när "
                f"de själva har bindestreck: ”{suggestion}”."
            )
            return left.start(), right.end(), message, suggestion, "range-dash"
        if not hyphens:
            suggestion = f"{left.group(0)}{EN_DASH}{right.group(0)}"
            return left.start(), right.end(), _range_message(suggestion), suggestion, "range-dash"
        # *08-123 45 67 - 08-765 43 21*: numbers in groups with hyphens are no range to rewrite; the dash is a dash
    suggestion = f" {EN_DASH} "
    # *--* is two hyphens, not one (the explain tester, session 42: it had been called a *bindestreck*)
    mark = {"—": "långt streck (—)", "--": "dubbla bindestreck (--)"}.get(match.group(1), "bindestreck (-)")
    message = f"Skriv tankstreck (–) med mellanrum runt, inte {mark}."
    return match.start(), match.end(), message, suggestion, "spaced-dash"


def _is_reference(text: str, start: int, first: str, second: str) -> bool:
    before = text[max(0, start - 40) : start]
    if _REFERENCE_LABEL.search(before) or (len(first) == 4 and _REGISTER_CODE.search(before)):
        return True
    return len(second) == 2 and _COURT_CASE.search(before) is not None  # the year's two digits close a case number


def _identifier_word(word: str) -> bool:
    return word in IDENTIFIER_WORDS or word.endswith(IDENTIFIER_ENDINGS)


def _word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return match.group(1).lower() if match else ""


def _in_address(text: str, start: int, end: int) -> bool:
    """The hit is inside a web or e-mail address: the chunk of text between white space around it. Any white space:
    an HTML <br> is a line break, and *(måndag-torsdag kl. 9-15)<br>bostad@…* had made the range and the address on
    the next line one chunk (the university re-test s50: the range was not flagged)."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    after = WHITE_SPACE.search(text, end)
    chunk = text[left : after.start() if after else len(text)].lower()
    return "://" in chunk or "www." in chunk or "@" in chunk


WHITE_SPACE = re.compile(r"\s")
