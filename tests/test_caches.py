"""The caches added for speed must never serve stale data."""

from __future__ import annotations

import os
from pathlib import Path

from klarlint.analysis import BlockAnalysis, Token
from klarlint.rules.declarative import load_rule_file

RULE = """id = "husord"
type = "substitution"
wordlist = "husord.tsv"
message = "Skriv {suggestion}."
"""


def _rule_files(folder: Path, words: str) -> Path:
    (folder / "husord.tsv").write_text(words, encoding="utf-8")
    path = folder / "husord.toml"
    path.write_text(RULE, encoding="utf-8")
    return path


def _terms(rule) -> set[str]:
    return {" ".join(term.words) for terms in rule.terms.by_first.values() for term in terms}


def test_an_unchanged_rule_file_is_built_once(tmp_path: Path):
    path = _rule_files(tmp_path, "erhålla\tfå\n")
    assert load_rule_file(path) is load_rule_file(path)


def test_a_changed_word_list_is_read_again(tmp_path: Path):
    path = _rule_files(tmp_path, "erhålla\tfå\n")
    first = load_rule_file(path)
    wordlist = tmp_path / "husord.tsv"
    wordlist.write_text("erhålla\tfå\nföreligga\tfinnas\n", encoding="utf-8")
    stat = wordlist.stat()
    os.utime(wordlist, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # even on a coarse clock
    assert _terms(first) == {"erhålla"}
    assert _terms(load_rule_file(path)) == {"erhålla", "föreligga"}


def test_a_changed_rule_file_is_read_again(tmp_path: Path):
    path = _rule_files(tmp_path, "erhålla\tfå\n")
    load_rule_file(path)
    path.write_text(RULE.replace('"husord"', '"vara-ord"'), encoding="utf-8")
    assert load_rule_file(path).info.id == "vara-ord"


def test_children_follow_tokens_appended_later():
    def token(i: int, head: int) -> Token:
        return Token(i, "ord", "ord", "NOUN", "NN", "", "dep", head, i * 4, i * 4 + 3)

    block = BlockAnalysis("ord ord ord", [token(0, 0), token(1, 0)], [])
    assert [t.i for t in block.children(block.tokens[0])] == [1]
    block.tokens.append(token(2, 0))
    assert [t.i for t in block.children(block.tokens[0])] == [1, 2]
    assert block.children(block.tokens[2]) == ()
