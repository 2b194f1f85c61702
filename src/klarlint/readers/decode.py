"""Turn file bytes into text: UTF-8 first, then the legacy Windows encoding.

Swedish files from older Word and Notepad installations are often cp1252; a
file that is neither, or that holds NUL bytes, is binary and refused.
"""

from __future__ import annotations

from pathlib import Path

from klarlint.errors import InputError


def decode_bytes(data: bytes, path: Path | str) -> str:
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
    except UnicodeDecodeError:
        raise InputError(f"{path}: teckenkodningen känns inte igen (varken UTF-8 eller cp1252)") from None
    if _looks_binary(text):
        raise InputError(f"{path}: filen ser ut att vara binär, inte text")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return control > len(sample) * 0.01
