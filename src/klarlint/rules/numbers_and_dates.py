"""``numbers-and-dates``: numbers, dates, times and percentages in the forms skrivregler recommends.

The rule reads the block text with regular expressions rather than tokens: the
forms it checks (``10.000``, ``5/5-25``, ``25%``) are typography, and the
tokenizer splits them differently from case to case. Every pattern is written
for precision: a number that may be an identifier (telephone, postcode,
reference or organisation number, section number) is left alone, and numbers in
web and e-mail addresses are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from klarlint.analysis import Analysis
from klarlint.rules import references
from klarlint.rules.base import FixAvailability, RuleFinding, RuleInfo, Severity, at_block, check_by_parts
from klarlint.rules.quoted import is_mention

MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
_MONTH_NAMES = "|".join(MONTHS)

# Words after a five-digit number that make it a quantity, not an identifier (postcode, case number …).
QUANTITY_WORDS = frozenset(
    str.split(
        """
    kr kronor kronorna sek tkr mnkr euro eur dollar usd invånare personer människor medarbetare anställda
    elever barn deltagare besökare kunder hushåll bostäder lägenheter ton kg kilo kilogram gram meter m km
    kilometer mil kvadratmeter kvm m2 m² hektar ha liter kubikmeter st stycken timmar minuter dagar år
    exemplar ord tecken sidor kwh mwh gwh ärenden ansökningar samtal besök platser träd bilar fordon resor
    miljon miljoner miljard miljarder
        """
    )
)
# Words before a number that make it an amount.
AMOUNT_WORDS = frozenset(
    str.split(
        """
    ca cirka omkring ungefär drygt knappt nästan över under minst högst totalt sammanlagt kostar kostade
        """
    )
)
# Words before a number that make it an identifier even when it looks like an amount.
IDENTIFIER_WORDS = frozenset(
    str.split(
        """
    nr nummer dnr diarienummer telefon tel tfn mobil fax bankgiro bg plusgiro pg postgiro konto kontonummer
    organisationsnummer orgnr org ärende ärendenummer avsnitt kapitel kap paragraf punkt bilaga sida sid
        """
    )
)

_WORD_BEFORE = re.compile(r"([\wåäöÅÄÖ:]+)\.?\s+$")
_WORD_AFTER = re.compile(r"^(?:\s+([\wåäöÅÄÖ²]+)|(:-))")

# Also each limit of a range (*9.000-14.000 kronor*, the social re-test s51: neither was flagged, a hyphen and a digit
# beside them having been read as a date's or an identifier's).
THOUSANDS_PUNCT = re.compile(
    r"(?:(?<![\w.,:/+-])|(?<=\d\.\d{3}-))(\d{1,3})((?:\.\d{3})+(?:,\d+)?|(?:,\d{3}){2,}|,000)"
    r"(?![\w]|[.,:/]\d|-(?!\d{1,3}\.\d{3}(?![\w.,:/-]))\d)"
)
LONG_NUMBER = re.compile(r"(?<![\w.,:/+-])([1-9]\d{4,})(,\d+)?(?![\w]|[.,:/-]\d|-)")
SLASH_DATE = re.compile(
    r"(?<![\w/.,-])(\d{1,2})/(\d{1,2})(?:(?:-|/)(\d{2}|\d{4})|\s((?:19|20)\d{2}))(?![\w/-]|[.,:]\d)"
)
DOT_DATE = re.compile(r"(?<![\w.,])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\w]|[.,:]\d)")
ISO_LIKE_DATE = re.compile(r"(?<![\w.,/-])((?:19|20)\d{2})([./-])(\d{1,2})\2(\d{1,2})(?![\w]|[.,:/-]\d)")
ORDINAL_DATE = re.compile(rf"(?<![\w.])(\d{{1,2}}):(?:e|a)(?=\s+(?:{_MONTH_NAMES})\b)", re.IGNORECASE)
# *var 6:e månad* (the care re-test s50: only *den 5:e maj* was caught): an ordinal before a unit of time, which
# Språkrådet writes in letters. Only 1-12, whose words are short; *den 25:e varje månad* is left alone.
ORDINAL_WORDS = (
    "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde", "elfte", "tolfte"
)  # fmt: skip
ORDINAL_PERIOD = re.compile(
    r"(?<![\w.:])([1-9]|1[0-2]):(?:e|a)(?=\s+(?:dag|vecka|månad|år|timme|gång|kvartal|termin)\w*\b)", re.IGNORECASE
)
KL_WITHOUT_DOT = re.compile(r"(?<![\w.])([Kk]l)(?=\s+\d{1,2}(?:[.:]\d{2})?(?![\w]|[.,:]\d))")
KL_COMMA = re.compile(r"(?<![\w.])([Kk]l\.?\s+)(\d{1,2}),(\d{2})(?![\w]|[.,:]\d)")
PERCENT = re.compile(r"(?<![\w.,])(\d+(?:,\d+)?)([%‰])(?![\w-])")
CIRKA = re.compile(r"(?<![\w.])([Cc]):a(?![\w])|(?<![\w.])([Cc])a\.(?=\s+\d)")
MKR = re.compile(r"(?<![\w.])mkr(?![\w])")
DIGIT = re.compile(r"\d")  # every check but CIRKA's and MKR's needs one (a search is faster than a loop)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    message: str
    suggestion: str
    replacement: str | None = None  # the exact new text when the change is safe; None: advice only


Check = Callable[[str, re.Match[str]], Hit | None]


class NumbersAndDates:
    info = RuleInfo(
        id="numbers-and-dates",
        title="Siffror, datum och klockslag",
        severity=Severity.WARNING,
        block_local=False,  # mkr: first use only
        block_parts=True,
        reads_before_only=True,
        issue_type="typographical",
        summary=(
            "thousands written with a dot or comma (*10.000, 1,000,000* → *10 000*) and numbers of five or more "
            "digits next to a unit or an amount word (*12000 invånare*); dates *5/5-25, 5/5 2025, 05.05.2025, "
            "2025/05/05, den 5:e maj* (→ *den 5 maj 2025* or *2025-05-05*), an ordinal before a unit of time (*var "
            "6:e månad* → *var sjätte månad*), a day and month without a year after *senast, den, fr.o.m.* (*senast "
            "1/12* → *den 1 december*; a pair of dates alike); *kl 13*, *kl. 13,30*; *25%*; *c:a*, *ca.*; *mkr* (→ "
            "*mnkr*; at first use only). Never telephone, postcode, organisation, personal or reference numbers, "
            "section numbers (*3.2*), decimals, years, web or e-mail addresses, nor a form quoted as an example "
            "(*Skriv inte ”10.000”*)"
        ),
        reference=references.NUMBERS,
        explanation=(
            "Skriv tal, datum och klockslag på samma sätt som andra myndigheter, så att ingen "
            "behöver gissa. Dela stora tal i grupper om tre siffror med mellanrum (gärna fast "
            "mellanslag): 10 000 och 1 500 000, inte ”10.000” eller ”10,000”. Med punkt eller komma "
            "kan läsaren ta talet för ett decimaltal. Fyrsiffriga tal och årtal kan du skriva ihop "
            "(4000, 2025).\n\nSkriv datum som ”den 5 maj 2025” i löpande text eller 2025-05-05 när det "
            "ska vara kort. Datum som ”5/5-25” och ”05.05.2025” kan läsaren tolka på flera sätt. "
            "Skriv klockslag som ”kl. 13.00” eller 13:00. Skriv mellanrum före procenttecknet (25 %) "
            "eller skriv ut ordet (25 procent). Förkortningen av cirka är ”ca”, och förkortningen av "
            "miljoner kronor är ”mnkr” (”mkr” kan läsaren ta för miljarder; regeln markerar ”mkr” bara första "
            "gången i texten)."
        ),
        example_before="Bidraget är 25.000 kr, ca. 15% av kostnaden. Ansök senast 31/3-25 kl 12.",
        example_after="Bidraget är 25 000 kronor, ca 15 procent av kostnaden. Ansök senast den 31 mars 2025 kl. 12.",
        fix=FixAvailability.SOMETIMES,
        subchecks={
            "thousands-separator": "Stora tal delas med mellanrum (10 000)",
            "date-format": "Datum skrivs ”den 5 maj 2025” eller 2025-05-05",
            "clock-time": "Klockslag skrivs ”kl. 13.00”",
            "percent-sign": "Mellanrum före procenttecknet (25 %)",
            "cirka": "Förkortningen av cirka är ”ca”",
            "mkr": "Miljoner kronor förkortas ”mnkr”",
        },
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        return iter(check_by_parts(self, analysis, options))

    def block_part(self, analysis: Analysis, index: int, options: Mapping[str, Any]) -> tuple[RuleFinding, ...]:
        """The block's findings, at block 0: every check reads one block; only *mkr* looks at the blocks before."""
        text = analysis.blocks[index].text
        if not DIGIT.search(text) and "c:a" not in text.lower() and "mkr" not in text:
            return ()
        found = []
        taken: list[tuple[int, int]] = []
        for pattern, check in CHECKS:
            for match in pattern.finditer(text):
                hit = check(text, match)
                if hit is None or _in_address(text, hit.start, hit.end) or _overlaps(taken, hit):
                    continue
                if is_mention(analysis, index, hit.start, hit.end):
                    continue  # *Skriv inte ”10.000” eller ”25%”*: the wrong form talked about (the explain tester)
                taken.append((hit.start, hit.end))
                found.append(
                    RuleFinding(
                        0,
                        hit.start,
                        hit.end,
                        hit.message,
                        hit.suggestion,
                        replacements=(hit.replacement,) if hit.replacement else (),
                        subcheck=SUBCHECK_OF[check],
                    )
                )
        return tuple(found)

    def combine(
        self, analysis: Analysis, parts: Sequence[tuple[RuleFinding, ...]], options: Mapping[str, Any]
    ) -> list[RuleFinding]:
        """Every block's findings, and *mkr* only at its first use in the text: the same advice eleven times in a
        300-word financial report is noise (session 41); the message asks for it everywhere."""
        found = []
        mkr_seen = False
        for index, part in enumerate(parts):
            for finding in part:
                if finding.subcheck == "mkr":
                    if mkr_seen:
                        continue
                    mkr_seen = True
                found.append(at_block(analysis, finding, index))
        return found


def _overlaps(taken: list[tuple[int, int]], hit: Hit) -> bool:
    return any(start < hit.end and hit.start < end for start, end in taken)


def _in_address(text: str, start: int, end: int) -> bool:
    """True inside a web or e-mail address, where digits and punctuation mean something else."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(i for i in (text.find(" ", end), text.find("\n", end), len(text)) if i >= 0)
    chunk = text[left:right].lower()
    return "://" in chunk or "www." in chunk or "@" in chunk or ".se/" in chunk or ".com" in chunk


def _word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return match.group(1).lower() if match else ""


def _word_after(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text[end : end + 40])
    return (match.group(1) or match.group(2)).lower() if match else ""


def group_thousands(digits: str) -> str:
    """``1500000`` → ``1 500 000`` (groups of three from the right)."""
    head = len(digits) % 3 or 3
    return " ".join([digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))])


def _thousands_punct(text: str, match: re.Match[str]) -> Hit | None:
    groups = match.group(2)
    before = _word_before(text, match.start())
    if before in IDENTIFIER_WORDS:
        return None
    unit = _word_after(text, _range_end(text, match.end()))
    if _is_section_like(groups) and unit not in QUANTITY_WORDS and before not in AMOUNT_WORDS:
        return None  # "3.100" may be a section number; "3.000" and "3.100 kronor" are not
    decimals = ""
    if groups.startswith("."):
        integer, _, decimals = groups.partition(",")
        digits = match.group(1) + integer.replace(".", "")
        decimals = f",{decimals}" if decimals else ""
        separator = "punkt"
    else:
        digits = match.group(1) + groups.replace(",", "")
        separator = "komma"
    suggestion = group_thousands(digits) + decimals
    return Hit(
        match.start(),
        match.end(),
        f"Dela stora tal med mellanrum, inte med {separator}: ”{suggestion}”. "
        f"Med {separator} kan läsaren ta ”{match.group(0)}” för ett annat tal.",
        suggestion,
        suggestion,
    )


def thousands_suggestion(text: str, start: int) -> str | None:
    """The number at ``start`` grouped with spaces where this rule flags its dots or commas (*2.500* → *2 500* before
    *kr*), else None (*3.100* may be a section number): for quotes-and-dashes' message on a range of such numbers."""
    match = THOUSANDS_PUNCT.match(text, start)
    hit = _thousands_punct(text, match) if match is not None else None
    return hit.suggestion if hit is not None else None


# The upper limit of a range after a number with a dot: its unit is the range's (*2.500-4.000 kr*, the funeral
# re-test s52: the first limit was read as a section number, *kr* standing after the second).
RANGE_TAIL = re.compile(r"-\d{1,3}(?:\.\d{3})+(?![\w.,:/-])")


def _range_end(text: str, end: int) -> int:
    """Where a range that opens with the number ending at ``end`` ends, else ``end``."""
    tail = RANGE_TAIL.match(text, end)
    return tail.end() if tail else end


def _is_section_like(groups: str) -> bool:
    """One dot group other than 000, as in 3.100: a section number as often as a thousand."""
    return groups.startswith(".") and groups.count(".") == 1 and not groups.startswith(".000")


def _long_number(text: str, match: re.Match[str]) -> Hit | None:
    before = _word_before(text, match.start())
    if before in IDENTIFIER_WORDS:
        return None
    after = _word_after(text, match.end())
    if after not in QUANTITY_WORDS and after != ":-" and before not in AMOUNT_WORDS:
        return None  # without a unit or an amount word, it may be a postcode, a case number …
    suggestion = group_thousands(match.group(1)) + (match.group(2) or "")
    return Hit(
        match.start(),
        match.end(),
        f"Dela tal med fler än fyra siffror i grupper om tre: ”{suggestion}”.",
        suggestion,
        suggestion,
    )


def _date_forms(day: int, month: int, year: int) -> tuple[str, str] | None:
    """The date written out and in ISO form, or None when it is not a date."""
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"den {day} {MONTHS[month - 1]} {year}", f"{year}-{month:02d}-{day:02d}"


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year < 70 else 1900 + year
    return year


def _slash_date(text: str, match: re.Match[str]) -> Hit | None:
    first, second = int(match.group(1)), int(match.group(2))
    year_text = match.group(3) or match.group(4)
    day, month = (second, first) if first <= 12 < second else (first, second)
    forms = _date_forms(day, month, _full_year(year_text))
    if forms is None:
        return None
    form = _date_in_place(text, match.start(), forms, match.end())
    certain = first > 12 or second > 12 or first == second or _day_first(text)  # else: which is the month?
    return Hit(
        match.start(),
        match.end(),
        f"Läsaren kan tolka ”{match.group(0)}” på flera sätt. Skriv ”{forms[0]}” eller ”{forms[1]}”.",
        form,
        form if certain else None,
    )


def _day_first(text: str) -> bool:
    """Another date of the paragraph puts the day first for certain (*31/7-25*) and none the month: then so does an
    ambiguous one (*1/6-25 till 31/7-25*, the legal re-test s49: only the second was replaced, and --suggest left
    the two in different forms)."""
    dates = [(int(m.group(1)), int(m.group(2))) for m in SLASH_DATE.finditer(text)]
    return any(first > 12 >= second for first, second in dates) and not any(second > 12 for _, second in dates)


# A day and month without a year after a word that asks for a date (*Anmälan till Sara senast 1/12.*, the HR re-test
# s49: missed, while *15/1 2027* was flagged): 1 December or 12 January? Only after such a word, since *1/2* is
# often a fraction, and not before *av* (*senast 1/3 av tiden*).
DAY_MONTH = re.compile(r"(?<![\w/.,-])(\d{1,2})/(\d{1,2})(?![\w/-]|[.,:]\d|\s+(?:(?:19|20)\d{2}|av)\b)")
DATE_WORDS = frozenset({"senast", "den", "fr.o.m.", "t.o.m.", "from.", "datum", "datum:"})


def _day_month(text: str, match: re.Match[str]) -> Hit | None:
    before = _TOKEN_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
    if before is None or before.group(1).lower() not in DATE_WORDS:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    day, month = (second, first) if first <= 12 < second else (first, second)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    written = f"{day} {MONTHS[month - 1]}"
    if not _DEN_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
        written = f"den {written}"
    certain = first > 12 or second > 12 or first == second
    return Hit(
        match.start(),
        match.end(),
        f"Läsaren kan tolka ”{match.group(0)}” på flera sätt. Skriv ”{written}” (med år om det behövs).",
        written,
        written if certain else None,
    )


def _dot_date(text: str, match: re.Match[str]) -> Hit | None:
    forms = _date_forms(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if forms is None:
        return None
    return Hit(
        match.start(),
        match.end(),
        f"Skriv inte datum med punkter. Skriv ”{forms[0]}” eller ”{forms[1]}”.",
        *[_date_in_place(text, match.start(), forms)] * 2,
    )


# Words after which a date is running text, where the written-out form reads (*Ansök senast den 31 mars 2025*);
# elsewhere (a table cell, *Datum: 31/3-25*, a line's start) the short form 2025-03-31 fits, as the explanation says.
RUNNING_TEXT_BEFORE = frozenset(
    str.split(
        "senast från före efter till innan sedan mellan och eller med på t.o.m. fr.o.m. tom fom är var blir hålls"
    )
    + ["sker", "infaller"]
)
_DEN_BEFORE = re.compile(r"(?<![\w.])den\s+$", re.IGNORECASE)
_TOKEN_BEFORE = re.compile(r"(\S+)[ \u00a0]+$")


# A date that a second one follows after *till* (*1/6-25 till 31/7-25*): written out as its partner is, which *till*
# puts in running text, so that the two read alike (the legal re-test s49: *2025-06-01 till den 31 juli 2025*).
_TILL_A_DATE = re.compile(r"\s+till\s+(?:den\s+)?\d")


def _date_in_place(text: str, start: int, forms: tuple[str, str], end: int | None = None) -> str:
    """The one form of a date that both the suggestion and the replacement give, so that --fix writes what the
    message shows (the explain tester, session 42: *Förslag: den 31 mars 2025*, but --fix wrote *2025-03-31*):
    after *den* the date without it (*senast den 05.05.2025* → *den 5 maj 2025*), in running text the written-out
    form with *den*, elsewhere the ISO form."""
    before = text[max(0, start - 40) : start]
    if _DEN_BEFORE.search(before):
        return forms[0].removeprefix("den ")
    word = _TOKEN_BEFORE.search(before)
    if word is not None and word.group(1).lower() in RUNNING_TEXT_BEFORE:
        return forms[0]
    if end is not None and _TILL_A_DATE.match(text, end):
        return forms[0]
    return forms[1]


def _iso_like_date(text: str, match: re.Match[str]) -> Hit | None:
    year, separator, month, day = match.group(1), match.group(2), int(match.group(3)), int(match.group(4))
    if separator == "-" and len(match.group(3)) == 2 and len(match.group(4)) == 2:
        return None  # 2025-05-05 is right
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    suggestion = f"{year}-{month:02d}-{day:02d}"
    return Hit(
        match.start(),
        match.end(),
        f"Skriv datum med siffror som år-månad-dag, med bindestreck och två siffror för månad och dag: ”{suggestion}”.",
        suggestion,
        suggestion,
    )


def _ordinal_date(text: str, match: re.Match[str]) -> Hit | None:
    return Hit(
        match.start(),
        match.end(),
        f"Skriv datum utan ”:e” eller ”:a”: ”{match.group(1)}”, till exempel ”den {match.group(1)} maj”.",
        match.group(1),
        match.group(1),
    )


def _ordinal_period(text: str, match: re.Match[str]) -> Hit | None:
    word = ORDINAL_WORDS[int(match.group(1)) - 1]
    return Hit(match.start(), match.end(), f"Skriv ordningstalet med bokstäver: ”{word}”.", word, word)


def _kl_without_dot(text: str, match: re.Match[str]) -> Hit | None:
    suggestion = match.group(1) + "."
    return Hit(
        match.start(),
        match.end(),
        f"Förkortningen av klockan har punkt: ”{suggestion}”.",
        suggestion,
        suggestion,
    )


def _kl_comma(text: str, match: re.Match[str]) -> Hit | None:
    hour, minute = int(match.group(2)), int(match.group(3))
    if hour > 24 or minute > 59:
        return None
    start = match.start(2)
    suggestion = f"{match.group(2)}.{match.group(3)}"
    return Hit(
        start,
        match.end(),
        f"Skriv klockslag med punkt eller kolon: ”{suggestion}”, inte med komma.",
        suggestion,
        suggestion,
    )


def _percent(text: str, match: re.Match[str]) -> Hit | None:
    suggestion = f"{match.group(1)} {match.group(2)}"
    word = "procent" if match.group(2) == "%" else "promille"
    return Hit(
        match.start(),
        match.end(),
        f"Skriv mellanrum före {match.group(2)}: ”{suggestion}”, eller skriv ut ”{match.group(1)} {word}”.",
        suggestion,
        suggestion,
    )


def _cirka(text: str, match: re.Match[str]) -> Hit | None:
    initial = match.group(1) or match.group(2)
    suggestion = f"{initial}a"
    return Hit(match.start(), match.end(), f"Förkortningen av cirka är ”{suggestion}”.", suggestion, suggestion)


def _mkr(text: str, match: re.Match[str]) -> Hit | None:
    return Hit(
        match.start(),
        match.end(),
        "Läsaren kan ta ”mkr” för både miljoner och miljarder kronor. Skriv ”mnkr” eller ”miljoner kronor”, här och "
        "varje gång texten skriver ”mkr” (regeln markerar bara första gången).",
        "mnkr",
    )


CHECKS: tuple[tuple[re.Pattern[str], Check], ...] = (
    (SLASH_DATE, _slash_date),
    (DAY_MONTH, _day_month),
    (DOT_DATE, _dot_date),
    (ISO_LIKE_DATE, _iso_like_date),
    (ORDINAL_DATE, _ordinal_date),
    (ORDINAL_PERIOD, _ordinal_period),
    (THOUSANDS_PUNCT, _thousands_punct),
    (LONG_NUMBER, _long_number),
    (KL_COMMA, _kl_comma),
    (KL_WITHOUT_DOT, _kl_without_dot),
    (PERCENT, _percent),
    (CIRKA, _cirka),
    (MKR, _mkr),
)
# Which sub-check (RuleInfo.subchecks) each check belongs to: what a user may turn off on its own.
SUBCHECK_OF: dict[Check, str] = {
    _thousands_punct: "thousands-separator",
    _long_number: "thousands-separator",
    _slash_date: "date-format",
    _day_month: "date-format",
    _dot_date: "date-format",
    _iso_like_date: "date-format",
    _ordinal_date: "date-format",
    _ordinal_period: "date-format",
    _kl_comma: "clock-time",
    _kl_without_dot: "clock-time",
    _percent: "percent-sign",
    _cirka: "cirka",
    _mkr: "mkr",
}
