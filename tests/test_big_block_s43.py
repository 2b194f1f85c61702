"""One long block (a one-line text: bigfile tester, session 43) is read in place, not scanned from its start per
finding: token_at bisects the token starts, speaker tags and cited titles are SpanSets, and the abbreviation rule
reads a few words around an acronym. These tests pin the behaviour the faster code must keep, at the edges of the
windows it reads."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.analysis import BlockAnalysis, SpanSet, Token

# About 10,000 characters of plain sentences before the case: far beyond the few words the rules look at.
FILLER = "Vi har fått din ansökan och svarar inom två veckor. " * 200


def _token(i: int, start: int, end: int) -> Token:
    return Token(i, "x" * (end - start), "x", "NOUN", "NN", "", "root", i, start, end)


def test_token_at_finds_the_token_that_covers_an_offset_and_none_between_tokens() -> None:
    block = BlockAnalysis("ab  cd e", [_token(0, 0, 2), _token(1, 4, 6), _token(2, 7, 8)], [])
    found = {offset: block.token_at(offset) for offset in range(-1, 10)}
    assert [t.i if t else None for t in found.values()] == [None, 0, 0, None, None, 1, 1, None, 2, None, None]


def test_token_at_takes_the_first_token_that_covers_it_when_tokens_overlap() -> None:
    """No backend makes overlapping tokens; should one, the answer is what the scan from the start gave."""
    block = BlockAnalysis("abcdef", [_token(0, 2, 6), _token(1, 0, 4)], [])
    assert block.token_at(3).i == 0 and block.token_at(1).i == 1 and block.token_at(6) is None


def test_token_at_follows_tokens_appended_after_a_first_question() -> None:
    block = BlockAnalysis("ab cd", [_token(0, 0, 2)], [])
    assert block.token_at(3) is None
    block.tokens.append(_token(1, 3, 5))  # the backend fills a block in pieces
    assert block.token_at(3).i == 1


@pytest.mark.parametrize(
    "spans",
    [[], [(3, 5)], [(3, 5), (5, 8)], [(2, 9), (4, 6)], [(6, 8), (1, 3)], [(4, 4), (4, 3)], [(0, 2), (1, 7), (9, 10)]],
)
def test_a_span_set_holds_the_offsets_some_span_holds(spans: list[tuple[int, int]]) -> None:
    spanned = SpanSet(spans)
    assert [x for x in range(-1, 12) if x in spanned] == [x for x in range(-1, 12) if any(a <= x < b for a, b in spans)]
    assert bool(spanned) == any(a < b for a, b in spans)


def _acronyms(text: str) -> list[str]:
    return [f.text for f in lint_text(text).findings if f.rule == "abbreviation"]


@pytest.mark.parametrize(
    "case",
    [
        "Ministern träffade FN:s utvecklingsprogram ( UNDP i går.",  # three words before it name the body
        "Ministern besökte företaget" + " " * 300 + "ROAM i går.",  # a long run of spaces in a pasted text
        "Ministern träffade Singapores " + "säkerhets" * 9 + "myndighet CSA i går.",  # a word of 90 signs
        "Planet Saab 340 AEW flög över.",
        "VIKTIGT ATT VETA OM LSS för dig.",
    ],
)
def test_a_named_acronym_deep_in_one_long_block_is_not_flagged(case: str) -> None:
    assert _acronyms(case) == []
    assert _acronyms(FILLER + case) == []


@pytest.mark.parametrize(
    "case", ["Ministern träffade myndigheten KSV i går.", "Ministern besökte" + " " * 300 + "ROAM i går."]
)
def test_an_unexplained_acronym_deep_in_one_long_block_is_flagged(case: str) -> None:
    flagged = _acronyms(case)
    assert flagged and _acronyms(FILLER + case) == flagged


def _sentence(words: int) -> str:
    return " ".join(["Vi"] + ["ord"] * (words - 1)) + "."


def test_a_speaker_tag_deep_in_one_long_block_is_uncounted_and_others_do_not_count_for_it() -> None:
    """Speaker tags elsewhere in the block leave a long sentence's count alone; its own tag is not counted."""
    tagged = f"– {_sentence(25)[:-1]}, säger ministern Anna Andersson på mötet i dag."
    others = " ".join(f"– Det är bra, säger ministern {n}." for n in range(50))
    found = [f for f in lint_text(others + " " + tagged).findings if f.rule == "long-sentence"]
    assert found == []
    untagged = _sentence(31)
    [finding] = [f for f in lint_text(others + " " + untagged).findings if f.rule == "long-sentence"]
    assert finding.message.startswith("Meningen har 31 ord.")
