"""Text fragments on a page whose finding's words occur thousands of times (retest-surface, session 45): the place
nearest the finding is found by bisection, the same place the search through all of them found."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from klarlint.crawl.fragments import fragments, nearest
from klarlint.linter import lint_text


@given(st.lists(st.integers(0, 10_000), min_size=1, unique=True), st.integers(-100, 10_100))
def test_the_nearest_place_is_the_one_a_search_through_all_finds(places: list[int], position: int) -> None:
    places.sort()
    assert nearest(places, position) == min(places, key=lambda place: abs(place - position))


def test_ties_go_to_the_earlier_place() -> None:
    assert nearest([10, 20], 15) == 10
    assert nearest([10, 20], 16) == 20
    assert nearest([10], 0) == nearest([10], 99) == 10


def test_each_repeated_finding_links_to_its_own_paragraph() -> None:
    # Each paragraph's *skall* is found; its fragment needs the paragraph's own number to land there.
    paragraphs = [f"<p>Ansökan nummer {n} skall skickas in.</p>" for n in range(300)]
    source = "<html lang='sv'><body>" + "\n".join(paragraphs) + "</body></html>"
    report = lint_text(source, fmt="html").files[0]
    skall = [finding for finding in report.findings if finding.rule == "skall"]
    assert len(skall) == 300
    found = fragments(source, skall)
    assert len(found) == 300
    assert "nummer%20123" in found[(skall[123].start, skall[123].end, "skall")]
