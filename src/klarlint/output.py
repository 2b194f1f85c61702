"""What ``check`` and ``crawl`` do with a finished report: baselines, the output format, the site report, exit code.

Both commands share this, so a crawl takes exactly the output options of a lint.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from rich.console import Console

from klarlint.errors import KlarlintError, os_reason
from klarlint.report import Report
from klarlint.rules.base import Severity


@dataclass(frozen=True)
class OutputOptions:
    format: str = "rich"  # rich | json | sarif | github
    html_report: Path | None = None
    compare_with: Path | None = None  # the previous run's --format json output, for the site report
    baseline: Path | None = None
    write_baseline: Path | None = None
    max_annotations: int | None = None  # --format github


def finish(
    report: Report, threshold: Severity, options: OutputOptions, console: Console | None = None, to_stderr: bool = False
) -> int:
    """Write everything the options ask for; returns the exit code (2: a file failed, 1: findings at threshold).

    ``console``: where the terminal format goes (the CLI's, which knows whether to wrap); ``to_stderr``: every
    format goes to stderr (beside ``--diff``'s diff on stdout, which a JSON report had been printed into).
    """
    from klarlint import baseline
    from klarlint.reporters import one_line

    for file_report in report.files:
        if file_report.error:
            print(f"klarlint: {one_line(file_report.error)}", file=sys.stderr)
    for rule_error in dict.fromkeys(e for file_report in report.files for e in file_report.rule_errors):
        print(f"klarlint: {one_line(rule_error)}", file=sys.stderr)  # once, however many files it stopped on
    if options.write_baseline is not None:
        baseline.write_baseline(report, options.write_baseline)
    if options.baseline is not None:
        report, known = baseline.without_known(report, baseline.read_baseline(options.baseline))
        if known:
            print(f"klarlint: {known} anmärkningar finns i baslinjen och visas inte", file=sys.stderr)
    _write_output(report, options, console, sys.stderr if to_stderr else sys.stdout)
    if options.html_report is not None:
        from klarlint.reporters import html_report

        previous = html_report.read_previous(options.compare_with) if options.compare_with else None
        if previous is not None and not previous.has_context:  # still a report: an upgrade must not stop CI
            print(f"klarlint: {html_report.WITHOUT_CONTEXT.format(path=options.compare_with)}", file=sys.stderr)
        html_report.write(report, options.html_report, previous=previous)
    if report.has_errors():
        return 2
    return 1 if report.fails(threshold) else 0


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
