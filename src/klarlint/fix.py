"""``klarlint FILE --fix``: apply the findings' safe replacements to a .txt or Markdown file.

Only a finding's ``replacements`` are applied (its first one), never advice. A
replacement is applied only where its whole source span is prose the reader
took over verbatim: Markdown's code, HTML, front matter and link targets are
not in any block's text, and a span that crosses markup (``**``, an entity, a
line break) is left alone; so is a span in a quotation (between quotation
marks or in a ``>`` block quote), where the words are someone else's.

Two findings that overlap cannot both be applied: the first is, the text is
linted again, and the loop repeats until nothing changes (at most
:data:`MAX_ROUNDS` times). A second ``--fix`` therefore changes nothing.
Files are written atomically (a temporary file in the same folder, then
``os.replace``) in the encoding they were read in.
"""

from __future__ import annotations

import codecs
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from klarlint.atomic import write_atomically  # noqa: F401 - where the writers of files have it from
from klarlint.document import Document
from klarlint.errors import InputError, os_reason
from klarlint.readers import FORMATS, read_text
from klarlint.readers.decode import UTF16_BOMS, decode_with_notices
from klarlint.report import FileReport, Finding

FIXABLE_FORMATS = frozenset({"text", "markdown"})
MAX_ROUNDS = 10


@dataclass
class FixResult:
    path: str
    original: str
    fixed: str
    report: FileReport  # the findings that remain in the fixed text
    first_report: FileReport | None = None  # the findings of the text before any fix
    applied: list[Finding] = field(default_factory=list)
    rounds: list[tuple[str, list[Finding], str]] = field(default_factory=list)  # text before, applied, text after

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    def diff(self) -> str:
        """A unified diff that ``patch`` and ``git apply`` take: lines split at line feeds only (str.splitlines
        also splits at U+2028, form feeds and lone CRs, which no patch tool counts as line ends), and a last line
        without a line break marked as such (the two versions' last lines had run together: a corrupt patch)."""
        name = patch_path(self.path)
        lines = difflib.unified_diff(_lines(self.original), _lines(self.fixed), f"a/{name}", f"b/{name}")
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def patch_path(path: str) -> str:
    """The file's name in a patch's headers: relative to the working folder where the file is in it, else without
    its leading slash, as ``git diff --no-index`` writes it. ``a//work/sida.md`` (an absolute path after *a/*) was
    refused by ``git apply`` as an invalid path (tester s48)."""
    given = Path(path)
    if not given.is_absolute():
        return path
    try:
        return given.relative_to(Path.cwd()).as_posix()
    except (ValueError, OSError):  # elsewhere, or the working folder is gone
        return given.as_posix().lstrip("/")


def _lines(text: str) -> list[str]:
    return re.findall(r"[^\n]*\n|[^\n]+\Z", text)


def fixable_format(path: Path) -> str:
    """The reader format of a file ``--fix`` may change; raises :class:`InputError` for any other."""
    reason = unfixable_reason(path)
    if reason:
        raise InputError(f"{path}: {reason}")
    return FORMATS[path.suffix.lower()]


def unfixable_reason(path: Path, diff: bool = False) -> str | None:
    """Why ``--fix`` (``diff``: ``--diff``) cannot change ``path`` (one Swedish phrase), or None when it can."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt == "docx":
        if diff:
            return "--diff visar inga ändringar i Word-dokument; använd --suggest (spårade ändringar)"
        return "--fix ändrar inte Word-dokument; använd --suggest (spårade ändringar)"
    if fmt not in FIXABLE_FORMATS:
        # both named: the caller (--fix or --diff) is not known here, and "--fix" alone misled a --diff run
        return "--fix och --diff fungerar bara för .txt- och Markdown-filer"
    return None


def fix_source(source: str, fmt: str, path: str, lint: Callable[[Document], FileReport]) -> FixResult:
    """Apply safe replacements to ``source`` until it is stable; ``lint`` lints a document."""
    text = source
    result = FixResult(path, source, source, FileReport(path))
    for _ in range(MAX_ROUNDS):
        document = read_text(text, fmt, path)
        result.report = lint(document)
        if result.first_report is None:
            result.first_report = result.report
        edits = [f for f in result.report.findings if f.fixable]
        fixed, done = apply_edits(text, edits)
        if not done:
            break
        result.rounds.append((text, done, fixed))
        result.applied.extend(done)
        text = result.fixed = fixed
    else:
        result.report = lint(read_text(text, fmt, path))
    return result


def apply_edits(text: str, findings: list[Finding]) -> tuple[str, list[Finding]]:
    """Replace each finding's span with its first replacement; of overlapping findings only the first."""
    parts: list[str] = []
    done: list[Finding] = []
    cursor = 0
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        new = finding.replacements[0]
        if finding.start < cursor or new == text[finding.start : finding.end]:
            continue  # overlaps one already applied (the next round sees it again), or changes nothing
        parts += [text[cursor : finding.start], new]
        cursor = finding.end
        done.append(finding)
    parts.append(text[cursor:])
    return "".join(parts), done


# --- files --------------------------------------------------------------------------------------


def read_for_fix(path: Path) -> tuple[str, str, bytes]:
    """The file's text, the encoding to write it back in and its bytes (to see, before writing, that no one else
    has changed the file meanwhile)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: kan inte läsas ({os_reason(exc)})") from None
    text, notices = decode_with_notices(data, path)
    if notices:  # UTF-8 with a stray byte, read as U+FFFD: writing the fixed text back would lose the byte
        line = text.count("\n", 0, notices[0].start) + 1
        raise InputError(
            f"{path}: --fix ändrar inte filen, som har byte som inte är giltig UTF-8 (först på rad {line}); "
            "rätta dem först"
        )
    if data.startswith(UTF16_BOMS):
        return text, "utf-16", data
    if data.startswith(codecs.BOM_UTF8):
        return text, "utf-8-sig", data
    try:
        data.decode("utf-8")
        return text, "utf-8", data
    except UnicodeDecodeError:
        return text, "cp1252", data


def encode(text: str, encoding: str, path: Path) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        raise InputError(f"{path}: ändringarna kan inte sparas i filens teckenkodning ({encoding})") from None
