"""What ``check`` and ``crawl`` do with a finished report: baselines, the output format, the site report, exit code.

Both commands share this, so a crawl takes exactly the output options of a lint.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console

from klarlint.errors import KlarlintError, os_reason
from klarlint.report import Report
from klarlint.rules.base import Severity


class OptionFileError(KlarlintError):
    """A --baseline or --compare-with file that cannot be used (the command line shows it as one line, exit code 2)."""


@dataclass(frozen=True)
class OutputOptions:
    """What to do with the finished report. The files it reads (--baseline, --compare-with) are read when it is
    made, before any file is linted or page requested: a bad one had been found only after a whole crawl, and then
    no report was written."""

    format: str = "rich"  # rich | json | sarif | github
    html_report: Path | None = None
    compare_with: Path | None = None  # the previous run's --format json output, for the site report
    baseline: Path | None = None
    write_baseline: Path | None = None
    max_annotations: int | None = None  # --format github
    known: Counter[Any] | None = field(default=None, init=False, compare=False, repr=False)  # the baseline, read
    previous: Any = field(default=None, init=False, compare=False, repr=False)  # html_report.Previous, read

    def __post_init__(self) -> None:
        from klarlint import baseline
        from klarlint.reporters import html_report

        try:
            if self.baseline is not None:
                object.__setattr__(self, "known", baseline.read_baseline(self.baseline))
            if self.compare_with is not None:
                object.__setattr__(self, "previous", html_report.read_previous(self.compare_with))
        except KlarlintError as exc:
            raise OptionFileError(str(exc)) from None


def finish(
    report: Report, threshold: Severity, options: OutputOptions, console: Console | None = None, to_stderr: bool = False
) -> int:
    """Write everything the options ask for; returns the exit code (2: a file failed, 1: findings at threshold).

    ``console``: where the terminal format goes (the CLI's, which knows whether to wrap); ``to_stderr``: every
    format goes to stderr (beside ``--diff``'s diff on stdout, which a JSON report had been printed into).
    """
    from klarlint import baseline
    from klarlint.reporters import one_line

    if options.write_baseline is not None:
        baseline.write_baseline(report, options.write_baseline)
    if options.known is not None:
        elsewhere = baseline.unmatched(report, options.known)
        report, known = baseline.without_known(report, options.known)
        if known:
            what = "anmärkning" if known == 1 else "anmärkningar"
            print(f"klarlint: {known} {what} finns i baslinjen och visas inte", file=sys.stderr)
        elif elsewhere is not None:  # every finding new, and nothing said why: a baseline written in another folder
            print(
                f"klarlint: ingen sökväg i baslinjen (till exempel {elsewhere!r}) är en av de granskade filerna; "
                "alla anmärkningar räknas som nya",
                file=sys.stderr,
            )
    for file_report in report.files:
        if file_report.error:
            print(f"klarlint: {one_line(file_report.error)}{_in_baseline(file_report)}", file=sys.stderr)
    for rule_error in dict.fromkeys(e for file_report in report.files for e in file_report.rule_errors):
        print(f"klarlint: {one_line(rule_error)}", file=sys.stderr)  # once, however many files it stopped on
    _write_output(report, options, console, sys.stderr if to_stderr else sys.stdout)
    if options.html_report is not None:
        from klarlint.reporters import html_report

        previous = options.previous
        if previous is not None and not previous.has_context:  # still a report: an upgrade must not stop CI
            print(f"klarlint: {html_report.WITHOUT_CONTEXT.format(path=options.compare_with)}", file=sys.stderr)
        if previous is not None and (example := html_report.unmatched_previous(report, previous)) is not None:
            print(
                f"klarlint: {html_report.UNMATCHED.format(path=options.compare_with, example=example)}", file=sys.stderr
            )
        html_report.write(report, options.html_report, previous=previous)
    if _has_new_errors(report):
        return 2
    if options.write_baseline is not None:  # it recorded the findings: a job that refreshes the baseline passes
        return 0
    return 1 if report.fails(threshold) else 0


def _in_baseline(report: object) -> str:
    return " (finns i baslinjen)" if getattr(report, "in_baseline", False) else ""


def _has_new_errors(report: Report) -> bool:
    """A file or page that could not be read, or a rule that could not finish (exit code 2); a broken link the
    baseline knows is still reported but does not fail the run, or a site with one could never pass."""
    return any((r.error and not getattr(r, "in_baseline", False)) or r.rule_errors for r in report.files)


def _write_output(report: Report, options: OutputOptions, console: Console | None, stream: TextIO) -> None:
    """The format on ``stream``, flushed here so that a write that fails (``> /dev/full``) is one Swedish line,
    not an internal error with the system's English (nor a second one when Python flushes at exit)."""
    try:
        _write_format(report, options, console, stream)
        stream.flush()
        if stream is not sys.stdout:  # --diff's diff went to stdout before the findings
            sys.stdout.flush()
    except BrokenPipeError:  # `klarlint … | head`: the reader has all it wanted
        _discard(stream)
    except OSError as exc:
        _discard(stream)
        raise KlarlintError(f"utdata kan inte skrivas ({os_reason(exc)})") from None


def _discard(stream: TextIO) -> None:
    """Point ``stream`` at the null device, so what is still buffered is dropped at exit, not written again."""
    import os

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stream.fileno())
        os.close(null)
    except (OSError, ValueError):  # no real descriptor (a test's StringIO): nothing will be flushed at exit
        pass


def _write_format(report: Report, options: OutputOptions, console: Console | None, stream: TextIO) -> None:
    from klarlint.reporters import github, sarif, terminal
    from klarlint.reporters import json as json_reporter

    if options.format == "json":
        json_reporter.write(report, stream)
    elif options.format == "sarif":
        sarif.write(report, stream)
    elif options.format == "github":
        github.write(report, stream, max_annotations=options.max_annotations)
        try:
            github.write_summary(report)
        except OSError as exc:
            raise KlarlintError(f"GITHUB_STEP_SUMMARY kan inte skrivas ({os_reason(exc)})") from None
    else:
        terminal.write(report, console or Console(highlight=False))
