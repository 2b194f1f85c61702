"""klarlint: a linter for Swedish plain language (klarspråk)."""

__version__ = "0.1.0"
