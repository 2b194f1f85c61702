"""Bad input: each broken file gets one clear line on stderr and exit code 2; the other files are still linted."""

from __future__ import annotations

import io
import json
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from conftest import lint_text
from klarlint.errors import InputError
from klarlint.readers import MAX_FILE_BYTES, read_path, read_text
from klarlint.readers import docx as docx_reader
from test_cli import klarlint

PASSIVE = "Ansökan har behandlats av nämnden i Växjö.\n"


def _docx_bytes(text: str = PASSIVE.strip()) -> bytes:
    word = docx.Document()
    word.add_paragraph(text)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _encrypted_docx() -> bytes:
    """A Compound File like the one Word writes for a password-protected .docx: streams
    EncryptionInfo and EncryptedPackage (the encrypted zip) in an OLE container."""
    header = bytearray(512)
    header[0:8] = docx_reader.OLE_MAGIC
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)  # minor/major version, byte order, sector shift
    directory = bytearray(512)
    for index, name in enumerate(("Root Entry", "EncryptionInfo", "EncryptedPackage")):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        directory[index * 128 : index * 128 + len(encoded)] = encoded
        struct.pack_into("<HB", directory, index * 128 + 64, len(encoded), 5 if index == 0 else 2)
    return bytes(header + directory + bytes(512))


def _zip_bomb() -> bytes:
    """A valid .docx with one extra XML part that unpacks to more than the limit from a few hundred KB."""
    buffer = io.BytesIO(_docx_bytes())
    with (
        zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as package,
        package.open("customXml/item9.xml", "w") as part,
    ):
        chunk = b" " * (1024 * 1024)
        for _ in range(docx_reader.MAX_XML_BYTES // len(chunk) + 1):
            part.write(chunk)
    return buffer.getvalue()


BAD_FILES: dict[str, tuple[bytes | None, str]] = {
    "skadad.docx": (b"PK\x03\x04 det h\xe4r \xe4r inget riktigt zip-arkiv", "skadad"),
    "avklippt.docx": (None, "skadad"),  # filled in below: a real .docx cut in half
    "losenord.docx": (None, "lösenordsskyddat"),
    "bomb.docx": (None, "zip-bomb"),
    "gammal.docx": (docx_reader.OLE_MAGIC + bytes(1024), ".doc"),
    "binar.txt": (None, "binär"),  # a .docx renamed to .txt
    "tom.docx": (b"", "tom"),
    "stor.txt": (None, "för stor"),
}


def _write_bad_files(folder: Path) -> dict[Path, str]:
    contents = {
        "avklippt.docx": _docx_bytes()[:2000],
        "losenord.docx": _encrypted_docx(),
        "bomb.docx": _zip_bomb(),
        "binar.txt": _docx_bytes(),
    }
    expected = {}
    for name, (data, reason) in BAD_FILES.items():
        path = folder / name
        if name == "stor.txt":
            line = PASSIVE.encode("utf-8")
            with path.open("wb") as out:
                for _ in range(50 * 1024 * 1024 // len(line) + 1):
                    out.write(line)
        else:
            path.write_bytes(contents.get(name, data))
        expected[path] = reason
    return expected


def test_bad_files_give_one_line_each_and_the_good_files_are_still_linted(tmp_path: Path) -> None:
    folder = tmp_path / "blandat"
    folder.mkdir()
    expected = _write_bad_files(folder)
    (folder / "bra.txt").write_text(PASSIVE, encoding="utf-8")
    (folder / "cp1252.txt").write_bytes(("Du kan erhålla stöd i Växjö.\n").encode("cp1252"))
    (folder / "utf16.txt").write_bytes("Beslutet fattades i Örebro.\n".encode("utf-16"))
    (folder / "brev.docx").write_bytes(_docx_bytes())
    (folder / "sida.htm").write_text(f"<main><p>{PASSIVE}</p></main>", encoding="utf-8")
    (folder / "~$brev.docx").write_bytes(b"\x05Anna  " + bytes(150))  # Word's lock file while brev.docx is open
    (folder / "tom.txt").write_bytes(b"")  # an empty text (a placeholder) is an empty document, not an error
    (folder / "blank.html").write_bytes(b" \n\t\n")

    result = klarlint(str(folder), "--format", "json", "--jobs", "1", cwd=tmp_path)

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(expected), result.stderr
    for path, reason in expected.items():
        [line] = [line for line in lines if line.startswith(f"klarlint: {path}: ")]
        assert reason in line, line
    reports = {Path(r["path"]).name: r for r in json.loads(result.stdout)["files"]}
    assert "~$brev.docx" not in reports
    assert all("error" in reports[path.name] for path in expected)

    def found(name: str, rule: str) -> list[str]:
        return [f["text"] for f in reports[name]["findings"] if f["rule"] == rule]

    assert found("bra.txt", "passive-voice") == ["behandlats"]
    assert found("brev.docx", "passive-voice") == ["behandlats"]
    assert found("sida.htm", "passive-voice") == ["behandlats"]
    assert found("cp1252.txt", "jargon") == ["erhålla"]  # decoded right, or the word would not match
    assert found("utf16.txt", "passive-voice") == ["fattades"]
    assert all("error" not in reports[name] and not reports[name]["findings"] for name in ("tom.txt", "blank.html"))


def test_a_single_bad_file_exits_2_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "rapport.docx"
    path.write_bytes(_encrypted_docx())
    result = klarlint(str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"klarlint: {path}: dokumentet är lösenordsskyddat (krypterat); spara en kopia utan lösenord"
    ]


def test_too_large_message_names_the_file_and_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "stor.md"
    with path.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(InputError) as info:
        read_path(path)
    # one byte over is not *21 MB* (rounded up, scale tester, session 42): a size never says more than the file has
    assert str(info.value) == f"{path}: filen är för stor (mer än 20 MB; gränsen är 20 MB)"
    with path.open("r+b") as out:
        out.truncate(MAX_FILE_BYTES + MAX_FILE_BYTES // 40)  # 20.5 MB
    with pytest.raises(InputError) as info:
        read_path(path)
    assert str(info.value) == f"{path}: filen är för stor (20,5 MB; gränsen är 20 MB)"


def test_package_limits_count_images_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.BytesIO(_docx_bytes())
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/media/image1.png", bytes(2 * 1024 * 1024))
    path = tmp_path / "bild.docx"
    path.write_bytes(buffer.getvalue())
    assert read_path(path).blocks  # under the real limits
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 1024 * 1024)
    with pytest.raises(InputError, match="zip-bomb"):
        read_path(path)


def test_a_zip_without_a_word_document_is_not_a_docx(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("hej.txt", "Hej")
    path = tmp_path / "arkiv.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError, match="inget Word-dokument") as info:
        read_path(path)
    assert "\n" not in str(info.value)


def test_docx_cannot_come_from_a_string() -> None:
    with pytest.raises(InputError, match="binärt format"):
        read_text("PK", "docx")


def test_latin1_bytes_that_cp1252_leaves_undefined(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    text = "Här är en fil från Malmö med åäö och en udda byte någonstans i texten. " * 3
    path.write_bytes(text.encode("latin-1") + b"\x81 slut.")
    assert read_path(path).blocks[0].text.startswith("Här är en fil från Malmö")


def test_deeply_nested_html_is_read_without_recursion() -> None:
    depth = 10_000
    nested = "<div>" * depth + "<p>Ansökan har behandlats.</p>" + "</div>" * depth
    assert [b.text for b in read_text(nested, "html").blocks] == ["Ansökan har behandlats."]
    unclosed = "<main>" + "<span><b>" * depth + "Beslutet fattades." + "</i></em>" * depth + "</main>"
    assert [b.text for b in read_text(unclosed, "html").blocks] == ["Beslutet fattades."]
    report = lint_text(nested, "html")
    assert [f.text for f in report.findings if f.rule == "passive-voice"] == ["behandlats"]


@pytest.mark.parametrize("depth", [60, 300])
def test_deeply_nested_docx_tables(tmp_path: Path, depth: int) -> None:
    word = docx.Document()
    cell = word.add_table(rows=1, cols=1).cell(0, 0)
    for _ in range(depth):
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "Längst in."
    path = tmp_path / "djup.docx"
    word.save(str(path))
    if depth < 64:  # four XML levels per table: within lxml's safe depth
        assert [b.text for b in read_path(path).blocks] == ["Längst in."]
    else:  # beyond it lxml refuses the part: one clear line, no crash
        with pytest.raises(InputError, match="för djupt") as info:
            read_path(path)
        assert "\n" not in str(info.value)


def test_a_zip_needing_an_unknown_zip_version_is_refused(tmp_path: Path) -> None:
    data = bytearray(_docx_bytes())
    directory = data.index(b"PK\x01\x02")
    data[directory + 6] = 64  # "version needed to extract": 6.4, which Python's zipfile cannot read
    path = tmp_path / "ny.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="skadad") as info:
        read_path(path)
    assert "\n" not in str(info.value)
