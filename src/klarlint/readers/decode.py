"""Turn file bytes into text: UTF-8 first, then the legacy Windows encoding.

A UTF-8 file with a few stray bytes that are not UTF-8 (a byte pasted from an old
file) stays UTF-8: the bad bytes become U+FFFD and each gets a notice with its
place. Only a file with no valid UTF-8 beyond ASCII is read as cp1252 whole; read as
cp1252, a UTF-8 file's every å, ä and ö would turn into two characters. A file with
both (a cp1252 line pasted into a UTF-8 file, or the other way round) is read line by
line: a line of valid UTF-8 as UTF-8, a line with none as cp1252, and each line read
otherwise than most of the file gets a notice. An empty file is an empty document.

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
        # An empty file is an empty document, with nothing to find, as an empty Markdown file (Hugo's _index.md)
        # and empty stdin were: an empty .txt or .html (a placeholder) had been an input error, exit 2, in CI.
        return data.decode("ascii"), []
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: filen ser ut att vara binär, inte text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", "surrogateescape")
    bad = sum(1 for _ in ESCAPED_BYTE.finditer(text))
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # valid characters beyond ASCII
    if good < 1:  # no UTF-8 beyond ASCII anywhere: a legacy file
        return _legacy(data, path), []
    if bad > good:
        _legacy(data, path)  # (refuses what is binary or no cp1252 either)
    return _line_by_line(text, utf8=bad <= good)


OTHER_ENCODING = {
    True: "inte UTF-8 som resten av filen; {} som Windows-1252 (cp1252)",
    False: "UTF-8, men resten av filen är Windows-1252 (cp1252); {} som UTF-8",
}


def _line_by_line(text: str, utf8: bool) -> tuple[str, list[Notice]]:
    """A file of both encodings (``text`` decoded with surrogateescape), read line by line: a line of valid UTF-8 as
    UTF-8, a line without any as cp1252, and a line of both as the file is mostly (``utf8``), each line that is not
    noticed. A UTF-8 line in a file mostly cp1252 had been read as cp1252 without a word (*AnsÃ¶kan*, and columns
    that were not an editor's), and a cp1252 line in a file mostly UTF-8 as U+FFFD, then skipped as "another
    language"."""
    lines: list[str] = []
    notices: list[Notice] = []
    other: list[int] = []  # the start and end of the current run of lines read in the other encoding, and its size
    offset = 0
    for line in text.split("\n"):
        read_other = False
        if not line.isascii():
            bad = [match.start() for match in ESCAPED_BYTE.finditer(line)]
            good = len(line) - len(line.encode("ascii", "ignore")) - len(bad)
            raw = line.encode("utf-8", "surrogateescape")
            if not bad:
                read_other = not utf8
            elif not good and (legacy := _cp1252(raw, strict=utf8)) is not None:
                line, read_other = legacy, utf8
            elif good and len(bad) <= good or utf8:
                notices.extend(_replaced(line, bad, offset))
                line = ESCAPED_BYTE.sub("\ufffd", line)
            else:
                line = _cp1252(raw, strict=False) or ""
        if read_other:
            if other and other[1] == offset - 1:
                other[1:] = [offset + len(line), other[2] + 1]
            else:
                _note_other(other, utf8, notices)
                other[:] = [offset, offset + len(line), 1]
        lines.append(line)
        offset += len(line) + 1
    _note_other(other, utf8, notices)
    return "\n".join(lines), sorted(notices, key=lambda notice: notice.start)


def _cp1252(raw: bytes, strict: bool) -> str | None:
    """``raw`` as cp1252; a byte cp1252 leaves undefined as latin-1 does, unless ``strict`` (then None)."""
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return None if strict else raw.decode("latin-1")


def _note_other(run: list[int], utf8: bool, notices: list[Notice]) -> None:
    if run:
        what = "raden är" if run[2] == 1 else f"de {run[2]} raderna är"
        verb = "den lästes" if run[2] == 1 else "de lästes"
        notices.append(Notice("invalid-utf8", f"{what} {OTHER_ENCODING[utf8].format(verb)}", run[0], run[1]))


def _replaced(line: str, bad: list[int], offset: int) -> list[Notice]:
    return [
        Notice(
            "invalid-utf8",
            f"byte 0x{ord(line[at]) - 0xDC00:02X} är inte giltig UTF-8 och ersattes med \ufffd",
            offset + at,
            offset + at + 1,
        )
        for at in bad
    ]


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
        return text  # an empty document (see decode_with_notices)
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
