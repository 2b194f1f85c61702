"""link-text: the suggestion brings no topic of its own."""

from __future__ import annotations

from conftest import lint_text


def test_the_suggestion_names_no_topic_foreign_to_the_page() -> None:
    """*till exempel ”Läs mer om bygglov”* had been said on a government page about a UN meeting (session 42, the
    explain tester)."""
    text = "# FN-mötet om jämställdhet\n\nMinistern talade på mötet. [Läs mer](/fn-motet).\n"
    [finding] = [f for f in lint_text(text, "markdown").findings if f.rule == "link-text"]
    assert "bygglov" not in finding.suggestion and "det sidan handlar om" in finding.suggestion


def test_a_link_that_says_where_it_leads_is_left_alone() -> None:
    text = "# FN-mötet\n\n[Läs mer om FN-mötet om jämställdhet](/fn-motet).\n"
    assert [f for f in lint_text(text, "markdown").findings if f.rule == "link-text"] == []
