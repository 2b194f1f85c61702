"""``klarlint corpus``, session 47 (note46's leftovers): a FIFO or a broken link named on the command line says what it
is, not *finns inte*; the manifest names skipped.tsv and how many entries it lists."""

from __future__ import annotations

import json
import os

import pytest

if not os.environ.get("KLARLINT_REQUIRE_CORPUS"):  # CI sets it: there a missing extra fails, never skips
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    pytest.importorskip("warcio")

from corpus_helpers import refused_before_a_cluster  # noqa: E402
from klarlint.corpus.run import MANIFEST, SKIPPED  # noqa: E402
from test_corpus_s46_inputs import _hostile_folder, needs_links  # noqa: E402

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


@needs_fifo
def test_a_fifo_named_as_an_input_says_it_is_a_fifo(tmp_path, monkeypatch, capsys):
    fifo = tmp_path / "sidor.jsonl"
    os.mkfifo(fifo)
    err = refused_before_a_cluster(["corpus", str(fifo), "-o", str(tmp_path / "ut")], monkeypatch, capsys)
    assert err.strip().endswith(f"{fifo}: en FIFO, inte en vanlig fil")
    assert "finns inte" not in err and len(err.strip().splitlines()) == 1


@needs_links
def test_a_broken_link_named_as_an_input_says_where_it_points(tmp_path, monkeypatch, capsys):
    link = tmp_path / "sidor.jsonl"
    link.symlink_to(tmp_path / "borta.jsonl")
    err = refused_before_a_cluster(["corpus", str(link), "-o", str(tmp_path / "ut")], monkeypatch, capsys)
    assert f"{link}: länken pekar på {tmp_path / 'borta.jsonl'}, som inte finns" in err


def test_a_missing_input_still_says_it_does_not_exist(tmp_path, monkeypatch, capsys):
    missing = tmp_path / "borta.jsonl"
    err = refused_before_a_cluster(["corpus", str(missing), "-o", str(tmp_path / "ut")], monkeypatch, capsys)
    assert f"{missing}: filen eller mappen finns inte" in err


@needs_links
def test_the_manifest_names_skipped_tsv_and_its_entries(tmp_path, monkeypatch):
    from klarlint.corpus.run import CorpusOptions, prepare, run_prepared

    folder = _hostile_folder(tmp_path)
    output = tmp_path / "ut"
    run = prepare([folder], output, CorpusOptions(in_flight=1))
    monkeypatch.setattr("klarlint.corpus.run._results", lambda *args: iter(()))  # no cluster: only the listing
    run_prepared(run, client=None, config=None)
    manifest = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    rows = (output / SKIPPED).read_text(encoding="utf-8").splitlines()
    assert manifest["skipped"] == {"file": SKIPPED, "entries": len(rows) - 1} and len(rows) - 1 == 12
