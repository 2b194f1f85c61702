"""A billion-laughs Word document (entities in a <!DOCTYPE> that grow to gigabytes) is refused in one line that
says so, not as *skadad eller inget Word-dokument* (hostile re-test s48)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from klarlint.cli import main

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _with_document_xml(xml: str) -> bytes:
    plain = io.BytesIO()
    docx.Document().save(plain)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain.getvalue())) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, xml.encode() if item.filename == "word/document.xml" else source.read(item))
    return out.getvalue()


def _billion_laughs() -> str:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document {W_NS}><w:body>'
        "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )


def test_a_billion_laughs_document_is_refused_for_its_entities(tmp_path: Path, capsys) -> None:
    path = tmp_path / "skratt.docx"
    path.write_bytes(_with_document_xml(_billion_laughs()))
    with pytest.raises(SystemExit) as exit_info:
        main([str(path)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "entiteter (<!DOCTYPE>) som växer till för mycket text" in err and "Traceback" not in err
    assert len([line for line in err.splitlines() if "skratt.docx" in line]) == 1


def test_a_plain_document_is_still_read(tmp_path: Path, capsys) -> None:
    body = "<w:p><w:r><w:t>Du skall svara.</w:t></w:r></w:p>"
    xml = f'<?xml version="1.0"?><w:document {W_NS}><w:body>{body}</w:body></w:document>'
    path = tmp_path / "brev.docx"
    path.write_bytes(_with_document_xml(xml))
    with pytest.raises(SystemExit) as exit_info:
        main([str(path)])
    assert exit_info.value.code == 1 and "skall" in capsys.readouterr().out
