"""The terminal summary writes its numbers the Swedish way, as klarlint's own numbers-and-dates rule asks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from klarlint.cli import main
from klarlint.linter import lint_text
from klarlint.swedish_numbers import decimal, percent


def test_decimal_comma_and_a_no_break_space_before_percent() -> None:
    assert decimal(4.66) == "4,7" and decimal(0.5, 2) == "0,50" and decimal(357.14) == "357,1" and decimal(12) == "12,0"
    assert percent(0.29) == "29\u00a0%" and percent(0) == "0\u00a0%" and percent(1) == "100\u00a0%"


def test_the_summary_has_no_english_numbers(tmp_path: Path, capsys) -> None:
    # *Medellängd 4.7, Nominalkvot 0.50, 29%, 357.1*, while numbers-and-dates flags *15%* and the HTML report
    # writes *25,9* and *0 %*
    path = tmp_path / "brev.txt"
    path.write_text("Du skall gå. Vi erhöll beslutet som skickades av kommunen.\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        main([str(path)])
    summary = capsys.readouterr().out.split("Sammanfattning:")[1]
    assert re.search(r"Medellängd \(ord/mening\)\s+5,0\b", summary)
    assert re.search(r"Nominalkvot\s+\d,\d\d \(", summary)
    assert re.search(r"Andel långa ord \(> 6 bokstäver\)\s+\d+\u00a0%", summary)
    assert re.search(r"Andel meningar med passiv\s+50\u00a0%", summary)
    assert re.search(r"Anmärkningar per 1 000 ord\s+\d+,\d\b", summary)
    assert not re.search(r"\d\.\d|\d%", summary)


def test_the_summary_format_passes_klarlints_own_number_rule() -> None:
    line = f"Andel långa ord: {percent(0.29)}. Medellängden är {decimal(4.66)} ord."
    assert not [f for f in lint_text(line).findings if f.rule == "numbers-and-dates"]
    assert [
        f for f in lint_text("Andel långa ord: 29%. Medellängden är 4,7 ord.").findings if f.rule == "numbers-and-dates"
    ]
