"""benchmarks/precision.py's second source: UD treebank documents rebuilt as plain text, keyed by pseudo-path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import precision  # noqa: E402

CONLLU = """# newdoc id = D1
# newpar id = D1.1
# sent_id = 1
# text = Rubrik
1\tRubrik\trubrik\tNOUN\t_\t_\t0\troot\t_\t_

# sent_id = 2
# text = Du får ett brev.
1\tDu\tdu\tPRON\t_\t_\t2\tnsubj\t_\t_

# sent_id = 3
# text = (Se sidan 8.)
1\tSe\tse\tVERB\t_\t_\t0\troot\t_\t_

# newpar id = D1.2
# sent_id = 4
# text = Man ska svara.
1\tMan\tman\tPRON\t_\t_\t2\tnsubj\t_\t_

# newdoc id = D2
# sent_id = 5
# text = Andra dokumentet.
1\tAndra\tandra\tADJ\t_\t_\t0\troot\t_\t_
"""


def test_a_conllu_file_is_rebuilt_as_one_text_a_document_with_a_paragraph_a_newpar(tmp_path: Path) -> None:
    (tmp_path / "tb-test.conllu").write_text(CONLLU, encoding="utf-8")
    documents = precision.ud_documents(tmp_path)
    assert list(documents) == ["ud/tb-test.conllu#D1", "ud/tb-test.conllu#D2"]
    # The heading without punctuation stands alone; "(Se sidan 8.)" ends a sentence inside its brackets.
    assert documents["ud/tb-test.conllu#D1"] == "Rubrik\n\nDu får ett brev. (Se sidan 8.)\n\nMan ska svara.\n"
    assert documents["ud/tb-test.conllu#D2"] == "Andra dokumentet.\n"
    assert precision.ud_documents(tmp_path) == documents  # the offsets of a label stay put


def test_ud_keys_are_told_from_corpus_paths() -> None:
    assert precision.source_of("ud/tb-test.conllu#D1") == "ud"
    assert precision.source_of("regeringen/artiklar/2024/04/x.md") == "corpus"


def test_a_missing_source_is_skipped_with_a_note(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setitem(precision.FOLDERS, "ud", tmp_path / "absent")
    assert precision.main(["--source", "ud"]) == 0
    assert "skipped" in capsys.readouterr().out


@pytest.mark.skipif(not precision.UD.is_dir(), reason="../shared/data/ud is not present")
def test_every_ud_label_points_into_its_rebuilt_document() -> None:
    documents = precision.ud_documents(precision.UD)
    labels = [label for label in precision.read_labels(precision.LABELS) if label.key[0].startswith("ud/")]
    for label in labels:
        path, start, end, _ = label.key
        assert path in documents and 0 <= start < end <= len(documents[path]), label


def test_a_finding_labelled_twice_is_refused(tmp_path: Path) -> None:
    """Two labels of one finding would count it twice (five did, from rounds that judged a finding again by
    appending): a finding judged again replaces its label."""
    labels_file = tmp_path / "labels.tsv"
    row = "a.md\t0\t5\tpassive-voice\tcorrect\thides the sender\tinfo\n"
    labels_file.write_text(row + row.replace("correct", "debatable"), encoding="utf-8")
    with pytest.raises(SystemExit, match="labelled twice"):
        precision.read_labels(labels_file)
    labels_file.write_text(row, encoding="utf-8")
    assert [label.verdict for label in precision.read_labels(labels_file)] == ["correct"]


def test_a_label_judged_at_another_severity_is_not_counted_until_judged_again(tmp_path: Path) -> None:
    labels_file = tmp_path / "labels.tsv"
    labels_file.write_text(
        "path\tstart\tend\trule\tverdict\treason\tseverity\n"
        "a.md\t0\t5\tpassive-voice\tdebatable\tdoer obvious\twarning\n"
        "a.md\t9\t14\tpassive-voice\tcorrect\thides the sender\twarning\n"
        "a.md\t20\t25\tjargon\tcorrect\tan old label\n",
        encoding="utf-8",
    )
    labels = precision.read_labels(labels_file)
    shown = {
        ("a.md", 0, 5, "passive-voice"): precision.Shown("info", "passiv form"),
        ("a.md", 9, 14, "passive-voice"): precision.Shown("warning", "passiv form"),
        ("a.md", 20, 25, "jargon"): precision.Shown("warning", "byråkratiskt"),
    }
    current, stale = precision.judged_as_shown(labels, shown)
    assert [label.key[1] for label in stale] == [0]  # the warning's verdict says nothing about it as information
    assert [label.key[1] for label in current] == [9, 20]  # same severity, or none recorded
    found = {"a.md": [(0, 5, "passive-voice"), (9, 14, "passive-voice"), (20, 25, "jargon")]}
    table = "\n".join(precision.precision(current, found, stale))
    assert "| passive-voice | 2 | 1 | 1 | 0 | 0 | 100.0% |" in table
    assert "Not yet labelled: none" in table  # the stale label is neither unlabelled nor gone
    more = {"a.md": [*found["a.md"], (30, 35, "jargon")]}
    assert "Not yet labelled: 1 findings (jargon 1)." in "\n".join(precision.precision(current, more, stale))
    assert (
        "another severity than the finding now has (not counted; --rejudge lists them): 1 (passive-voice warning 1)"
        in table
    )
    text = "Det behandlas nu. Ansökan prövas. Ord är här."
    listed = precision.rejudge(stale, shown, {"a.md": text})
    assert listed[0].startswith("a.md\t0\t5\tpassive-voice: judged debatable as warning (doer obvious); now info")
    assert "Ansökan prövas" in listed[1]


def test_a_marked_bureaucratic_phrase_is_found_by_jargon_or_nominalization_but_a_passive_only_by_its_rule() -> None:
    found = {"a.md": [(10, 25, "nominalization"), (40, 46, "jargon")]}
    labels = [
        precision.Label(("a.md", 10, 25, "jargon"), "marked", "vidtar åtgärder"),  # a light verb phrase
        precision.Label(("a.md", 40, 46, "jargon"), "marked", "endast"),
        precision.Label(("a.md", 60, 66, "jargon"), "marked", "såväl"),  # not found
        precision.Label(("a.md", 12, 18, "passive-voice"), "marked", "fattas"),  # nominalization is no passive finding
    ]
    table = precision.recall(labels, found)
    assert "| jargon | 3 | 2 | 66.7% | 2 | 66.7% |" in table and "| passive-voice | 1 | 0 | 0.0% | 0 | 0.0% |" in table


def test_careful_review_counts_for_jargon_recall_only_in_its_own_column() -> None:
    """A finding of a rule for careful review (off by default) covers a jargon mark in the second figure only, and
    its findings stay out of the overall precision row."""
    found = {"a.md": [(40, 46, "jargon"), (60, 66, "formal-word"), (12, 18, "formal-word")]}
    labels = [
        precision.Label(("a.md", 40, 46, "jargon"), "marked", "endast"),
        precision.Label(("a.md", 60, 66, "jargon"), "marked", "såväl"),
        precision.Label(("a.md", 12, 18, "passive-voice"), "marked", "fattas"),
    ]
    table = precision.recall(labels, found, frozenset({"formal-word"}))
    assert "| jargon | 2 | 1 | 50.0% | 2 | 100.0% |" in table
    assert "| passive-voice | 1 | 0 | 0.0% | 0 | 0.0% |" in table
    verdicts = [
        precision.Label(("a.md", 40, 46, "jargon"), "correct", ""),
        precision.Label(("a.md", 60, 66, "formal-word"), "false", ""),
    ]
    rows = precision.precision(verdicts, found, picky=frozenset({"formal-word"}))
    assert "| **all** | 1 | 1 | 1 | 0 | 0 | 100.0% | 100.0% |" in rows
    assert "| formal-word (off by default: careful review) | 2 | 1 | 0 | 0 | 1 | 0.0% | 0.0% |" in rows


def test_a_careful_review_subcheck_covers_a_mark_of_its_own_rule_only_in_the_second_figure() -> None:
    """passive-voice's needed-quoted (*– Det behövs krafttag*) is reported under its own id: it finds a passive
    mark with careful review, not by default, and no jargon mark."""
    found = {"a.md": [(12, 18, "needed-quoted"), (30, 36, "needed-quoted")]}
    labels = [
        precision.Label(("a.md", 12, 18, "passive-voice"), "marked", "behövs"),
        precision.Label(("a.md", 30, 36, "jargon"), "marked", "endast"),
    ]
    table = precision.recall(labels, found, frozenset({"needed-quoted"}))
    assert "| passive-voice | 1 | 0 | 0.0% | 1 | 100.0% |" in table
    assert "| jargon | 1 | 0 | 0.0% | 0 | 0.0% |" in table


def test_agreement_counts_the_same_verdicts_and_discounts_chance() -> None:
    """Two readers on four findings: the same verdict once, clearly right or not twice; each calls half of them
    right, so chance alone agrees half the time and kappa is (2/4 - 1/2) / (1 - 1/2) = 0."""
    first = [
        precision.Label(("a.md", 0, 5, "jargon"), "correct", ""),
        precision.Label(("a.md", 9, 14, "jargon"), "correct", ""),
        precision.Label(("a.md", 20, 25, "jargon"), "debatable", ""),
        precision.Label(("a.md", 30, 35, "jargon"), "false", ""),
    ]
    second = [
        precision.Label(("a.md", 0, 5, "jargon"), "correct", ""),
        precision.Label(("a.md", 9, 14, "jargon"), "debatable", ""),
        precision.Label(("a.md", 20, 25, "jargon"), "false", ""),
        precision.Label(("a.md", 30, 35, "jargon"), "correct", ""),
        precision.Label(("a.md", 40, 45, "jargon"), "correct", ""),  # no first verdict: not a pair
    ]
    [line] = precision.agreement(first, second)
    assert "judged 4 labelled findings again" in line
    assert "The same verdict: 1 of 4 (25.0%)" in line
    assert "clearly right or not: 2 of 4 (50.0%, Cohen's kappa 0.00)" in line
    assert "a false alarm or not: 2 of 4 (50.0%)" in line  # (debatable, false) and (false, correct) differ
    assert "Clearly right by the first reader 50.0%, by the second 50.0%" in line
    second[1] = precision.Label(("a.md", 9, 14, "jargon"), "correct", "")  # now 3 of 4 alike: kappa 0.5
    [line] = precision.agreement(first, second)
    assert "clearly right or not: 3 of 4 (75.0%, Cohen's kappa 0.50)" in line
    assert precision.agreement(first, []) == []


def test_the_agreement_file_keeps_both_readers_verdicts(tmp_path: Path) -> None:
    """The first reader's verdict is kept in the file: a later round that judges the label again must not change
    what the second reader is compared with."""
    path = tmp_path / "agreement.tsv"
    path.write_text(
        "path\tstart\tend\trule\tverdict\treason\tseverity\tfirst_verdict\n"
        "# a comment\n"
        "a.md\t0\t5\tjargon\tdebatable\tsecond: stiff\twarning\tcorrect\n",
        encoding="utf-8",
    )
    first, second = precision.read_agreement(path)
    assert [(label.key, label.verdict) for label in first] == [(("a.md", 0, 5, "jargon"), "correct")]
    assert [label.verdict for label in second] == ["debatable"]
    assert "The same verdict: 0 of 1" in precision.agreement(first, second)[0]
