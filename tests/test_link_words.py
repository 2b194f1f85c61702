"""The vague link texts are a word list, read by one module that both the link-text rule and prose.py ask."""

from __future__ import annotations

from klarlint import prose
from klarlint.link_words import says_nothing, vague_link_texts
from klarlint.resources import read_lines, wordlist_path
from klarlint.rules import link_text


def test_every_listed_text_says_nothing_in_any_case_and_with_punctuation_around():
    listed = read_lines(wordlist_path("vague_link_texts.txt"))
    assert "läs mer" in listed and "klicka här" in listed
    for text in listed:
        assert says_nothing(text)
        assert says_nothing(f" {text.upper()}! ")
        assert says_nothing(f"»{text}«".replace("«", "»"))


def test_a_link_that_names_its_page_or_file_says_something():
    for text in ("Läs mer om bygglov", "Ansök om bygglov", "Ladda ner taxan för 2026 (PDF, 2 MB)", "Mer om avgifter"):
        assert not says_nothing(text)


def test_a_download_label_alone_says_nothing():
    for text in ("Ladda ner (PDF, 2 MB)", "PDF", "Bilagan (docx, 35 kB)", "hämta"):
        assert says_nothing(text)


def test_the_rule_and_prose_share_the_one_judgement():
    assert link_text.says_nothing is says_nothing and prose.says_nothing is says_nothing
    assert not hasattr(link_text, "VAGUE")  # the list lives in wordlists/, nowhere in code
    assert len(vague_link_texts()) == len(set(read_lines(wordlist_path("vague_link_texts.txt"))))
