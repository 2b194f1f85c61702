"""Without the ``corpus`` extra, the corpus commands say in one Swedish line how to install it (exit 2)."""

from __future__ import annotations

import pytest

from klarlint.cli import main


@pytest.mark.parametrize("command", [["corpus", "sidor.jsonl", "-o", "ut"], ["corpus-report", "ut"]])
def test_without_the_extra_the_command_says_how_to_install_it(command, monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("klarlint.corpus.missing_dependencies", lambda: ["distributed"])
    with pytest.raises(SystemExit) as exit_info:
        main(command)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("klarlint: korpusläget kräver")
    assert 'pip install "klarlint[corpus]"' in err
    assert not (tmp_path / "ut").exists()


def test_missing_dependencies_names_the_modules_that_cannot_be_imported():
    from klarlint.corpus import missing_dependencies

    assert missing_dependencies(("json", "klarlint_no_such_module")) == ["klarlint_no_such_module"]
