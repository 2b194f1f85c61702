"""Turn file bytes into text: UTF-8 first, then the legacy Windows encoding.

Swedish files from older Word and Notepad installations are often cp1252 (or
its near twin latin-1, for the few bytes cp1252 leaves undefined); Notepad's
"Unicode" is UTF-16 with a byte order mark. Anything else that holds NUL bytes
or control characters is binary and refused.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from klarlint.errors import InputError

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode_bytes(data: bytes, path: Path | str) -> str:
    if data.startswith(UTF16_BOMS):
        return _utf16(data, path)
    if not data.strip():
        raise InputError(f"{path}: filen är tom")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: filen ser ut att vara binär, inte text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
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


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    control = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or 0x7F <= ord(c) <= 0x9F)
    return control > len(sample) * 0.01
