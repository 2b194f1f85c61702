"""Readers turn a file into a :class:`~klarlint.document.Document`.

Each format has one small module; :func:`read_path` picks it by file ending and
:func:`read_text` by format name. Text formats are decoded here (UTF-8, else
cp1252); .docx is a zip package and goes to its reader as bytes.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from klarlint.document import Document
from klarlint.errors import InputError, os_reason
from klarlint.readers import plaintext
from klarlint.readers.compose import composed
from klarlint.readers.decode import decode_with_notices
from klarlint.readers.plaintext import LONE_SURROGATE, without_lone_surrogates  # noqa: F401 (LONE_SURROGATE: re-exported)

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".dotx": "docx",  # a template: the same XML (reviewed copies are written as templates too)
    ".docm": "docx",  # macro-enabled: read, macros never run; --annotate/--suggest write no copy of one
    ".dotm": "docx",
    ".pdf": "pdf",
}
BINARY_FORMATS = frozenset({"docx", "pdf"})  # read from bytes, never decoded as text
TEXT_FORMATS = frozenset({"text", "markdown", "html"})  # what :func:`read_text` reads from a string

MAX_FILE_BYTES = 20 * 1024 * 1024
# A .docx carries its images: a long report with photos is larger than any text file, yet
# only its XML is read (and docx.check_package limits what it unpacks to).
# The reviewed copy --annotate and --suggest write beside a Word document (rapport.docx → rapport.klarlint.docx):
# klarlint's own output, which a folder's lint leaves out as it leaves out Word's lock files.
# A tuple (str.endswith takes one): a template's reviewed copy stays a template (mall.dotx → mall.klarlint.dotx).
REVIEWED_COPY_SUFFIX = (".klarlint.docx", ".klarlint.dotx")
MACRO_SUFFIXES = (".docm", ".dotm")
MAX_DOCX_BYTES = 100 * 1024 * 1024


# Word's binary formats before 2007: named so, they had been "okänt filformat .doc", while the same bytes named
# .docx got this line (readers.docx, from the file's first bytes).
OLD_WORD = {
    ".doc": "filen är ett äldre Word-dokument (.doc); spara den som .docx",
    ".dot": "filen är en äldre Word-mall (.dot); spara den som .dotx",
}


def format_for(path: Path) -> str:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        if path.suffix.lower() in OLD_WORD:
            raise InputError(f"{path}: {OLD_WORD[path.suffix.lower()]}") from None
        raise InputError(f"{path}: okänt filformat {path.suffix or '(ingen filändelse)'}") from None


def read_text(source: str, fmt: str = "text", path: str | None = None, *, alt_text: bool = False) -> Document:
    """Read a document from a string of the given format (``alt_text``: read HTML ``alt`` texts); decomposed
    letters (*o* and a combining diaeresis) are read composed (:mod:`klarlint.readers.compose`)."""
    return composed(_read_text(without_lone_surrogates(source), fmt, path, alt_text))


def _read_text(source: str, fmt: str, path: str | None, alt_text: bool) -> Document:
    # The other formats' parsers are imported when first needed: a plain-text run starts faster.
    if fmt == "markdown":
        from klarlint.readers import markdown

        return markdown.read(source, path)
    if fmt == "html":
        from klarlint.readers import html

        return html.read(source, path, alt_text=alt_text)
    if fmt in BINARY_FORMATS:
        raise InputError(f"{path or '<text>'}: .{fmt} är ett binärt format och kan bara läsas från en fil")
    return plaintext.read(source, path)


def read_path(path: str | Path, *, alt_text: bool = False) -> Document:
    """Read a file from disk; raises :class:`InputError` with a one-line reason."""
    path = Path(path)
    fmt = format_for(path)
    limit = MAX_DOCX_BYTES if fmt in BINARY_FORMATS else MAX_FILE_BYTES
    try:
        if path.is_dir():
            raise InputError(f"{path}: är en mapp, inte en fil")
        size = path.stat().st_size
        if size > limit:
            raise InputError(f"{path}: filen är för stor ({_over(size, limit)}; gränsen är {_megabytes(limit)} MB)")
        if stat.S_ISFIFO(path.stat().st_mode):
            data = _read_pipe(path, limit + 1)
        else:
            with path.open("rb") as handle:  # at most one byte over the limit: a device has no size
                data = _read_capped(handle, limit + 1)
        if len(data) > limit:
            raise InputError(f"{path}: filen är för stor (gränsen är {_megabytes(limit)} MB)")
    except OSError as exc:
        raise InputError(f"{path}: kan inte läsas ({os_reason(exc)})") from None
    return read_bytes(data, fmt, str(path), alt_text=alt_text)


def read_bytes(data: bytes, fmt: str, path: str, *, charset: str | None = None, alt_text: bool = False) -> Document:
    """Read a document from bytes (a file's, or a fetched page's; ``charset`` as the server declared it)."""
    if fmt == "docx":
        from klarlint.readers import docx

        return composed(docx.read(data, path))
    if fmt == "pdf":
        from klarlint.readers import pdf

        return composed(pdf.read(data, path))
    if fmt == "markdown" and not data.strip():  # an empty Hugo _index.md: an empty document, not an error
        return read_text(data.decode("utf-8", "replace"), fmt, path)
    text = _decode_declared(data, charset) if charset else None
    if text is not None:
        return read_text(text, fmt, path, alt_text=alt_text)
    return read_bytes_as(data, fmt, path, alt_text=alt_text)


def _decode_declared(data: bytes, charset: str) -> str | None:
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):  # an unknown or wrong charset: guess as for a file
        return None


def read_bytes_as(data: bytes, fmt: str, name: str, *, alt_text: bool = False) -> Document:
    """Decode text bytes (see :mod:`klarlint.readers.decode`) and read them; decoding notices go with the document."""
    text, notices = decode_with_notices(data, name)
    document = read_text(text, fmt, name, alt_text=alt_text)
    document.notices.extend(notices)
    return document


class NotRead(InputError):
    """A named file that was not read, and why (``reason``): the run skips it with a notice, as a folder's FIFO."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.reason = reason


# How long a named pipe with no writer is waited for: a writer started just before klarlint (*echo … > x.md &*) opens
# the pipe a moment after klarlint does.
PIPE_WRITER_WAIT = 0.5


def _read_pipe(path: Path, cap: int) -> bytes:
    """A named pipe's text. It is opened without waiting for a writer (``open`` would wait forever for one that never
    comes); one that is there (``klarlint <(…)``) or comes within PIPE_WRITER_WAIT is read to its end as usual. With
    none, nothing was read: :class:`NotRead` (retest s44 §6: such a pipe had been linted as an empty Swedish document,
    exit 0 and no word, while in a folder the same pipe is skipped with a notice)."""
    import select

    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        # Linux and the BSDs: no event until a writer has opened the pipe (then text or its close)
        ready = select.select([descriptor], [], [], PIPE_WRITER_WAIT)[0]
        try:
            first = os.read(descriptor, min(cap, 1024 * 1024))
        except BlockingIOError:  # a writer is there and has written nothing yet: wait for its text
            first = None
        if first == b"" and not ready:
            raise NotRead(path, "är ingen vanlig fil utan en FIFO, och ingen skrev till den; ingen text lästes")
        os.set_blocking(descriptor, True)
        first = first or b""
        return first + _read_capped(handle, cap - len(first))


def _read_capped(handle, cap: int, chunk: int = 1024 * 1024) -> bytes:
    """At most ``cap`` bytes, read a megabyte at a time (``read(cap)`` would reserve all of ``cap`` at once)."""
    parts = []
    total = 0
    while total < cap:
        part = handle.read(min(chunk, cap - total))
        if not part:
            break
        parts.append(part)
        total += len(part)
    return b"".join(parts)


def _megabytes(size: int) -> str:
    """Whole megabytes, rounded up: a file just over the limit must not read as "20 MB; gränsen är 20 MB"."""
    return str(-(-size // (1024 * 1024)))


def _over(size: int, limit: int) -> str:
    """A size over ``limit`` in megabytes with one decimal, rounded down (*20,5 MB*, *60 MB*), so it never says more
    than the file has; a size that would then read as the limit is *mer än 20 MB* (20 MB + 1 byte had been called
    *21 MB*, rounded up)."""
    tenths = size * 10 // (1024 * 1024)
    if tenths <= limit * 10 // (1024 * 1024):
        return f"mer än {_megabytes(limit)} MB"
    whole, tenth = divmod(tenths, 10)
    return f"{whole} MB" if not tenth else f"{whole},{tenth} MB"
