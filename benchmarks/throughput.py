"""Throughput: words per second of the raw spaCy pipeline against the full linter.

    python benchmarks/throughput.py [--words 100000] [--repeat 2] [--profile]

Builds a corpus of at least ``--words`` words by shuffling paragraphs (fixed
seed) from ../shared/corpus, the examples and benchmarks/corpus_fallback.txt,
cut into documents of about 1,000 words, and measures

  (a) ``nlp.pipe`` of the shipped model over every block text of every document;
  (b) ``klarlint.lint`` of each document with every rule enabled (reading,
      analysis, rules, directives, statistics: everything but printing).

Goals (issue 7): (b) ≥ 5,000 words/s in one process, (b)/(a) time ≤ 1.2. (a)
and (b) alternate document by document, so a change in the machine's load
affects both alike; the best of ``--repeat`` runs counts, because a busy
machine only ever slows a run down. CPU time (this process only) is printed
too: on a loaded machine it is the steadier figure. ``--profile`` prints where
(b) spends its time.
"""

from __future__ import annotations

import time

from _common import Row, build_documents, emit, parser, word_count

GOAL_WORDS_PER_SECOND = 5000
GOAL_RATIO = 1.2


def main() -> None:
    args = _arguments()
    documents = build_documents(args.words)
    words = sum(word_count(d) for d in documents)

    from klarlint import lint
    from klarlint.config import config_from_mapping
    from klarlint.nlp.model import load_model
    from klarlint.readers import read_text
    from klarlint.rules.registry import all_rules

    started = time.perf_counter()
    nlp = load_model()
    load_seconds = time.perf_counter() - started
    config = config_from_mapping({"enable": [rule.info.id for rule in all_rules()]})
    block_texts = [[block.text for block in read_text(document).blocks] for document in documents]
    lint(documents[0], config)  # warm-up: the backend, rule files and word lists

    def raw(texts: list[str]) -> None:
        for _ in nlp.pipe(texts, batch_size=64):
            pass

    def full(document: str) -> int:
        return len(lint(document, config).files[0].findings)

    # (a) and (b) alternate document by document, so a change in the machine's load hits both alike.
    best: dict[str, tuple[float, float]] = {"a": (float("inf"), 0.0), "b": (float("inf"), 0.0)}
    findings = 0
    for _ in range(args.repeat):
        totals = {"a": [0.0, 0.0], "b": [0.0, 0.0]}
        findings = 0
        for document, texts in zip(documents, block_texts, strict=True):
            _add(totals["a"], _timed(raw, texts)[:2])
            *spent, found = _timed(full, document)
            _add(totals["b"], spent)
            findings += found
        for key, (wall, cpu) in totals.items():
            best[key] = min(best[key], (wall, cpu))
    (raw_seconds, raw_cpu), (full_seconds, full_cpu) = best["a"], best["b"]

    if args.profile:
        _profile(lambda: [full(document) for document in documents])
    raw_rate, full_rate, ratio = words / raw_seconds, words / full_seconds, full_seconds / raw_seconds
    emit(
        [
            Row("throughput", "corpus", f"{words:,} words, {len(documents)} documents, {findings:,} findings"),
            Row("throughput", "model load (in process)", f"{load_seconds:.2f} s"),
            Row("throughput", "(a) nlp.pipe (CPU time)", f"{raw_rate:,.0f} words/s ({words / raw_cpu:,.0f} words/s)"),
            Row(
                "throughput",
                "(b) klarlint.lint, all rules (CPU time)",
                f"{full_rate:,.0f} words/s ({words / full_cpu:,.0f} words/s)",
                f"≥ {GOAL_WORDS_PER_SECOND:,} words/s",
                full_rate >= GOAL_WORDS_PER_SECOND,
            ),
            Row(
                "throughput",
                "time (b)/(a) (CPU time)",
                f"{ratio:.2f} ({full_cpu / raw_cpu:.2f})",
                f"≤ {GOAL_RATIO}",
                ratio <= GOAL_RATIO,
            ),
        ],
        args.json,
    )


def _arguments():
    result = parser(__doc__.splitlines()[0])
    result.add_argument("--words", type=int, default=100_000, help="corpus size in words (default 100,000)")
    result.add_argument("--repeat", type=int, default=2, help="runs of each measurement; the best counts")
    result.add_argument("--profile", action="store_true", help="profile (b) with pyinstrument and print it")
    return result.parse_args()


def _timed(function, *args):
    """(wall seconds, CPU seconds of this process, result)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _add(total: list[float], spent) -> None:
    total[0] += spent[0]
    total[1] += spent[1]


def _profile(function) -> None:
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001)
    profiler.start()
    function()
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
