"""What the corpus tests share: running ``klarlint corpus`` on input it must refuse before a cluster starts."""

from __future__ import annotations

import pytest

from klarlint.cli import main


def refused_before_a_cluster(arguments: list[str], monkeypatch, capsys) -> str:
    """``klarlint ARGUMENTS``, which must exit 2 without starting a cluster; its stderr."""

    def no_cluster(*args, **kwargs):
        raise AssertionError("a cluster was started for bad input")

    monkeypatch.setattr("klarlint.corpus.cluster.connect", no_cluster)
    with pytest.raises(SystemExit) as exit_info:
        main(arguments)
    assert exit_info.value.code == 2
    return capsys.readouterr().err
