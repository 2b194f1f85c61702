"""Runs that change text: ``--fix``/``--diff`` for .txt and Markdown, ``--annotate``/``--suggest`` for .docx.

The CLI calls :func:`rewrite`; each file is linted the way ``klarlint FILE`` lints
it (same config lookup, same rules), then fixed or written out as an annotated copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from klarlint.errors import InputError, KlarlintError, os_reason
from klarlint.limits import Notice
from klarlint.linter import lint_document
from klarlint.report import FileReport, Report
from klarlint.rules.base import Severity
from klarlint.runner import RunOptions, _lint_file, _Settings, _threshold, _with_fail_on, selected_paths


@dataclass(frozen=True)
class RewriteOptions:
    fix: bool = False  # --fix: write the fixed file
    diff: bool = False  # --diff: print a diff instead of writing
    annotate: bool = False  # --annotate: Word comments
    suggest: bool = False  # --suggest: tracked changes
    output: Path | None = None  # -o: the .docx copy's name (one input only)
    force: bool = False  # --force: replace an existing output
    comment_level: Severity | None = None  # --comment-level: the lowest severity that gets a Word comment
    max_comments: int | None = None  # --max-comments: the most Word comments on findings in one copy


@dataclass
class RewriteResult:
    report: Report
    threshold: Severity
    diffs: list[str]
    written: list[Path]
    copies: list = field(default_factory=list)  # docx_output.Copy: the Word copies written

    def copy_lines(self) -> list[str]:
        """One Swedish line per Word copy written (the run had never said where): for stderr, after the report,
        so that JSON and SARIF on stdout stay clean. A copy refused is already an error line of its own."""
        return [copy_line(copy) for copy in self.copies]


_MESSAGE = "-o/--output går bara med --annotate eller --suggest och en enda .docx-fil"


def check_options(paths: list[str], rewrite_options: RewriteOptions) -> None:
    """Refuse combinations that cannot work, before anything is read."""
    text_mode = rewrite_options.fix or rewrite_options.diff
    word_mode = rewrite_options.annotate or rewrite_options.suggest
    if text_mode and word_mode:
        raise KlarlintError("--fix/--diff gäller .txt och Markdown, --annotate/--suggest gäller .docx; välj det ena")
    if "-" in paths and (text_mode or word_mode):
        raise KlarlintError("--fix, --diff, --annotate och --suggest fungerar bara på filer, inte på stdin")
    if rewrite_options.force and not word_mode:
        raise KlarlintError("--force går bara med --annotate eller --suggest")
    if rewrite_options.output is not None and (not word_mode or len(paths) != 1):
        raise KlarlintError(_MESSAGE)
    comment_options = rewrite_options.comment_level is not None or rewrite_options.max_comments is not None
    if comment_options and not word_mode:
        raise KlarlintError("--comment-level och --max-comments går bara med --annotate eller --suggest")
    if rewrite_options.max_comments is not None:
        from klarlint.docx_output import WORD_MAX_COMMENTS

        if not 0 <= rewrite_options.max_comments <= WORD_MAX_COMMENTS:  # Word opens no file with more
            raise KlarlintError(
                f"--max-comments ska vara mellan 0 och {WORD_MAX_COMMENTS} (fick {rewrite_options.max_comments})"
            )
    if (text_mode or word_mode) and len(paths) == 1 and Path(paths[0]).is_file():
        # one file --fix cannot change (a .docx) or --annotate cannot review (a .docm, a .md; s50 Word re-test 6):
        # refused before anything is read, as the run's only line (a report of *0 anmärkningar i 0 filer.* had
        # followed the refusal on stdout)
        reason = _refusal(Path(paths[0]), rewrite_options)
        if reason:
            raise KlarlintError(f"{paths[0]}: {reason}")
    if rewrite_options.output is not None:
        from klarlint.docx_output import output_refusal

        refusal = output_refusal(Path(paths[0]), rewrite_options.output)  # -o rapport.pdf had written a .docx
        if refusal:
            raise KlarlintError(refusal)


def _refusal(path: Path, rewrite_options: RewriteOptions) -> str | None:
    """Why the rewrite asked for cannot be made of ``path`` (one Swedish phrase), or None."""
    if rewrite_options.fix or rewrite_options.diff:
        from klarlint.fix import unfixable_reason

        return unfixable_reason(path, rewrite_options.diff)
    from klarlint.docx_output import reviewable

    return reviewable(path)


def rewrite(paths: list[str], options: RunOptions, rewrite_options: RewriteOptions) -> RewriteResult:
    check_options(paths, rewrite_options)
    settings = _Settings(options)
    base = settings.for_path(Path.cwd())
    threshold = _threshold(options.fail_on, base[0])
    result = RewriteResult(Report(), threshold, [], [])
    selection = list(selected_paths(paths, options, settings))
    if rewrite_options.output is not None:
        _one_copy_only(selection)
    for target, selected in selection:
        for path in selected:
            if isinstance(path, FileReport):  # what cannot be linted (a missing file, a link out of the folder)
                result.report.files.append(path)
                continue
            config, rules = settings.for_path(path)
            try:
                report = _one(path, config, rules, rewrite_options, result, named=path == Path(target))
            except InputError as exc:
                report = FileReport(str(path), error=str(exc))
            result.report.files.append(_with_fail_on(report, settings.threshold_for(path)))
    result.report.rules = settings.rule_infos()
    return result


def comment_severity(value: str | None) -> Severity | None:
    """--comment-level's value, as --fail-on's."""
    if value is None:
        return None
    try:
        return Severity(value)
    except ValueError:
        raise KlarlintError(f"okänt värde för --comment-level: {value!r} (error, warning eller info)") from None


def _one_copy_only(selection: list[tuple[str, list]]) -> None:
    """-o names one copy: a folder with two Word documents had written both to it, the second over the first
    (with --force; without, the second was refused as "filen finns redan", a file this run had just written)."""
    from klarlint.docx_output import reviewable

    documents = [
        path
        for target, selected in selection
        for path in selected
        if isinstance(path, Path) and (path == Path(target) or reviewable(path) is None)
    ]
    if len(documents) > 1:
        raise KlarlintError(_MESSAGE)


def copy_line(copy) -> str:
    """``klarlint: skrev beslut.klarlint.docx (47 kommentarer, 3 spårade ändringar)`` and what got no comment."""
    # nothing written is said in what was asked for: --suggest alone had said *(0 kommentarer)* (health re-test s51)
    wrote_comments = copy.comments or (copy.annotated and not copy.changes)
    said = [_count(copy.comments, "kommentar", "kommentarer")] if wrote_comments else []
    if copy.changes or not wrote_comments:
        said.append(_count(copy.changes, "spårad ändring", "spårade ändringar"))
    left = []
    if copy.below_level:
        left.append(f"{copy.below_level} under nivån {copy.policy.level} (--comment-level)")
    if copy.over_limit:
        left.append(f"{copy.over_limit} över taket på {copy.policy.limit} (--max-comments)")
    if left:
        said[-1] += "; utan egen kommentar: " + " och ".join(left)
    return f"klarlint: skrev {copy.path} ({', '.join(said)})"


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _one(
    path: Path, config, rules, rewrite_options: RewriteOptions, result: RewriteResult, named: bool = True
) -> FileReport:
    """``named``: the path was given on the command line, not found in a folder."""
    if rewrite_options.annotate or rewrite_options.suggest:
        from klarlint.docx_output import reviewable, write_reviewed_copy

        reason = reviewable(path)
        if reason and not named:  # in a folder, a file these options cannot review (a .md beside the .docx)
            return FileReport(str(path), skipped=True, notices=[Notice("skipped-file", f"hoppades över: {reason}")])
        from klarlint.docx_output import DEFAULT_COMMENT_LEVEL, DEFAULT_MAX_COMMENTS, CommentPolicy

        policy = CommentPolicy(
            rewrite_options.comment_level or DEFAULT_COMMENT_LEVEL,
            DEFAULT_MAX_COMMENTS if rewrite_options.max_comments is None else rewrite_options.max_comments,
        )
        report, copy = write_reviewed_copy(
            path,
            config,
            rules,
            annotate=rewrite_options.annotate,
            suggest=rewrite_options.suggest,
            output=rewrite_options.output,
            force=rewrite_options.force,
            policy=policy,
        )
        result.written.append(copy.path)
        result.copies.append(copy)
        return report
    from klarlint import fix

    reason = fix.unfixable_reason(path, rewrite_options.diff)
    if reason and named:
        raise InputError(f"{path}: {reason}")
    if reason:
        # In a folder, a file --fix cannot change (beslut.docx beside the Markdown files) is linted as klarlint
        # FOLDER lints it and left as it is, with a notice: it had been an error that failed the run (exit 2)
        # and was not linted, where --annotate skips what it cannot review with a notice.
        report = _lint_file(path, config, rules)
        report.notices.append(Notice("not-fixed", reason))
        return report
    fmt = fix.fixable_format(path)
    text, encoding, data = fix.read_for_fix(path)
    fixed = fix.fix_source(text, fmt, str(path), lambda document: lint_document(document, config, rules=rules))
    if rewrite_options.diff:
        if fixed.changed:
            result.diffs.append(fixed.diff())
        # nothing was written: the file as it is (the fixed text's report had let CI pass)
        return fixed.first_report or fixed.report
    if fixed.changed:
        _write_fixed(path, fix.encode(fixed.fixed, encoding, path), data)
        result.written.append(path)
    return fixed.report


def _write_fixed(path: Path, new: bytes, read: bytes) -> None:
    """Replace the file unless that would lose something; each refusal is the file's own error line, and the run
    goes on to the next file (an OSError here had stopped the run as an English *internt fel*)."""
    from klarlint.atomic import ChangedMeanwhile, write_atomically

    try:
        if path.stat().st_nlink > 1:
            # Refused rather than written in place: the rename makes a new file, which the other names would not
            # see, and writing into the file is not atomic (a full disk or a crash halfway leaves half a document
            # under every name). A hard-linked document is rare and deliberate; --diff still shows what to change.
            raise InputError(
                f"{path}: rättades inte, eftersom filen har flera hårda länkar som en rättning skulle bryta "
                "(--diff visar ändringarna)"
            )
        write_atomically(path, new, expected=read)
    except ChangedMeanwhile:
        raise InputError(f"{path}: filen ändrades under granskningen och rättades inte; kör igen") from None
    except OSError as exc:
        raise InputError(f"{path}: kan inte skriva den rättade filen ({os_reason(exc)}); filen är oförändrad") from None
