"""Front matter at the very start of a Markdown source: YAML between ``---`` lines or TOML between ``+++`` lines.

Its own module because the Markdown reader and the kind of text (klarlint.genre) both read it, and the plain-text
reader, which the Markdown reader imports, imports klarlint.genre.
"""

from __future__ import annotations

import re

# An opening --- followed by a blank line is a thematic break (as pandoc reads it), else a page that opens with a rule
# had its text skipped (and genre.py's own pattern had read a *Typ:* under it as the page's kind).
FRONT_MATTER = re.compile(
    r"\A(?:(---)|\+\+\+)[ \t]*\r?\n(?(1)(?![ \t]*(?:\r?\n|\Z))).*?\r?\n(?(1)---|\+\+\+)[ \t]*(?:\r?\n|\Z)", re.DOTALL
)


# The page's language in a static site generator's front matter (Hugo, Jekyll, Eleventy: ``lang: en``,
# ``language = "en"``), as HTML's <html lang>: each block's declared language (klarlint.language). Here, not in the
# Markdown reader, so that the language module can read it without importing a reader (which imports it: a cycle).
LANG_LINE = re.compile(
    r"^(?:lang|language|languageCode)[ \t]*[:=][ \t]*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)[\"']?[ \t]*\r?$",
    re.MULTILINE,
)
