"""Text-fragment links of a site check on a page whose finding's words repeat (retest-surface, session 45).

    python benchmarks/fragments.py [--paragraphs 10000 30000] [--json]

A page of N paragraphs, each with one *skall* finding, is linted in this process; then the findings' text
fragments (klarlint.crawl.fragments) are worked out twice: as the site check does (the place of the words nearest
each finding found by bisection) and with the search through every place for each finding that it did before
session 45. Prints the CPU time of each and whether the fragments are the same.
"""

from __future__ import annotations

import importlib
import time

from _common import Row, emit, machine, parser

fragments = importlib.import_module("klarlint.crawl.fragments")  # (the package's name is also its function's)


def _page(paragraphs: int) -> str:
    body = "\n".join(f"<p>Ansökan nummer {n} skall skickas in.</p>" for n in range(paragraphs))
    return f"<html lang='sv'><body>{body}</body></html>"


def _timed(source: str, findings: list) -> tuple[float, dict]:
    start = time.process_time()
    found = fragments.fragments(source, findings)
    return time.process_time() - start, found


def _scan(places: list[int], position: int) -> int:
    return min(places, key=lambda place: abs(place - position))


def measure(paragraphs: int) -> list[Row]:
    from klarlint.linter import lint_text

    source = _page(paragraphs)
    findings = [f for f in lint_text(source, fmt="html").files[0].findings if f.rule == "skall"]
    bisected, found = _timed(source, findings)
    nearest = fragments.nearest
    fragments.nearest = _scan
    try:
        scanned, before = _timed(source, findings)
    finally:
        fragments.nearest = nearest
    name = f"{paragraphs} paragraphs, {len(findings)} findings"
    return [
        Row("fragments", f"{name}: by bisection (CPU)", f"{bisected:.2f} s"),
        Row("fragments", f"{name}: every place for each finding (CPU)", f"{scanned:.2f} s"),
        Row("fragments", f"{name}: the same fragments", "yes" if found == before else "NO", "yes", found == before),
    ]


def main() -> None:
    arguments = parser(__doc__.splitlines()[0])
    arguments.add_argument("--paragraphs", type=int, nargs="*", default=[10_000, 30_000])
    options = arguments.parse_args()
    if not options.json:
        print(machine())
    emit([row for paragraphs in options.paragraphs for row in measure(paragraphs)], options.json)


if __name__ == "__main__":
    main()
