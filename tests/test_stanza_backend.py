"""The Stanza backend, for real: a small Swedish Stanza pipeline trained here (training/stanza/train_stanza.py).

The model lives in tests/data/stanza-sv-small (a few MB). Without the ``stanza``
package (the ``stanza`` extra) these tests skip; ``.ci/run`` installs it, so in CI
they run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, ROOT
from klarlint.config import config_from_mapping
from klarlint.errors import ModelError
from klarlint.linter import lint_document
from klarlint.readers import read_text

try:
    import stanza  # noqa: F401
except ImportError:
    if os.environ.get("KLARLINT_REQUIRE_STANZA"):  # CI installs it: never skip there
        raise
    pytest.skip("Stanza is not installed (pip install 'klarlint[stanza]')", allow_module_level=True)

SMALL = DATA / "stanza-sv-small"
LETTER = (
    "Din ansökan har behandlats av nämnden. Beslutet skall meddelas skriftligen. "
    "Vi har fått 12000 ansökningar i år.\n\nHar du frågor? Ring oss på 08-123 45 67."
)


@pytest.fixture(scope="module")
def backend():
    from klarlint.nlp.stanza_backend import StanzaBackend

    return StanzaBackend(SMALL)


@pytest.fixture(scope="module")
def stanza_config():
    return config_from_mapping({"backend": "stanza", "stanza_dir": str(SMALL)})


def klarlint(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from klarlint.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def test_analysis_keeps_exact_offsets_sentences_and_annotations(backend) -> None:
    texts = [LETTER, "  Inledande blanksteg\toch\n\nflera   mellanrum.  ", ""]
    analyses = backend.analyze(texts)
    assert [a.text for a in analyses] == texts
    for text, analysis in zip(texts, analyses, strict=True):
        for token in analysis.tokens:
            assert text[token.start : token.end] == token.text
            assert 0 <= token.head < len(analysis.tokens)
        words = [t for t in analysis.tokens if t.is_word]
        assert all(t.pos and t.lemma for t in words)
        covered = [(s.char_start, s.char_end) for s in analysis.sentences]
        assert covered == sorted(covered)
    letter = analyses[0]
    assert len(letter.sentences) >= 3  # the small model still splits at ". B" and "? R"
    assert {t.text for t in letter.tokens} >= {"ansökan", "behandlats", "nämnden", ".", "?"}


def test_klarlint_post_processing_runs_on_stanza_output(backend) -> None:
    """The deponent filter applies whatever the tagger says: *finns* is never passive."""
    [analysis] = backend.analyze(["Det finns många som hoppas på ett svar."])
    assert not [t.text for t in analysis.tokens if t.lower in {"finns", "hoppas"} and "Voice=Pass" in t.morph]


def test_lint_through_stanza_gives_findings_at_exact_positions(stanza_config) -> None:
    document = read_text(LETTER)
    report = lint_document(document, stanza_config)
    assert report.findings
    for finding in report.findings:
        assert document.source[finding.start : finding.end] == finding.text
    rules = {f.rule for f in report.findings}
    assert {"skall", "numbers-and-dates"} <= rules  # word-level rules, not dependent on the parse


def test_cli_backend_stanza_json(tmp_path: Path) -> None:
    path = tmp_path / "brev.txt"
    path.write_text(LETTER, encoding="utf-8")
    (tmp_path / "klarlint.toml").write_text(f'stanza_dir = "{SMALL}"\n', encoding="utf-8")
    result = klarlint(str(path), "--backend", "stanza", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert any(f["rule"] == "skall" and f["text"] == "skall" for f in findings)


def test_config_backend_stanza(tmp_path: Path) -> None:
    path = tmp_path / "brev.txt"
    path.write_text("Ansökan skall lämnas in.\n", encoding="utf-8")
    (tmp_path / "klarlint.toml").write_text(f'backend = "stanza"\nstanza_dir = "{SMALL}"\n', encoding="utf-8")
    result = klarlint(str(path), "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]] == ["skall"]


def test_missing_models_one_swedish_line_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "brev.txt"
    path.write_text("Ansökan skall lämnas in.\n", encoding="utf-8")
    empty = tmp_path / "inga-modeller"
    empty.mkdir()
    result = klarlint(str(path), "--backend", "stanza", cwd=tmp_path, env={"KLARLINT_STANZA_DIR": str(empty)})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "saknas" in lines[0] and 'stanza.download("sv")' in lines[0]
    assert "Traceback" not in result.stderr
    info = klarlint("model", "info", "--backend", "stanza", "--stanza-dir", str(empty))
    assert info.returncode == 2 and len(info.stderr.strip().splitlines()) == 1


def test_missing_models_raise_model_error(tmp_path: Path) -> None:
    from klarlint.nlp.stanza_backend import StanzaBackend

    with pytest.raises(ModelError, match="saknas"):
        StanzaBackend(tmp_path)


def test_bad_backend_in_config_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "brev.txt"
    path.write_text("Text.\n", encoding="utf-8")
    (tmp_path / "klarlint.toml").write_text('backend = "udpipe"\n', encoding="utf-8")
    result = klarlint(str(path), cwd=tmp_path)
    assert result.returncode == 2 and "analysmotor" in result.stderr


def test_model_info_lists_the_processors() -> None:
    result = klarlint("model", "info", "--backend", "stanza", "--stanza-dir", str(SMALL))
    assert result.returncode == 0, result.stderr
    for processor in ("tokenize", "pos", "lemma", "depparse"):
        assert f"{processor}:" in result.stdout


def test_model_evaluate_scores_the_stanza_pipeline() -> None:
    result = klarlint("model", "evaluate", "--backend", "stanza", "--stanza-dir", str(SMALL), "--data",
                      str(DATA / "mini.conllu"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    for key in ("pos_acc", "lemma_acc", "las", "sents_f"):
        assert isinstance(scores[key], float) and 0.3 < scores[key] <= 1.0, (key, scores[key])
    assert "f1" in scores["voice_pass"]


def test_language_server_uses_the_configured_backend(tmp_path: Path) -> None:
    from klarlint.lsp.engine import Engine

    (tmp_path / "klarlint.toml").write_text(f'backend = "stanza"\nstanza_dir = "{SMALL}"\n', encoding="utf-8")
    engine = Engine()
    result = engine.lint("Ansökan skall lämnas in.\n", "text", tmp_path / "brev.txt")
    assert result.error is None
    assert [f.rule for f in result.report.findings] == ["skall"]
    assert engine.backend_for(engine.config_for(tmp_path / "brev.txt")).inner.name == "stanza"
