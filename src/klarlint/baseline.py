"""Gate only new problems: a baseline of today's findings, and the files changed since a git ref.

A finding is matched by page (path or URL), rule, flagged text and the sentence
it sits in, never by line: a finding survives lines moving above it. Each key is
counted, so a sentence that occurs twice with one finding each needs both
findings in the baseline; a third copy is new. A finding whose sentence changed
(another finding in it was fixed) is then matched by page, rule and text alone,
against the entries the first matching left over, each to the finding whose sentence is most like its own.
"""

from __future__ import annotations

import difflib
import json
import os
import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path

from klarlint import atomic
from klarlint.errors import KlarlintError, os_reason
from klarlint.limits import Notice
from klarlint.report import FileReport, Report
from klarlint.reporters import absolute, is_file_path, relative_to_root

BASELINE_VERSION = 1
Key = tuple[str, str, str, str]
# Marks a baseline whose paths are relative to its own folder. Without it (baselines written before), they are
# relative to the working folder, as before. A key, not a new version: an older klarlint still reads the file.
PATHS_KEY = "paths"
PATHS_RELATIVE_TO_FILE = "relative to this file"


class Known(Counter[Key]):
    """A baseline's entries, counted, and the folder their paths are relative to (None: the working folder)."""

    root: Path | None = None


def portable_path(path: str, root: Path | None = None) -> str:
    """A path relative to ``root`` (the current folder) with forward slashes; URLs and <stdin> as they are."""
    if not is_file_path(path):
        return path
    relative = relative_to_root(path, root or Path.cwd())  # as linted: a link is its own page, not its target's
    if relative is None and root is not None:  # outside the baseline's folder: ../other/sida.md
        try:
            relative = Path(os.path.relpath(absolute(path), absolute(root))).as_posix()
        except ValueError:  # another drive (Windows)
            relative = None
    return Path(path).as_posix() if relative is None else relative


def finding_key(path: str, rule: str, text: str, context: str, root: Path | None = None) -> Key:
    return (portable_path(path, root), rule, text, " ".join(context.split()))


def notice_key(path: str, notice: Notice, root: Path | None = None) -> Key:
    """A notice by page and code only: its message names lines (*rad 1–3*) that move."""
    return (portable_path(path, root), f"notice:{notice.code}", "", "")


def broken_link_key(report: FileReport, root: Path | None = None) -> Key | None:
    """A crawl's broken link (the address answered 4xx) by address and status; None for anything else."""
    if not getattr(report, "broken_link", False):
        return None
    return (portable_path(report.path, root), "broken-link", str(getattr(report, "status", "")), "")


def keys(report: Report, root: Path | None = None) -> Counter[Key]:
    found = Counter(finding_key(r.path, f.rule, f.text, f.context, root) for r in report.files for f in r.findings)
    broken = Counter(key for r in report.files if (key := broken_link_key(r, root)) is not None)
    return found + broken + Counter(notice_key(r.path, n, root) for r in report.files for n in r.notices)


def write_baseline(report: Report, target: Path) -> None:
    """Record every finding of ``report`` in ``target`` (atomically), paths relative to ``target``'s folder: a
    baseline written in the repository's root had matched nothing from a subfolder (a CI step's
    *working-directory*), and every finding was new."""
    entries = [
        {"path": path, "rule": rule, "text": text, "context": context, "count": count}
        for (path, rule, text, context), count in sorted(keys(report, absolute(target).parent).items())
    ]
    data = {"klarlint_baseline": BASELINE_VERSION, PATHS_KEY: PATHS_RELATIVE_TO_FILE, "findings": entries}
    write_atomically(target, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def read_baseline(source: Path) -> Known:
    try:
        data = json.loads(Path(source).read_text(encoding="utf-8"))
        version = data.get("klarlint_baseline")
        if isinstance(version, int) and not isinstance(version, bool) and version != BASELINE_VERSION:
            raise KlarlintError(
                f"{source}: baslinjen är skriven av en annan version av klarlint (format {version}, den här läser "
                f"format {BASELINE_VERSION}); skriv en ny med --write-baseline"
            )
        if version != BASELINE_VERSION or not isinstance(data["findings"], list):  # *"findings": {}* had been empty
            raise ValueError("ingen baslinje")
        root = absolute(source).parent if data.get(PATHS_KEY) == PATHS_RELATIVE_TO_FILE else None
        known = Known(
            {
                # relative to the baseline's folder as written; an old baseline's as the working folder sees them
                (
                    _stored(e["path"]) if root else portable_path(e["path"]),
                    e["rule"],
                    e["text"],
                    _spaced(e["context"]),
                ): (int(e.get("count", 1)))
                for e in data["findings"]
            }
        )
        known.root = root
        return known
    except OSError as exc:
        raise KlarlintError(f"{source}: baslinjen kan inte läsas ({os_reason(exc)})") from None
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError):  # *"count": 1e400*
        raise KlarlintError(f"{source}: inte en baslinje från klarlint --write-baseline") from None


def _stored(path: str) -> str:
    if not isinstance(path, str):
        raise TypeError("path")
    return path


def _spaced(context: str) -> str:
    return " ".join(context.split())


def unmatched(report: Report, known: Counter[Key]) -> str | None:
    """A path of the baseline when none of its paths is a linted file's and there are findings to compare, else
    None: a baseline whose paths point elsewhere (written from another folder) makes every finding new, silently."""
    root = getattr(known, "root", None)
    # a crawl's addresses too: a baseline of the staging site on :18100 had matched nothing on :18101, unsaid
    recorded = [key[0] for key in known if _matchable(key[0])]
    linted = {portable_path(r.path, root) for r in report.files if _matchable(r.path)}
    if not recorded or linted & set(recorded) or not any(r.findings or r.notices for r in report.files):
        return None
    return recorded[0]


def _matchable(path: str) -> bool:
    return is_file_path(path) or path.startswith(("http://", "https://"))


def without_known(report: Report, known: Counter[Key]) -> tuple[Report, int]:
    """``report`` minus the findings in ``known`` (each key as many times as it was recorded); and how many.

    Two passes: first by page, rule, text and sentence; then the findings left are matched by page, rule and text
    against the entries left, each entry as many times as it was recorded; when there are more such findings than
    entries, each entry takes the finding whose sentence is most like its recorded one (:func:`_closest`). The
    sentence alone had made a finding new: fixing *skall* in *Ansökan skall skickas till nämnden angående
    bygglov.* (or --fix) made its *skickas* and *angående* new and failed CI because someone fixed something (CI
    tester s43 §3)."""
    root = getattr(known, "root", None)
    remaining = Counter(known)
    keyed = [[finding_key(r.path, f.rule, f.text, f.context, root) for f in r.findings] for r in report.files]
    matched = [[False] * len(file_keys) for file_keys in keyed]
    for file_keys, file_matched in zip(keyed, matched, strict=True):
        for i, key in enumerate(file_keys):
            if remaining[key] > 0:
                remaining[key] -= 1
                file_matched[i] = True
    loose: dict[tuple[str, str, str], list[str]] = {}  # the sentences of the entries left, by page, rule and text
    for (path, rule, text, context), count in remaining.items():
        if count > 0 and not rule.startswith("notice:") and rule != "broken-link":  # not findings: left for below
            loose.setdefault((path, rule, text), []).extend([context] * count)
    waiting: dict[tuple[str, str, str], list[tuple[list[bool], int, str]]] = {}
    for file_keys, file_matched in zip(keyed, matched, strict=True):
        for i, key in enumerate(file_keys):
            if not file_matched[i] and key[:3] in loose:
                waiting.setdefault(key[:3], []).append((file_matched, i, key[3]))
    for group, findings in waiting.items():
        for file_matched, i in _closest(loose[group], findings):
            file_matched[i] = True
    dropped = sum(sum(file_matched) for file_matched in matched)
    files = []
    for file_report, file_matched in zip(report.files, matched, strict=True):
        hidden = [finding for finding, known_one in zip(file_report.findings, file_matched, strict=True) if known_one]
        kept = [finding for finding, known_one in zip(file_report.findings, file_matched, strict=True) if not known_one]
        # notices too: they count as info for --fail-on info, which a baseline could otherwise never make pass
        notices = []
        for notice in file_report.notices:
            key = notice_key(file_report.path, notice, root)
            if remaining[key] > 0:
                remaining[key] -= 1
                dropped += 1
            else:
                notices.append(notice)
        file_report = replace(file_report, findings=kept, notices=notices)  # every other field as it was
        file_report = _known_broken_link(file_report, remaining, root)
        # the findings the baseline hides, still on the page: the HTML report's comparison with a previous run
        # counts them as still there (it had called all 262 of a site's hidden findings "åtgärdade", 7 were fixed)
        file_report.baseline_known = hidden  # type: ignore[attr-defined]  # read with getattr
        files.append(file_report)
    return replace(report, files=files), dropped  # (a crawl's report keeps what it knows of the crawl)


def fixed(linted: Report, known: Counter[Key], kept: Report, dropped: int) -> int:
    """How many of ``known``'s entries no finding of ``linted`` took (``kept`` and ``dropped`` are what
    :func:`without_known` gave): the findings fixed since the baseline was written, which it lists until it is written
    again (note43: the gate counted the findings it hid, never those gone). Only entries of pages this run read and of
    rules it ran count: with --changed-since, a page not linted, a page that could not be read or a rule switched off
    has fixed nothing."""
    root = getattr(known, "root", None)
    read = {portable_path(r.path, root) for r in linted.files if not r.error}
    broken = {key[0] for r in linted.files if (key := broken_link_key(r, root)) is not None}
    ran = {info.id for info in linted.rules}

    def counted(key: Key) -> bool:
        path, rule = key[0], key[1]
        if rule == "broken-link":
            return path in broken or path in read  # a mended link's page is read now
        return path in read and (rule.startswith("notice:") or not ran or rule in ran)

    recorded = sum(count for key, count in known.items() if count > 0 and counted(key))
    known_links = sum(1 for r in kept.files if getattr(r, "in_baseline", False))
    return max(0, recorded - dropped - known_links)


def gone(linted: Report, known: Counter[Key]) -> int:
    """How many of ``known``'s entries are of files that no longer exist, in a folder this run read in full (a
    deleted or renamed page): neither found again nor fixed, they had been counted nowhere, and the baseline kept them
    for ever (retest s44 §5: *rm docs/b.md* left its 2 entries unmentioned). Only folders the run walked whole count
    (``linted.read_folders``, set by :func:`klarlint.runner.run`; none with --changed-since): a page outside what was
    read is not known to be gone. A file that exists but was not read (excluded, unreadable) is not gone."""
    folders = getattr(linted, "read_folders", ())
    if not folders:
        return 0
    root = getattr(known, "root", None)
    prefixes = {portable_path(str(folder), root) for folder in folders}
    read = {portable_path(r.path, root) for r in linted.files}
    base = root or Path.cwd()
    total = 0
    anchored = False  # some entry's file is there: the baseline's paths do point into the read folders
    for (path, _rule, _text, _context), count in known.items():
        if count <= 0 or not is_file_path(path) or not _under(path, prefixes):
            continue
        if path in read:
            anchored = True
            continue
        try:
            os.lstat(base / path)
            anchored = True
        except (FileNotFoundError, NotADirectoryError):
            total += count
        except (OSError, ValueError):  # cannot be looked at (a folder without access): not known to be gone
            continue
    # none there: a baseline written from another folder (an old one's paths are the working folder's), whose
    # paths name nothing here; its entries are not gone, and the run says that none of its paths matched
    return total if anchored else 0


def _under(path: str, prefixes: set[str]) -> bool:
    """Whether a baseline path lies in one of the folders (as :func:`portable_path` spells them)."""
    for prefix in prefixes:
        if prefix == ".":
            if not path.startswith(("../", "/")) and path != "..":
                return True
        elif path.startswith(prefix.rstrip("/") + "/"):
            return True
    return False


# Beyond this many sentence comparisons in one group (page, rule and text), the entries take the findings in order:
# a page with hundreds of leftover *skickas* would otherwise cost seconds (a comparison of two sentences' words takes
# some 0.04 ms, of two 150-word contexts up to 1 ms).
MAX_COMPARISONS = 2_000


def _closest(entries: list[str], findings: list[tuple[list[bool], int, str]]) -> list[tuple[list[bool], int]]:
    """The findings the leftover ``entries`` (their recorded sentences) take: all when there are no more findings
    than entries; else, entry by entry, the finding whose sentence is most like the entry's (difflib's ratio of
    their words; the first of equals). In order, a new sentence above an edited one had taken the edited one's
    entry (retest s43 A: *Vi skriver angående din fråga.* added above the recorded sentence whose *skall* was
    fixed was known, and the old sentence's *angående* was annotated as new)."""
    if len(findings) <= len(entries) or len(findings) * len(entries) > MAX_COMPARISONS:
        return [(file_matched, i) for file_matched, i, _ in findings[: len(entries)]]
    taken: list[tuple[list[bool], int]] = []
    left = list(findings)
    for entry in entries:
        # words, not characters: a character ratio of two 1,000-character contexts had taken 30 ms
        # the entry is b, which SequenceMatcher indexes once; each finding's words are set as a against it
        matcher = difflib.SequenceMatcher(None, b=entry.split(), autojunk=False)
        scores = []
        for *_, context in left:
            matcher.set_seq1(context.split())
            scores.append(matcher.ratio())
        best = scores.index(max(scores))
        file_matched, i, _ = left.pop(best)
        taken.append((file_matched, i))
    return taken


def _known_broken_link(report: FileReport, remaining: Counter[Key], root: Path | None = None) -> FileReport:
    """A broken link in the baseline is still reported, marked as known, and does not fail the run (exit 2 is for a
    new one): a link to mend on someone else's page, or an old one, had failed every run, so the site could not be
    gated at all."""
    key = broken_link_key(report, root)
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

    Changed since the branch left ``ref``: the working tree against the merge base of ``ref`` and HEAD, as a pull
    request's *git diff REF...HEAD* counts (and uncommitted changes too). A diff against ``ref`` itself had also listed
    every file changed on ``ref`` after the branch left it (note43: *--changed-since main* locally linted the base
    branch's new pages). Where ``ref`` and HEAD share no history, the diff is against ``ref``.

    ``cwd``: a folder in the repository (the linted path's; the working directory by default)."""
    check_ref(ref)
    cwd = cwd or Path.cwd()
    top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    if not top:
        raise KlarlintError("--changed-since: mappen är inte ett git-arkiv")
    # The commit's id, checked first: what goes to git diff is then a hexadecimal id, never an option.
    commit = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], cwd, ref).strip()
    commit = _merge_base(commit, cwd) or commit
    diff = _git(["diff", "--name-only", "-z", "--no-renames", commit, "--"], cwd, ref)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z", "--full-name"], cwd)
    return {(Path(top) / name).resolve() for name in _split(diff) | _split(untracked)}


def _merge_base(commit: str, cwd: Path) -> str | None:
    """The merge base of ``commit`` (an id) and HEAD; None without one (unrelated histories, or no HEAD yet)."""
    try:
        result = subprocess.run(
            ["git", "merge-base", commit, "HEAD"], cwd=cwd, capture_output=True, text=True, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = result.stdout.strip()
    return found if result.returncode == 0 and found else None


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
        what = f"okänd git-referens {ref!r}{_shallow_hint(cwd)}" if ref else "mappen är inte ett git-arkiv"
        raise KlarlintError(f"--changed-since: {what}")
    return result.stdout


def _shallow_hint(cwd: Path) -> str:
    """Why a ref may be unknown in a shallow clone: actions/checkout fetches one commit of the pull request's branch,
    so README's *--changed-since origin/${{ github.base_ref }}* had failed on a default checkout (CI tester s43 §2)."""
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--is-shallow-repository"], cwd=cwd, capture_output=True, text=True, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    if result.stdout.strip() != "true":
        return ""
    return " (arkivet är en grund klon: hämta hela historiken, till exempel med fetch-depth: 0 i actions/checkout)"


def write_atomically(path: Path, text: str) -> None:
    path = Path(path)
    if not path.parent.is_dir():  # a mistyped folder had been created (as root: /nonexistent/x/)
        raise KlarlintError(f"{path}: kan inte skrivas (mappen {path.parent} finns inte)")
    try:
        atomic.write_atomically(path, text.encode("utf-8"))  # a new baseline gets the usual permissions
    except OSError as exc:
        raise KlarlintError(f"{path}: kan inte skrivas ({os_reason(exc)})") from None
