"""The lemma lexicon component: bisection lookup, precedence, serialisation."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from klarlint.nlp.lemma_lexicon import LemmaLexicon, SortedLexicon, trained_table

FORMS = {
    "handläggningstiden": "handläggningstid",
    "överklagas": "överklaga",
    "Ängelholms": "Ängelholm",
    "a": "a",
    "öarna": "ö",
    "bilar": "bil",
}


def test_sorted_lexicon_finds_every_entry_and_nothing_else() -> None:
    lexicon = SortedLexicon.from_mapping(FORMS)
    assert len(lexicon) == len(FORMS)
    for form, lemma in FORMS.items():
        assert lexicon.get(form) == lemma
    for missing in ("", "bil", "bilarna", "ängelholms", "zzz", "\t"):
        assert lexicon.get(missing) is None


def test_sorted_lexicon_skips_entries_that_would_break_the_format() -> None:
    lexicon = SortedLexicon.from_mapping({"bra\tord": "x", "ok": "ok"})
    assert len(lexicon) == 1 and lexicon.get("ok") == "ok"


def _doc(words: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("sv").vocab, words=words, pos=pos, lemmas=lemmas)


def test_trained_table_keeps_majority_lemmas() -> None:
    gold = [
        _doc(["Ligger", "ligger"], ["VERB", "VERB"], ["ligga", "ligga"]),
        _doc(["ligger"], ["VERB"], ["lägga"]),
    ]
    assert trained_table(gold) == {"ligger\tVERB": "ligga"}


def test_trained_lemma_wins_and_fallback_only_covers_unseen_content_words() -> None:
    lexicon = LemmaLexicon({"fick\tVERB": "få"}, SortedLexicon.from_mapping({"bilar": "bil", "och": "WRONG"}))
    doc = _doc(["fick", "bilar", "och", "fick"], ["VERB", "NOUN", "CCONJ", "NOUN"], ["fick", "bilar", "och", "fick"])
    lexicon(doc)
    # "fick" as NOUN is a seen form with another POS: the model's lemma stays.
    assert [t.lemma_ for t in doc] == ["få", "bil", "och", "fick"]


def test_round_trip_through_disk(tmp_path) -> None:
    lexicon = LemmaLexicon({"fick\tVERB": "få"}, SortedLexicon.from_mapping(FORMS))
    lexicon.to_disk(tmp_path / "lexicon")
    loaded = LemmaLexicon().from_disk(tmp_path / "lexicon")
    assert loaded.trained == lexicon.trained
    assert loaded.fallback.get("Ängelholms") == "Ängelholm"
