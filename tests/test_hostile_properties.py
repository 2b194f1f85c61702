"""Property tests: pathological shapes cost bounded time per MB and bounded memory.

Hypothesis generates the shapes a hostile or careless input has (very long tokens,
deep nesting, unbalanced brackets, long runs of one character, huge attributes,
runs of entities) in every format, and the tests check that reading and guarding
(the stages that were quadratic) stay within :data:`SECONDS_PER_MB` of CPU time and
:data:`PEAK_BYTES_PER_INPUT_BYTE` of traced memory, and that a whole lint of a
smaller input does too. Sizes are kept modest so the suite stays fast; the hard
numbers at full size are benchmarks/hostile.py's.
"""

from __future__ import annotations

import gc
import time
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from klarlint.linter import guard, lint_document
from klarlint.readers import read_text

SECONDS_PER_MB = 10.0  # the goal, CPU time, for the reader and the guard alone
FIXED_SECONDS = 3.0  # start-up of a parser (first import, under tracemalloc), not per character
PEAK_BYTES_PER_INPUT_BYTE = 60  # traced Python memory over the input's size
# markdown-it's block parser keeps five integers for every line of its source while it parses (bMarks,
# eMarks, tShift, sCount, bsCount: about 170 bytes a line). A cost per line, not per byte: in a file of
# one-letter lines it is 85 bytes per byte. It is bounded in the whole by MAX_MARKDOWN_LINES (a 20 MB
# Markdown file of one-letter lines: 452 MiB at most, benchmarks/hostile.py), and allowed here per line.
PEAK_BYTES_PER_MARKDOWN_LINE = 200
FIXED_PEAK = 16 * 1024 * 1024
SENTENCE = "Ansökan skall behandlas."


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


SHAPES = {
    "long-token": lambda char, size: _repeat(char, size),
    "run-with-spaces": lambda char, size: _repeat(char + " ", size),
    "open-brackets": lambda char, size: _repeat("[", size // 2) + SENTENCE + _repeat("]", size // 2),
    "open-links": lambda char, size: _repeat("[a](", size // 2) + "x" + _repeat(")", size // 2),
    "open-parens": lambda char, size: _repeat("(", size),
    "emphasis": lambda char, size: _repeat("*a ", size),
    "backticks": lambda char, size: _repeat("`", size) + "a",
    "angles": lambda char, size: _repeat("<", size) + "a",
    "block-quotes": lambda char, size: _repeat(">", size) + " " + SENTENCE,
    "nested-lists": lambda char, size: "".join("  " * i + "- x\n" for i in range(int(size**0.5) // 2)),
    "huge-attribute": lambda char, size: '<p title="' + _repeat(char, size) + ">" + SENTENCE + "</p>",
    "deep-html": lambda char, size: _repeat("<div>", size // 2) + SENTENCE + _repeat("</div>", size // 2),
    "entities": lambda char, size: _repeat("&amp;", size),
    "lines": lambda char, size: _repeat(char + "\r", size),
}
FORMATS = ("text", "markdown", "html")
chars = st.sampled_from(["a", "x", "=", ".", "-", "ö", "\u200b", "😀", "\x1b", "/"])


def _measure(function, *args):
    # A full sweep of the cyclic collector walks everything the process holds: in a test worker that has
    # run hundreds of tests, one under tracemalloc was billed ~10 s to a 60 KB input. Sweep before, so the
    # measured call starts with the collector's counters at zero.
    gc.collect()
    tracemalloc.start()
    started = time.process_time()
    try:
        result = function(*args)
    finally:
        elapsed = time.process_time() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return result, elapsed, peak


def _within_bounds(
    source: str,
    elapsed: float,
    peak: int,
    fixed_seconds: float = FIXED_SECONDS,
    fixed_peak: int = FIXED_PEAK,
    fmt: str = "text",
) -> None:
    megabytes = len(source.encode("utf-8")) / (1024 * 1024)
    assert elapsed <= SECONDS_PER_MB * megabytes + fixed_seconds, f"{elapsed:.2f} s for {megabytes:.2f} MB"
    per_line = PEAK_BYTES_PER_MARKDOWN_LINE * len(source.splitlines()) if fmt == "markdown" else 0
    limit = PEAK_BYTES_PER_INPUT_BYTE * len(source.encode("utf-8")) + per_line + fixed_peak
    assert peak <= limit, f"{peak / 2**20:.0f} MiB traced for {megabytes:.2f} MB"


def _read_and_guard(source: str, fmt: str):
    return guard(read_text(source, fmt))


@pytest.fixture(scope="module", autouse=True)
def _warm_readers() -> None:
    """The first read of each shape and format builds parsers and caches once per process (slow under
    tracemalloc); the bounds are about the cost per input, so that start-up is paid before measuring."""
    for fmt in FORMATS:
        for make in SHAPES.values():
            _read_and_guard(make("a", 50), fmt)


# derandomize: CI runs the examples that were run here (a bound found broken is a defect to fix, not a
# coin toss for whoever pushes next); the shapes and sizes are still drawn across the whole range.
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(shape=st.sampled_from(sorted(SHAPES)), fmt=st.sampled_from(FORMATS), char=chars, size=st.integers(1, 200_000))
def test_reading_and_guarding_any_shape_is_linear_and_bounded(shape: str, fmt: str, char: str, size: int):
    source = SHAPES[shape](char, size)
    document, elapsed, peak = _measure(_read_and_guard, source, fmt)
    _within_bounds(source, elapsed, peak, fmt=fmt)
    # What the guard left is short enough for any later stage: no token over the limit.
    from klarlint.limits import MAX_TOKEN_CHARS

    assert all(len(word) <= MAX_TOKEN_CHARS for block in document.blocks for word in block.text.split())


def test_markdown_of_many_one_character_lines_is_bounded() -> None:
    """Was 420 traced bytes per input byte: markdown-it made a text and a soft-break token of every line
    (now the lines of a paragraph stay one text token) and the block kept a segment per line (now merged)."""
    source = SHAPES["lines"]("a", 65_857)
    document, elapsed, peak = _measure(_read_and_guard, source, "markdown")
    # markdown-it over 65,857 lines under tracemalloc costs 3 to 5 s of CPU on the shared two-core machine (it
    # failed the general 3.6 s bound by half a second under load, at the same code): the bound is there for a
    # reader gone quadratic (minutes), so this input gets 10 s.
    _within_bounds(source, elapsed, peak, fixed_seconds=10.0, fmt="markdown")
    assert peak <= 100 * len(source)  # the lines' share alone, not the 420 bytes per byte of before
    assert [len(block.segments) for block in document.blocks] == [1]


def test_markdown_past_its_most_lines_is_noticed_where_the_lint_stops(monkeypatch) -> None:
    monkeypatch.setattr("klarlint.readers.markdown.MAX_MARKDOWN_LINES", 4)
    source = "Ett.\nTvå.\rTre.\r\nFyra.\nFem.\nSex.\n"
    document = read_text(source, "markdown")
    assert [block.text for block in document.blocks] == ["Ett. Två. Tre. Fyra."]
    [notice] = document.notices
    assert (notice.code, source[notice.start :]) == ("too-long", "Fem.\nSex.\n")


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(shape=st.sampled_from(sorted(SHAPES)), fmt=st.sampled_from(FORMATS), char=chars, size=st.integers(1, 10_000))
def test_a_whole_lint_of_any_shape_is_bounded_and_says_what_it_skipped(shape: str, fmt: str, char: str, size: int):
    source = SHAPES[shape](char, size) + "\n\n" + SENTENCE + "\n"
    lint_document(read_text(SENTENCE))  # the model loads once, outside what is measured
    report, elapsed, peak = _measure(lambda: lint_document(read_text(source, fmt)))
    # Fixed costs: word lists and caches filled on first use, a batch of spaCy.
    _within_bounds(source, elapsed, peak, fixed_seconds=3.0, fixed_peak=128 * 1024 * 1024, fmt=fmt)
    longest = max((len(word) for word in source.split()), default=0)
    if longest > 1000 and fmt == "text":  # nothing skipped without a word
        assert any(notice.code == "long-token" for notice in report.notices)


# Words that make rules work hard: jargon (erhålla), passives with and without an agent, nouns and a
# light verb. With no punctuation they are one sentence, one clause: every scan "to the clause's end" runs
# to the end of the text unless it is capped.
SALAD = ("kommunen", "ansökan", "beslutet", "har", "behandlats", "av", "nämnden", "och", "erhålla", "bistånd")


def _rule_seconds(words: int) -> dict[str, float]:
    import random

    from klarlint.config import Config
    from klarlint.linter import active_rules, analyze

    rng = random.Random(1)
    source = " ".join(rng.choice(SALAD) for _ in range(words)) + "\n"
    analysis = analyze(guard(read_text(source)), config=Config())
    seconds = {}
    for active in active_rules(Config()):
        # A collection of what earlier tests left (hypothesis's inputs) falls in whichever rule runs then, and costs
        # with the heap, not the sentence: after the reading test, nominalization took 12× the time for 4× the
        # words in the 8,000-word run alone. Collected before, not during, each rule's measure.
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            list(active.rule.check(analysis, active.options))
            seconds[active.rule.info.id] = time.process_time() - started
        finally:
            gc.enable()
    return seconds


def test_every_rule_is_linear_in_a_sentence_without_punctuation() -> None:
    """A megabyte with no full stop (a pasted blob, a minified line) took 249 s, not 13: passive-voice looked
    for an open quotation, a doer named just before and vi/oss in the whole paragraph for every passive, and
    two rules scanned to the clause's end or start for every word. Four times the words may cost four times
    the time (eight allowed, for a shared machine), not sixteen. A ratio in one run, not a bound in seconds."""
    _rule_seconds(200)  # word lists and caches filled once, outside the measure
    small, large = _rule_seconds(2_000), _rule_seconds(8_000)
    slow = {
        rule: round(large[rule] / max(small[rule], 0.005), 1)
        for rule in large
        if large[rule] > 0.1 and large[rule] > 8 * max(small[rule], 0.005)
    }
    assert not slow, f"rules superlinear in sentence length (time ratio for 4× the words): {slow}"
