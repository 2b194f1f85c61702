"""Turn file bytes into text: UTF-8 first, then the legacy Windows encoding.

A UTF-8 file with a few stray bytes that are not UTF-8 (a byte pasted from an old
file) stays UTF-8: the bad bytes become U+FFFD and each gets a notice with its
place. Only a file with no valid UTF-8 beyond ASCII is read as cp1252; read as
cp1252, a UTF-8 file's every å, ä and ö would turn into two characters.

Swedish files from older Word and Notepad installations are often cp1252 (or
its near twin latin-1, for the few bytes cp1252 leaves undefined); Notepad's
"Unicode" is UTF-16 with a byte order mark. Anything else that holds NUL bytes
or control characters is binary and refused.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from klarlint.errors import InputError
from klarlint.limits import Notice

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of a byte that is not UTF-8


def decode_bytes(data: bytes, path: Path | str) -> str:
    return decode_with_notices(data, path)[0]


def decode_with_notices(data: bytes, path: Path | str) -> tuple[str, list[Notice]]:
    """The text, and a notice for every byte that was not valid in the encoding read."""
    if data.startswith(UTF16_BOMS):
        return _utf16(data, path), []
    if not data.strip():
        raise InputError(f"{path}: filen är tom")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: filen ser ut att vara binär, inte text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    return _legacy(data, path), []


def _mostly_utf8(data: bytes) -> tuple[str, list[Notice]] | None:
    """UTF-8 with the bad bytes replaced, when valid UTF-8 beyond ASCII outnumbers them; else None."""
    text = data.decode("utf-8-sig", "surrogateescape")
    bad = [match.start() for match in ESCAPED_BYTE.finditer(text)]
    good = len(text) - len(text.encode("ascii", "ignore")) - len(bad)  # valid characters beyond ASCII
    if good < 1 or len(bad) > good:
        return None
    notices = [
        Notice(
            "invalid-utf8",
            f"byte 0x{ord(text[offset]) - 0xDC00:02X} är inte giltig UTF-8 och ersattes med \ufffd",
            offset,
            offset + 1,
        )
        for offset in bad
    ]
    return ESCAPED_BYTE.sub("\ufffd", text), notices


def _legacy(data: bytes, path: Path | str) -> str:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # a byte cp1252 leaves undefined: latin-1 has a (control) character for it
        text = data.decode("latin-1")
        if _looks_binary(text):  # more than a stray byte: some other encoding
            raise InputError(f"{path}: teckenkodningen känns inte igen (varken UTF-8 eller cp1252)") from None
    if _looks_binary(text):
        raise InputError(f"{path}: filen ser ut att vara binär, inte text")
    return text


def _utf16(data: bytes, path: Path | str) -> str:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        raise InputError(f"{path}: filen är skadad (ogiltig UTF-16)") from None
    if not text.strip():
        raise InputError(f"{path}: filen är tom")
    if _looks_binary(text):
        raise InputError(f"{path}: filen ser ut att vara binär, inte text")
    return text


def looks_binary(text: str) -> bool:
    """What the CLI refuses as binary in a UTF-8 file, for text that arrives as a string (the LSP, a web request):
    a NUL near the start. Other control characters are read as spaces, as the CLI reads them: Word's manual line
    break is a vertical tab in pasted text, and one in a short text had made the page refuse it as binary."""
    return "\x00" in text[:8192]


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    control = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or 0x7F <= ord(c) <= 0x9F)
    return control > len(sample) * 0.01
