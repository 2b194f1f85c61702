"""LanguageTool's HTTP API (``/v2/check``, ``/v2/languages``) over klarlint's findings.

Any LanguageTool client that lets the user set a server URL (the browser
add-ons, editor plug-ins, LTeX, ``language-tool-python``) can then show
klarlint's findings. The shapes follow LanguageTool's public HTTP API
(https://languagetool.org/http-api/) and its server's reading of them: a request is form data
(whatever its Content-Type) with ``text``, or ``data`` holding ``{"text": ...}`` or an *annotated
text* (``{"annotation": [{"text": ...}, {"markup": ..., "interpretAs": ...}]}``) whose markup is
not checked; the answer has ``software``, ``warnings``, ``language`` and ``matches``; an error is
plain text, ``Error: ...`` (``klarlint.serve.app.LanguageToolErrorMiddleware``).

Positions: LanguageTool is written in Java, so its clients count offsets and
lengths in UTF-16 code units (an emoji counts 2); klarlint counts code points.
For ``data`` the offsets, and the context, are in the original annotated text
(markup included), as LanguageTool's are, so a client can underline its own document.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import re
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from klarlint import __version__
from klarlint.language import PLACEHOLDER, SWEDISH, confidence_in, other_script
from klarlint.limits import Notice
from klarlint.report import FileReport, Finding
from klarlint.rules.base import RuleInfo, Severity

CONTEXT_CHARS = 40  # UTF-16 code units of context on each side, as LanguageTool's server gives
LANGUAGE = {"name": "Swedish", "code": "sv", "longCode": "sv-SE"}
# What a text not in Swedish was detected as (klarlint.language's codes), named in English as LanguageTool names
# languages; a text in another script is "und-Arab" and the like.
DETECTED_NAMES = {
    "en": "English",
    "nb": "Norwegian (Bokmål)",
    "nn": "Norwegian (Nynorsk)",
    "da": "Danish",
    "de": "German",
    "fi": "Finnish",
    "fit": "Meänkieli",
    "smi": "Sami",
    "rom": "Romani",
    "pl": "Polish",
    "sh": "Serbo-Croatian",
    "so": "Somali",
    "es": "Spanish",
    "tr": "Turkish",
    "ku": "Kurdish",
    "fr": "French",
    PLACEHOLDER: "Placeholder text (lorem ipsum)",
    # languages a heading names (*## فارسی*) or a page declares, which the measure does not tell by its words: a
    # Persian section named so had been {"name": "Unknown", "code": "fa"}
    "ar": "Arabic",
    "fa": "Persian",
    "prs": "Dari",
    "ti": "Tigrinya",
    "uk": "Ukrainian",
    "ru": "Russian",
    "yi": "Yiddish",
    "bs": "Bosnian",
    "hr": "Croatian",
    "sr": "Serbian",
    "et": "Estonian",
    "am": "Amharic",
    "ps": "Pashto",
    "ur": "Urdu",
}
CATEGORY = {"id": "KLARSPRAK", "name": "Klarspråk"}


MAX_FIELDS = 100  # LanguageTool's browser add-on sends about 15


class LanguageToolRequestError(ValueError):
    """The request cannot be answered; the message is Swedish and shown to the client."""


def parse_query(query: str | bytes, charset: str = "utf-8") -> dict[str, str]:
    """Form fields as LanguageTool's server reads them, from a URL's query or a POST body of any Content-Type
    (LTeX sends its form with ``Content-Type: application/json``, some clients send none): in ``charset``, the
    body's declared one (UTF-8 when none, and always for a URL), raw and percent-encoded bytes alike; the last
    value of a repeated field. A body in ISO-8859-1 read as UTF-8 had turned *erhålla* into *erh\ufffdlla*, and the
    word was silently missed (re-test s46)."""
    try:
        if isinstance(query, bytes):
            query = query.decode(charset, errors="replace")
        fields = urllib.parse.parse_qsl(
            query, keep_blank_values=True, max_num_fields=MAX_FIELDS, encoding=charset, errors="replace"
        )
    except LookupError:  # no such codec, or not one of text (base64)
        raise LanguageToolRequestError(f"okänd teckenkodning {charset!r} i Content-Type; skicka UTF-8") from None
    except ValueError:  # only for more than MAX_FIELDS fields
        raise LanguageToolRequestError(f"begäran har fler än {MAX_FIELDS} fält") from None
    return dict(fields)


@dataclass(frozen=True)
class AnnotatedText:
    """The text klarlint checks (``plain``) and where each part of it came from in ``original``."""

    plain: str
    original: str
    # Parts in order: (plain start, plain end, original start, original end, is text). Markup
    # with interpretAs occupies plain characters that map to the whole markup span.
    parts: tuple[tuple[int, int, int, int, bool], ...] = ()

    @classmethod
    def from_text(cls, text: str) -> AnnotatedText:
        return cls(text, text, ((0, len(text), 0, len(text), True),))

    def original_start(self, position: int) -> int:
        """Where plain position ``position`` (a match's start) is in the original text."""
        part = self._part(position, end=False)
        if part is None:
            return len(self.original)
        plain_start, _, original_start, _, is_text = part
        return original_start + (position - plain_start) if is_text else original_start

    def original_end(self, position: int) -> int:
        """Where plain position ``position`` (a match's end, exclusive) is in the original text."""
        part = self._part(position, end=True)
        if part is None:
            return 0
        plain_start, _, original_start, original_end, is_text = part
        return original_start + (position - plain_start) if is_text else original_end

    @cached_property
    def _nonempty(self) -> tuple[list[tuple[int, int, int, int, bool]], list[int]]:
        parts = [p for p in self.parts if p[1] > p[0]]  # parts that hold plain text
        return parts, [p[0] for p in parts]

    def _part(self, position: int, end: bool) -> tuple[int, int, int, int, bool] | None:
        parts, starts = self._nonempty
        if not parts:
            return None
        index = bisect.bisect_left(starts, position) - 1 if end else bisect.bisect_right(starts, position) - 1
        index = max(index, 0)
        return parts[min(index, len(parts) - 1)]


def checked_text(values: Mapping[str, str]) -> AnnotatedText:
    """The text of a check request: its ``text``, or its ``data``; exactly one of them, as LanguageTool's ApiV2."""
    text, data = values.get("text"), values.get("data")
    if text is not None and data is not None:
        raise LanguageToolRequestError("skicka antingen fältet text eller fältet data, inte båda")
    if text is not None:
        return _without_nul(AnnotatedText.from_text(without_lone_surrogates(text)))
    if data is not None:
        return _without_nul(parse_annotated(data))
    raise LanguageToolRequestError("fältet text eller data saknas")


def _without_nul(text: AnnotatedText) -> AnnotatedText:
    """A NUL checked as a space, as the other control characters are read (one character for one, so every offset
    stays): LanguageTool checks such a text, and klarlint had refused the whole text as binary (422 *<stdin>:
    texten ser ut att vara binär*) for one NUL pasted in from a PDF or a CMS field. The original keeps it."""
    if "\x00" not in text.plain:
        return text
    return dataclasses.replace(text, plain=text.plain.replace("\x00", " "))


def parse_annotated(data: str) -> AnnotatedText:
    """LanguageTool's ``data`` JSON: ``{"text": ...}`` (what LanguageTool's browser add-on sends, with ``metaData``
    that klarlint has no use for) or an annotated text ``{"annotation": [...]}``;
    :class:`LanguageToolRequestError` when it is neither."""
    try:
        parsed = json.loads(data)
    except ValueError:
        raise LanguageToolRequestError("fältet data är inte giltig JSON") from None
    except RecursionError:
        raise LanguageToolRequestError("fältet data har för djupt nästlad JSON") from None
    if not isinstance(parsed, dict) or ("text" in parsed) == ("annotation" in parsed):
        raise LanguageToolRequestError('fältet data ska vara JSON med antingen "text" eller en lista "annotation"')
    if "text" in parsed:
        return AnnotatedText.from_text(_as_text(parsed["text"], '"text" i fältet data'))
    items = parsed["annotation"]
    if not isinstance(items, list):
        raise LanguageToolRequestError('fältet data ska vara JSON med en lista "annotation"')
    plain: list[str] = []
    original: list[str] = []
    parts: list[tuple[int, int, int, int, bool]] = []
    plain_at = original_at = 0
    for item in items:
        if not isinstance(item, dict):
            raise LanguageToolRequestError('varje del i "annotation" ska vara ett objekt med "text" eller "markup"')
        text, markup = item.get("text"), item.get("markup")
        if text is not None and markup is None:
            shown = source = _as_text(text, '"text"')
            is_text = True
        elif markup is not None and text is None:
            shown, source = _as_text(item.get("interpretAs", ""), '"interpretAs"'), _as_text(markup, '"markup"')
            is_text = False
        else:
            raise LanguageToolRequestError('varje del i "annotation" ska ha antingen "text" eller "markup"')
        parts.append((plain_at, plain_at + len(shown), original_at, original_at + len(source), is_text))
        plain.append(shown)
        original.append(source)
        plain_at += len(shown)
        original_at += len(source)
    return AnnotatedText("".join(plain), "".join(original), tuple(parts))


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """Half an emoji (what JavaScript's JSON.stringify writes as ``\\ud83d``) as U+FFFD, the replacement
    character: both are one UTF-16 code unit, so the client's offsets stay right, and the answer can be written as
    UTF-8 (a lone surrogate in a match's context had been a 500)."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def _as_text(value: object, what: str) -> str:
    """A JSON value as text, as LanguageTool's asText() takes it: a number or true/false as written in JSON (a
    client's ``"interpretAs": 1`` had been a 400); an object, a list or null is not text."""
    if isinstance(value, str):
        return without_lone_surrogates(value)
    if isinstance(value, (int, float)):  # bool included: json.dumps writes true/false
        return json.dumps(value)
    raise LanguageToolRequestError(f"{what} ska vara text")


class Utf16:
    """Code-point offsets of one text as UTF-16 code units (characters beyond U+FFFF count 2)."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)


def languages() -> list[dict[str, str]]:
    return [dict(LANGUAGE)]


def check_language(code: str | None) -> None:
    """klarlint checks Swedish; ``auto`` is taken to mean Swedish."""
    value = (code or "").strip().lower()
    if not value:  # LanguageTool answers an empty language= with 400 too (it had been taken for auto)
        raise LanguageToolRequestError("parametern language är tom (använd sv, sv-SE eller auto)")
    if value == "auto" or value == "sv" or value.startswith("sv-"):
        return
    shown = code if code is None or len(code) <= MAX_ECHOED else code[:MAX_ECHOED] + "…"  # not a 1 MB value back
    raise LanguageToolRequestError(
        f"klarlint granskar bara svenska; språket {shown!r} stöds inte (använd sv, sv-SE eller auto)"
    )


MAX_ECHOED = 40  # characters of a request's value an error repeats


LEVELS = ("default", "picky")


def picky_rules(level: str, known: Sequence[RuleInfo]) -> frozenset[str]:
    """The rules and sub-checks LanguageTool's ``level`` turns on: with ``picky``, every one for careful review
    (:attr:`RuleInfo.picky` such as formal-word, :attr:`RuleInfo.picky_subchecks` such as nominal-ratio); with
    ``default`` or none, nothing more."""
    value = level.strip().lower() or "default"
    if value not in LEVELS:
        raise LanguageToolRequestError(f"level ska vara default eller picky (fick {level[:40]!r})")
    if value != "picky":
        return frozenset()
    return frozenset(picky_id for info in known for picky_id in info.picky_ids())


def rule_filter(
    enabled: Iterable[str],
    disabled: Iterable[str],
    enabled_only: bool,
    known: Sequence[RuleInfo],
    picky: Iterable[str] = (),
) -> tuple[frozenset[str], frozenset[str]]:
    """LanguageTool's ``enabledRules``/``disabledRules``/``enabledOnly`` as klarlint's enable and disable sets,
    with the rules ``level=picky`` turns on (``picky``) enabled unless enabledOnly leaves them out.

    Ids klarlint does not know (LanguageTool's own rules, which clients often disable) are ignored.
    """
    ids = {info.id for info in known}
    enable = frozenset(rule for rule in enabled if rule in ids)
    if not enabled_only:
        enable |= frozenset(picky)
    disable = frozenset(rule for rule in disabled if rule in ids)
    if enabled_only:
        disable = frozenset(ids - enable)
    return enable, disable - enable


MODES = ("all", "textLevelOnly", "allButTextLevelOnly")


def mode_excluded(mode: str, known: Sequence[RuleInfo]) -> frozenset[str]:
    """The rule ids LanguageTool's ``mode`` leaves out. LanguageTool's browser add-on checks the whole text with
    ``textLevelOnly`` (only the rules that look beyond one paragraph) and the changed paragraphs with
    ``allButTextLevelOnly`` (the others), and shows both answers: every finding must be in exactly one, or it shows
    twice. klarlint's text-level rules are those not block-local (:attr:`RuleInfo.block_local`, not True)."""
    if mode not in MODES:
        raise LanguageToolRequestError(
            f"mode ska vara all, textLevelOnly eller allButTextLevelOnly (fick {mode[:40]!r})"
        )
    if mode == "all":
        return frozenset()
    leave_out_text_level = mode == "allButTextLevelOnly"
    return frozenset(
        rule_id for info in known if (info.block_local is not True) == leave_out_text_level for rule_id in info.ids()
    )


def split_ids(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def enabled_only(values: Mapping[str, str]) -> bool:
    """LanguageTool's ``enabledOnly``: ``true`` or ``yes``; with no enabledRules or enabledCategories to keep to,
    a 400 as in LanguageTool (it had checked with no rule at all)."""
    if values.get("enabledOnly", "").strip().lower() not in ("true", "yes"):
        return False
    if not split_ids(values.get("enabledRules", "")) and not split_ids(values.get("enabledCategories", "")):
        raise LanguageToolRequestError("enabledOnly=true kräver enabledRules eller enabledCategories")
    return True


def rule_selection(values: Mapping[str, str], known: Sequence[RuleInfo]) -> tuple[frozenset[str], frozenset[str]]:
    """klarlint's enable and disable sets for a request's level, enabledRules, disabledRules, enabledOnly,
    enabledCategories and disabledCategories (klarlint's one category is KLARSPRAK), and its mode."""
    picky = picky_rules(values.get("level", ""), known)
    only = enabled_only(values)
    enabled = split_ids(values.get("enabledRules", ""))
    if only and CATEGORY["id"] in split_ids(values.get("enabledCategories", "")):
        enable, disable = rule_filter(enabled, (), False, known, picky)  # the whole category: every rule
    else:
        enable, disable = rule_filter(enabled, split_ids(values.get("disabledRules", "")), only, known, picky)
    if CATEGORY["id"] in split_ids(values.get("disabledCategories", "")):
        disable = frozenset(info.id for info in known)
    excluded = mode_excluded(values.get("mode", "all"), known)
    return enable - excluded, disable | excluded


def check_response(
    report: FileReport, text: AnnotatedText, infos: dict[str, RuleInfo], base_url: str = ""
) -> dict[str, object]:
    """LanguageTool's answer; klarlint checks Swedish, so the language given is sv-SE, and the detected one is
    what the text is mostly in (a client can then say that an English text was not checked). With ``base_url``
    (the server's), each rule links to its explanation there (``rule.urls``)."""
    original16 = Utf16(text.original)
    matches = [_match(f, text, infos.get(f.rule), original16, base_url) for f in report.findings]
    code = LANGUAGE["longCode"]
    return {
        "software": {
            "name": "klarlint",
            "version": __version__,
            "buildDate": "",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        # LanguageTool's warnings, and klarlint's notices: what was not checked and why (a paragraph in English, a
        # line too long), so a client can say it rather than show a text in English as free of problems
        "warnings": {"incompleteResults": False, "notices": [_notice(n, text, original16) for n in report.notices]},
        "language": {
            "name": LANGUAGE["name"],
            "code": code,
            "detectedLanguage": _detected(report.language, text.plain),
        },
        "matches": matches,
    }


def _notice(notice: Notice, text: AnnotatedText, original16: Utf16) -> dict[str, object]:
    """A notice with its code, its Swedish message and where the text it speaks of starts (UTF-16, original).
    For ``data=`` with markup, without the *(rad N)* of the text built from it: a line of klarlint's plain text, made
    from the markup's interpretAs, is no line of the client's HTML (one line) nor of a WYSIWYG editor (none; s49
    plugin W4). The offset says where it is."""
    offset = original16(text.original_start(min(notice.start, len(text.plain))))
    message = notice.message if text.original == text.plain else notice.placeless or notice.message
    return {"code": notice.code, "message": message, "offset": offset}


def _detected(language: str, plain: str) -> dict[str, object]:
    """The language the document was judged to be in, with how sure the word evidence is (it had said 1.0 for
    every text: a client that weighs the confidence took a few words as certain)."""
    if language != SWEDISH and not language.startswith("und") and other_script(plain) is not None:
        confidence = 1.0  # a heading named the language (*## فارسی*), its script decides alone: had been 0.5
    else:
        # never below even odds: the language given is the one chosen (*Feedback is welcome.* had been Swedish at 0.0)
        confidence = max(0.5, round(confidence_in(plain, language), 2))
    if language == SWEDISH:
        return {"name": LANGUAGE["name"], "code": LANGUAGE["longCode"], "confidence": confidence}
    return {"name": DETECTED_NAMES.get(language, "Unknown"), "code": language, "confidence": confidence}


def _replaceable(finding: Finding, covered: str) -> bool:
    """A client puts a replacement over the match's range of the original (``covered``): only where that range is
    the flagged text itself, with no markup inside (*sk<b>all* would become *ska</b>*), and where --fix would
    replace it."""
    return finding.fixable and covered == finding.text


def _match(finding: Finding, text: AnnotatedText, info: RuleInfo | None, original16: Utf16, base_url: str = "") -> dict:
    start, end = text.original_start(finding.start), text.original_end(finding.end)
    end = max(end, start)
    replaceable = _replaceable(finding, text.original[start:end])
    rule: dict[str, object] = {
        "id": finding.rule,
        "description": info.title if info else finding.rule,
        "issueType": info.issue_type if info else "style",
        "category": dict(CATEGORY),
    }
    if base_url and info:  # the add-on's "more information" link: the rule's explanation on this server
        rule["urls"] = [{"value": f"{base_url.rstrip('/')}/api/rules/{urllib.parse.quote(finding.rule)}"}]
    return {
        "message": message_with_advice(finding),
        "shortMessage": info.title if info else "",
        "replacements": [{"value": value} for value in finding.replacements] if replaceable else [],
        "offset": original16(start),
        "length": original16(end) - original16(start),
        "context": _context(text.original, start, end, original16),
        "sentence": finding.context.strip(),
        # LanguageTool's types are UnknownWord, Hint and Other; a client can show a Hint less strongly. An info
        # finding (*Då går passiv bra*: the text is fine as it is) had been a full underline like a warning.
        "type": {"typeName": "Hint" if finding.severity is Severity.INFO else "Other"},
        "rule": rule,
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


_WORD = re.compile(r"\w+")
_SENTENCE_END = ".!?…"
_CLOSING_QUOTES = "”\"'’»)"


def message_with_advice(finding: Finding) -> str:
    """The message a LanguageTool client shows: klarlint's message, and the suggestion only when it is advice of
    its own (a sentence, *Skriv aktivt, till exempel ”Nämnden fattade beslutet …”*) that says something the message
    does not. A replacement or a fragment had been glued on: *… när du menar er själva. Du*, *… bindestreck (-).
    – * (the replacements carry those words), and *Skriv med verbet ”besluta / bestämma”* after a message that had
    said just that."""
    message = finding.message
    suggestion = (finding.suggestion or "").strip()
    if not suggestion or suggestion in message or suggestion in finding.replacements:
        return message
    words = [word.lower() for word in _WORD.findall(suggestion)]
    if len(words) < 3 or not suggestion[0].isupper():  # *Du*, *din / ditt / dina*, *– *, *”…”* (a rewrite)
        return message
    if set(words) <= {word.lower() for word in _WORD.findall(message)}:  # said already
        return message
    flagged = {word.lower() for word in _WORD.findall(finding.text)}
    if 2 * sum(word in flagged for word in words) >= len(words):  # the flagged words rewritten (a heading's colon)
        return message
    if suggestion.rstrip(_CLOSING_QUOTES)[-1:] not in _SENTENCE_END:
        suggestion += "."
    return _example_only(message, suggestion) or f"{message} {suggestion}"


_EXAMPLE = ", till exempel "


def _example_only(message: str, suggestion: str) -> str | None:
    """The message with only the suggestion's example, when the suggestion's advice opens the message's last
    sentence: *… Skriv aktivt och säg vem som gör det. Skriv aktivt, till exempel ”…”* had said its advice twice (950
    of 5,886 corpus matches on /v2/check, s49 plugin W2). Then *… gör det, till exempel ”…”.*; else None."""
    lead, found, example = suggestion.partition(_EXAMPLE)
    if not found or message.rstrip()[-1:] not in _SENTENCE_END:
        return None
    last = re.split(r"(?<=[.!?…])\s+", message.rstrip())[-1]
    advice = [word.lower() for word in _WORD.findall(lead)]
    if not advice or [word.lower() for word in _WORD.findall(last)][: len(advice)] != advice:
        return None
    return f"{message.rstrip()[:-1]}{_EXAMPLE}{example}"


_BLANKED = str.maketrans("\n\r\t\x00", "    ")  # one character for one: the context's offsets stay exact


def _context(original: str, start: int, end: int, original16: Utf16) -> dict[str, object]:
    """As LanguageTool's: up to CONTEXT_CHARS characters of the original text either side, "..." where cut,
    line breaks and tabs as spaces; ``offset`` and ``length`` in UTF-16 code units, and the width too (as
    LanguageTool's Java strings count it: 40 emoji either side had given 80 units of context), never half a
    character."""
    left = start
    while left > 0 and original16(start) - original16(left - 1) <= CONTEXT_CHARS:
        left -= 1
    right = end
    while right < len(original) and original16(right + 1) - original16(end) <= CONTEXT_CHARS:
        right += 1
    prefix = "..." if left > 0 else ""
    suffix = "..." if right < len(original) else ""
    shown = prefix + original[left:right].translate(_BLANKED) + suffix
    offset = len(prefix) + original16(start) - original16(left)
    return {"text": shown, "offset": offset, "length": original16(end) - original16(start)}
