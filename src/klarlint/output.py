"""What ``check`` and ``crawl`` do with a finished report: baselines, the output format, the site report, exit code.

Both commands share this, so a crawl takes exactly the output options of a lint.
"""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console

from klarlint.errors import KlarlintError, os_reason
from klarlint.report import FileReport, Report
from klarlint.rules.base import Severity
from klarlint.swedish_numbers import grouped


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
    report: Report,
    threshold: Severity,
    options: OutputOptions,
    console: Console | None = None,
    to_stderr: bool = False,
    live: Live | None = None,
) -> int:
    """Write everything the options ask for; returns the exit code (2: a file failed, 1: findings at threshold).

    ``console``: where the terminal format goes (the CLI's, which knows whether to wrap); ``to_stderr``: every
    format goes to stderr (beside ``--diff``'s diff on stdout, which a JSON report had been printed into);
    ``live``: what was printed while the run went on, which is not printed again.
    """
    from klarlint import baseline
    from klarlint.reporters import one_line

    if options.write_baseline is not None:
        baseline.write_baseline(report, options.write_baseline)
    # the baseline's findings found again, those no longer found (fixed), and those of files deleted since
    counts: tuple[int, int, int] | None = None
    if options.known is not None:
        from klarlint.reporters.github import baseline_line

        elsewhere = baseline.unmatched(report, options.known)
        linted = report
        report, known = baseline.without_known(report, options.known)
        counts = (known, baseline.fixed(linted, options.known, report, known), baseline.gone(linted, options.known))
        if any(counts):
            line = baseline_line(*counts)
            print(f"klarlint: {line[0].lower()}{line[1:-1]}", file=sys.stderr)
        # every finding new, and nothing said why: a baseline written in another folder
        if not known and elsewhere is not None:
            print(
                f"klarlint: ingen sökväg i baslinjen (till exempel {elsewhere!r}) är en av de granskade filerna; "
                "alla anmärkningar räknas som nya",
                file=sys.stderr,
            )
    said = live.said if live is not None else set()
    for file_report in report.files[live.done if live is not None else 0 :]:
        if file_report.error:
            print(f"klarlint: {one_line(file_report.error)}{_in_baseline(file_report)}", file=sys.stderr)
    for rule_error in dict.fromkeys(e for file_report in report.files for e in file_report.rule_errors):
        if rule_error not in said:
            print(f"klarlint: {one_line(rule_error)}", file=sys.stderr)  # once, however many files it stopped on
    _write_output(report, options, console, sys.stderr if to_stderr else sys.stdout, live, counts)
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


def _write_output(
    report: Report,
    options: OutputOptions,
    console: Console | None,
    stream: TextIO,
    live: Live | None = None,
    counts: tuple[int, int, int] | None = None,
) -> None:
    """The format on ``stream``, flushed here so that a write that fails (``> /dev/full``) is one Swedish line,
    not an internal error with the system's English (nor a second one when Python flushes at exit)."""
    if live is not None and live.closed:  # the reader of the pipe left while the run went on
        return
    try:
        _write_format(report, options, console, stream, live, counts)
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


def _write_format(
    report: Report,
    options: OutputOptions,
    console: Console | None,
    stream: TextIO,
    live: Live | None = None,
    counts: tuple[int, int, int] | None = None,
) -> None:
    from klarlint.reporters import github, sarif, terminal
    from klarlint.reporters import json as json_reporter

    if options.format == "json":
        json_reporter.write(report, stream)
    elif options.format == "sarif":
        sarif.write(report, stream)
    elif options.format == "github":
        already = live.annotations if live is not None else 0
        github.write(report, stream, max_annotations=options.max_annotations, already=already)
        try:
            github.write_summary(report, baseline=counts)
        except OSError as exc:
            # said, but the gate's verdict stands: the job summary is an extra the runner's environment provides, and
            # a clean run had failed (exit 2) for a missing summary folder (retest s44 §7); the annotations are out
            print(
                f"klarlint: GITHUB_STEP_SUMMARY kan inte skrivas ({os_reason(exc)}); ingen jobbsammanfattning skrevs",
                file=sys.stderr,
            )
    elif live is not None:  # each file was printed when it was done
        terminal.write_total(report, console or Console(highlight=False))
    else:
        terminal.write(report, console or Console(highlight=False))


class Live:
    """What a lint run prints while it goes on, file by file in the order of the files (a folder of 5,000 files had
    printed nothing for minutes, and a run stopped by Ctrl-C or a CI job's time limit had left an empty log):

    - the terminal format and ``--format github`` print each file's findings when the file is done (github: at
      most half of ``--max-annotations``, so the other half still goes to the most severe of the rest at the end);
    - a file that cannot be read is its line on stderr at once;
    - JSON and SARIF are one document each, and ``--report`` and ``--write-baseline`` files are written whole at the
      end, so a stopped run writes none of them, and :meth:`__exit__` says so in one line.

    Use: ``with live: report = run(..., live)`` then ``finish(..., live=live)``.
    """

    def __init__(self, options: OutputOptions, console: Console | None = None) -> None:
        self.options = options
        self.console = console
        self.total: int | None = None  # how many files the run has; None until the paths are walked
        self.done = 0  # files handed over (and printed), in order
        self.annotations = 0  # --format github: annotations printed so far
        self.streaming = True  # --format github: False once a file's annotations did not fit in the budget
        self.said: set[str] = set()  # rule errors already on stderr (each is said once)
        self.closed = False  # stdout's reader left (`klarlint docs/ | head`)
        self.reports: list[FileReport] = []  # --format github: the files done, as printed

    def start(self, total: int) -> None:
        self.total = total

    def file_done(self, file_report: FileReport) -> None:
        """Print what the finished file has to say (the next in order: the runner buffers what is out of order)."""
        with _signals_held():  # Ctrl-C while a file is printed ends the run after it, not in its middle
            self._file_done(file_report)
            self.done += 1

    def _file_done(self, file_report: FileReport) -> None:
        from klarlint import baseline
        from klarlint.reporters import one_line

        if self.options.known is not None:  # keys name their path, so one file is matched as in the whole run
            file_report = baseline.without_known(Report([file_report]), self.options.known)[0].files[0]
        if file_report.error:
            print(f"klarlint: {one_line(file_report.error)}{_in_baseline(file_report)}", file=sys.stderr)
        for rule_error in file_report.rule_errors:
            if rule_error not in self.said:
                self.said.add(rule_error)
                print(f"klarlint: {one_line(rule_error)}", file=sys.stderr)
        sys.stderr.flush()
        if self.closed or self.options.format not in ("rich", "github"):
            return
        try:
            self._write(file_report)
            sys.stdout.flush()
        except BrokenPipeError:
            self.closed = True
            _discard(sys.stdout)
        except OSError as exc:
            self.closed = True
            _discard(sys.stdout)
            raise KlarlintError(f"utdata kan inte skrivas ({os_reason(exc)})") from None

    def _write(self, file_report: FileReport) -> None:
        from klarlint.reporters import github, terminal

        if self.options.format == "rich":
            terminal.write_file(file_report, self.console or Console(highlight=False))
            return
        self.reports.append(file_report)  # a stopped run still annotates the most severe of what was done
        if not self.streaming:
            return
        lines = github.file_annotations(file_report, Path.cwd().resolve())
        cap = self.options.max_annotations
        if cap is not None and self.annotations + len(lines) > cap // 2:
            # the rest are chosen at the end, the most severe first; what is printed stays the first annotations
            # of the run in order, so the end knows which they were
            lines = lines[: max(0, cap // 2 - self.annotations)]
            self.streaming = False
        for _, line in lines:
            sys.stdout.write(line + "\n")
        self.annotations += len(lines)

    def __enter__(self) -> Live:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, traceback: object) -> None:
        """Ctrl-C (KeyboardInterrupt) or SIGTERM (the CLI's handler exits): one line says how far the run got and
        what was not written; the exception goes on (exit code 130 or 143)."""
        import signal

        # SIGTERM is the CLI's sys.exit(143); another exit is no interruption (rich's own SystemExit(1) when the
        # reader of the pipe leaves, `klarlint docs/ | head`, had been called *granskningen avbröts*)
        terminated = kind is not None and issubclass(kind, SystemExit) and exc.code == 128 + signal.SIGTERM  # type: ignore[union-attr]
        if kind is None or not (issubclass(kind, KeyboardInterrupt) or terminated):
            return
        if self.options.format == "github" and not self.closed:  # a CI job's time limit: the files done annotated
            from klarlint.reporters import github

            with contextlib.suppress(OSError):  # (no job summary: it would pass for the whole run's)
                cap = self.options.max_annotations
                github.write(Report(self.reports), sys.stdout, max_annotations=cap, already=self.annotations)
                sys.stdout.flush()
        print(f"klarlint: {self.stopped_line()}", file=sys.stderr)
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.flush()

    def stopped_line(self) -> str:
        if self.total is None or not self.done:
            # one wording for one situation: a stop before the first file was done had said either this or *0 av 718
            # filer granskades*, by whether the files had been counted yet (retest s43 C)
            line = "granskningen avbröts innan någon fil granskades"
        else:
            files = "fil" if self.total == 1 else "filer"
            line = f"granskningen avbröts: {grouped(self.done)} av {grouped(self.total)} {files} granskades"
        unwritten = []
        if self.options.format in ("json", "sarif"):
            unwritten.append("ingen " + self.options.format.upper())
        if self.options.html_report is not None:
            unwritten.append("ingen rapport (--report)")
        if self.options.write_baseline is not None:
            unwritten.append("ingen baslinje (--write-baseline)")
        if unwritten:
            listed = unwritten[0] if len(unwritten) == 1 else ", ".join(unwritten[:-1]) + " och " + unwritten[-1]
            line += f"; {listed} skrevs"
        return line


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM that arrive in the block take effect after it (the handlers are swapped for ones that
    note the signal; blocking it would not do: the worker pool's threads would take it)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield
        return
    caught: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    before = {number: signal.signal(number, lambda number, frame: caught.append(number)) for number in held}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)
        if caught:
            signal.raise_signal(caught[0])
