"""The shipped model: load time, nlp.pipe throughput and what each component costs.

    python benchmarks/model.py [--repeat 3]

Text: Talbanken dev (the held-out treebank, when ../shared is present) and the
Swedish texts in examples/. Load time is measured in fresh interpreters, so it
includes reading the model from disk but not Python's start-up.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT.parent / "shared/data/ud/talbanken-sv_talbanken-ud-dev.conllu"
LOAD = (
    "import time; t = time.perf_counter(); from klarlint.nlp.model import load_model; load_model(); "
    "print(time.perf_counter() - t)"
)


def texts() -> list[str]:
    found = []
    if HELD_OUT.exists():
        found += [
            line[len("# text = ") :]
            for line in HELD_OUT.read_text("utf-8").splitlines()
            if line.startswith("# text = ")
        ]
    for path in sorted((ROOT / "examples").glob("*.txt")):
        found += [p for p in path.read_text("utf-8").split("\n\n") if p.strip()]
    return found


def load_seconds(repeat: int) -> float:
    runs = [
        float(subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True).stdout)
        for _ in range(repeat)
    ]
    return statistics.median(runs)


def component_costs(nlp, docs_text: list[str]) -> tuple[dict[str, float], int]:
    costs = {"tokenizer": 0.0}
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in docs_text]
    costs["tokenizer"] = time.perf_counter() - started
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        docs = (
            list(component.pipe(docs, batch_size=256)) if hasattr(component, "pipe") else [component(d) for d in docs]
        )
        costs[name] = time.perf_counter() - started
    return costs, sum(len(doc) for doc in docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from klarlint.nlp.model import MODEL_DIR, load_model

    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    nlp = load_model()
    sample = texts()
    list(nlp.pipe(sample[:50]))  # warm up
    rates = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        words = sum(len(doc) for doc in nlp.pipe(sample, batch_size=256))
        rates.append(words / (time.perf_counter() - started))
    costs, tokens = component_costs(nlp, sample)
    total = sum(costs.values())

    print(f"model size on disk     {size / 1e6:8.1f} MB")
    print(f"load (fresh process)   {load_seconds(args.repeat):8.2f} s")
    print(
        f"nlp.pipe               {statistics.median(rates):8.0f} tokens/s  ({tokens} tokens, median of {args.repeat})"
    )
    print()
    print(f"{'component':28} {'seconds':>8} {'share':>7}")
    for name, seconds in costs.items():
        print(f"{name:28} {seconds:8.2f} {seconds / total:7.1%}")


if __name__ == "__main__":
    main()
