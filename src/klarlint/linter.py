"""The one data path: reader → Document → backend → Analysis → rules → Findings.

The CLI, the LSP server and site checks all call :func:`lint_document` (or the
convenience :func:`lint`); none of them lints in its own way.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import logging
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from klarlint.analysis import Analysis, Sentence
from klarlint.config import Config, accepted_form, config_for
from klarlint.document import IN_WORD_INVISIBLE, INVISIBLE, Block, BlockKind, DirectiveKind, Document
from klarlint.errors import ConfigError, InputError, os_reason
from klarlint.genre import CASE_NUMBER_LINE, classify, exclaimed_title, letter_title, version_label
from klarlint.language import LanguageSums, language_notices, swedish_part
from klarlint.limits import (
    MAX_ANALYSED_CHARS,
    MAX_ANALYSED_TOKENS,
    TOKEN_UNIT,
    Budget,
    Notice,
    capped,
    check_text_size,
    long_token_notice,
    long_tokens,
    token_count,
    truncated_notice,
)
from klarlint.nlp.backend import Backend, SpacyBackend
from klarlint.prose import prose_part
from klarlint.readers import FORMATS, read_path, read_text
from klarlint.readers.plaintext import common_prefix, common_suffix
from klarlint.report import FileReport, Finding, Report
from klarlint.rules.base import Rule, RuleFinding
from klarlint.rules.declarative import PatternTimeout
from klarlint.rules.registry import all_rules, still_named, unknown_ids, unknown_rule
from klarlint.speech import in_quoted_speech
from klarlint.stats import StatsMemory, document_stats

log = logging.getLogger("klarlint")
_LINE_BREAK = re.compile(r"\r\n?|\n")
MAX_CONTEXT_CHARS = 1000
_FINDING_ORDER = operator.attrgetter("start", "end", "rule")  # how a report lists its findings
RULE_STATE = "lint.rule_state"  # see LintMemory.rules
_SUBCHECK = operator.attrgetter("subcheck")
_TEXT = operator.attrgetter("text")
_BLOCK = operator.attrgetter("block")
_backends: dict[tuple[str, Path | None], Backend] = {}
# Block texts seen before, by what guard() needs of them: a text without invisible characters and
# over-long tokens maps to its number of tokens (words and punctuation marks). The language server lints
# a long document again on each edit; its unchanged paragraphs are looked up here instead of searched
# three times. Emptied when it holds more than this many characters (the texts are the documents' own).
_GUARD_MEMO: dict[str, int] = {}
_GUARD_MEMO_CHARS = [0]
MAX_GUARD_MEMO_CHARS = 8_000_000  # four 300,000-word documents
MAX_REMEMBERED_CHARS = 100_000  # longer block texts are not remembered (see _remember_tokens)


def default_backend(config: Config | None = None) -> Backend:
    """The process's backend for ``config`` (``backend``, ``stanza_dir``): loaded once, then shared."""
    name, model_dir = (config.backend, config.stanza_dir) if config else ("spacy", None)
    key = (name, model_dir)
    if key not in _backends:
        if name == "stanza":
            from klarlint.nlp.stanza_backend import StanzaBackend

            _backends[key] = StanzaBackend(model_dir)
        else:
            _backends[key] = SpacyBackend()
    return _backends[key]


@dataclass(frozen=True)
class ActiveRule:
    rule: Rule
    options: dict
    severity: object


def active_rules(config: Config) -> list[ActiveRule]:
    """The rules enabled by ``config``, with their options and severities resolved."""
    rules = all_rules(config.rules_path)
    named = unknown_ids(config.enable | still_named(config.disable), rules)
    for rule_id in sorted({*named, *unknown_ids(config.rule_options, rules, checks=False)}):
        raise ConfigError(f"{config.source or 'konfigurationen'}: {unknown_rule(rule_id, rules)} (se klarlint rules)")
    for rule in rules:
        config.check_rule_options(rule.info)
    return [
        ActiveRule(
            rule,
            config.options_for(rule.info.id, rule.info.options),
            config.severity_for(rule.info.id, rule.info.severity),
        )
        for rule in rules
        if config.is_enabled(rule.info.id, rule.info.enabled_by_default)
    ]


# With a budget, the backend gets the blocks in groups of about this many characters, and the
# budget is checked between groups (blocks are analysed independently, so the result is the same).
CHARS_PER_BUDGET_CHECK = 20_000


def analyze(
    document: Document,
    backend: Backend | None = None,
    budget: Budget | None = None,
    config: Config | None = None,
    jobs: int = 1,
) -> Analysis:
    """The document's analysis; ``jobs`` > 1 lets a long document use that many processes (without a
    budget only: see klarlint.nlp.parallel)."""
    backend = backend or default_backend(config)
    texts = [block.text for block in document.blocks]
    if budget is None and jobs > 1:
        from klarlint.nlp.parallel import analyze_in_parallel

        return Analysis(document, analyze_in_parallel(backend, texts, jobs))
    if budget is None:
        return Analysis(document, backend.analyze(texts))
    analyses = []
    with budget.active():  # the backend checks it between its batches too
        for group in _groups(texts, CHARS_PER_BUDGET_CHECK):
            budget.check()
            analyses.extend(backend.analyze(group))
    budget.check()
    return Analysis(document, analyses)


def _groups(texts: list[str], max_chars: int) -> list[list[str]]:
    groups: list[list[str]] = [[]]
    chars = 0
    for text in texts:
        if groups[-1] and chars + len(text) > max_chars:
            groups.append([])
            chars = 0
        groups[-1].append(text)
        chars += len(text)
    return [group for group in groups if group]


def guard(document: Document) -> Document:
    """The document as the rules should see it, whatever the reader: invisible characters (zero-width,
    bidi controls, soft hyphens) cut out of block texts, then over-long tokens blanked and noticed
    (see klarlint.limits). Source offsets stay exact. The input document is left as it was.
    """
    blocks: list[Block] = []
    notices = list(document.notices)
    changed = False
    memo = _GUARD_MEMO
    for block in document.blocks:
        if block.text in memo:  # clean when last seen: nothing to cut or blank
            blocks.append(block)
            continue
        guarded = block.without(INVISIBLE)
        guarded = guarded if guarded is block else _trimmed(guarded)
        spans = long_tokens(guarded.text)
        changed = changed or guarded is not block or bool(spans)
        if guarded is block and not spans:
            _remember_tokens(block.text)
        if not spans:
            blocks.append(guarded)
            continue
        notices.extend(long_token_notice(*guarded.source_span(start, end)) for start, end in spans)
        blocks.extend(_around(guarded, spans))
    blocks, cut = _within_amount(blocks, MAX_ANALYSED_CHARS, MAX_ANALYSED_TOKENS)
    if cut is not None:
        notices.append(truncated_notice(cut, sum(len(block.text) for block in blocks)))
    if not changed and cut is None:
        return document
    return dataclasses.replace(document, blocks=blocks, notices=notices)


TITLE_CHARS = 150  # a title longer than this is cut (with …): it names a page in a table, it is not read there


def document_title(document: Document) -> str | None:
    """The document's own name: a plain text's first line that ends in *!* (genre.exclaimed_title: no heading comes
    before it), else a plain letter's title under its letterhead (genre.letter_title), else its first first-level
    heading, else its <title> or front matter title, else its first heading;
    None without any. Read before the language and prose filters, so an English page is named too."""
    if (exclaimed := exclaimed_title(document)) is not None:
        return _one_line(exclaimed.text)
    if (letter := letter_title(document)) is not None:  # a letter's own title, not its letterhead's first line
        return _one_line(letter.text)
    first_heading = title = None
    labelled = False
    for block in document.blocks:
        if block.kind is BlockKind.HEADING and version_label(block.text):
            labelled = True  # *Lättläst* over or under the title names the version, not the text
            continue
        if labelled and _title_line(block):
            return _one_line(block.text)  # *Lättläst* / *Vad gör kommunen?*: a plain text reads the title as prose
        labelled = False
        if CASE_NUMBER_LINE.match(block.text.strip()):
            continue  # *Dnr GTK 2026/1302* as a heading or a title's field names the case, not the text
        if block.kind is BlockKind.HEADING:
            if block.level <= 1:
                return _one_line(block.text)
            first_heading = first_heading or block
        elif block.kind is BlockKind.TITLE and title is None:
            title = block
    found = title or first_heading
    return None if found is None else _one_line(found.text)


LABELLED_TITLE_WORDS = 12


def _title_line(block: Block) -> bool:
    """A short line of its own after a version label: a heading, or a question a plain text reads as a paragraph."""
    text = block.text.strip()
    one_line = "\n" not in text and 0 < len(text.split()) <= LABELLED_TITLE_WORDS
    return one_line and (block.kind is BlockKind.HEADING or text.endswith("?") or not text.endswith("."))


def _one_line(text: str) -> str | None:
    words = " ".join(INVISIBLE.sub("", text).split())
    if len(words) > TITLE_CHARS:
        words = words[: TITLE_CHARS - 1].rstrip() + "…"
    return words or None


def _trimmed(block: Block) -> Block:
    """``block`` without the white space an invisible character's removal left at its ends (the line break
    before a last line of only a zero-width space: a paragraph's finding would end on that break)."""
    lead = len(block.text) - len(block.text.lstrip())
    trail = len(block.text.rstrip())
    if trail <= lead or (lead == 0 and trail == len(block.text)):
        return block
    return block.slice(lead, trail)


def _within_amount(blocks: list[Block], max_chars: int, max_tokens: int) -> tuple[list[Block], int | None]:
    """The blocks up to ``max_chars`` characters and ``max_tokens`` words and punctuation marks of text
    (the last one cut at a space), and the source offset where the rest begins, or None when all fits."""
    texts = list(map(_TEXT, blocks))
    if sum(map(len, texts)) <= max_chars:  # the usual case, summed at C speed (a long document has 15,000)
        counts = list(map(_GUARD_MEMO.get, texts))
        for index in itertools.compress(itertools.count(), map(operator.is_, counts, itertools.repeat(None))):
            counts[index] = token_count(texts[index])
        if sum(counts) <= max_tokens:
            return blocks, None
    chars = tokens = 0
    for index, block in enumerate(blocks):
        room = max_chars - chars
        if len(block.text) <= room:  # counting tokens only where the characters fit keeps this linear
            count = _GUARD_MEMO.get(block.text)
            if count is None:
                count = token_count(block.text)
            if tokens + count <= max_tokens:
                chars, tokens = chars + len(block.text), tokens + count
                continue
        room = min(room, _start_of_token(block.text, max_tokens - tokens))
        space = block.text.rfind(" ", 0, room + 1)
        kept = blocks[:index]
        if space > 0:
            kept.append(block.slice(0, space))
            return kept, block.to_source(space + 1)
        return kept, block.to_source(0)
    return blocks, None


def _remember_tokens(text: str) -> None:
    """Note ``text`` (of a block guard() leaves as it is) with its number of tokens in ``_GUARD_MEMO``.

    Not a text over MAX_REMEMBERED_CHARS: a paragraph that long is no paragraph an editor types in."""
    if len(text) > MAX_REMEMBERED_CHARS:
        return
    if _GUARD_MEMO_CHARS[0] + len(text) > MAX_GUARD_MEMO_CHARS:
        _GUARD_MEMO.clear()
        _GUARD_MEMO_CHARS[0] = 0
    _GUARD_MEMO[text] = token_count(text)
    _GUARD_MEMO_CHARS[0] += len(text)


def _start_of_token(text: str, index: int) -> int:
    """Where the ``index``-th (0-based) word or punctuation mark of ``text`` starts; its length if none."""
    for count, match in enumerate(TOKEN_UNIT.finditer(text)):
        if count == index:
            return match.start()
    return len(text)


def _around(block: Block, spans: list[tuple[int, int]]) -> list[Block]:
    """The parts of ``block`` between ``spans``, stripped, as blocks of their own: no later stage
    sees the skipped text, not even as blanks."""
    parts = []
    start = 0
    for end, next_start in [*spans, (len(block.text), len(block.text))]:
        text = block.text[start:end]
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        if trail > lead:
            parts.append(block.slice(start + lead, start + trail))
        start = next_start
    return parts


def lint_document(
    document: Document,
    config: Config | None = None,
    backend: Backend | None = None,
    rules: Sequence[ActiveRule] | None = None,
    budget: Budget | None = None,
    jobs: int = 1,
    memory: LintMemory | None = None,
) -> FileReport:
    """Lint a document. Raises LimitExceeded (too large, or over ``budget``'s time) or LintCancelled.

    ``jobs``: processes a long document's analysis may use (the command line's ``--jobs`` for one file).
    ``memory``: the language server's memory of the document's last lint (see :class:`LintMemory`)."""
    check_text_size(document.source, document.path or "<text>")
    config = config or Config()
    rules = active_rules(config) if rules is None else rules
    read = document
    document = guard(document)
    # Swedish rules on Swedish text only
    document, languages, skipped = swedish_part(document, memory.languages if memory else None)
    document, not_prose = prose_part(document)  # no rules on a table of contents or a metadata table
    genre, forms = classify(document, config.genre, config.profile_settings.genre)
    document = replace(document, genre=genre, forms=forms)
    if document.source is read.source:
        # The same lines: found on the reader's document, whose next version (an edit in the language server)
        # takes them over in part (klarlint.readers.plaintext.reread) instead of finding all of them again.
        document.__dict__["_line_starts"] = read._line_starts
    analysis = analyze(document, backend, budget, config, jobs)
    if memory is not None:  # for the language server's memoised rules (klarlint.lsp.rule_cache)
        analysis.derived[RULE_STATE] = memory.rules
        current = {active.rule for active in rules}
        # Rules of earlier settings go; what a key named by a string holds belongs to no rule (the part keys).
        for gone in [key for key in memory.rules if not isinstance(key[0], str) and key[0] not in current]:
            del memory.rules[gone]
    stats = memory.stats.stats(analysis) if memory is not None else document_stats(analysis)
    report = FileReport(
        document.path or "<text>",
        stats=stats,
        language=languages.language,
        genre=document.genre,
        title=document_title(read),
    )
    placed = memory.findings if memory is not None else None
    directives = _directive_notices(document, config, rules)
    report.notices = _placed(
        document, [*document.notices, *language_notices(skipped, languages), *not_prose, *directives]
    )
    wanted_by_rule: list[tuple[ActiveRule, list[RuleFinding]]] = []
    for active in rules:
        if budget is not None:
            budget.check()
        try:
            found = list(active.rule.check(analysis, active.options))
        except PatternTimeout as exc:  # the rule file's pattern is at fault: say which, keep the other rules
            report.rule_errors.append(f"regeln {active.rule.info.id}: {exc}")
            continue
        except Exception as exc:  # one broken rule must not hide the others' findings
            # debug, not exception: a plug-in's crash had printed a Python traceback (the README says never);
            # the rule and the file are in rule_errors, one line on stderr and in the JSON and SARIF
            log.debug("rule %s failed on %s", active.rule.info.id, report.path, exc_info=True)
            report.rule_errors.append(f"regeln {active.rule.info.id} kraschade: {exc}")
            continue
        misplaced = [f for f in found if not _in_text(document, f)]
        if misplaced:  # a plug-in's finding at block 99 had dropped every finding of the file, naming no rule
            found = [f for f in found if _in_text(document, f)]
            what = "en anmärkning" if len(misplaced) == 1 else f"{len(misplaced)} anmärkningar"
            shown = "den visas" if len(misplaced) == 1 else "de visas"
            report.rule_errors.append(
                f"regeln {active.rule.info.id} gav {what} på en plats som inte finns i texten; {shown} inte"
            )
        # Not the findings of a sub-check the user turned off.
        info = active.rule.info
        off = {
            s
            for s in set(map(_SUBCHECK, found))
            if s is not None and not config.is_enabled(s, info.subcheck_on_by_default(s))
        }
        wanted = [f for f in found if f.subcheck not in off] if off else found
        if config.accept:  # the writer accepted these words (klarlint.toml's accept), as the reader reads them: not
            # the source's *erh&aring;lla*, *er&shy;hålla* or *fatta **beslut*, which had stayed flagged
            wanted = _without_accepted(analysis, wanted, config.accept)
        wanted_by_rule.append((active, wanted))
    for active, wanted in _without_deferred(wanted_by_rule):
        if placed is None:
            report.findings.extend(_to_finding(document, analysis, active, f) for f in wanted)
        else:
            report.findings.extend(placed.findings(document, analysis, active, wanted))
    if placed is not None:
        placed.done()
    report.findings = sorted(_apply_directives(document, report.findings), key=_FINDING_ORDER)
    return report


def _without_deferred(
    found: list[tuple[ActiveRule, list[RuleFinding]]],
) -> list[tuple[ActiveRule, list[RuleFinding]]]:
    """Each rule's findings without those that defer to another rule's finding on a longer phrase around them
    (RuleInfo.defers_to). A rule's list is kept as the very list when nothing goes: the language server takes
    over the findings of an unchanged list at once (PlacedFindings)."""
    targets = {rule for active, _ in found for rule in active.rule.info.defers_to}
    spans: dict[str, dict[int, list[tuple[int, int]]]] = {}
    for active, findings in found:
        if active.rule.info.id not in targets:
            continue  # (a long document's 15,000 findings are not walked for nothing on each edit)
        by_block = spans.setdefault(active.rule.info.id, {})
        for f in findings:
            by_block.setdefault(f.block, []).append((f.start, f.end))
    result = []
    for active, findings in found:
        around = [spans[rule] for rule in active.rule.info.defers_to if spans.get(rule)]
        if around:
            # only a finding in a block with such a phrase is looked at (5,000 passive findings an edit at 300,000
            # words, most in blocks with no jargon)
            blocks = set().union(*around)
            kept = [
                f
                for f in findings
                if f.block not in blocks or not any(_covered(f, by_block.get(f.block, ())) for by_block in around)
            ]
            findings = findings if len(kept) == len(findings) else kept
        result.append((active, findings))
    return result


def _covered(found: RuleFinding, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether a span of ``spans`` holds ``found``'s words and more (a phrase around them, not the same words)."""
    return any(s <= found.start and found.end <= e and e - s > found.end - found.start for s, e in spans)


def _in_text(document: Document, found: RuleFinding) -> bool:
    """Whether a rule's finding lies in the text: its block exists and its span is inside the block's text."""
    if not 0 <= found.block < len(document.blocks):
        return False
    return 0 <= found.start <= found.end <= len(document.blocks[found.block].text)


def _without_accepted(analysis: Analysis, found: list[RuleFinding], accept: frozenset[str]) -> list[RuleFinding]:
    """``found`` without the accepted findings: those whose own text is an accepted entry, and those that lie in
    (or cut across) an accepted phrase's occurrence in the text. *accept = ["Härmed Bygg AB"]* had left *Härmed*
    flagged in the company's name, since only a finding whose whole text was an entry was dropped. A finding
    around the occurrence and more (a long sentence holding the name, *fatta beslut* when *beslut* is accepted)
    is about other words too: kept."""
    blocks = analysis.blocks
    spans: dict[int, list[tuple[int, int]]] = {}  # each block's occurrences, found once for all its findings
    kept = []
    for f in found:
        if not 0 <= f.block < len(blocks):
            kept.append(f)
            continue
        text = blocks[f.block].text
        if accepted_form(text[f.start : f.end]) in accept:
            continue
        if f.block not in spans:
            spans[f.block] = [m.span() for m in _accepted_pattern(accept).finditer(text)]
        if not any(_in_accepted(f, start, end) for start, end in spans[f.block]):
            kept.append(f)
    return kept


def _in_accepted(found: RuleFinding, start: int, end: int) -> bool:
    """Whether ``found`` overlaps the accepted occurrence ``start``–``end`` without holding it and more."""
    holds_more = found.start <= start and end <= found.end and found.end - found.start > end - start
    return start < found.end and found.start < end and not holds_more


@functools.cache
def _accepted_pattern(accept: frozenset[str]) -> re.Pattern[str]:
    """Where an accepted word or phrase stands in a text: whole words, in any case, with any white space between
    the words and invisible characters (a soft hyphen) anywhere, as :func:`accepted_form` compares them."""
    invisible = f"[{IN_WORD_INVISIBLE}]*"
    phrases = []
    for entry in sorted(accept, key=len, reverse=True):  # the longest first: a name before a word of it
        words = [invisible.join(map(re.escape, word)) for word in entry.split()]
        if words:
            phrases.append(f"\\s+{invisible}".join(words))
    if not phrases:
        return re.compile("(?!)")
    return re.compile(f"(?<!\\w)(?:{'|'.join(phrases)})(?!\\w)", re.IGNORECASE)


def _placed(document: Document, notices: list[Notice]) -> list[Notice]:
    """Notices sorted by position, with line and column filled in, at most a few of each kind."""
    placed = []
    for notice in sorted(notices, key=lambda n: n.start):
        line, column = document.position(notice.start)
        placed.append(dataclasses.replace(notice, line=line, column=column, location=document.location(notice.start)))
    return capped(placed)


def lint(path_or_text: str | Path, config: Config | None = None, backend: Backend | None = None) -> Report:
    """Lint a file (a :class:`Path`, or a one-line string naming a file) or a text.

    The README promises ``lint("brev.txt")``, so a string is a file name when it is one line that
    names an existing file or ends in a known file ending (``.txt``, ``.md``, ``.html``, ``.docx`` …):
    a missing ``brev.txt`` is reported as missing, not linted as the text "brev.txt". Anything else
    is text. The guess never raises; callers who know what they have use :func:`lint_text` or
    :func:`lint_file`.
    """
    if isinstance(path_or_text, Path) or _names_file(path_or_text):
        return lint_file(path_or_text, config, backend)
    return lint_text(str(path_or_text), config, backend)


def lint_text(text: str, config: Config | None = None, backend: Backend | None = None, fmt: str = "text") -> Report:
    """Lint a string of text (``fmt``: text, markdown or html); never reads a file."""
    return Report([lint_document(read_text(text, fmt), config, backend)])


def lint_file(path: str | Path, config: Config | None = None, backend: Backend | None = None) -> Report:
    """Lint one file; a file that cannot be read gives a report with its ``error``, not an exception."""
    path = Path(path)
    try:
        config = config or config_for(path)
        document = read_path(path, alt_text=config.alt_text)
    except InputError as exc:
        return Report([FileReport(str(path), error=str(exc))])
    except OSError as exc:  # a name the system cannot even look up (too long, a NUL byte)
        return Report([FileReport(str(path), error=f"{path}: kan inte läsas ({os_reason(exc)})")])
    return Report([lint_document(document, config, backend)])


def _names_file(text: str) -> bool:
    if "\n" in text or not text.strip() or len(text) >= 4096:
        return False
    try:
        if Path(text).is_file():
            return True
    except (OSError, ValueError):  # "File name too long", an embedded NUL: not a file name
        return False
    # A name with a known ending is a (missing) file; a sentence that ends in one ("Läs regler.txt") is text.
    looks_like_a_name = not any(c.isspace() for c in text) or "/" in text or "\\" in text
    return looks_like_a_name and Path(text).suffix.lower() in FORMATS


class LintMemory:
    """What the language server keeps of one document's last lint so that the next costs in proportion to the
    edit between them: its findings (:class:`PlacedFindings`), its statistics (:class:`klarlint.stats.StatsMemory`)
    and its language points (:class:`klarlint.language.LanguageSums`). A lint with it gives exactly what one
    without it gives. Not thread-safe: one per document."""

    def __init__(self) -> None:
        self.findings = PlacedFindings()
        self.stats = StatsMemory()
        self.languages = LanguageSums()
        # What each memoised rule kept of its last lint of the document, by (rule, ...) (klarlint.lsp.rule_cache);
        # a lint's analysis holds it as analysis.derived[RULE_STATE].
        self.rules: dict[Any, Any] = {}


class PlacedFindings:
    """The findings of one lint, kept for the next lint of the same document by the rule finding they came
    from: a memoised rule (:mod:`klarlint.lsp.rule_cache`) gives the same :class:`RuleFinding` objects for
    unchanged paragraphs, and placing 15,000 of them anew (offsets, lines, context) cost 100 ms per
    keystroke in a long document. A finding is taken over only where everything it is made of is as it
    was: the same rule finding (the same object, or an equal one: a whole-document rule makes its findings
    anew on each lint) of the same active rule, in a block of the same text that is one run of the source
    starting at the same column, with the same analysis, in a document without paragraph locations (a block
    that moved moves its findings by as many characters and lines); anything else is placed afresh. After a
    lint, ``origins`` maps each moved finding (by id) to the last lint's finding it was moved from (the
    language server lends it that finding's diagnostic). Not thread-safe: one per document."""

    def __init__(self) -> None:
        self._last: dict[int, tuple] = {}
        self._now: dict[int, tuple] = {}
        # By value, the rule findings a rule made anew (a whole-document rule's, each lint): (rule finding, rule id)
        self._last_values: dict[tuple, tuple] = {}
        self._now_values: dict[tuple, tuple] = {}
        self._document: Document | None = None  # the document being linted, and what its blocks have:
        self._places: dict[int, tuple | None] = {}  # by block index (None: no finding there is taken over)
        # The last lint's finding each finding of this lint was moved from (by id), for its diagnostic.
        self.origins: dict[int, Finding] = {}
        self._origins_now: dict[int, Finding] = {}
        # Per rule (by id of the active rule): (the active rule, its rule findings, their findings) of the last
        # lint and of this one; the last lint's document and analyses, and how many blocks at the start of this
        # one are as they were then (see _unchanged_blocks).
        self._rules_last: dict[int, tuple] = {}
        self._rules_now: dict[int, tuple] = {}
        self._last_document: Document | None = None
        self._last_analysed: list = []
        self._analysed: list = []
        self._unchanged = 0
        self._moved: tuple[int, int, int] | None = None  # see _moved_blocks

    def finding(self, document: Document, analysis: Analysis, active: ActiveRule, found: RuleFinding) -> Finding:
        return self.findings(document, analysis, active, (found,))[0]

    def findings(
        self, document: Document, analysis: Analysis, active: ActiveRule, found: Iterable[RuleFinding]
    ) -> list[Finding]:
        """The findings of ``active``'s rule findings ``found`` in ``document``, taken over where they can be."""
        if document is not self._document:  # a new lint (the last may have stopped before done())
            self._document, self._places, self._now, self._now_values = document, {}, {}, {}
            self._origins_now, self._rules_now = {}, {}
            self._analysed = analysis.blocks
            self._unchanged = self._unchanged_blocks(document, analysis)
            self._moved = self._moved_blocks(document, analysis)
        places, last, now, source = self._places, self._last, self._now, document.source
        found = found if isinstance(found, list) else list(found)
        result: list[Finding] = []
        # The blocks at the start that are as they were (the same blocks and analyses, in the unchanged start
        # of the source) have the last lint's findings of the same rule findings: taken over as a list (one by
        # one, the 15,000 findings of a long document cost 20 ms per edit).
        kept = self._rules_last.get(id(active))
        head = 0
        if self._unchanged and kept is not None and kept[0] is active:
            last_found, last_result = kept[1], kept[2]
            same = next(
                itertools.compress(itertools.count(), map(operator.is_not, found, last_found)),
                min(len(found), len(last_found)),
            )
            unchanged = map(self._unchanged.__le__, map(_BLOCK, itertools.islice(found, same)))
            head = next(itertools.compress(itertools.count(), unchanged), same)
            result = last_result[:head]
            ids = list(map(id, found[:head]))
            now.update(zip(ids, map(last.get, ids), strict=True))  # for a later lint that finds them changed
        tail = self._moved_tail(found, head, kept, active)
        last_of_rule = kept
        for rule_finding in itertools.islice(found, head, len(found) - tail):
            index = rule_finding.block
            place = places.get(index, _UNKNOWN)
            if place is _UNKNOWN:
                place = places[index] = _place(document, analysis, index)
            if place is None:
                result.append(_to_finding(document, analysis, active, rule_finding))
                continue
            where, analysed, text = place
            entry = last.get(id(rule_finding))
            by_value = None
            if entry is None or entry[0] is not rule_finding:  # a rule finding made anew: is it as it was?
                by_value = (rule_finding, id(active))  # (the entry holds the rule: checked below)
                try:
                    entry = self._last_values.get(by_value)
                except TypeError:  # a plug-in's rule finding with a list in it: placed afresh every time
                    by_value, entry = _UNHASHABLE, None
            finding = None
            if (
                entry is not None
                and (entry[0] is rule_finding or entry[0] == rule_finding)
                and entry[1] is active
                and entry[2] is analysed
                and entry[4] == text
                and entry[3][2] == where[2]
            ):
                old = entry[5]
                # Where the block moved (an edit before it): the same finding, as many characters and lines on.
                finding = old if entry[3] == where else old.moved(where[0] - entry[3][0], where[1] - entry[3][1])
                if source[finding.start : finding.end] != finding.text:  # not the text it was placed on
                    finding = None
                elif finding is old and by_value is None:
                    now[id(rule_finding)] = entry
                    result.append(finding)
                    continue
                elif finding is not old:
                    self._origins_now[id(finding)] = old
            if finding is None:
                finding = _to_finding(document, analysis, active, rule_finding)
            kept = now[id(rule_finding)] = (rule_finding, active, analysed, where, text, finding)
            if by_value is not None and by_value is not _UNHASHABLE:  # (a rule that makes its findings anew)
                self._now_values[by_value] = kept
            result.append(finding)
        if tail:
            result.extend(self._moved_findings(found, last_of_rule, tail))  # type: ignore[arg-type]
        self._rules_now[id(active)] = (active, found, result)
        return result

    def _moved_tail(self, found: list[RuleFinding], head: int, kept: tuple | None, active: ActiveRule) -> int:
        """How many of ``found`` at its end are the last lint's very rule findings of the same rule, in blocks
        that an edit before them moved (see _moved_blocks): their findings are the last ones moved, together."""
        if self._moved is None or kept is None or kept[0] is not active:
            return 0
        last_found = kept[1]
        limit = min(len(found) - head, len(last_found))
        ends = map(operator.is_not, itertools.islice(reversed(found), limit), reversed(last_found))
        same = next(itertools.compress(itertools.count(), ends), limit)
        first_moved = self._moved[0]
        inside = map(first_moved.__gt__, map(_BLOCK, reversed(found[len(found) - same :])))
        return next(itertools.compress(itertools.count(), inside), same)

    def _moved_findings(self, found: list[RuleFinding], kept: tuple, tail: int) -> list[Finding]:
        """The last lint's findings of ``found``'s last ``tail`` rule findings, moved by the edit before them.

        One by one through the loop of findings(), the 15,000 findings after an edit near the start of a long
        document cost 25 ms. The entries kept for the next lint are the last lint's: each pairs a finding with
        the place it was made for, which is all the next lint needs to move it again."""
        _, chars, lines = self._moved  # type: ignore[misc]
        olds = kept[2][len(kept[2]) - tail :]
        ids = list(map(id, found[len(found) - tail :]))
        self._now.update(zip(ids, map(self._last.get, ids), strict=True))
        if not chars and not lines:  # the same text again, or an edit of as many characters on one line: the
            return olds  # last findings themselves (they had been copied, and every diagnostic made anew)
        moved = [old.moved(chars, lines) for old in olds]
        self._origins_now.update(zip(map(id, moved), olds, strict=True))
        return moved

    def _moved_blocks(self, document: Document, analysis: Analysis) -> tuple[int, int, int] | None:
        """(the first of the blocks at the end of plain text that are the last lint's moved by an edit before
        them, how many characters and lines they moved), or None: blocks with the last analyses, as many as
        before, that lie in the unchanged end of the source (so their findings are the last ones, as many
        characters and lines on, in the same columns: each block begins a line)."""
        last = self._plain_text_before(document)
        if last is None or len(document.blocks) != len(last.blocks) or len(analysis.blocks) != len(self._last_analysed):
            return None
        old, new = last.source, document.source
        same_end = len(new) - common_suffix(old, new, min(len(old), len(new)))
        analysed, blocks = analysis.blocks, document.blocks
        count = next(
            itertools.compress(
                itertools.count(), map(operator.is_not, reversed(analysed), reversed(self._last_analysed))
            ),
            len(analysed),
        )

        if not all(block.segments for block in itertools.islice(blocks, len(blocks) - count, None)):
            return None

        def start(index: int) -> int:
            return blocks[index].segments[0].source_start

        first = bisect.bisect_left(range(len(blocks)), same_end, lo=len(blocks) - count, key=start)
        # A block after a change in its own line (a bullet's marker) would not keep its columns.
        line_starts = document._line_starts
        while first < len(blocks) and line_starts[bisect.bisect_right(line_starts, start(first)) - 1] < same_end:
            first += 1
        if first == len(blocks):
            return None
        lines = len(document._line_starts) - len(last._line_starts)
        return first, len(new) - len(old), lines

    def _unchanged_blocks(self, document: Document, analysis: Analysis) -> int:
        """How many blocks at the start of plain text are the last lint's, with its analyses, and lie in the
        unchanged start of the source (so their findings are where they were, on the same lines)."""
        last = self._plain_text_before(document)
        if last is None:
            return 0
        blocks, analysed = document.blocks, analysis.blocks
        shortest = min(len(blocks), len(last.blocks), len(analysed), len(self._last_analysed))
        same = min(
            next(itertools.compress(itertools.count(), map(operator.is_not, blocks, last.blocks)), shortest),
            next(itertools.compress(itertools.count(), map(operator.is_not, analysed, self._last_analysed)), shortest),
        )
        # A plain-text reader's blocks follow each other in the source: their ends grow with their index.
        source_same = common_prefix(last.source, document.source)
        return bisect.bisect_right(range(same), source_same, key=lambda i: block_source_end(blocks[i]))

    def _plain_text_before(self, document: Document) -> Document | None:
        """The last lint's document when it and ``document`` are plain text whose findings carry lines and
        columns only (no paragraph or page locations): what findings can be taken over or moved in; else None."""
        last = self._last_document
        if (
            last is None
            or document.format != "text"
            or last.format != "text"
            or document.paragraph_headings is not None
            or document.page_lines is not None
        ):
            return None
        return last

    def done(self) -> None:
        """The lint is over: its findings are what the next lint may take over."""
        self._last, self._now = self._now, {}
        self._last_values, self._now_values = self._now_values, {}
        self.origins, self._origins_now = self._origins_now, {}
        self._rules_last, self._rules_now = self._rules_now, {}
        self._last_document, self._last_analysed = self._document, self._analysed
        self._document, self._places = None, {}


def block_source_end(block: Block) -> int:
    """Where the last of the source characters a block's text comes from ends (0 for none)."""
    ends = [s.source_start + (s.length if s.source_length is None else s.source_length) for s in block.segments]
    return max(ends, default=0)


def _one_run(block: Block) -> bool:
    """Whether ``block``'s text is one run of the source, character for character."""
    segments = block.segments
    return len(segments) == 1 and segments[0].source_length is None and not segments[0].text_start


_UNKNOWN = object()
_UNHASHABLE = object()  # (see PlacedFindings.findings)


def _place(document: Document, analysis: Analysis, index: int) -> tuple | None:
    """Where block ``index`` is ((source start, line, column), its analysis, its text), for taking over
    findings in it; None when its findings are placed afresh (not one run of the source, or a document
    whose findings carry paragraph locations)."""
    block = document.blocks[index]
    if not _one_run(block) or document.paragraph_headings is not None or document.page_lines is not None:
        return None
    start = block.segments[0].source_start
    return ((start, *document.position(start)), analysis.blocks[index], block.text)


def _to_finding(document: Document, analysis: Analysis, active: ActiveRule, found: RuleFinding) -> Finding:
    block = document.blocks[found.block]
    start, end = block.source_span(found.start, found.end)
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    info = active.rule.info
    return Finding(
        rule=info.id,
        severity=found.severity or active.severity,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        start=start,
        end=end,
        text=document.source[start:end],
        message=found.message,
        suggestion=found.suggestion,
        reference=info.reference or None,
        context=_context(analysis, found),
        location=document.location(start),
        replacements=found.replacements,
        subcheck=found.subcheck,
        # one line: a replacement over a line break would join the writer's lines
        fixable=bool(found.replacements) and line == end_line and _replaceable(analysis, found),
    )


def _replaceable(analysis: Analysis, found: RuleFinding) -> bool:
    """Whether the finding's replacement may go in as it is (``Finding.fixable``): verbatim prose of its block
    (:meth:`Block.replaceable`), and not someone else's words (klarlint.speech: ”…”, a marked quotation, a reply
    opening with a dash, a quotation running over paragraphs), which no quick fix, --fix or one-click button
    rewrites."""
    block = analysis.document.blocks[found.block]
    return block.replaceable(found.start, found.end) and not in_quoted_speech(
        analysis, found.block, found.start, found.end
    )


def _context(analysis: Analysis, found: RuleFinding) -> str:
    """The sentence the finding starts in (else its block), at most MAX_CONTEXT_CHARS around the finding.

    Without the cap, every finding in a huge unpunctuated "sentence" would carry a copy of all of it.
    """
    block = analysis.blocks[found.block]
    start, end = 0, len(block.text)
    index = bisect.bisect_right(block.sentences, found.start, key=_char_start) - 1
    if index >= 0:
        sentence = block.sentences[index]
        if found.start < max(sentence.char_end, sentence.char_start + 1):
            start, end = sentence.char_start, sentence.char_end
    if end - start > MAX_CONTEXT_CHARS:
        start = max(start, found.start - MAX_CONTEXT_CHARS // 4)
        end = min(end, start + MAX_CONTEXT_CHARS)
    return block.text[start:end]


def _char_start(sentence: Sentence) -> int:
    return sentence.char_start


def _directive_notices(document: Document, config: Config, active: Sequence[ActiveRule]) -> list[Notice]:
    """An inline comment that names no rule klarlint knows (*klarlint-disable skal*): it turns nothing off, and says
    so, as a configuration's unknown id does (it had been silently nothing). Every rule (its files read again) only
    where a comment names one that is not active: not on each of an editor's re-checks of a commented document."""
    named = {rule_id for directive in document.directives for rule_id in directive.rules}
    if not unknown_ids(named, [a.rule for a in active]):
        return []
    rules = all_rules(config.rules_path)
    notices = []
    for directive in document.directives:
        for rule_id in unknown_ids(directive.rules, rules):
            start = document._line_starts[min(directive.line, len(document._line_starts)) - 1]
            notices.append(
                Notice(
                    "unknown-rule",
                    unknown_rule(rule_id, rules, f" i kommentaren klarlint-{directive.kind}"),
                    start,
                    start,
                )
            )
    return notices


def _apply_directives(document: Document, findings: list[Finding]) -> list[Finding]:
    if not document.directives:
        return findings
    lines = _LINE_BREAK.split(document.source)  # once per document; lines as in Document.position
    next_lines = {
        d.line: _next_text_line(lines, d.line) for d in document.directives if d.kind is DirectiveKind.DISABLE_NEXT_LINE
    }
    return [f for f in findings if not _suppressed(document, f, next_lines)]


def _suppressed(document: Document, finding: Finding, next_lines: dict[int, int]) -> bool:
    disabled: frozenset[str] | None = None  # None: nothing disabled at this point
    for directive in document.directives:
        applies = not directive.rules or finding.rule in directive.rules or finding.subcheck in directive.rules
        if directive.kind is DirectiveKind.DISABLE_NEXT_LINE:
            if applies and next_lines[directive.line] == finding.line:
                return True
        elif directive.line < finding.line or (
            directive.line == finding.line and (directive.offset is None or directive.offset <= finding.start)
        ):
            if directive.kind is DirectiveKind.DISABLE and applies:
                disabled = directive.rules
            elif directive.kind is DirectiveKind.ENABLE and applies:
                disabled = None
    return disabled is not None


def _next_text_line(lines: list[str], line: int) -> int:
    for index in range(line, len(lines)):
        if lines[index].strip():
            return index + 1
    return line + 1
