"""JSON output: the stable shape other tools consume (see README)."""

from __future__ import annotations

import json
from typing import TextIO

from klarlint.report import Report

WRITE_CHARS = 1 << 16


def write(report: Report, out: TextIO) -> None:
    # Encoded piece by piece and written in runs of about 64 KB: json.dump writes every piece on its own
    # (650,000 writes for the 7,000 findings of a megabyte of prose), json.dumps holds the whole text and
    # its millions of pieces at once (hundreds of MB for the 60,000 findings of a 20 MB text).
    pieces: list[str] = []
    size = 0
    for piece in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(report.to_json()):
        pieces.append(piece)
        size += len(piece)
        if size >= WRITE_CHARS:
            out.write("".join(pieces))
            pieces, size = [], 0
    pieces.append("\n")
    out.write("".join(pieces))
