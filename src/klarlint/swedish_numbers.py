"""Numbers written the Swedish way in what klarlint tells a writer: thousands grouped, a decimal comma, a percent
sign after a space. The one place for them: the rules' messages, the notices and every reporter call these, so that
klarlint never writes *5,000*, *4.7* or *29%* itself (numbers-and-dates would flag the last in a writer's text)."""

from __future__ import annotations


def grouped(number: int) -> str:
    """5 000, as Swedish groups thousands (a no-break space between the groups)."""
    return f"{number:,}".replace(",", "\u00a0")


def decimal(value: float, places: int = 1) -> str:
    """A number with a decimal comma, *4,7* (``places`` decimals)."""
    return f"{value:.{places}f}".replace(".", ",")


def percent(share: float) -> str:
    """*29 %* with a no-break space (numbers-and-dates flags *29%*; the space must not break the line)."""
    return f"{100 * share:.0f}\u00a0%"
