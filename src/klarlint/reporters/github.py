"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

``::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=klarlint RULE::message``.
Errors become ``::error``, warnings ``::warning`` and info ``::notice``; a file
that could not be read becomes an ``::error`` on that file. GitHub only places
columns on single-line annotations, and its end column is the last column of
the span (klarlint's is the one after it), so both are adjusted here.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import TextIO

from klarlint.language import SWEDISH
from klarlint.limits import NOTICE_LABELS, Notice
from klarlint.report import FileReport, Finding, Report
from klarlint.reporters import is_file_path, relative_to_root, safe
from klarlint.reporters.sarif import message_text, page_place

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
# GitHub shows only the first few annotations of each type per step; the rest are lost without a word.
DEFAULT_MAX_ANNOTATIONS = 50


def write(
    report: Report, out: TextIO, root: Path | None = None, max_annotations: int | None = None, already: int = 0
) -> None:
    """Annotations, the most severe first, at most ``max_annotations`` (None: no cap), then a notice of the rest.

    ``already``: the first so many annotations were printed while the run went on (klarlint.output.Live); they
    count toward the cap and are not printed again."""
    root = (root or Path.cwd()).resolve()
    lines: list[tuple[int, int, str]] = []  # (severity rank, order, command)
    for file_report in report.files:
        for rank, line in file_annotations(file_report, root):
            lines.append((rank, len(lines), line))
    rest = lines[already:]
    if max_annotations is not None:
        rest = sorted(rest, key=lambda item: (-item[0], item[1]))[: max(0, max_annotations - already)]
    for _, _, line in sorted(rest, key=lambda item: item[1]):
        out.write(line + "\n")
    left_out = len(lines) - already - len(rest)
    if left_out:
        # annotations, not findings: notices and unreadable files are annotations too (*70 av 120 anmärkningar* had
        # stood beside a job summary of 119 findings)
        message = (
            f"{left_out} av {len(lines)} annoteringar visas inte (--max-annotations {max_annotations}); se "
            "jobbsammanfattningen eller kör klarlint lokalt för alla."
        )
        out.write(command("notice", {"title": "klarlint"}, message) + "\n")


def file_annotations(file_report: FileReport, root: Path) -> list[tuple[int, str]]:
    """One file's annotations with their severity rank (3: the file could not be read), in the file's order."""
    path = display_path(file_report.path, root)
    if file_report.error and getattr(file_report, "in_baseline", False):
        # a broken link the baseline knows, as a finding it knows: not annotated (32 accepted 404s had been red
        # ::error lines on a pull request the gate passed); stderr and the job summary still name it
        return []
    if file_report.error:
        # titled as what it is: a bare *klarlint* over *trasig.docx: filen är skadad …* did not say that the check of
        # the file is missing and fails the gate (note43)
        title = f"klarlint kunde inte granska {'filen' if is_file_path(file_report.path) else 'sidan'}"
        return [(3, command("error", {"file": path, "title": title}, file_report.error))]
    found = [(finding.severity.rank, annotation(finding, path)) for finding in file_report.findings]
    # text klarlint did not lint: kept like info
    return found + [(0, notice_annotation(notice, path)) for notice in file_report.notices]


def write_summary(
    report: Report, root: Path | None = None, target: str | None = None, baseline: tuple[int, ...] | None = None
) -> bool:
    """Append a Markdown job summary to $GITHUB_STEP_SUMMARY (or ``target``); False when there is none to write to.

    ``baseline``: with --baseline, how many recorded findings were found again (and not shown), how many were
    not (fixed) and how many are of files deleted since (:func:`baseline_line`)."""
    target = target or os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return False
    with open(target, "a", encoding="utf-8") as out:
        out.write(summary_markdown(report, root, baseline))
    return True


def summary_markdown(report: Report, root: Path | None = None, baseline: tuple[int, ...] | None = None) -> str:
    root = (root or Path.cwd()).resolve()
    findings = report.findings
    titles = {info.id: info.title for info in report.rules}
    lines = ["## klarlint", ""]
    errors = [r for r in report.files if r.error]
    unread = [r for r in report.files if not r.error and not reviewed(r)]
    # only what was linted counts (retest s44 §4: *1 anmärkningar på 4 granskade sidor eller filer* when an English
    # page, a FIFO and a broken link had been skipped and one file linted)
    checked = len(report.files) - len(errors) - len(unread)
    what = "anmärkning" if len(findings) == 1 else "anmärkningar"
    where = "granskad sida eller fil" if checked == 1 else "granskade sidor eller filer"
    lines.append(f"{len(findings)} {what} på {checked} {where}.")
    if errors:
        # said as an error, with where to read why (note43: *1 kunde inte granskas.* had run on as a plain sentence)
        which = "fil eller sida" if len(errors) == 1 else "filer eller sidor"
        lines += ["", f"**Fel:** {len(errors)} {which} kunde inte granskas; se *Kunde inte granskas* nedan."]
    if unread:
        which = "fil eller sida" if len(unread) == 1 else "filer eller sidor"
        lines += ["", f"{len(unread)} {which} granskades inte; se *Granskades inte* nedan."]
    if baseline is not None:
        lines += ["", baseline_line(*baseline)]
    lines.append("")
    if findings:
        lines += ["### Per regel", "", "| Regel | Vad | Antal |", "| --- | --- | ---: |"]
        for rule, count in sorted(Counter(f.rule for f in findings).items(), key=lambda i: (-i[1], i[0])):
            lines.append(f"| `{rule}` | {_cell(titles.get(rule, ''))} | {count} |")
        lines += ["", "### Per sida", "", "| Sida | Fel | Varningar | Info |", "| --- | ---: | ---: | ---: |"]
        for file_report in report.files:
            if file_report.findings:
                counts = Counter(f.severity.value for f in file_report.findings)
                path = _cell(display_path(file_report.path, root))
                lines.append(f"| {path} | {counts['error']} | {counts['warning']} | {counts['info']} |")
    if errors:
        lines += ["### Kunde inte granskas", ""] if lines[-1] == "" else ["", "### Kunde inte granskas", ""]
    for file_report in errors:
        known = " (finns i baslinjen)" if getattr(file_report, "in_baseline", False) else ""
        lines.append(f"- {_cell(file_report.error or file_report.path)}{known}")
    if unread:  # with the reason, as its ::notice gives it
        lines += ["### Granskades inte", ""] if lines[-1] == "" else ["", "### Granskades inte", ""]
    for file_report in unread:
        why = "; ".join(dict.fromkeys(notice.message for notice in file_report.notices)) or "granskades inte"
        lines.append(f"- {_cell(display_path(file_report.path, root))}: {_cell(why)}")
    return "\n".join(lines) + "\n\n"


def reviewed(file_report: FileReport) -> bool:
    """Whether any of the file's text was linted: not a file skipped unread (a FIFO, a dangling link, a link out of
    the folder, an excluded file), nor a page wholly in another language (no Swedish word linted)."""
    if file_report.error or file_report.skipped:
        return False
    return file_report.language == SWEDISH or file_report.stats.words > 0


def baseline_line(known: int, fixed: int, gone: int = 0) -> str:
    """What the baseline did: the recorded findings found again (not shown), those no longer found, and those of
    files deleted (or renamed) since, all of which the baseline still lists until it is written again (note43: a fixed
    finding had not been counted anywhere; retest s44 §5: nor a deleted page's)."""
    parts = (
        [f"{known} {'anmärkning' if known == 1 else 'anmärkningar'} finns i baslinjen och visas inte"] if known else []
    )
    if fixed:
        what = "anmärkning" if fixed == 1 else "anmärkningar"
        parts.append(f"{fixed} {what} i baslinjen finns inte längre (åtgärdade)")
    if gone:
        what = "anmärkning" if gone == 1 else "anmärkningar"
        parts.append(f"{gone} {what} i baslinjen gäller filer som inte finns längre (borttagna eller omdöpta)")
    if fixed or gone:
        parts[-1] += ": skriv om baslinjen med --write-baseline"
    text = "; ".join(parts) or "ingen anmärkning i baslinjen finns i de granskade filerna"
    return text[0].upper() + text[1:] + "."


def _cell(text: str) -> str:
    """Text safe in a Markdown table cell: no pipes, line breaks or HTML."""
    text = text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
    return " ".join(text.splitlines())  # every line break (\r from a file name too) would end the table row


def notice_annotation(notice: Notice, path: str) -> str:
    """Text klarlint did not lint: a ``::notice`` on its line, so no text is skipped without a word."""
    properties: dict[str, object] = {"file": path}
    if notice.line:
        properties.update(line=notice.line, col=notice.column)
    # an unknown inline comment is said as such: the text was linted, only the comment did nothing
    properties["title"] = f"klarlint {NOTICE_LABELS.get(notice.code, 'granskade inte')} ({notice.code})"
    return command("notice", properties, notice.message)


def annotation(finding: Finding, path: str) -> str:
    properties: dict[str, object] = {"file": path, "line": finding.line}
    if finding.end_line == finding.line:
        last_column = max(finding.column, finding.end_column - 1)
        properties.update(col=finding.column, endLine=finding.line, endColumn=last_column)
    else:
        properties["endLine"] = finding.end_line
    properties["title"] = f"klarlint {finding.rule}"
    text = message_text(finding)
    place = page_place(finding)
    if place is not None:  # a PDF: the line on its page, and the page in the message
        page, line, column, end = place
        if finding.end_line > finding.line:  # over two of the page's lines: each source line is one of them, and
            # GitHub takes columns on one-line annotations only (sarif.py does the same; PDF re-test s48)
            properties = {"file": path, "line": line, "endLine": line + finding.end_line - finding.line}
            properties["title"] = f"klarlint {finding.rule}"
        else:
            properties.update(line=line, col=column, endLine=line, endColumn=max(column, end - 1))
        text = f"Sida {page}, rad {line}: {text}"
    return command(COMMAND[finding.severity.value], properties, text)


def command(name: str, properties: dict[str, object], message: str) -> str:
    fields = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {fields}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """Escape a command's message: ``%``, carriage return and line feed; other controls shown escaped.

    The log shows what follows ``::`` raw, ANSI sequences included, so an ESC from a linted
    file is written as ``\x1b``.
    """
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return safe(text)


def escape_property(text: str) -> str:
    """Escape a property value: as a message, plus ``:`` and ``,``, which end a value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def display_path(path: str, root: Path) -> str:
    """The path relative to ``root`` (GitHub resolves annotation paths from the repository root)."""
    if not is_file_path(path):
        return path
    relative = relative_to_root(path, root)  # the path as linted, not a link's target
    return Path(path).as_posix() if relative is None else relative
