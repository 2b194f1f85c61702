"""JSON output: the stable shape other tools consume (see README)."""

from __future__ import annotations

import json
from typing import TextIO

from klarlint.report import Report


def write(report: Report, out: TextIO) -> None:
    json.dump(report.to_json(), out, ensure_ascii=False, indent=2)
    out.write("\n")
