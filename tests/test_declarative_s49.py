"""Word lists matched and replaced in code (session 49): an organisation's own compounds at a sentence start or in a
heading, their inflected replacements, a listed *sig* in another person; and acronyms and abbreviations (AFS 2023:1,
11 § MBL, åk 6-9)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import regex

from conftest import lint_text
from klarlint.rules.abbreviation import OWN_PATTERNS
from klarlint.rules.declarative import _as_listed_after_first

OWN_RULE = """
id = "kommunord"
type = "substitution"
match = "lemma"
wordlist = "kommunord.tsv"
severity = "warning"
message = "Vi skriver ”{suggestion}” i stället för ”{text}”."
"""
OWN_WORDS = "term\tsuggestion\tnote\nverksamhetsutövare\tföretag\t\nansökningsblankett\tblankett\t\n"


@pytest.fixture
def rules(tmp_path: Path) -> str:
    folder = tmp_path / "regler"
    folder.mkdir()
    (folder / "kommunord.toml").write_text(OWN_RULE, encoding="utf-8")
    (folder / "kommunord.tsv").write_text(OWN_WORDS, encoding="utf-8")
    return str(folder)


def own(text: str, rules: str, fmt: str = "text") -> list[tuple[str, str | None, tuple[str, ...]]]:
    report = lint_text(text, fmt, rules_path=[rules])
    return [(f.text, f.suggestion, f.replacements) for f in report.findings if f.rule == "kommunord"]


@pytest.mark.parametrize(
    ("text", "fmt", "word"),
    [
        ("Verksamhetsutövaren ska svara.", "text", "Verksamhetsutövaren"),
        ("Verksamhetsutövarna ska svara.", "text", "Verksamhetsutövarna"),
        ("# Verksamhetsutövarnas ansvar\n", "markdown", "Verksamhetsutövarnas"),
        ("# Ansökningsblanketter\n", "markdown", "Ansökningsblanketter"),
    ],
)
def test_own_compound_is_found_inflected_at_a_sentence_start(rules: str, text: str, fmt: str, word: str) -> None:
    # the model keeps a capitalised unknown compound's form as its lemma; mid-sentence it was always found
    assert [found[0] for found in own(text, rules, fmt)] == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Företagsverksamhetsutövaren ska svara.",  # another compound with the same last part
        "Blankettverket svarar i dag.",  # a name that ends in another word
        "Kontakta Verksamhetsutövaren AB i dag.",  # capitalised mid-sentence: a name
    ],
)
def test_other_capitalised_words_are_not_own_words(rules: str, text: str) -> None:
    assert own(text, rules) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Fyll i ansökningsblanketten.", "blanketten"),
        ("Alla ansökningsblanketter finns här.", "blanketter"),
        ("Ansökningsblanketten finns här.", "Blanketten"),
        ("Vi ringer verksamhetsutövaren.", "företaget"),
        ("Verksamhetsutövaren ska svara.", "Företaget"),
    ],
)
def test_own_compound_is_replaced_in_its_form_by_its_last_part(rules: str, text: str, shown: str) -> None:
    [(_, suggestion, replacements)] = own(text, rules)
    assert (suggestion, replacements) == (shown, (shown,))


@pytest.mark.parametrize(
    "text",
    [
        "En ny verksamhetsutövare ska svara.",  # en … företag: the article agrees with the old gender
        "# Verksamhetsutövarnas ansvar\n",  # a genitive plural the inflection does not form
    ],
)
def test_own_compound_is_not_replaced_where_the_form_is_unsure(rules: str, text: str) -> None:
    fmt = "markdown" if text.startswith("#") else "text"
    [(_, _, replacements)] = own(text, rules, fmt)
    assert replacements == ()


def jargon(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(f.text, f.suggestion, f.replacements) for f in lint_text(text).findings if f.rule == "jargon"]


@pytest.mark.parametrize(
    ("text", "span", "form"),
    [
        ("Om du inte inställer dig vid nästa tillfälle förlorar du platsen.", "inställer dig", "kommer"),
        ("Vi inställer oss i rätten.", "inställer oss", "kommer"),
        ("Du ska inställa dig i tingsrätten.", "inställa dig", "komma"),
    ],
)
def test_listed_sig_in_another_person_takes_the_verbs_form(text: str, span: str, form: str) -> None:
    assert jargon(text) == [(span, form, (form,))]


@pytest.mark.parametrize(
    ("written", "listed", "same"),
    [
        (("dig",), ("sig",), True),
        (("oss", "om"), ("sig", "om"), True),
        (("dig",), ("mig",), False),  # only a listed *sig* stands for every person
        (("honom",), ("sig",), False),  # an object, not a reflexive
        (("dig", "om"), ("sig",), False),
    ],
)
def test_a_listed_sig_matches_the_reflexive_of_every_person_and_nothing_else(
    written: tuple[str, ...], listed: tuple[str, ...], same: bool
) -> None:
    tokens = [SimpleNamespace(lower=word) for word in written]
    assert _as_listed_after_first(tokens, listed) is same  # type: ignore[arg-type]


def acronyms(text: str) -> list[str]:
    return [f.text for f in lint_text(text).findings if f.rule == "abbreviation"]


@pytest.mark.parametrize(
    "text",
    [
        "Enligt AFS 2023:1 ska brister åtgärdas.",  # the parse made AFS the number's determiner: taken for emphasis
        "En riskbedömning enligt AFS 2023:1 har genomförts.",
        "Brister ska åtgärdas enligt AFS 2023:1.",
    ],
)
def test_statute_designation_is_an_acronym_wherever_it_stands(text: str) -> None:
    assert acronyms(text) == ["AFS"]


@pytest.mark.parametrize(
    "text",
    [
        "Du ska INTE betala.",
        "ALLA 3 barnen ska med.",
        "Enligt AFS (Arbetsmiljöverkets författningssamling) 2023:1 ska brister åtgärdas.",
    ],
)
def test_emphasis_and_explained_designations_stay_unflagged(text: str) -> None:
    assert acronyms(text) == []


def test_section_before_an_acronym_spells_nothing_out() -> None:
    # *med skyddsombuden. Förhandling enligt 11 §* has m, b, l in order: read as MBL written out (HR re-test s49)
    text = "Vi har pratat med skyddsombuden. Förhandling enligt 11 § MBL har genomförts med facket."
    assert acronyms(text) == ["MBL"]


@pytest.mark.parametrize(
    "text",
    [
        "Vi följer 11 § medbestämmandelagen MBL.",  # the name right before the acronym
        "Den europeiska rymdorganisationen ESA skickar upp en satellit.",
    ],
)
def test_a_name_written_out_right_before_still_explains(text: str) -> None:
    assert acronyms(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kortet gäller elever i åk 6-9.", "åk"),
        ("Kortet är för åk 9.", "åk"),
        ("Alla elever (åk 7–9) får kortet.", "åk"),
        ("Elever i åk. 7 börjar i augusti.", "åk."),
        ("Åk hem nu.", None),  # the verb
        ("Kliv på bussen och åk 3 hållplatser.", None),
        ("Åk 3 mil söderut.", None),
        ("Kortet gäller elever i åk6.", None),
    ],
)
def test_arskurs_is_the_abbreviation_only_before_a_number(text: str, found: str | None) -> None:
    body = OWN_PATTERNS["åk"]
    match = regex.search(rf"(?<![\w.@/\\-])(?:{body})(?![\w-])(?!\.\w)", text)
    assert (match.group(0) if match else None) == found
