"""``lang-attribute``: a page's markup that says the wrong language (``lang="en"`` on Swedish text) or none.

A template's wrong ``<html lang="en">`` or a ``lang`` left on a section after a translation makes a screen reader
read Swedish with English pronunciation, and search engines and translation tools take the text for English
(WCAG 3.1.1 and 3.1.2). klarlint trusts a declared language (klarlint.language skips such text and says so) unless
the words are plainly Swedish; those blocks are linted, and this rule says what is wrong with their markup
(sub-check ``lang-wrong``). A whole page whose ``<html>`` declares no language at all leaves the screen reader to
its user's default (sub-check ``lang-missing``, axe's *html-has-lang*); a fragment without ``<html>`` (a CMS's body
text) is not a page and says nothing about it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from klarlint.analysis import Analysis
from klarlint.document import META_KINDS, BlockKind
from klarlint.language import SWEDISH, declared_code, language_name, page_in_another_language
from klarlint.rules.base import RuleFinding, RuleInfo, Severity

LANG_REFERENCE = (
    "WCAG 2.1, framgångskriterierna 3.1.1 (Sidans språk) och 3.1.2 (Språk för delar), som lagen (2018:1937) om "
    "tillgänglighet till digital offentlig service gör bindande för myndigheter"
)


class LangAttribute:
    info = RuleInfo(
        id="lang-attribute",
        title="Fel språk eller inget språk i sidans kod",
        severity=Severity.WARNING,
        block_local=False,  # one finding for a stretch of such paragraphs
        summary=(
            'Swedish text that the page\'s markup declares to be in another language (HTML `lang="en"` on the '
            "page or a part of it, a Markdown page's front matter `lang: en`; a template's mistake): a screen "
            "reader reads it with that language's "
            "pronunciation; one finding per stretch of such paragraphs, on the first one's first sentence. Text "
            "whose words do not plainly say Swedish is taken to be in the declared language and skipped, with a "
            "notice. And a whole HTML page whose `<html>` element has no `lang` (WCAG 3.1.1): one finding, on the "
            "page's title (else its first paragraph); a page in another language is told in its notice which lang to "
            'write instead (*Skriv <html lang="fi">*); a fragment without `<html>` is not a page'
        ),
        reference=LANG_REFERENCE,
        explanation=(
            "Webbsidans kod säger vilket språk texten är på, med attributet lang. En skärmläsare läser texten "
            "med det språkets uttal, och sökmotorer och översättningsverktyg utgår från det. Om koden säger "
            'engelska (lang="en") om en svensk text, läser skärmläsaren svenskan med engelskt uttal, och då '
            "blir den svår att förstå. Det händer när sidmallen har fel språk eller när koden blev kvar efter en "
            "översättning. Ändra lang till sv, eller ta bort attributet där sidan redan säger svenska. Om sidan "
            'inte säger något språk alls, använder skärmläsaren sitt eget standardspråk. Skriv <html lang="sv">.'
        ),
        example_before=(
            '<main><p lang="en">Du kan söka bygglov i vår e-tjänst. Vi svarar inom tre veckor och skickar '
            "beslutet till dig.</p></main>"
        ),
        example_after=(
            "<main><p>Du kan söka bygglov i vår e-tjänst. Vi svarar inom tre veckor och skickar beslutet till "
            "dig.</p></main>"
        ),
        example_format="html",
        issue_type="locale-violation",
        subchecks={
            "lang-wrong": "Svensk text som sidans kod säger är på ett annat språk",
            "lang-missing": "Sidan säger inte vilket språk den är på (<html> utan lang)",
        },
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        document = analysis.document
        # a page in another language: its notices name the lang to write (*Skriv <html lang="fi">*), on its title
        if document.html_lang == "" and analysis.blocks and not page_in_another_language(document):
            yield self._missing(analysis)
        yield from self._wrong(analysis)

    @staticmethod
    def _missing(analysis: Analysis) -> RuleFinding:
        blocks = analysis.document.blocks
        # The title sits in <head>, next to <html>; the page's first paragraph where it has none.
        index = next((i for i, block in enumerate(blocks) if block.kind is BlockKind.TITLE), 0)
        start, end = _first_sentence(analysis, index)
        # *<html lang="">* has the attribute, empty: told it had none, its writer looked for a missing attribute
        # (*<html lang>*, with no value, likewise: an empty value to the browser)
        written = _lang_attribute(analysis.document.source)
        if written is None:
            what = "elementet <html> saknar attributet lang"
        else:
            value = 'lang=""' if "=" in written else "lang utan värde"
            what = f"attributet lang på elementet <html> är tomt ({value})"
        return RuleFinding(
            index,
            start,
            end,
            f"Sidans kod säger inte vilket språk sidan är på: {what}. En skärmläsare läser den då med sitt eget "
            "standardspråk, och sökmotorer och översättningsverktyg får gissa.",
            'Skriv <html lang="sv">',
            subcheck="lang-missing",
        )

    def _wrong(self, analysis: Analysis) -> Iterator[RuleFinding]:
        # The rules see the Swedish blocks only (klarlint.language.swedish_part): a block here whose markup
        # declares another language is Swedish text marked wrong.
        blocks = analysis.document.blocks
        index = 0
        while index < len(blocks):
            declared = blocks[index].declared_language
            if not declared or declared_code(declared) == SWEDISH:
                index += 1
                continue
            end = index + 1
            while end < len(blocks) and blocks[end].declared_language == declared:
                end += 1
            # the page's title and description (after the body's blocks) are in the stretch, not counted as paragraphs
            more = sum(1 for block in blocks[index + 1 : end] if block.kind not in META_KINDS)
            yield self._finding(analysis, index, more, declared)
            index = end

    @staticmethod
    def _finding(analysis: Analysis, index: int, more: int, declared: str) -> RuleFinding:
        name = _declared_name(declared)
        start, end = _first_sentence(analysis, index)
        if more > 1:
            also = f" Det gäller {more} stycken till efter det här."
        else:
            also = " Det gäller stycket efter också." if more == 1 else ""
        # *se* for Swedish is a common slip (the country code is SE): its being North Sami says why it is wrong
        slip = " (se är nordsamiska; svenska är sv)" if declared.strip().lower() == "se" else ""
        return RuleFinding(
            index,
            start,
            end,
            f'Sidans kod säger att texten är på {name} (lang="{declared}"), men den är på svenska. En skärmläsare '
            f"läser den då med fel uttal.{also} Ändra lang till sv{slip}, eller ta bort attributet där sidan redan "
            "säger svenska.",
            'Ändra till lang="sv"',
            subcheck="lang-wrong",
        )


def _declared_name(declared: str) -> str:
    """The language a ``lang`` value names, as written: *no* is Norwegian, neither bokmål nor nynorsk (it had been
    *norska (bokmål) (lang="no")*, session 48), and no parenthesis inside the one the message puts the value in."""
    if re.split(r"[-_]", declared.strip(), maxsplit=1)[0].lower() in ("no", "nor"):
        return "norska"
    return re.sub(r" \((.*)\)$", r", \1", language_name(declared_code(declared)))


# The page's <html> start tag (not one in a comment before it) and a lang or xml:lang attribute in it. The reader
# gives the attribute's value only ("" for none and for an empty one alike).
_HTML_START_TAG = re.compile(r"<!--.*?(?:-->|\Z)|<html(?=[\s>/])[^>]*>", re.IGNORECASE | re.DOTALL)
# A bare *lang* (no *=*) is an attribute too (*<html lang>* had been told it had none).
_LANG_ATTRIBUTE = re.compile(r"\s(?:xml:)?lang(?:\s*=|(?=[\s/>]))", re.IGNORECASE)


def _lang_attribute(source: str) -> str | None:
    """The page's ``<html>`` start tag's ``lang`` (or ``xml:lang``) attribute's name as written, with its ``=`` if it
    has one; None without one."""
    tag = next((m.group() for m in _HTML_START_TAG.finditer(source) if not m.group().startswith("<!--")), "")
    found = _LANG_ATTRIBUTE.search(tag)
    return None if found is None else found.group()


def _first_sentence(analysis: Analysis, index: int) -> tuple[int, int]:
    sentences = analysis.blocks[index].sentences
    return (
        (sentences[0].char_start, sentences[0].char_end)
        if sentences
        else (0, len(analysis.document.blocks[index].text))
    )
