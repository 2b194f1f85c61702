"""Readers turn a file into a :class:`~klarlint.document.Document`.

Each format has one small module; :func:`read_path` picks it by file ending and
:func:`read_text` by format name.
"""

from __future__ import annotations

from pathlib import Path

from klarlint.document import Document
from klarlint.errors import InputError
from klarlint.readers import markdown, plaintext
from klarlint.readers.decode import decode_bytes

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
}

MAX_FILE_BYTES = 20 * 1024 * 1024


def format_for(path: Path) -> str:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise InputError(f"{path}: okänt filformat {path.suffix or '(ingen filändelse)'}") from None


def read_text(source: str, fmt: str = "text", path: str | None = None) -> Document:
    """Read a document from a string of the given format."""
    if fmt == "markdown":
        return markdown.read(source, path)
    return plaintext.read(source, path)


def read_path(path: str | Path) -> Document:
    """Read a file from disk; raises :class:`InputError` with a one-line reason."""
    path = Path(path)
    fmt = format_for(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"{path}: filen är för stor ({size // (1024 * 1024)} MB; gränsen är "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: kan inte läsas ({exc.strerror or exc})") from None
    return read_text(decode_bytes(data, path), fmt, str(path))
