"""Session 49's re-test of the administrator: an own word list saved by Excel, and rows that are no terms."""

from __future__ import annotations

from pathlib import Path

import pytest

from klarlint.errors import ConfigError
from klarlint.rules.declarative import load_rule_file

RULE = """id = "kommunord"
type = "substitution"
wordlist = "kommunord.tsv"
message = "Skriv {suggestion}."
"""


def _rule(folder: Path, words: bytes) -> Path:
    (folder / "kommunord.tsv").write_bytes(words)
    path = folder / "kommunord.toml"
    path.write_text(RULE, encoding="utf-8")
    return path


def _terms(path: Path) -> dict[str, str | None]:
    return {" ".join(t.words): t.suggestion for ts in load_rule_file(path).terms.by_first.values() for t in ts}


def test_a_windows_1252_word_list_is_read_as_a_text_file_is(tmp_path: Path) -> None:
    path = _rule(tmp_path, "term\tsuggestion\nexpediera\tskicka\nåtgärda\tgöra\n".encode("cp1252"))
    assert _terms(path) == {"expediera": "skicka", "åtgärda": "göra"}


def test_a_utf8_word_list_with_excels_bom_and_crlf_is_read(tmp_path: Path) -> None:
    path = _rule(tmp_path, "\ufeffåtgärda\tgöra\r\nta ställning till\tbesluta om\r\n".encode())
    assert _terms(path) == {"åtgärda": "göra", "ta ställning till": "besluta om"}


@pytest.mark.parametrize("row", ["expediera  skicka", "expediera;skicka", "expediera,skicka", "expediera ; skicka"])
def test_a_row_split_by_anything_but_a_tab_is_one_swedish_line_naming_file_and_row(tmp_path: Path, row: str) -> None:
    path = _rule(tmp_path, f"åtgärda\tgöra\n{row}\n".encode())
    with pytest.raises(ConfigError) as raised:
        load_rule_file(path)
    message = str(raised.value)
    assert "kommunord.tsv" in message and "rad 2" in message and "tabb" in message and "\n" not in message


def test_terms_of_words_and_phrases_with_one_space_are_kept(tmp_path: Path) -> None:
    path = _rule(tmp_path, "ta ställning till\tbesluta om\nbrukare\nS:t Eriks\n".encode())
    assert _terms(path) == {"ta ställning till": "besluta om", "brukare": None, "s:t eriks": None}
