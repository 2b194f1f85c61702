"""Where a finding's suggestion is shown beside its message (Word comments, SARIF, GitHub, the language server): only
where the message does not already say it (streets re-test s52: Word's comment had dropped *Förslag: ni* because the
message mentioned *du (eller ni)*)."""

from __future__ import annotations

import pytest

from klarlint.docx_output import comment_text
from klarlint.lsp.diagnostics import message_text as lsp_text
from klarlint.report import Finding
from klarlint.reporters.sarif import message_text as sarif_text
from klarlint.rules.base import Severity


def finding(message: str, suggestion: str | None) -> Finding:
    return Finding("impersonal-man", Severity.WARNING, 1, 1, 1, 5, 0, 4, "Ni", message, suggestion, None)


ROLE = "Skriv till läsaren med du (eller ni) i stället för ”tillståndshavaren”."


@pytest.mark.parametrize("show", [comment_text, lsp_text, sarif_text])
def test_a_bare_word_the_message_mentions_is_still_shown(show) -> None:  # noqa: ANN001
    assert "Förslag: ni" in show(finding(ROLE, "ni"))


@pytest.mark.parametrize("show", [comment_text, lsp_text, sarif_text])
def test_a_quoted_word_or_a_phrase_the_message_holds_is_not_repeated(show) -> None:  # noqa: ANN001
    assert "Förslag" not in show(finding("Skriv ”dig” i stället för ”den sökande”.", "dig"))
    said = "”inlämnas” är passiv form och döljer vem som gör något. Skriv aktivt och säg vem som gör det."
    assert "Förslag" not in show(finding(said, "Skriv aktivt och säg vem som gör det."))
    assert "Förslag: Skriv aktivt" in show(finding("”inlämnas” är passiv form.", "Skriv aktivt och säg vem."))
