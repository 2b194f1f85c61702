"""Gate only new problems: a baseline of today's findings, and the files changed since a git ref.

A finding is matched by page (path or URL), rule, flagged text and the sentence
it sits in, never by line: a finding survives lines moving above it. Each key is
counted, so a sentence that occurs twice with one finding each needs both
findings in the baseline; a third copy is new.
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path

from klarlint import atomic
from klarlint.errors import KlarlintError, os_reason
from klarlint.limits import Notice
from klarlint.report import FileReport, Finding, Report
from klarlint.reporters import is_file_path, relative_to_root

BASELINE_VERSION = 1
Key = tuple[str, str, str, str]


def portable_path(path: str, root: Path | None = None) -> str:
    """A path relative to ``root`` (the current folder) with forward slashes; URLs and <stdin> as they are."""
    if not is_file_path(path):
        return path
    relative = relative_to_root(path, root or Path.cwd())  # as linted: a link is its own page, not its target's
    return Path(path).as_posix() if relative is None else relative


def finding_key(path: str, rule: str, text: str, context: str) -> Key:
    return (portable_path(path), rule, text, " ".join(context.split()))


def notice_key(path: str, notice: Notice) -> Key:
    """A notice by page and code only: its message names lines (*rad 1–3*) that move."""
    return (portable_path(path), f"notice:{notice.code}", "", "")


def broken_link_key(report: FileReport) -> Key | None:
    """A crawl's broken link (the address answered 4xx) by address and status; None for anything else."""
    if not getattr(report, "broken_link", False):
        return None
    return (portable_path(report.path), "broken-link", str(getattr(report, "status", "")), "")


def keys(report: Report) -> Counter[Key]:
    found = Counter(finding_key(r.path, f.rule, f.text, f.context) for r in report.files for f in r.findings)
    broken = Counter(key for r in report.files if (key := broken_link_key(r)) is not None)
    return found + broken + Counter(notice_key(r.path, n) for r in report.files for n in r.notices)


def write_baseline(report: Report, target: Path) -> None:
    """Record every finding of ``report`` in ``target`` (atomically)."""
    entries = [
        {"path": path, "rule": rule, "text": text, "context": context, "count": count}
        for (path, rule, text, context), count in sorted(keys(report).items())
    ]
    data = {"klarlint_baseline": BASELINE_VERSION, "findings": entries}
    write_atomically(target, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def read_baseline(source: Path) -> Counter[Key]:
    try:
        data = json.loads(Path(source).read_text(encoding="utf-8"))
        if data.get("klarlint_baseline") != BASELINE_VERSION:
            raise ValueError("okänd version")
        return Counter(
            {
                finding_key(e["path"], e["rule"], e["text"], e["context"]): int(e.get("count", 1))
                for e in data["findings"]
            }
        )
    except OSError as exc:
        raise KlarlintError(f"{source}: baslinjen kan inte läsas ({os_reason(exc)})") from None
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError):  # *"count": 1e400*
        raise KlarlintError(f"{source}: inte en baslinje från klarlint --write-baseline") from None


def without_known(report: Report, known: Counter[Key]) -> tuple[Report, int]:
    """``report`` minus the findings in ``known`` (each key as many times as it was recorded); and how many."""
    remaining = Counter(known)
    dropped = 0
    files = []
    for file_report in report.files:
        kept: list[Finding] = []
        for finding in file_report.findings:
            key = finding_key(file_report.path, finding.rule, finding.text, finding.context)
            if remaining[key] > 0:
                remaining[key] -= 1
                dropped += 1
            else:
                kept.append(finding)
        # notices too: they count as info for --fail-on info, which a baseline could otherwise never make pass
        notices = []
        for notice in file_report.notices:
            key = notice_key(file_report.path, notice)
            if remaining[key] > 0:
                remaining[key] -= 1
                dropped += 1
            else:
                notices.append(notice)
        file_report = replace(file_report, findings=kept, notices=notices)  # every other field as it was
        files.append(_known_broken_link(file_report, remaining))
    return replace(report, files=files), dropped  # (a crawl's report keeps what it knows of the crawl)


def _known_broken_link(report: FileReport, remaining: Counter[Key]) -> FileReport:
    """A broken link in the baseline is still reported, marked as known, and does not fail the run (exit 2 is for a
    new one): a link to mend on someone else's page, or an old one, had failed every run, so the site could not be
    gated at all."""
    key = broken_link_key(report)
    if key is None or remaining[key] <= 0:
        return report
    remaining[key] -= 1
    return replace(report, in_baseline=True)


def check_ref(ref: str) -> None:
    """Refuse a ref git would not take as one, before any file is read."""
    if not ref.strip():  # an unset variable (*--changed-since "$BASE"*) had been reported as "not a git repository"
        raise KlarlintError("--changed-since: git-referensen är tom")
    if ref.startswith("-"):
        # git had taken it for an option: *--changed-since=-p* linted nothing and passed, *--output=FILE* wrote a
        # file. A templated ref that expands to something option-like must stop the gate, not turn it green.
        raise KlarlintError(f"--changed-since: okänd git-referens {ref!r} (en referens börjar inte med -)")


def changed_files(ref: str, cwd: Path | None = None) -> set[Path]:
    """Files changed since ``ref`` (committed, staged or not), plus untracked files that git does not ignore.

    ``cwd``: a folder in the repository (the linted path's; the working directory by default)."""
    check_ref(ref)
    cwd = cwd or Path.cwd()
    top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    if not top:
        raise KlarlintError("--changed-since: mappen är inte ett git-arkiv")
    # The commit's id, checked first: what goes to git diff is then a hexadecimal id, never an option.
    commit = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], cwd, ref).strip()
    diff = _git(["diff", "--name-only", "-z", "--no-renames", commit, "--"], cwd, ref)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z", "--full-name"], cwd)
    return {(Path(top) / name).resolve() for name in _split(diff) | _split(untracked)}


def _split(output: str) -> set[str]:
    return {name for name in output.split("\0") if name}


def _git(args: list[str], cwd: Path, ref: str | None = None) -> str:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    except FileNotFoundError:
        raise KlarlintError("--changed-since: git finns inte (installera git, eller granska utan flaggan)") from None
    except subprocess.TimeoutExpired:
        raise KlarlintError("--changed-since: git svarade inte på en minut") from None
    except OSError as exc:
        raise KlarlintError(f"--changed-since: git kunde inte köras ({os_reason(exc)})") from None
    if result.returncode != 0:
        what = f"okänd git-referens {ref!r}" if ref else "mappen är inte ett git-arkiv"
        raise KlarlintError(f"--changed-since: {what}")
    return result.stdout


def write_atomically(path: Path, text: str) -> None:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_atomically(path, text.encode("utf-8"))  # a new baseline gets the usual permissions
    except OSError as exc:
        raise KlarlintError(f"{path}: kan inte skrivas ({os_reason(exc)})") from None
