"""klarlint reads its own Swedish (issue 19 points 8 and 11).

Every rule's title, explanation and "Efter" example, and the messages its findings carry, must pass
klarlint itself. The one deliberate exception is a quoted bad example: an example inside Swedish
quotation marks (”t.ex.”) is a mention, not a use, and rules leave quotations alone. Mentions that
cannot be quoted are listed in DELIBERATE, each with the reason.
"""

from __future__ import annotations

import pytest

from klarlint.config import config_from_mapping
from klarlint.linter import lint_document
from klarlint.readers import read_text
from klarlint.rules.registry import all_rules

# An explanation or a message is not a letter: rules about a whole document (a summary first, a
# sender at the end) do not apply to it.
SNIPPET = config_from_mapping({"disable": ["missing-sender", "missing-summary"]})
RULES = all_rules()

# (rule whose text it is, field, rule that flags, flagged text): deliberate, with the reason.
DELIBERATE = {
    # the explanation shows the English and German quotation marks themselves; quoting them in ”…” is no help
    ("quotes-and-dashes", "explanation", "quotes-and-dashes", "“ ”"),
    ("quotes-and-dashes", "explanation", "quotes-and-dashes", "„ “"),
}

# Texts that make the rules speak: each rule's "Före" example, and what the short examples cannot
# show (document-level findings need a longer text).
TRIGGERS = [
    "Man kan söka bidrag. Den sökande ska skicka in intyg. Undertecknad svarar.",
    "Kommunen har 10.000 invånare. Ansök senast 5/5-25 kl 13, det kostar ca. 25% eller 3 mkr.",
    "Du kan betala med kort och/eller faktura för barn resp. vuxna.",
    "ÖVRIG INFORMATION\n\nInformation\n\nSå söker du:\n\nDet är inte ovanligt. Ingen som inte vet.",
    "Kontakta IVO om LSS. Vi har en verksamhetsuppföljningsrapport, vilken är lång.",
    "Ansökan skall behandlas av nämnden, som genomför en utredning och fattar beslut om det.",
    "Vi vill ha din feedback vid deadline. Du ombeds inkomma med handlingarna.",
    " ".join(["Du kan söka bidrag för resor till och från skolan varje termin."] * 40),
    'Vi har öppet måndag-fredag 8.00-16.30 - utom i juli. Läs "Så söker du".',
]


def unquoted_findings(text: str) -> list[tuple[str, str]]:
    """(rule, text) of every finding in ``text`` outside a quotation."""
    document = read_text(text + "\n")
    report = lint_document(document, SNIPPET)
    found = []
    for finding in report.findings:
        blocks = [b for b in document.blocks if b.source_span(0, len(b.text))[0] <= finding.start]
        block = blocks[-1]
        offset = finding.start - block.source_span(0, len(block.text))[0]
        if not block.in_quotation(offset, offset + len(finding.text)):
            found.append((finding.rule, finding.text))
    return found


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.info.id)
def test_titles_explanations_and_after_examples_pass_klarlint(rule) -> None:
    info = rule.info
    problems = []
    texts = [(field, getattr(info, field)) for field in ("title", "explanation", "example_after")]
    texts += [(f"option {key}", info.option_spec(key).description.capitalize() + ".") for key in info.options]
    for field, text in texts:
        for flagged_by, flagged in unquoted_findings(text) if text.strip(".") else ():
            if (info.id, field, flagged_by, flagged) not in DELIBERATE:
                problems.append((field, flagged_by, flagged))
    assert problems == []


def test_messages_pass_klarlint() -> None:
    messages: dict[str, str] = {}
    for text in [*(rule.info.example_before for rule in RULES), *TRIGGERS]:
        for finding in lint_document(read_text(text + "\n")).findings:
            messages.setdefault(finding.message, finding.rule)
    rules_heard = set(messages.values())
    assert rules_heard >= {"missing-sender", "missing-summary", "numbers-and-dates", "impersonal-man", "skall"}
    problems = [(rule, message, unquoted_findings(message)) for message, rule in messages.items()]
    assert [p for p in problems if p[2]] == []


def test_the_words_the_issue_named_are_gone() -> None:
    texts = " ".join(
        [rule.info.explanation for rule in RULES]
        + [m for t in TRIGGERS for m in (f.message for f in lint_document(read_text(t + "\n")).findings)]
    )
    for wrong in ("inte inte gäller", "lämnar läsaren att gissa", "(eller vi om er)", "hur man kontaktar er"):
        assert wrong not in texts
    assert "där ”som” inte går" in texts and "kan ”man” vara rätt ord" in texts


def test_the_quote_mark_tells_a_mention_from_a_use() -> None:
    """Without the quotation marks, the same words are flagged: the exemption is the mark, not a blanket pass."""
    assert ("abbreviation", "t.ex.") in unquoted_findings("Skriv inte t.ex. i löpande text.")
    assert unquoted_findings("Skriv inte ”t.ex.” i löpande text.") == []


def test_explain_speaks_swedish_and_names_the_source() -> None:
    from klarlint.explain import explain_info, explain_rule

    text = explain_rule("long-sentence")
    # the severity in Swedish; "warning" only as a value of the option quoted, which a config file spells so
    assert "(varning, inbyggd)" in text and text.count("warning") == text.count("'warning'") + text.count(
        "info, warning"
    )
    assert "max_words = 25" in text and "ett heltal från 0 till" in text and "ger en varning" in text
    assert "(info, fil: jargon.toml)" not in explain_rule("jargon") and "fil: jargon.toml" in explain_rule("jargon")
    from klarlint.rules.registry import _as_rules

    class PluginRule:
        info = RULES[1].info  # a plug-in built on RuleInfo gets its default source, "inbyggd"

        def check(self, analysis, options):
            return []

    [plugin] = _as_rules(PluginRule, "min-regel")
    assert plugin.info.source == "tillägg: min-regel" and "tillägg: min-regel" in explain_info(plugin.info)
    assert list(plugin.check(None, {})) == []
