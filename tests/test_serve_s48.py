"""``klarlint serve``: the Word copy of an opened .docx (/api/word), session 48's workbench re-test (B WRONG 2)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest

from serve_helpers import running_server
from test_cli import klarlint

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("serve_s48")) as running, running.client() as http:
        yield http


def letter() -> bytes:
    word = docx.Document()
    word.add_heading("Beslut om bygglov", 1)
    paragraph = word.add_paragraph("Ansökan skall vara undertecknad. ")
    paragraph.add_run("Faktura").bold = True
    paragraph.add_run(" skickas separat.")
    word.add_paragraph("Avgiften skall betalas innan handläggningen påbörjas.")
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def word_copy(client, data: bytes, name: str = "beslut.docx", **fields: str):
    return client.post("/api/word", files={"file": (name, data)}, data=fields)


def comments(data: bytes) -> list[tuple[str, str]]:
    """(the commented words, the comment's text) for every comment of a .docx."""
    word = docx.Document(io.BytesIO(data))
    body = word.element.body
    found = []
    for comment in word.comments:
        start = body.find(f".//{W}commentRangeStart[@{W}id='{comment.comment_id}']")
        words, inside = [], False
        for node in body.iter():
            if node is start:
                inside = True
            elif node.tag == f"{W}commentRangeEnd" and node.get(f"{W}id") == str(comment.comment_id):
                break
            elif inside and node.tag == f"{W}t":
                words.append(node.text or "")
        found.append(("".join(words), comment.text))
    return found


def test_the_word_copy_has_the_cli_s_comments_on_the_right_words(client, tmp_path: Path) -> None:
    data = letter()
    answer = word_copy(client, data)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert 'filename="beslut.klarlint.docx"' in answer.headers["content-disposition"]
    # the same comments as klarlint beslut.docx --annotate writes
    (tmp_path / "beslut.docx").write_bytes(data)
    assert klarlint(str(tmp_path / "beslut.docx"), "--annotate").returncode in (0, 1)
    cli = (tmp_path / "beslut.klarlint.docx").read_bytes()
    assert sorted(comments(answer.content)) == sorted(comments(cli))
    assert [words for words, _ in comments(answer.content) if words == "skall"] == ["skall", "skall"]
    # the original text is intact, the bold run too
    copy = docx.Document(io.BytesIO(answer.content))
    assert [p.text for p in copy.paragraphs] == [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert any(run.bold and run.text == "Faktura" for run in copy.paragraphs[1].runs)


def test_the_changes_copy_has_tracked_changes_and_leaves_out_ignored_findings(client) -> None:
    answer = word_copy(client, letter(), mode="changes")
    assert answer.status_code == 200, answer.text
    body = docx.Document(io.BytesIO(answer.content)).element.body
    deleted = ["".join(t.text for t in d.iter(f"{W}delText")) for d in body.iter(f"{W}del")]
    inserted = ["".join(t.text for t in i.iter(f"{W}t")) for i in body.iter(f"{W}ins")]
    assert deleted.count("skall") == 2 and inserted.count("ska") == 2
    # the writer ignored *skall* on the page: no change and no comment for it
    ignored = json.dumps([["skall", "skall"]])
    quiet = word_copy(client, letter(), mode="changes", ignored=ignored)
    assert quiet.status_code == 200, quiet.text
    assert not list(docx.Document(io.BytesIO(quiet.content)).element.body.iter(f"{W}del"))
    annotated = word_copy(client, letter(), ignored=ignored)
    assert not [words for words, _ in comments(annotated.content) if words == "skall"]
    assert comments(annotated.content)  # the summary is still there


def test_careful_review_and_the_profile_go_into_the_copy(client) -> None:
    word = docx.Document()
    word.add_paragraph("Vi kommer att bedriva verksamheten vidare och ytterligare information kommer senare.")
    buffer = io.BytesIO()
    word.save(buffer)
    plain = [text for _, text in comments(word_copy(client, buffer.getvalue()).content)]
    picky = word_copy(client, buffer.getvalue(), enable="formal-word")
    assert picky.status_code == 200, picky.text
    assert len(comments(picky.content)) >= len(plain)
    assert "formal-word" in "\n".join(text for _, text in comments(picky.content))
    unknown = word_copy(client, buffer.getvalue(), profile="finns-inte")
    assert unknown.status_code == 400 and "finns-inte" in unknown.json()["error"]


@pytest.mark.parametrize(
    ("name", "data", "fields", "status", "words"),
    [
        ("text.txt", b"Du skall skicka.", {}, 422, "bara ett Word-dokument (.docx)"),
        ("makro.docm", b"PK", {}, 422, "makron"),
        ("trasig.docx", b"inte en zip-fil", {}, 422, "trasig.docx"),
        ("beslut.docx", None, {"mode": "allt"}, 400, "mode ska vara"),
        ("beslut.docx", None, {"ignored": "[1, 2]"}, 400, "ignored ska vara"),
    ],
)
def test_a_refused_word_copy_is_one_swedish_line(client, name, data, fields, status, words) -> None:
    answer = word_copy(client, letter() if data is None else data, name, **fields)
    assert answer.status_code == status, answer.text
    message = answer.json()["error"]
    assert words in message and "\n" not in message and "Traceback" not in message


def test_a_word_copy_over_the_size_limit_is_refused(client) -> None:
    answer = word_copy(client, b"0" * (21 * 1024 * 1024))
    assert answer.status_code == 413
    assert "gränsen är 20 MB" in answer.json()["error"]
