"""``klarlint beslut.docx --annotate/--suggest``: a reviewed copy of a Word document.

``--annotate`` anchors a Word comment (author "klarlint", initials "KL") on each
finding's exact words, with the message, the suggestion and the skrivregler
reference, plus one summary comment on the first paragraph (words, LIX,
findings per rule, and what was read but not checked: a paragraph in another
language …). ``--suggest`` turns every safe replacement into a tracked change
(``w:del`` + ``w:ins`` by "klarlint") that the writer accepts or rejects in
Word's review pane; the new run copies the old run's formatting (``w:rPr``).

The copy is made with python-docx (its comments API, ≥ 1.2) on the same
paragraph walk the reader uses (:func:`klarlint.readers.docx.paragraph_map`),
so a finding's paragraph and offset name the same characters here. Runs are
split at the finding's edges (each half keeps the run's formatting) so that a
comment or a change covers exactly the flagged words.

What is commented but never changed: text in a field, a hyperlink, a content
control, a text box, an earlier tracked change or a quotation, and a span that
is not plain text in consecutive runs. Findings in headers, footers, footnotes and endnotes
get no comment of their own (Word takes none in headers and footers, and in a note only at one point:
[MS-OI29500] 2.1.315; python-docx keeps the notes as bytes); the summary comment lists them. ``--suggest`` makes
its tracked changes there as in the body (not in a header's text box, field …), and the summary says which got
one and why the others did not. The input file is never changed; the copy is written atomically and an existing
copy is replaced only with ``--force``.

Comments go to warnings and errors (``--comment-level info`` adds the rest), at most ``--max-comments`` of them
(errors first, then warnings, in the document's order): LibreOffice took 153 s to open 1,616 comments and did not
open 5,551 in ten minutes (a 300-page report), and Word opens no file with more than 32,767. The summary comment
and the terminal say what got no comment of its own.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import datetime as dt
import io
import logging
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from docx.comments import Comment
from docx.opc.oxml import serialize_part_xml
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from klarlint.document import INVISIBLE, SOFT_HYPHEN, Document
from klarlint.errors import InputError, KlarlintError, os_reason
from klarlint.fix import write_atomically
from klarlint.linter import lint_document
from klarlint.readers import MACRO_SUFFIXES, MAX_DOCX_BYTES, OLD_WORD, read_bytes
from klarlint.readers import docx as reader
from klarlint.report import FileReport, Finding
from klarlint.reporters.terminal import lix_label
from klarlint.rules.base import Severity

AUTHOR = "klarlint"
INITIALS = "KL"
REVIEWABLE_SUFFIXES = (".docx", ".dotx")  # a template's copy is a template (its content type is kept)
# Where runs may be changed: Word and LibreOffice take tracked changes in headers, footers and notes too (but no
# comment there; a text box in a header is a text box: see _editable)
EDITABLE_STORIES = frozenset({"body", "header", "footer", "footnote", "endnote"})
COMMENTABLE_STORIES = frozenset({"body", "box"})  # where a comment can be anchored
_TEXT = qn("w:t")
_RPR = qn("w:rPr")
_R = qn("w:r")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_FLDCHAR = qn("w:fldChar")
_FLDCHAR_TYPE = qn("w:fldCharType")
_REMOVED = frozenset({qn("w:del"), qn("w:moveFrom")})  # what the reader does not read
# Someone's tracked formatting change, a paragraph mark's revision: each carries its own w:id and author, so a copy of
# a run's properties for klarlint's insertion must not carry them (a second annotation with the same id).
_REVISION_MARKS = frozenset({qn("w:rPrChange"), qn("w:ins"), qn("w:del"), qn("w:moveFrom"), qn("w:moveTo")})
_ID = qn("w:id")
_NUMBERED_ID = re.compile(rb'w:id="(\d+)"')
SUMMARY_TITLE = "klarlint: sammanfattning"
DEFAULT_COMMENT_LEVEL = Severity.WARNING
DEFAULT_MAX_COMMENTS = 500
WORD_MAX_COMMENTS = 32767  # Word opens no file with more comment ranges ([MS-OI29500] 2.1.315)
_TRACKED = frozenset({qn("w:ins"), qn("w:moveTo")})  # someone's tracked insertion, which a reviewer may reject
log = logging.getLogger("klarlint")


def default_output(path: Path) -> Path:
    """rapport.docx → rapport.klarlint.docx, mall.dotx → mall.klarlint.dotx."""
    suffix = ".klarlint" + (path.suffix.lower() if path.suffix.lower() in REVIEWABLE_SUFFIXES else ".docx")
    return path.with_name(path.name[: -len(path.suffix)] + suffix if path.suffix else path.name + suffix)


def reviewable(path: Path) -> str | None:
    """Why --annotate/--suggest write no copy of ``path`` (one Swedish phrase), or None when they do."""
    suffix = path.suffix.lower()
    if suffix in MACRO_SUFFIXES:
        return _MACROS.format(suffix=suffix)
    if suffix in OLD_WORD:
        return OLD_WORD[suffix]
    if suffix not in REVIEWABLE_SUFFIXES:
        return "--annotate och --suggest gäller bara Word-dokument (.docx) och Word-mallar (.dotx)"
    return None


# A copy of a macro-enabled document would carry its macros (python-docx keeps every part), code klarlint never
# looked at, under a new name a reader may trust; a copy without them would silently work differently.
_MACROS = (
    "dokumentet har makron ({suffix}); --annotate och --suggest skriver ingen kopia av det "
    "(spara det som .docx utan makron och granska den filen)"
)


def output_refusal(path: Path, output: Path) -> str | None:
    """Why ``-o output`` cannot be the copy of ``path`` (one Swedish line), or None."""
    if output.suffix.lower() != path.suffix.lower() and path.suffix.lower() in REVIEWABLE_SUFFIXES:
        return f"{output}: kopian är ett Word-dokument och måste sluta på {path.suffix.lower()} som originalet"
    folder = output.parent
    if not folder.is_dir():  # said before the lint (a 300-page document's lint had run first), in words
        return f"{output}: mappen {folder} finns inte" if not folder.exists() else f"{output}: {folder} är ingen mapp"
    return None


@dataclasses.dataclass(frozen=True)
class CommentPolicy:
    """Which findings get a comment of their own: ``level`` and above (--comment-level), at most ``limit``
    (--max-comments)."""

    level: Severity = DEFAULT_COMMENT_LEVEL
    limit: int = DEFAULT_MAX_COMMENTS

    def choose(self, findings: list[Finding]) -> set[int]:
        """The ids (``id()``) of the findings that get a comment: errors first, then warnings …, each in the
        document's order, up to the limit."""
        candidates = [f for f in findings if f.severity.rank >= self.level.rank]
        candidates.sort(key=lambda f: (-f.severity.rank, f.line, f.column))
        return {id(f) for f in candidates[: self.limit]}


@dataclasses.dataclass(frozen=True)
class Copy:
    """A reviewed copy written: where, and what it holds."""

    path: Path
    comments: int  # klarlint's comments on findings (not the summary)
    changes: int  # tracked changes
    below_level: int  # findings under --comment-level, with no comment of their own
    over_limit: int  # findings left out by --max-comments
    policy: CommentPolicy = CommentPolicy()
    annotated: bool = True  # --annotate asked for comments (with --suggest alone, a count of changes is said)


def write_reviewed_copy(
    path: Path,
    config,
    rules,
    *,
    annotate: bool,
    suggest: bool,
    output: Path | None = None,
    force: bool = False,
    policy: CommentPolicy | None = None,
) -> tuple[FileReport, Copy]:
    """Lint ``path`` and write the reviewed copy; returns the report and what was written."""
    reason = reviewable(path)
    if reason:
        raise InputError(f"{path}: {reason}")
    refusal = output_refusal(path, output) if output is not None else None
    if refusal:
        raise InputError(refusal)
    target = output or default_output(path)
    if target.exists() and target.resolve() == path.resolve():
        raise InputError(f"{target}: kopian får inte skriva över originalet; ange ett annat namn med -o")
    if target.exists() and not force:
        raise InputError(f"{target}: filen finns redan; ange --force för att ersätta den")
    data = _read(path)
    try:
        report, buffer, review = _review(data, path, config, rules, annotate, suggest, policy or CommentPolicy())
    except KlarlintError:
        raise
    except Exception as exc:  # one file's fault must not stop a folder's run (the other files get their copies)
        if os.environ.get("KLARLINT_DEBUG"):
            raise
        log.debug("reviewing %s failed", path, exc_info=True)
        raise InputError(f"{path}: internt fel när kopian skrevs: {exc}") from None
    try:
        write_atomically(target, buffer.getvalue())
    except OSError as exc:
        raise InputError(f"{target}: kan inte skrivas ({os_reason(exc)})") from None
    counts = (review.commented, review.changed, review.below_level, review.over_limit)
    return report, Copy(target, *counts, review.policy, annotated=annotate)


def _review(
    data: bytes, path: Path, config, rules, annotate: bool, suggest: bool, policy: CommentPolicy
) -> tuple[FileReport, io.BytesIO, _Review]:
    document = read_bytes(data, "docx", str(path))  # as klarlint FILE.docx reads it (letters composed …)
    report = lint_document(document, config, rules=rules)
    buffer, review = reviewed_copy(data, str(path), document, report, annotate, suggest, policy)
    return report, buffer, review


def reviewed_copy(
    data: bytes,
    name: str,
    document: Document,
    report: FileReport,
    annotate: bool,
    suggest: bool,
    policy: CommentPolicy,
    macros: str = _MACROS.format(suffix=".docm"),
) -> tuple[io.BytesIO, _Review]:
    """The Word copy of ``data`` (read as ``document``) with ``report``'s findings as comments and/or tracked
    changes. The command line lints first (:func:`_review`); the web server lints with its own engine and leaves out
    the findings the writer ignored on the page, and calls this with its report. ``macros``: what to say of a file
    with macros."""
    word = reader.open_word(data, name)
    if reader.macro_enabled(word):  # whatever its name says
        raise InputError(f"{name}: {macros}")
    if _has_entities(word):
        raise InputError(f"{name}: {ENTITIES}")
    try:
        paragraphs = reader.paragraph_map(word)
    except reader.DamagedPart as exc:
        raise InputError(f"{name}: filen är skadad: {exc}") from None
    if "\n".join(p.text for p in paragraphs) != document.source:  # the two walks must agree, or offsets lie
        raise InputError(f"{name}: dokumentet kunde inte kopplas till sina stycken; ingen kopia skrevs")
    review = _Review(word, annotate, suggest, Path(name), policy, report.findings)
    review.apply(paragraphs, report)
    review.keep_note_changes()
    if annotate:
        review.summary(paragraphs, report)
    elif suggest:
        review.suggestions_elsewhere(paragraphs, [n for n in report.notices if n.code == "too-long"])
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer, review


# python-docx writes a part's XML without its <!DOCTYPE>, so an entity reference kept from the input (&x;) made a copy
# no program opens (hostile re-test s48 W3: 200 and a broken .docx). Word never writes a DTD.
ENTITIES = (
    "dokumentets XML har entiteter från en <!DOCTYPE> (&namn;), som Word aldrig skriver; klarlint skriver ingen "
    "kopia av det (spara dokumentet på nytt i Word)"
)


def _has_entities(word) -> bool:
    """Whether an XML part has an entity reference (an lxml Entity node) or, kept as bytes, declares entities."""
    for part in word.part.package.iter_parts():
        element = getattr(part, "element", None)
        if element is not None:
            if next(element.iter(etree.Entity), None) is not None:
                return True
        elif str(part.partname).endswith(".xml") and b"<!ENTITY" in part.blob:  # the notes python-docx keeps as bytes
            return True
    return False


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_DOCX_BYTES:
            raise InputError(f"{path}: filen är för stor")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: kan inte läsas ({os_reason(exc)})") from None


class _Review:
    def __init__(
        self, word, annotate: bool, suggest: bool, path: Path, policy: CommentPolicy, findings: list[Finding]
    ) -> None:
        self.word = word
        self.annotate = annotate
        self.suggest = suggest
        self.date = dt.datetime.now(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
        try:
            comments = word.comments  # python-docx's (≥ 1.2); makes the comments part when there is none
            existing = len(comments)
        except Exception:  # a comments part python-docx cannot take as one (no content type, another type)
            log.debug("the comments part of %s", path, exc_info=True)
            raise InputError(f"{path}: filen är skadad: kommentarerna (word/comments.xml) går inte att läsa") from None
        # Above every id in the package. Comments take their ids from here too: python-docx's add_comment looked
        # for the highest comment id among all comments for each new one, and 5,551 comments took a minute.
        self.ids = _Ids(_used_ids(word))
        self.comments_element, self.comments_part = comments._comments_elm, comments._comments_part
        self.policy = policy
        self.chosen = policy.choose(findings)
        self.below_level = 0  # findings that would have had a comment (or a line in one) but for the level
        self.over_limit = 0  # … but for the limit
        self.commented = 0
        self.elsewhere: list[Finding] = []  # findings no comment can be anchored on
        self.changed = 0
        # A copy reviewed again (klarlint rapport.klarlint.docx --annotate -o …) has klarlint's comments already:
        # the same comment on the same paragraph is not added twice.
        self.earlier = _earlier_comments(word, existing)
        self.earlier_places = _earlier_places(word, existing)
        self.fields: dict[object, bool] = {}  # whether a w:p holds a complex field's marks
        # Outside the body, where no comment goes (a header, a footnote): the replacement made as a tracked change,
        # or why none was (the summary says which), by the finding's id()
        self.tracked_elsewhere: dict[int, str] = {}
        self.unchanged_elsewhere: dict[int, str] = {}
        self.body_listed: set[int] = set()  # findings in the body listed in the summary, by id()
        self.edited_roots: dict[object, None] = {}  # the parts' root elements changed outside the body
        self.own_deletions: set[object] = set()  # the w:del elements this run made (kept referenced)

    def apply(self, paragraphs: list[reader.Paragraph], report: FileReport) -> None:
        by_line: dict[int, list[Finding]] = defaultdict(list)
        for finding in report.findings:
            by_line[finding.line - 1].append(finding)
        for line, findings in sorted(by_line.items()):
            paragraph = paragraphs[line] if line < len(paragraphs) else None
            if paragraph is None or paragraph.element is None:
                self.elsewhere.extend(findings)
            elif paragraph.story in COMMENTABLE_STORIES or self.suggest:
                self._paragraph(paragraph, findings)
            else:
                self.elsewhere.extend(findings)
        for finding in self.elsewhere:  # listed in a comment on the first paragraph, if chosen
            if self.annotate or finding.replacements:
                self._count_left_out(finding)
        self._renumber_copied_marks()

    def _count_left_out(self, finding: Finding) -> None:
        if id(finding) in self.chosen:
            return
        if finding.severity.rank < self.policy.level.rank:
            self.below_level += 1
        else:
            self.over_limit += 1

    def _renumber_copied_marks(self) -> None:
        """A split run's two halves both carry its tracked formatting change (w:rPrChange): the copy gets an id
        of its own, as Word wants every annotation's id unique."""
        seen: set[str] = set()
        for root in (self.word.element.body, *self.edited_roots):
            for mark in root.iter(qn("w:rPrChange")):
                if mark.get(_ID) in seen:
                    mark.set(_ID, self.ids.take())
                seen.add(mark.get(_ID))

    def keep_note_changes(self) -> None:
        """python-docx saves the footnotes and endnotes parts as the bytes it read: the changed XML goes back."""
        for part, element, _, _ in reader.note_parts(self.word):
            if element in self.edited_roots and getattr(part, "element", None) is None:
                part._blob = serialize_part_xml(element)  # python-docx has no API for a part it keeps as bytes

    def _paragraph(self, paragraph: reader.Paragraph, findings: list[Finding]) -> None:
        spans = [(f, f.column - 1, f.end_column - 1 if f.end_line == f.line else len(paragraph.text)) for f in findings]
        commentable = paragraph.story in COMMENTABLE_STORIES
        editable = self.suggest and _editable(paragraph)
        # outside the body only a replacement's words are split out: the rest stays as it was
        edges = {e for f, start, end in spans if commentable or (editable and f.replacements) for e in (start, end)}
        split_at_all(paragraph.element, edges, paragraph.context)
        pieces = _pieces(paragraph)  # once: a tracked change below hides the deleted text from the walk
        # Pieces are in order and do not overlap, nor do the changes made: both are searched by bisection, so
        # that 1,500 findings in one paragraph do not each scan all its pieces and changes.
        starts, ends = [p.start for p in pieces], [p.end for p in pieces]
        changed: list[tuple[int, int]] = []  # sorted
        for finding, start, end in spans:
            inside = list(pieces[bisect.bisect_left(starts, start) : bisect.bisect_right(ends, end)])
            runs = list(dict.fromkeys(p.element.getparent() for p in inside))
            if not runs and not commentable:  # not split out (a header's text box): the runs it is in say why
                touched = pieces[bisect.bisect_right(ends, start) : bisect.bisect_left(starts, end)]
                self._elsewhere(finding, list(dict.fromkeys(p.element.getparent() for p in touched)), paragraph, False)
                continue
            if not runs:
                self.elsewhere.append(finding)
                continue
            first, last = runs[0], runs[-1]
            free = editable and not _overlaps(changed, start, end)  # no change of klarlint's there already
            change = (
                free
                and finding.replacements
                and _changeable(inside, runs, end - start)
                and finding.fixable  # not in a quotation (a quote style, ”…”)
            )
            if change:
                first, last = self._track_change(runs, finding.replacements[0], inside)
                bisect.insort(changed, (start, end))
            if not commentable:  # listed in the summary, with its change or why it has none
                self._elsewhere(finding, runs, paragraph, change, free)
                continue
            if not change:
                # A second finding on a word klarlint replaced (påbörjas: jargon's change, then the passive's
                # comment): its runs are in klarlint's w:del now. The comment covers the deletion and the insertion
                # as the first one's does; inside the w:del, accepting the change had deleted the comment too.
                first, last = (
                    _outside_own_change(first, self.own_deletions),
                    _outside_own_change(last, self.own_deletions, after=True),
                )
            if self.annotate or (self.suggest and finding.replacements and not change):
                if id(finding) in self.chosen:
                    # why a suggestion got no tracked change: *skall* in a link next to a *skall* that was
                    # changed had read the same, and accepting every change left it with no reason given
                    why = _unchanged_reason(finding, runs, paragraph, free) if self.suggest and not change else None
                    text = comment_text(finding, why)
                    placed = self._comment(first, last, text, rule=finding.rule, quoted=finding.text)
                    if placed is None:  # no place LibreOffice keeps the words: listed in the summary instead
                        self._listed(finding, why)
                    elif placed:
                        self.commented += 1
                else:
                    self._count_left_out(finding)

    def _listed(self, finding: Finding, why: str | None) -> None:
        """A finding in the body whose comment has no place (a content control with tables on both sides): in the
        summary by its paragraph, with why --suggest made no change (it had named the heading and no reason)."""
        self.elsewhere.append(finding)
        self.body_listed.add(id(finding))
        if why is not None:
            self.unchanged_elsewhere[id(finding)] = why

    def _place(self, finding: Finding) -> str:
        return f"Stycke {finding.line}" if id(finding) in self.body_listed else _place(finding)

    def _elsewhere(
        self, finding: Finding, runs: list, paragraph: reader.Paragraph, change: bool, free: bool = False
    ) -> None:
        self.elsewhere.append(finding)
        if change:
            self.tracked_elsewhere[id(finding)] = finding.replacements[0]
            self.edited_roots.setdefault(paragraph.element.getroottree().getroot())
        elif self.suggest and finding.replacements:
            self.unchanged_elsewhere[id(finding)] = _unchanged_reason(finding, runs, paragraph, free) or ""

    def _track_change(self, runs: list, new_text: str, inside: list[reader.Piece]) -> tuple[object, object]:
        for mark in _between(runs) or ():  # a mark of no width inside the word (_GoBack) stays, beside the change
            runs[0].addprevious(mark)
        deletion = self._revision("w:del")
        runs[0].addprevious(deletion)
        for run in runs:
            deletion.append(run)
            for element in run.iter(_TEXT):
                element.tag = qn("w:delText")
        insertion = self._revision("w:ins")
        run = OxmlElement("w:r")
        properties = _majority_properties(inside)
        if properties is not None:
            run.append(properties)
        run.append(_text_element(new_text))
        insertion.append(run)
        deletion.addnext(insertion)
        self.own_deletions.add(deletion)
        self.changed += 1
        return deletion, insertion

    def _revision(self, tag: str):
        element = OxmlElement(tag, attrs={qn("w:id"): self.ids.take(), qn("w:author"): AUTHOR, qn("w:date"): self.date})
        return element

    def _comment(self, first, last, text: str, *, rule: str | None = None, quoted: str | None = None) -> bool | None:
        """Anchor a comment on ``first`` … ``last``: True when added, False when klarlint's own comment is there
        already (a copy reviewed again), None when there is no place for it that LibreOffice keeps."""
        paragraph = next((a for a in first.iterancestors(qn("w:p"))), None)
        key = SUMMARY_TITLE if text.startswith(SUMMARY_TITLE) else text
        if (paragraph if key != SUMMARY_TITLE else None, key) in self.earlier:
            return False
        # The same finding again with other figures (its message quotes the sentence, which klarlint's pending
        # insertion changed: *betalar 25% …* became *25 % …*): the same rule on the same words of the same w:p.
        if rule is not None and self.earlier_places[(paragraph, rule, _squeezed(quoted or ""))] > 0:
            self.earlier_places[(paragraph, rule, _squeezed(quoted or ""))] -= 1
            return False
        # LibreOffice 7.4 drops a paragraph's text up to a comment's reference mark when the paragraph is a block
        # content control's only one (a template's Rubrik, sdt/mall1.docx: *Ansökan skall skickas …* opened as
        # *skickas …*, and saving it lost the words). The range stays on the words; the mark goes to the start of
        # the next paragraph outside the control, where LibreOffice showed the comment on the control's paragraph.
        holder, at_end = _mark_holder(paragraph) if paragraph is not None else (paragraph, False)
        if holder is None:
            return None
        comment_id = self._new_comment(text)
        # Not inside a field's result (a document property, a merge field): Word and LibreOffice rebuild it, and
        # LibreOffice showed the comment's text in the body there. The comment covers the whole field instead.
        if self._has_fields(paragraph):  # the search walks the paragraph: not once per comment where there is no field
            first = _or(_field_edge(first, before=True), first)
            last = _or(_field_edge(last, before=False), last)
        first.addprevious(OxmlElement("w:commentRangeStart", attrs={qn("w:id"): comment_id}))
        reference = OxmlElement("w:r")
        properties = OxmlElement("w:rPr")
        properties.append(OxmlElement("w:rStyle", attrs={qn("w:val"): "CommentReference"}))
        reference.append(properties)
        reference.append(OxmlElement("w:commentReference", attrs={qn("w:id"): comment_id}))
        # After a colleague's tracked insertion, not in it: inside, Word showed klarlint's mark as inserted by
        # them, and rejecting their insertion deleted klarlint's comment (t2.docx, Bo's w:ins). The range may end
        # inside: it is no run.
        outer = last
        while outer.getparent() is not None and outer.getparent().tag in _TRACKED:
            outer = outer.getparent()
        if holder is paragraph:
            outer.addnext(reference)
        elif at_end:
            holder.append(reference)  # the paragraph before the control: the mark at its end
        else:
            properties = holder.find(qn("w:pPr"))
            if properties is not None:
                properties.addnext(reference)
            else:
                holder.insert(0, reference)
        last.addnext(OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): comment_id}))
        return True

    def _new_comment(self, text: str) -> str:
        """A w:comment as python-docx's add_comment makes it, with klarlint's next id; returns the id."""
        comment_id = self.ids.take()
        element = parse_xml(
            f'<w:comment {nsdecls("w")} w:id="{comment_id}" w:author="{AUTHOR}" w:initials="{INITIALS}" '
            f'w:date="{self.date}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr>'
            '<w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r></w:p></w:comment>'
        )
        self.comments_element.append(element)
        comment = Comment(element, self.comments_part)
        first, *rest = text.split("\n")
        comment.paragraphs[0].add_run(first)
        for line in rest:
            comment.add_paragraph(text=line)
        return comment_id

    def _point_comment(self, paragraph, text: str) -> None:
        """A comment on no words: its range and mark at the start of the w:p ``paragraph``."""
        comment_id = self._new_comment(text)
        reference = OxmlElement("w:r")
        properties = OxmlElement("w:rPr")
        properties.append(OxmlElement("w:rStyle", attrs={qn("w:val"): "CommentReference"}))
        reference.append(properties)
        reference.append(OxmlElement("w:commentReference", attrs={qn("w:id"): comment_id}))
        marks = [
            OxmlElement("w:commentRangeStart", attrs={qn("w:id"): comment_id}),
            OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): comment_id}),
            reference,
        ]
        paragraph_properties = paragraph.find(qn("w:pPr"))
        at = 0 if paragraph_properties is None else paragraph.index(paragraph_properties) + 1
        for offset, mark in enumerate(marks):
            paragraph.insert(at + offset, mark)

    def _has_fields(self, paragraph) -> bool:
        if paragraph is None:
            return True
        if paragraph not in self.fields:  # the w:p itself is the key: lxml keeps one proxy while it is referenced
            self.fields[paragraph] = next(paragraph.iter(_FLDCHAR), None) is not None
        return self.fields[paragraph]

    def summary(self, paragraphs: list[reader.Paragraph], report: FileReport) -> None:
        """One comment on the first body paragraph with text: words, LIX, findings per rule, the rest."""
        elsewhere = [f for f in self.elsewhere if id(f) in self.chosen]
        text = summary_text(report, elsewhere, self.policy, self.over_limit, self._outcome, self._place)
        self._first_paragraph_comment(paragraphs, text)

    def _outcome(self, finding: Finding) -> str:
        """After a finding outside the body in the summary: its tracked change, or why --suggest made none."""
        if id(finding) in self.tracked_elsewhere:
            return f" Spårad ändring: {self.tracked_elsewhere[id(finding)]}."
        if id(finding) in self.unchanged_elsewhere:
            why = self.unchanged_elsewhere[id(finding)]
            return f" Förslag: {finding.replacements[0]}. Ingen spårad ändring" + (f": {why}." if why else ".")
        return ""

    def suggestions_elsewhere(self, paragraphs: list[reader.Paragraph], cut: list | None = None) -> None:
        """With --suggest alone: the replacements no tracked change or comment of their own can carry (a header,
        a footer, a footnote), in one comment on the first paragraph, so that none is dropped unsaid; and ``cut``,
        the notices of text not read at all (past the paragraph limit): a copy with no change had looked reviewed."""
        findings = [
            f for f in self.elsewhere if f.replacements and id(f) in self.chosen and id(f) not in self.tracked_elsewhere
        ]
        lines = []
        if findings:
            lines = ["klarlint: förslag utan spårad ändring utanför brödtexten"]
            lines.extend(f"{self._place(f)}: ”{f.text}” – {f.message}{self._outcome(f)}" for f in findings)
        elif cut:
            lines = ["klarlint: delar av dokumentet granskades inte"]
        lines.extend(_with_place(notice) for notice in cut or ())
        if lines:
            self._first_paragraph_comment(paragraphs, "\n".join(lines))

    def _first_paragraph_comment(self, paragraphs: list[reader.Paragraph], text: str) -> None:
        # not in a table of contents, whose field update would throw the comment away
        # and not in a block content control: the summary on a template's Rubrik control had LibreOffice drop the
        # title (see _comment); the first paragraph outside one, else the first with text
        candidates = [p for p in paragraphs if p.story == "body" and not p.toc and p.text.strip()]
        anchor = next(
            (p for p in candidates if not _in_block_control(p.element) and _pieces(p)),
            next((p for p in candidates if _pieces(p)), None),
        )
        if anchor is None:
            # no paragraph with text was read (300,000 empty ones, the text past the cut): the summary, which says
            # what was not read, goes on the first body paragraph; the copy had come back with no comment at all,
            # as if reviewed and clean (hostile re-test s48 W3b)
            empty = next((p for p in paragraphs if p.story == "body" and p.element is not None and not p.toc), None)
            if empty is not None:
                self._point_comment(empty.element, text)
            return
        runs = list(dict.fromkeys(piece.element.getparent() for piece in _pieces(anchor)))
        top = [_top_level(run, anchor.element) for run in runs]
        self._comment(top[0], top[-1], text)


def comment_text(finding: Finding, unchanged: str | None = None) -> str:
    lines = [finding.message]
    if suggestion := finding.suggestion_to_show():
        lines.append(f"Förslag: {suggestion}")
    if finding.reference:
        lines.append(f"Se {finding.reference}.")
    if unchanged:
        lines.append(f"Ingen spårad ändring: {unchanged}.")
    lines.append(f"({finding.rule})")
    return "\n".join(lines)


def summary_text(
    report: FileReport,
    elsewhere: list[Finding],
    policy: CommentPolicy | None = None,
    over_limit: int = 0,
    outcome=lambda finding: "",
    place=None,
) -> str:
    stats = report.stats
    lines = [
        "klarlint: sammanfattning",
        f"Ord: {stats.words}. Meningar: {stats.sentences}.",
        f"LIX: {round(stats.lix)} ({lix_label(stats.lix)}; under 30 mycket lättläst, 30–40 lättläst, "
        "40–50 medelsvår, 50–60 svår, över 60 mycket svår).",
    ]
    per_rule = Counter(f.rule for f in report.findings)
    if per_rule:
        lines.append(f"Anmärkningar: {len(report.findings)}")
        lines.extend(f"{rule}: {count}" for rule, count in sorted(per_rule.items(), key=lambda x: (-x[1], x[0])))
    else:
        lines.append("Inga anmärkningar.")
    lines.extend(_left_out(report.findings, policy or CommentPolicy(), over_limit))
    for finding in elsewhere:
        lines.append(f"{(place or _place)(finding)}: ”{finding.text}” – {finding.message}{outcome(finding)}")
    # what was read but not checked (a paragraph in English, the template's Lorem ipsum …): said, not left out,
    # with its place (a notice had named no paragraph, unlike the terminal's)
    lines.extend(_with_place(notice) for notice in report.notices)
    return "\n".join(lines)


_LEVEL_NAMES = {Severity.INFO: "info", Severity.WARNING: "warning", Severity.ERROR: "error"}


def _left_out(findings: list[Finding], policy: CommentPolicy, over_limit: int) -> list[str]:
    """What got no comment of its own, and how to get it: the summary's lines."""
    lines = []
    below = [f for f in findings if f.severity.rank < policy.level.rank]
    if below:
        levels = " och ".join(sorted({_LEVEL_NAMES[f.severity] for f in below}, key=lambda n: Severity(n).rank))
        what = "anmärkning" if len(below) == 1 else "anmärkningar"
        lines.append(
            f"{len(below)} {what} på nivån {levels} har ingen egen kommentar "
            "(de räknas ovan; --comment-level info ger dem kommentarer)."
        )
    if over_limit:
        lines.append(
            f"Högst {policy.limit} kommentarer (--max-comments): {over_limit} anmärkningar till har ingen egen "
            "kommentar. Fel fick kommentarer först, sedan varningar, i dokumentets ordning; "
            "klarlint i terminalen visar alla."
        )
    return lines


def _with_place(notice) -> str:
    """``Stycke 6: Tabellen … granskades inte``: the paragraph first, as the findings elsewhere have theirs."""
    if not notice.line or _PLACE_SAID.search(notice.message):  # Text på engelska … (stycke 3): said already
        return notice.message
    return f"Stycke {notice.line}: {notice.message}"


_PLACE_SAID = re.compile(r"\((stycke|rad|sida) \d")


def _place(finding: Finding) -> str:
    return finding.location.heading if finding.location and finding.location.heading else f"stycke {finding.line}"


# --- runs ---------------------------------------------------------------------------------------


def _pieces(paragraph: reader.Paragraph) -> tuple[reader.Piece, ...]:
    return reader.paragraph_pieces(paragraph.element, paragraph.context)


def split_at_all(paragraph, offsets: set[int], context: reader.Context | None = None) -> None:
    """Split runs so that a run starts at each of ``offsets`` (formatting kept).

    The paragraph is walked once and the edges are taken from left to right, each split moving only what lies
    between it and the edge before: a walk of the whole paragraph and a copy of its run per edge had made 1,500
    findings in one paragraph (a paste held together by line breaks) take a minute.
    """
    pieces = list(reader.paragraph_pieces(paragraph, context or reader.Context()))
    starts = [piece.start for piece in pieces]
    for offset in sorted(offsets):
        index = bisect.bisect_right(starts, offset) - 1
        if index < 0:
            continue
        piece = pieces[index]
        if piece.start < offset < piece.end and piece.element.tag == _TEXT:
            _split_run(piece.element.getparent(), piece.element, offset - piece.start)
            # the element keeps the characters from ``offset`` on; those before it went to the new run
            pieces[index] = dataclasses.replace(piece, start=offset)
            starts[index] = offset
        elif piece.start == offset and index > 0:
            run = piece.element.getparent()
            if pieces[index - 1].element.getparent() is run and run is not None and run.tag == _R:
                _split_run(run, piece.element, 0)


def _split_run(run, element, at: int) -> None:
    """Move what comes before character ``at`` of ``element`` (a child of ``run``) into a new run before ``run``
    with the same properties. Only ``element``'s earlier siblings are touched, never the whole run: splitting a
    long run at each edge from left to right stays linear."""
    left = run.makeelement(run.tag, run.attrib)
    properties = run.find(_RPR)
    if properties is not None:
        left.append(copy.deepcopy(properties))
    before = [child for child in element.itersiblings(preceding=True) if child.tag != _RPR]
    for child in reversed(before):
        left.append(child)  # moves it
    if at:
        text = element.text or ""
        left.append(_text_element(text[:at]))
        element.text = text[at:]
        element.set(XML_SPACE, "preserve")
    run.addprevious(left)


def _overlaps(changed: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``changed``: sorted spans that do not overlap each other."""
    index = bisect.bisect_left(changed, (end, end))  # the first span that starts at or after ``end``
    return index > 0 and changed[index - 1][1] > start


def _majority_properties(inside: list[reader.Piece]):
    """The run properties (a copy) that most of the replaced characters have; on a tie, the earliest run's.

    A word whose letters are formatted differently (**sk**all: a bold that bled over from a neighbour) is replaced
    with the formatting most of it shows, not the first letter's (*ska* had come out bold). Not the properties all
    the runs share: that mix may be a formatting no letter had (sizes that differ would fall back to the style's).
    """
    weights: dict[bytes, int] = {}
    found: dict[bytes, object] = {}
    for piece in inside:
        properties = piece.element.getparent().find(_RPR)
        if properties is not None:
            properties = copy.deepcopy(properties)
            for mark in [child for child in properties if child.tag in _REVISION_MARKS]:
                properties.remove(mark)  # the colleague's change belongs to the deleted text, not to klarlint's
        key = b"" if properties is None else etree.tostring(properties)
        weights[key] = weights.get(key, 0) + piece.end - piece.start
        found.setdefault(key, properties)
    return found[max(weights, key=weights.__getitem__)] if weights else None  # max: the first of equals


def _text_element(text: str):
    element = OxmlElement("w:t")
    element.text = text
    element.set(XML_SPACE, "preserve")
    return element


def _changeable(inside: list[reader.Piece], runs: list, length: int) -> bool:
    """Plain text in consecutive plain runs covering exactly the finding: safe to mark as deleted. Between the runs
    only marks of no width (see _between)."""
    if sum(p.end - p.start for p in inside) != length or not all(p.plain and p.element.tag in _WORD for p in inside):
        return False
    if any(child.tag not in _IN_WORD_RUN for run in runs for child in run):
        return False
    return _between(runs) is not None


_SOFT_HYPHEN = qn("w:softHyphen")
_WORD = frozenset({_TEXT, _SOFT_HYPHEN})  # what a replaced word's characters may come from
# … and what its runs may hold: Word's note of where a page broke when it last laid the text out (rewritten at the
# next layout) goes with the deleted run; *sk|all* with one inside had got no change and no reason (s50 re-test)
_IN_WORD_RUN = frozenset({_RPR, _TEXT, _SOFT_HYPHEN, qn("w:lastRenderedPageBreak")})
_BOOKMARK_EDGES = frozenset({qn("w:bookmarkStart"), qn("w:bookmarkEnd")})
_COMMENT_EDGES = frozenset({qn("w:commentRangeStart"), qn("w:commentRangeEnd")})


def _between(runs: list) -> list | None:
    """The elements between a word's runs when each is a mark of no width that may stand before the change instead:
    a spelling or grammar mark, a bookmark that starts and ends inside the word (Word's _GoBack, where the writer
    last edited); None when something else stands there (a bookmark or a comment with an edge inside the word)."""
    found = []
    for a, b in zip(runs, runs[1:], strict=False):
        nodes = list(_siblings_until(a, b))
        if (nodes[-1] if nodes else a).getnext() is not b:
            return None  # the runs are no siblings
        found.extend(nodes)
    edges = Counter(node.get(_ID) for node in found if node.tag in _BOOKMARK_EDGES)
    for node in found:
        if node.tag != qn("w:proofErr") and not (node.tag in _BOOKMARK_EDGES and edges[node.get(_ID)] == 2):
            return None
    return found


def _siblings_until(a, b) -> Iterator:
    """The elements after ``a`` up to ``b``, not included (to the parent's end when ``b`` is no later sibling)."""
    node = a.getnext()
    while node is not None and node is not b:
        yield node
        node = node.getnext()


def _obstacle(runs: list, what: str) -> str:
    """Why a plain word's replacement was not made: what stands between its runs."""
    found = {node.tag for a, b in zip(runs, runs[1:], strict=False) for node in _siblings_until(a, b)}
    if found & _BOOKMARK_EDGES:
        return f"ett bokmärke börjar eller slutar inuti {what}"
    if found & _COMMENT_EDGES:
        return f"en annan kommentar börjar eller slutar inuti {what}"
    return f"{what} innehåller mer än bara text"


def _top_level(run, paragraph):
    """The run, or the element holding it that is a child of the paragraph (a hyperlink, a tracked change)."""
    element = run
    while element.getparent() is not None and element.getparent() is not paragraph:
        element = element.getparent()
    return element


def _field_edge(element, *, before: bool):
    """The run holding the begin (``before``) or end mark of the complex field whose result ``element`` is in,
    when that mark is in the same paragraph; None when ``element`` is in no field there."""
    depth = 0
    opening, closing = ("end", "begin") if before else ("begin", "end")
    node = element
    while node is not None and node.tag != qn("w:p"):
        for sibling in node.itersiblings(preceding=before):
            if not isinstance(sibling.tag, str) or sibling.tag in _REMOVED:
                continue
            marks = list(sibling.iter(_FLDCHAR))
            for mark in reversed(marks) if before else marks:
                kind = mark.get(_FLDCHAR_TYPE)
                if kind == opening:
                    depth += 1
                elif kind == closing:
                    if not depth:
                        return mark.getparent()
                    depth -= 1
        node = node.getparent()
    return None


def _or(element, default):
    """``element`` unless it is None (an lxml element with no children is false)."""
    return default if element is None else element


def _unchanged_reason(finding: Finding, runs: list, paragraph: reader.Paragraph, free: bool = False) -> str | None:
    """Why --suggest left a replacement as a comment only (one Swedish phrase), when the place says it. ``free``:
    the paragraph may be changed and no change of klarlint's covers the words, so the words' own markup is why
    (a bookmark's edge inside them): a skipped change had been left unexplained (s50 re-test)."""
    if not finding.replacements:
        return None
    what = "texten" if " " in finding.text.strip() else "ordet"
    if paragraph.story == "box" or _in_text_box(paragraph.element):
        return f"{what} står i en textruta"
    ancestors = {a.tag for run in runs for a in _ancestors_below(run, paragraph.element)}
    if qn("w:hyperlink") in ancestors:
        return f"{what} står i en länk"
    if ancestors & _CONTROL_TAGS or any(a.tag in _CONTROL_TAGS for a in paragraph.element.iterancestors()):
        return f"{what} står i ett fält för innehåll"
    begin = _field_edge(runs[0], before=True) if runs else None
    if begin is not None:
        kind = "en länk" if _instruction_after(begin).lstrip().upper().startswith("HYPERLINK") else "ett fält"
        return f"{what} står i {kind}"
    if ancestors & _TRACKED:
        return f"{what} står i en annan spårad ändring som inte är godkänd än"
    if INVISIBLE.search(finding.text):  # not fixable as in a text file (--fix leaves it too), and no quotation
        return f"{'ett mjukt bindestreck' if SOFT_HYPHEN in finding.text else 'ett osynligt tecken'} står inuti {what}"
    if not finding.fixable:
        return f"{what} står i ett citat"
    return _obstacle(runs, what) if free else None


_CONTROL_TAGS = frozenset({qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")})


def _editable(paragraph: reader.Paragraph) -> bool:
    """Whether --suggest may change runs in the paragraph: not in a text box, in a header's neither (the reader
    calls its paragraphs the header's), whose text Word keeps twice (mc:Choice and mc:Fallback)."""
    return paragraph.story in EDITABLE_STORIES and not _in_text_box(paragraph.element)


def _in_text_box(element) -> bool:
    return any(a.tag == qn("w:txbxContent") for a in element.iterancestors())


def _ancestors_below(element, paragraph):
    """``element``'s ancestors up to (not including) the w:p ``paragraph``."""
    for ancestor in element.iterancestors():
        if ancestor is paragraph or ancestor.tag == qn("w:p"):
            return
        yield ancestor


def _instruction_after(begin) -> str:
    """A complex field's instruction: the w:instrText after its begin mark's run, up to its separate mark."""
    parts = []
    for node in begin.itersiblings():
        for element in node.iter(qn("w:instrText"), _FLDCHAR):
            if element.tag == _FLDCHAR:
                return "".join(parts)
            parts.append(element.text or "")
    return "".join(parts)


def _outside_own_change(element, deletions: set, *, after: bool = False):
    """``element``, or the w:del of klarlint's own change that holds it (``after``: that change's w:ins)."""
    for ancestor in element.iterancestors(qn("w:del")):
        if ancestor in deletions:
            following = ancestor.getnext()
            return following if after and following is not None and following.tag == qn("w:ins") else ancestor
    return element


def _in_block_control(paragraph) -> bool:
    return any(a.tag == qn("w:sdtContent") for a in paragraph.iterancestors())


def _mark_holder(paragraph) -> tuple[object, bool]:
    """The w:p that takes the reference mark of a comment on words in ``paragraph``, and whether the mark goes at
    its end (else at its start): ``paragraph`` itself, unless it begins a block content control.

    LibreOffice 7.4 drops a paragraph's text up to a comment's mark when the paragraph is the first of a block
    control (w:sdt): its only one (a template's Rubrik) or the first of several (*Nämnden har prövat ansökan i
    enlighet med* lost up to the mark, s50 re-test). The mark goes to the start of the control's next paragraph, or
    of the paragraph after the control (else the end of the one before); None when a table or another control stands
    on both sides."""
    found = None  # the outermost control whose only block ``paragraph`` is
    node = paragraph
    while True:
        content = node.getparent()
        if content is None or content.tag != qn("w:sdtContent"):
            break
        control = content.getparent()
        if control is None or control.tag != qn("w:sdt"):
            break
        blocks = [child for child in content if child.tag in _BLOCKS]
        if len(blocks) > 1:
            if blocks[0] is not node:
                break  # a later paragraph of the control: LibreOffice keeps its text
            following = _next_paragraph(node)
            if following is not None:
                return following, False
        found = node = control
    if found is None:
        return paragraph, False
    holder = _paragraph_after(found)
    return holder, holder is not None and any(sibling is found for sibling in holder.itersiblings())


_BLOCKS = frozenset({qn("w:p"), qn("w:tbl"), qn("w:sdt")})


def _next_paragraph(block):
    """The w:p right after ``block`` (range marks and bookmarks between are passed over), else None."""
    following = _next_block(block)
    return following if following is not None and following.tag == qn("w:p") else None


def _paragraph_after(control):
    """The w:p right after the block ``control`` (range marks and bookmarks between are passed over), else the one
    right before it (LibreOffice kept the text with the mark at its end too); None when a table or another control
    stands on both sides."""
    for preceding in (False, True):
        for sibling in control.itersiblings(preceding=preceding):
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag == qn("w:p"):
                return sibling
            if sibling.tag not in _BLOCK_MARKS:
                break
    # Between two other controls (a template's Diarienummer, Rubrik, Motivering): the start of the next control's
    # first paragraph, where no text stands before the mark; the finding had been left to the summary (s50 re-test)
    following = _next_block(control)
    while following is not None and following.tag == qn("w:sdt") and not _table_of_contents(following):
        content = following.find(qn("w:sdtContent"))
        following = next((child for child in content if child.tag in _BLOCKS), None) if content is not None else None
    return following if following is not None and following.tag == qn("w:p") else None


def _table_of_contents(control) -> bool:
    """A block control that is Word's table of contents, whose update throws away a comment's mark in it."""
    gallery = control.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
    return gallery is not None and (gallery.get(qn("w:val")) or "").lower() == "table of contents"


def _next_block(element):
    """The block element right after ``element`` (range marks and bookmarks passed over), else None."""
    for sibling in element.itersiblings():
        if isinstance(sibling.tag, str) and sibling.tag not in _BLOCK_MARKS:
            return sibling
    return None


_BLOCK_MARKS = frozenset(
    {qn("w:bookmarkStart"), qn("w:bookmarkEnd"), qn("w:commentRangeStart"), qn("w:commentRangeEnd")}
)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _earlier_places(word, existing: int) -> Counter:
    """klarlint's own comments in the input as (the w:p their range starts in, rule, the words it covers without
    white space), counted: the rule is the comment's last line, *(passive-voice)*."""
    found: Counter = Counter()
    if not existing:
        return found
    rules = {}
    for comment in word.comments:
        if comment.author == AUTHOR and comment.initials == INITIALS:
            last = comment.text.strip().rsplit("\n", 1)[-1].strip()
            if not comment.text.startswith(SUMMARY_TITLE) and last.startswith("(") and last.endswith(")"):
                rules[str(comment.comment_id)] = last[1:-1]
    if not rules:
        return found
    open_ranges: dict[str, tuple[object, list[str]]] = {}
    for element in word.element.body.iter(qn("w:commentRangeStart"), qn("w:commentRangeEnd"), _TEXT):
        if element.tag == _TEXT:
            if any(a.tag in _REMOVED for a in element.iterancestors()):
                continue
            for _, words in open_ranges.values():
                words.append(element.text or "")
            continue
        number = element.get(_ID)
        if number not in rules:
            continue
        if element.tag == qn("w:commentRangeStart"):
            open_ranges[number] = (next(element.iterancestors(qn("w:p")), None), [])
        elif number in open_ranges:
            paragraph, words = open_ranges.pop(number)
            found[(paragraph, rules[number], _squeezed("".join(words)))] += 1
    return found


def _earlier_comments(word, existing: int) -> set[tuple[object, str]]:
    """klarlint's own comments in the input, as (the w:p their range starts in, text); a summary as
    (None, SUMMARY_TITLE): one summary a document, whatever its figures were. The set holds the w:p elements
    themselves: lxml gives the same Python object for an element only while one is referenced."""
    if not existing:
        return set()
    texts = {str(c.comment_id): c.text for c in word.comments if c.author == AUTHOR}
    found: set[tuple[object, str]] = set()
    for start in word.element.body.iter(qn("w:commentRangeStart")):
        text = texts.get(start.get(_ID))
        if text is None:
            continue
        if text.startswith(SUMMARY_TITLE):
            found.add((None, SUMMARY_TITLE))
        else:
            found.add((next(start.iterancestors(qn("w:p")), None), text))
    return found


MAX_ID = 2**31 - 1  # Word's annotation ids are signed 32-bit numbers ([MS-OI29500]: ST_DecimalNumber)


class _Ids:
    """New annotation ids: above every id in the package while that stays within 0..MAX_ID, then the free ones from
    0 up. A package with an id of 10^23 had got new comments numbered 10^23+1 …, which Word cannot take (hostile
    re-test s48 W9)."""

    def __init__(self, used: set[int]) -> None:
        self.used = used
        self.next = max((number for number in used if number <= MAX_ID), default=-1) + 1

    def take(self) -> str:
        if self.next > MAX_ID:
            self.next = 0
        while self.next in self.used:
            self.next += 1
        number = self.next
        self.used.add(number)
        self.next += 1
        return str(number)


def _used_ids(word) -> set[int]:
    """Every w:id in the package: the body, the comments, the notes, the headers and footers (bookmarks,
    revisions, comments). Word wants annotation ids unique across kinds and parts."""
    found: list[int] = []
    for part in word.part.package.iter_parts():
        element = getattr(part, "element", None)
        if element is not None:
            for node in element.iter():
                value = node.get(_ID) if isinstance(node.tag, str) else None
                if value and value.isdigit():
                    found.append(int(value))
        elif str(part.partname).endswith(".xml"):  # a part python-docx keeps as bytes (footnotes, endnotes)
            found.extend(int(value) for value in _NUMBERED_ID.findall(part.blob))
    return set(found)
