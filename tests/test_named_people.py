"""The end of a list of titled names after *av* (klarlint.grammar._named_people_end), read from the words, as the
passive rule does where the parse lost the list's conjuncts. Tokens are built by hand so the test does not depend on
how the model parses a sentence."""

from __future__ import annotations

from klarlint.analysis import BlockAnalysis, Token
from klarlint.grammar import _named_people_end


def block_of(words: list[tuple[str, str]]) -> BlockAnalysis:
    """A block of (word, UPOS) pairs joined by spaces, every token its own head (the parse is not asked)."""
    tokens, text = [], ""
    for i, (word, pos) in enumerate(words):
        if text and word != ",":
            text += " "
        tokens.append(Token(i, word, word.lower(), pos, "", "", "dep", i, len(text), len(text) + len(word)))
        text += word
    return BlockAnalysis(text, tokens, [])


def people_end(words: list[tuple[str, str]], first_name: int) -> str:
    """The text from the first word to where the list ends, given the first person's last name at ``first_name``."""
    block = block_of(words)
    head = block.tokens[first_name]
    return block.text[: _named_people_end(block, head, head.end)]


MINISTER = [("utbildningsminister", "NOUN"), ("Mats", "PROPN"), ("Persson", "PROPN"), ("och", "CCONJ")]


def test_a_title_after_an_organisations_name_continues_the_list() -> None:
    words = [*MINISTER, ("ESS", "NOUN"), ("generaldirektör", "NOUN"), ("Helmut", "PROPN"), ("Schober", "PROPN")]
    assert people_end(words, 2) == "utbildningsminister Mats Persson och ESS generaldirektör Helmut Schober"


def test_a_title_with_its_name_in_apposition_continues_the_list() -> None:
    words = [*MINISTER, ("ESS", "NOUN"), ("generaldirektör", "NOUN"), (",", "PUNCT")]
    words += [("professor", "NOUN"), ("Helmut", "PROPN"), ("Schober", "PROPN")]
    assert people_end(words, 2).endswith("ESS generaldirektör, professor Helmut Schober")


def test_a_place_after_a_comma_ends_the_list() -> None:
    words = [("av", "ADP"), ("Lisa", "PROPN"), ("Berg", "PROPN"), (",", "PUNCT"), ("Stockholm", "PROPN")]
    assert people_end(words, 2) == "av Lisa Berg"


def test_a_comma_after_a_title_with_no_name_after_it_ends_the_list() -> None:
    words = [*MINISTER, ("ESS", "NOUN"), ("generaldirektör", "NOUN"), (",", "PUNCT"), ("som", "PRON")]
    assert people_end(words, 2) == "utbildningsminister Mats Persson"
