"""The language server's incremental lint is exact: kept block parts and memos give what a whole lint gives.

Document-level rules (``abbreviation``, ``long-word``, ``impersonal-man``,
``nominalization``) are split in block parts (:class:`klarlint.rules.base.BlockParts`);
the language server keeps each block's part between edits
(:class:`klarlint.lsp.rule_cache.PartsCachedRule`) and combines. These tests
edit texts so that what the whole document decides changes (an acronym
explained in another paragraph, or across a paragraph break; a first use that
moves; a text that starts or stops saying *du*; a nominal ratio over or under
its limit, and its heaviest paragraph) and hold every version's findings
against a lint without any memo: in-process through a long run of random
edits, and through the real server over stdio.
"""

from __future__ import annotations

import random

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from conftest import ROOT
from klarlint.config import Config, config_from_mapping
from klarlint.linter import active_rules, default_backend, lint_document
from klarlint.lsp.positions import UTF16, LineIndex
from klarlint.lsp.rule_cache import PartsCachedRule, has_block_parts, with_block_cache
from klarlint.readers import read_text
from klarlint.rules.base import BlockParts
from klarlint.rules.registry import all_rules
from test_lsp import _change, _diagnostics, _open, _pair, _recording_client, _server_command, open_session

PARTS_RULES = {"abbreviation", "long-word", "impersonal-man", "nominalization", "passive-voice"}

HEADING = "# Stöd till föreningar"
PARAGRAPHS = [
    "Man kan söka stöd hos kommunen varje år. Ansökan görs enligt LSS och handläggs av nämnden.",
    "Nämnden kommer att genomföra en utredning och fatta beslut om bidraget. Vi tar fram en "
    "kommunikationsinsatsplanering för verksamheten.",
    # no imperative: an instruction to the reader is address too (session 42), and this page must have none
    "Föreningen ska redovisa hur pengarna har använts. IVO svarar om något är oklart, t.ex. om datum.",
    "Om man vill veta mer kan man läsa på webbplatsen. Där finns kommunikationsinsatsplaneringen.",
]
# What edits add: each changes what the whole document decides somewhere else.
PIECES = [
    "Du kan också ringa oss på vardagar.",  # the text now speaks to the reader: generic "man" is flagged
    "Stödet följer lagen om stöd och service till vissa funktionshindrade (LSS).",  # LSS explained
    "Inspektionen för vård och omsorg (IVO) granskar verksamheten.",  # IVO explained
    "Frågor om IVO besvaras av kansliet.",  # an earlier first use of IVO
    "Vi har en ny kommunikationsinsatsplanering.",  # an earlier first use of a long word
    "Utredningen av ansökningar om bidrag för genomförande av verksamhetens uppföljning enligt reglerna.",  # heavy
    "Vi gör det och vi vet att du och vi kan det nu.",  # light: many verbs and pronouns
    "Reglerna för bidrag till föreningar och andra grupper i kommunen finns i KFS",  # an acronym last ...
    "(kommunens författningssamling) och gäller alla.",  # ... and its explanation opening the next paragraph
    "Myndigheten för regional krisberedskap och samverkan mellan kommunerna förkortas",
    "RKV i texten nedan. RKV ansvarar för beredskapen.",
    "Det gäller bl.a. föreningar, osv.",
    "Kulturnämnden tar fram en plan för föreningarnas lokaler.",  # names who acts on the plan ...
    "Planen ska följas upp varje år.",  # ... so the passive after it is information, elsewhere a warning
]
# long-word is for careful review (off by default); on here, so that its block parts are tested too.
DEFAULT = config_from_mapping({"enable": ["long-word"]})
WEB = config_from_mapping({"genre": "webbsida", "enable": ["long-word"]})
HEAVY = config_from_mapping(
    {
        "enable": ["nominal-ratio", "long-word"],
        "rules": {"nominalization": {"max_nominal_ratio": 1.0, "min_words": 20}},
    }
)


def _plain_lint(text: str, fmt: str, config: Config):
    """A whole lint with fresh rules and no memo: what ``klarlint check`` finds."""
    return lint_document(read_text(text, fmt), config, default_backend(), active_rules(config))


def _document(paragraphs: list[str], fmt: str) -> str:
    body = "\n\n".join(paragraphs)
    return f"{HEADING}\n\n{body}\n" if fmt == "markdown" else body + "\n"


def test_the_document_level_rules_come_in_block_parts() -> None:
    by_id = {rule.info.id: rule for rule in all_rules()}
    # long-paragraph too (the headings above a paragraph decide), though these edits seldom change its findings
    for rule_id in [*PARTS_RULES, "long-paragraph"]:
        assert has_block_parts(by_id[rule_id]) and isinstance(by_id[rule_id], BlockParts), rule_id
    wrapped = {active.rule.info.id: active.rule for active in with_block_cache(active_rules(DEFAULT))}
    assert all(isinstance(wrapped[rule_id], PartsCachedRule) for rule_id in [*PARTS_RULES, "long-paragraph"])
    assert not has_block_parts(by_id["missing-summary"]) and not has_block_parts(by_id["jargon"])


@pytest.mark.parametrize(("fmt", "config"), [("text", DEFAULT), ("markdown", WEB), ("text", HEAVY)])
def test_kept_parts_equal_whole_lints_through_random_edits(fmt: str, config: Config) -> None:
    """Random paragraph edits (add, remove, change, move) of a text; every version linted with the memos
    kept from the one before, and without."""
    rules = with_block_cache(active_rules(config))  # kept across the versions, as the server keeps them
    rng = random.Random(f"{fmt}-{sorted(config.rule_options)}")
    paragraphs = list(PARAGRAPHS)
    seen: dict[str, set] = {rule_id: set() for rule_id in PARTS_RULES}
    for _ in range(40):
        operation = rng.choice(["insert", "insert", "remove", "change", "move"])
        if operation == "insert" or len(paragraphs) < 2:
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), rng.choice(PIECES))
        elif operation == "remove":
            paragraphs.pop(rng.randrange(len(paragraphs)))
        elif operation == "change":
            index = rng.randrange(len(paragraphs))
            paragraphs[index] = f"{paragraphs[index]} {rng.choice(PIECES)}"
        else:
            paragraphs.insert(rng.randrange(len(paragraphs)), paragraphs.pop())
        text = _document(paragraphs, fmt)
        kept = lint_document(read_text(text, fmt), config, default_backend(), rules)
        plain = _plain_lint(text, fmt, config)
        assert kept.findings == plain.findings, text
        assert kept.stats == plain.stats
        for rule_id in PARTS_RULES:
            seen[rule_id].add(tuple((f.start, f.message) for f in plain.findings if f.rule == rule_id))
    # The edits did change what the rules find (else this test proves little).
    assert all(len(found) > 2 for found in seen.values()), {k: len(v) for k, v in seen.items()}
    if config is HEAVY:  # the ratio went over and under its limit, on more than one heaviest paragraph
        ratio = {f for found in seen["nominalization"] for f in found if "nominalkvoten" in f[1]}
        assert len(ratio) > 2


def test_repeated_paragraphs_that_move_keep_exact_findings_and_statistics() -> None:
    """A text whose paragraphs come three times (the block-local memo keeps one place per paragraph text,
    the statistics one entry per place): paragraphs added and removed at the front move every copy;
    each version equals a lint without memos, findings and statistics."""
    config = Config()
    rules = with_block_cache(active_rules(config))
    paragraphs = list(PARAGRAPHS[:4]) * 3
    for step in range(8):
        if step % 3 == 2:
            paragraphs.pop(0)
        else:
            paragraphs.insert(0, PIECES[step % len(PIECES)])
        text = _document(paragraphs, "text")
        kept = lint_document(read_text(text, "text"), config, default_backend(), rules)
        again = lint_document(read_text(text, "text"), config, default_backend(), rules)
        plain = _plain_lint(text, "text", config)
        assert kept.findings == plain.findings == again.findings
        assert kept.stats == plain.stats == again.stats
    assert any(f.rule != "abbreviation" for f in plain.findings)


def test_whole_document_decisions_follow_edits_elsewhere() -> None:
    """Each edit changes a finding in a paragraph it did not touch; the kept parts follow."""
    rules = with_block_cache(active_rules(WEB))

    def found(paragraphs: list[str]) -> set[tuple[str, str]]:
        text = _document(paragraphs, "markdown")
        report = lint_document(read_text(text, "markdown"), WEB, default_backend(), rules)
        assert report.findings == _plain_lint(text, "markdown", WEB).findings
        return {(f.rule, f.text) for f in report.findings if f.rule in PARTS_RULES}

    paragraphs = list(PARAGRAPHS)
    before = found(paragraphs)
    assert ("abbreviation", "LSS") in before and ("impersonal-man", "Man") not in before  # a web page without du
    with_du = found([*paragraphs, PIECES[0]])
    assert ("impersonal-man", "Man") in with_du
    explained = found([*paragraphs, PIECES[1]])
    assert ("abbreviation", "LSS") not in explained
    across = found([*paragraphs, PIECES[7], PIECES[8]])  # "… i KFS" / "(kommunens författningssamling) …"
    assert ("abbreviation", "KFS") not in across
    assert ("abbreviation", "KFS") in found([*paragraphs, PIECES[7]])
    assert ("abbreviation", "RKV") not in found([*paragraphs, PIECES[9], PIECES[10]])  # "förkortas" / "RKV …"
    assert ("abbreviation", "RKV") in found([*paragraphs, PIECES[10]])
    assert found(paragraphs) == before
    table = "| Förkortning | Betydelse |\n|---|---|\n| Lagen om stöd och service (LSS) | lag |"
    assert ("abbreviation", "LSS") not in found([*paragraphs, table])  # explained in a table cell


def test_an_edit_computes_the_parts_of_the_edited_paragraph_only() -> None:
    calls: list[int] = []

    class Counting:
        def __init__(self, rule):
            self.rule, self.info = rule, rule.info

        def check(self, analysis, options):
            return self.rule.check(analysis, options)

        def block_part(self, analysis, index, options):
            calls.append(index)
            return self.rule.block_part(analysis, index, options)

        def combine(self, analysis, parts, options):
            return self.rule.combine(analysis, parts, options)

    rule = next(rule for rule in all_rules() if rule.info.id == "abbreviation")
    kept = PartsCachedRule(Counting(rule))
    paragraphs = [f"{paragraph} Avsnitt {n}." for n in range(5) for paragraph in PARAGRAPHS]
    options = dict(rule.info.options)
    backend = default_backend()

    def check(text: str) -> list:
        from klarlint.linter import analyze

        return list(kept.check(analyze(read_text(text, "text"), backend), options))

    check(_document(paragraphs, "text"))
    assert len(calls) == len(paragraphs)
    calls.clear()
    paragraphs[7] += " Kontakta IVO."
    assert check(_document(paragraphs, "text")) == list(rule.check(_analysed(paragraphs), options))
    assert calls == [7]


def _analysed(paragraphs: list[str]):
    from klarlint.linter import analyze

    return analyze(read_text(_document(paragraphs, "text"), "text"), default_backend())


def test_rereading_plain_text_equals_reading_it_whole() -> None:
    """The language server re-reads only the changed paragraphs of plain text; each random edit (line
    breaks, blank lines, bullets, quotes, spaces, text with \r) gives exactly the document a whole read gives."""
    from klarlint.readers import plaintext
    from klarlint.readers.compose import composed

    rng = random.Random(8)
    pieces = ["\n", "\n\n", "\n\n\n", " ", "  \n", "- punkt\n", "1. ett\n", "> citat\n", "Rubrik\n\n", "ord. "]
    pieces += ["å😀", "\t", "\u00a0\n", "o\u0308", "\u0308"]  # a decomposed ö, a lone mark: read composed
    letter = (ROOT / "examples" / "brev-fore.txt").read_text(encoding="utf-8")
    text = "\n\n".join([letter] * 8)
    document = plaintext.read(text, "brev.txt")
    reused = taken_over = 0
    for _ in range(400):
        start = rng.randrange(len(text) + 1)
        end = min(len(text), start + rng.choice([0, 0, 1, 2, 5, 40, 120]))
        text = text[:start] + (rng.choice(pieces) if rng.random() < 0.8 else "") + text[end:]
        if rng.random() < 0.8:
            document.position(0)  # its line starts found: the re-read takes them over where it can
        previous, document = document, plaintext.reread(document, text, "brev.txt")
        whole = composed(plaintext.read(text, "brev.txt"))
        assert document == whole
        taken_over += "_line_starts" in document.__dict__
        assert list(document._line_starts) == list(whole._line_starts)
        reused += document.blocks[0] is previous.blocks[0]
    assert reused > 300  # the unchanged start was not read again
    assert taken_over > 250
    with_cr = text[:100] + "\r\n" + text[100:]  # other line breaks: read whole, the same
    assert plaintext.reread(document, with_cr, "brev.txt") == composed(plaintext.read(with_cr, "brev.txt"))
    assert plaintext.reread(plaintext.read("", None), "Hej.\n\nDå.", None) == plaintext.read("Hej.\n\nDå.", None)


def test_diagnostics_lent_by_the_last_lint_equal_fresh_ones() -> None:
    """The server builds an edited text's diagnostics from the last lint's where the edit left them alone;
    through random edits (line breaks, \r\n, emoji before findings) they equal diagnostics built afresh."""
    from types import SimpleNamespace

    from klarlint.lsp import diagnostics
    from klarlint.lsp.engine import Engine
    from klarlint.lsp.settings import Settings

    engine = Engine(default_backend())
    settings = Settings()
    rng = random.Random(12)
    letter = (ROOT / "examples" / "brev-fore.txt").read_text(encoding="utf-8")
    text = "\n\n".join([letter] * 3)
    pieces = ["erhålla ", "😀", "\n", "\n\n", "\r\n", "Ansökan har behandlats. ", " ", "skall ", "LSS "]
    previous = None
    lent = 0
    for _ in range(25):
        start = rng.randrange(len(text) + 1)
        end = min(len(text), start + rng.choice([0, 0, 1, 3, 12]))
        text = text[:start] + rng.choice(pieces) + text[end:]
        result = engine.lint(text, "text")
        index = LineIndex(text, UTF16)
        fresh = diagnostics.diagnostics(result, index, settings)
        found = diagnostics.diagnostics(result, index, settings, previous)
        assert found == fresh
        if previous is not None:
            lent += sum(any(d is old for old in previous.diagnostics) for d in found[:20])
        previous = SimpleNamespace(result=result, index=index, diagnostics=found, settings=settings)
    assert lent > 100  # most diagnostics before the edit were the previous lint's own


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_findings_taken_over_from_the_last_lint_equal_a_lint_without_memos(fmt: str) -> None:
    """The engine keeps each lint's findings (klarlint.linter.PlacedFindings) and takes over those whose
    rule finding, block, place, line and column are unchanged; through random edits (line breaks, emoji
    and invisible characters before findings, \r\n, list items) every lint equals a lint without memos.
    A region linted between two lints (as an edit's first answer does) takes nothing away."""
    from klarlint.lsp.engine import Engine

    engine, alone = Engine(default_backend()), Engine(default_backend())
    rng = random.Random(f"placed-{fmt}")
    letter = (ROOT / "examples" / "brev-fore.txt").read_text(encoding="utf-8")
    text = "\n\n".join([letter] * 3)
    pieces = ["erhålla ", "😀", "\n", "\n\n", "\r\n", "\u200b", "- ", "Ansökan har behandlats. ", " ", "skall ", "LSS "]
    taken = taken_alone = 0
    previous: set[int] = set()
    previous_alone: set[int] = set()
    for _ in range(25):
        start = rng.randrange(len(text) + 1)
        end = min(len(text), start + rng.choice([0, 0, 1, 3, 12]))
        text = text[:start] + rng.choice(pieces) + text[end:]
        engine.lint_block_local(text[: text.find("\n\n", start)], fmt)  # as the server's first answer does
        kept = engine.lint(text, fmt).report
        kept_alone = alone.lint(text, fmt).report
        plain = _plain_lint(text, fmt, Config())
        assert kept.findings == plain.findings == kept_alone.findings
        assert kept.stats == plain.stats == kept_alone.stats  # kept by difference (klarlint.stats.StatsMemory)
        assert kept.notices == plain.notices and kept.language == plain.language
        taken += sum(id(f) in previous for f in kept.findings)
        taken_alone += sum(id(f) in previous_alone for f in kept_alone.findings)
        previous = {id(f) for f in kept.findings}
        previous_alone = {id(f) for f in kept_alone.findings}
    assert taken > 1000  # many findings were the last lint's own objects
    assert taken == taken_alone


def test_findings_after_an_edit_in_a_long_text_are_the_last_ones_moved_and_equal_a_fresh_lint() -> None:
    """After an edit in a long plain text (re-read in part), the findings of the blocks after it are the last
    lint's moved together by as many characters and lines (klarlint.linter.PlacedFindings._moved_findings);
    through edits that add or remove lines, change a bullet's marker, or put emoji before them, every lint
    equals a fresh one, and the moved findings are the last lint's by origin."""
    from klarlint.lsp.engine import REREAD_CHARS, Engine

    engine = Engine(default_backend())
    rng = random.Random("moved-tail")
    letter = (ROOT / "examples" / "brev-fore.txt").read_text(encoding="utf-8")
    items = "- punkt ett\n- punkt två som har behandlats\n1. Ansökan har behandlats av nämnden."
    text = "\n\n".join([letter, items] * 12)
    assert len(text) > REREAD_CHARS
    pieces = ["\n", "\n\n", "😀", "- ", "* ", "Ansökan har behandlats. ", "erhålla ", ""]
    report = engine.lint(text, "text").report
    moved = 0
    for _ in range(30):
        start = rng.randrange(len(text) // 2)
        end = min(len(text), start + rng.choice([0, 0, 1, 2, 12]))
        text = text[:start] + rng.choice(pieces) + text[end:]
        last = {id(finding) for finding in report.findings}
        result = engine.lint(text, "text")
        report = result.report
        assert report.findings == _plain_lint(text, "text", Config()).findings
        moved += sum(id(origin) in last for origin in result.origins.values())
    assert moved > 1000  # the findings after each edit were moved, not placed anew
    # A longer list marker in the line of a block moves the block but not its line's start: columns change.
    for before, after in (("1. ", "10. "), ("10. ", "1. ")):
        at = text.rindex(f"\n{before}Ansökan") + 1
        text = text[:at] + after + text[at + len(before) :]
        assert engine.lint(text, "text").report.findings == _plain_lint(text, "text", Config()).findings


OTHER_LANGUAGES = [
    "The committee will review the application and make a decision about the grant this year.",
    "Please contact the office if you have any questions about the form or the rules.",
    "Komiteen vil behandle søknaden og ta en beslutning om tilskuddet i år.",
    "Hallo, dies ist ein kurzer Text auf Deutsch über die Anträge und die Regeln.",
]


def test_statistics_and_languages_kept_by_difference_equal_whole_sums_through_random_edits() -> None:
    """The engine keeps each lint's statistics and language points (klarlint.linter.LintMemory) and updates
    them by the paragraphs an edit changed: through random edits of a text long enough to be re-read around
    the edit (adding, removing, splitting and joining Swedish and other-language paragraphs, so text is
    skipped and then not), every lint's statistics, language, notices and findings equal a lint without
    memory. (The document's language changing is held in test_language_sums_kept_by_difference_equal_whole_sums.)"""
    from klarlint.lsp.engine import REREAD_CHARS, Engine

    engine = Engine(default_backend())
    config = Config()
    rng = random.Random("sums")
    text = "\n\n".join(PARAGRAPHS * 50) + "\n"
    assert len(text) > REREAD_CHARS
    pieces = [*PIECES, *OTHER_LANGUAGES, *(f"\n\n{other}\n\n" for other in OTHER_LANGUAGES), "\n\n", "\n", "Rubrik"]
    skipped = set()
    for _ in range(40):
        start = rng.randrange(len(text) + 1)
        end = min(len(text), start + rng.choice([0, 0, 0, 1, 5, 40, 200]))
        text = text[:start] + rng.choice(pieces) + text[end:]
        kept = engine.lint(text, "text").report
        plain = lint_document(read_text(text, "text"), config, engine.backend, active_rules(config))
        assert kept.stats == plain.stats, text
        assert kept.language == plain.language and kept.notices == plain.notices, text
        assert kept.findings == plain.findings, text
        skipped.add(sum(notice.code == "other-language" for notice in plain.notices))
    assert len(skipped) > 2  # other-language text came and went


def test_a_closed_document_leaves_no_memory_in_the_engine(tmp_path) -> None:
    """What the engine keeps of a document's last lint for its next edit goes when the document closes."""
    from pathlib import Path

    from klarlint.lsp.engine import Engine

    engine = Engine(default_backend())
    path = Path(tmp_path / "brev.txt")
    engine.lint(_document(PARAGRAPHS, "text"), "text", path)
    engine.lint(_document(PARAGRAPHS, "text"), "text", Path(tmp_path / "annat.txt"))
    assert ("text", str(path)) in engine._memories and ("text", str(path)) in engine._reads
    engine.forget("text", path)
    assert ("text", str(path)) not in engine._memories and ("text", str(path)) not in engine._reads
    assert len(engine._memories) == len(engine._reads) == 1


def test_language_sums_kept_by_difference_equal_whole_sums() -> None:
    """klarlint.language.LanguageSums through random changes of a list of block texts (blocks replaced,
    added, removed and moved; texts that tie two languages): always what summing every block gives."""
    from klarlint.document import Block, BlockKind, Document
    from klarlint.language import LanguageSums, document_languages

    pool = [*PARAGRAPHS, *OTHER_LANGUAGES, "och the", "the och", "", "Hej.", "Hello."]
    rng = random.Random("language-sums")
    memory = LanguageSums()
    seen = set()
    texts = [rng.choice(pool) for _ in range(8)]
    for _ in range(300):
        operation = rng.choice(["replace", "insert", "remove", "move"])
        if operation == "insert" or not texts:
            texts.insert(rng.randrange(len(texts) + 1), rng.choice(pool))
        elif operation == "remove":
            texts.pop(rng.randrange(len(texts)))
        elif operation == "replace":
            texts[rng.randrange(len(texts))] = rng.choice(pool)
        else:
            texts.insert(rng.randrange(len(texts)), texts.pop())
        document = Document("", [Block.verbatim(BlockKind.PARAGRAPH, text, 0) for text in texts])
        whole = document_languages(document)
        assert document_languages(document, memory) == whole
        seen.add(whole.language)
    assert len(seen) > 2  # the document's language changed on the way


def test_published_json_with_kept_encodings_equals_a_whole_encoding() -> None:
    """publish() keeps each diagnostic's JSON text until the next publish; the message it writes is the
    message pygls would write, for new, kept and moved diagnostics, a uri with brackets and no version."""
    import json

    from klarlint.lsp.server import KlarlintServer

    class Writer:
        def __init__(self) -> None:
            self.data: list[bytes] = []

        def write(self, data: bytes) -> None:
            self.data.append(data)

    def message(data: bytes) -> dict:
        header, body = data.split(b"\r\n\r\n", 1)
        assert int(header.split(b"\r\n")[0].split(b": ")[1]) == len(body)
        return json.loads(body)

    server = KlarlintServer()
    writer = Writer()
    server.protocol.set_writer(writer)
    uri = "file:///tmp/a%20[b]/brev-ä.txt"
    first = [
        {"range": {"start": {"line": i, "character": 0}, "end": {"line": i, "character": 3}}, "message": f"ä ”{i}”"}
        for i in range(5)
    ]
    second = [first[0], first[1], {**first[2], "range": {"start": {"line": 9, "character": 1}}}, *first[3:]]
    for version, found in ((1, first), (2, second), (None, second[:2])):
        server.publish(uri, version, found)
        expected = {
            "jsonrpc": "2.0",
            "method": "textDocument/publishDiagnostics",
            "params": {"uri": uri, "diagnostics": found},
        }
        if version is not None:
            expected["params"]["version"] = version
        assert message(writer.data[-1]) == json.loads(json.dumps(expected))
    assert len(server._encoded[uri]) == 2
    server.close(uri)
    assert uri not in server._encoded
    assert message(writer.data[-1])["params"]["diagnostics"] == []


def test_a_diagnostic_encoded_from_its_range_and_kept_rest_is_json_dumps_byte_for_byte() -> None:
    """klarlint.lsp.diagnostics.encoded: real diagnostics of a lint (with and without documentation links),
    moved ones (new lines, the same rest), notices, and shapes it does not build itself."""
    import json

    from klarlint.lsp import diagnostics
    from klarlint.lsp.engine import Engine
    from klarlint.lsp.settings import parse_settings

    text = (ROOT / "examples" / "brev-fore.txt").read_text(
        encoding="utf-8"
    ) + f"\n\n{OTHER_LANGUAGES[0]} 😀 {OTHER_LANGUAGES[1]}\n"
    result = Engine(default_backend()).lint(text, "text")
    index = LineIndex(text, UTF16)
    linked = parse_settings({"klarlint": {"docsUrl": "https://example.se/regler/{rule}"}})
    found = diagnostics.diagnostics(result, index, linked.__class__())
    found += diagnostics.diagnostics(result, index, linked)
    found += [diagnostics.shifted(d, lines) for d in found for lines in (1, 250, -1)]
    found += [
        {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}}},
        {"message": "ä", "range": {"start": {"line": 0, "character": 0}, "end": {"line": 1, "character": 2}}},
        {"range": {"start": {"line": True, "character": 0}, "end": {"line": 1, "character": 2}}, "severity": 1},
        {"range": {"end": {"line": 1, "character": 2}, "start": {"line": 0, "character": 0}}, "severity": 1},
        {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 1, "character": 2}}, "severity": True},
        {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 1, "character": 2}}, "severity": 1},
        {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 1, "character": 2}}, "severity": "true"},
        {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 1}}, "tags": [1], "data": {"a": None}},
        {"range": {"start": {"character": 0, "line": 0}, "end": {"line": 1, "character": 2}}, "x": 1.5},
    ]
    assert any("codeDescription" in d for d in found) and any(
        d["code"] == "other-language" for d in found if "code" in d
    )
    tails: dict = {}
    for diagnostic in found:
        assert diagnostics.encoded(diagnostic, tails) == json.dumps(diagnostic), diagnostic


def test_closing_a_long_document_unfreezes_what_its_first_lint_froze() -> None:
    """gc.freeze() after a long document's first lint is undone when it closes (else what was frozen and
    became garbage in a cycle would stay for good); with another such document open, the rest is frozen
    again."""
    import gc

    from klarlint.lsp.server import NO_FULL_COLLECTIONS, KlarlintServer, _freeze_what_stays

    class Writer:
        def write(self, data: bytes) -> None:
            pass

    server = KlarlintServer()
    server.protocol.set_writer(Writer())
    uris = ["file:///tmp/lang-a.txt", "file:///tmp/lang-b.txt"]
    for uri in uris:
        server.open(types.TextDocumentItem(uri, "plaintext", 1, "Ansökan har behandlats."))
    thresholds = gc.get_threshold()
    try:
        _freeze_what_stays()
        # No automatic full collection while a long document is open (one in FULL_COLLECTION_EVERY lints).
        assert gc.get_threshold() == (*thresholds[:2], NO_FULL_COLLECTIONS)
        _freeze_what_stays(full=True)
        assert gc.get_freeze_count() > 0
        server.frozen.update(uris)
        server.close(uris[0])
        assert server.frozen == {uris[1]}
        assert gc.get_freeze_count() > 0  # the other long document is still open
        assert gc.get_threshold()[2] == NO_FULL_COLLECTIONS
        server.close(uris[1])
        assert not server.frozen
        assert gc.get_freeze_count() == 0
        assert gc.get_threshold() == thresholds
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def test_the_servers_answers_to_random_edits_of_a_long_text_equal_fresh_lints() -> None:
    """The server's own path for each edit of a long text (klarlint.lsp.quick's first answer, then the whole
    lint with diagnostics lent by the last one, each published with kept JSON), through random edits (line
    breaks, paragraphs, emoji before findings, deletions): every whole lint publishes exactly the diagnostics
    of the same text linted without any memory, and every first answer's diagnostics sit at their offsets."""
    import json

    from klarlint.limits import Budget
    from klarlint.lsp import diagnostics, quick
    from klarlint.lsp.engine import Engine, LintResult
    from klarlint.lsp.server import KlarlintServer, OpenDocument
    from klarlint.nlp.cache import CachingBackend

    class Writer:
        def __init__(self) -> None:
            self.data: list[bytes] = []

        def write(self, data: bytes) -> None:
            self.data.append(data)

    def published() -> list[dict]:
        return json.loads(writer.data[-1].split(b"\r\n\r\n", 1)[1])["params"]["diagnostics"]

    backend = CachingBackend(default_backend(), max_chars=10_000_000, max_entries=100_000)
    server = KlarlintServer(Engine(backend))
    writer = Writer()
    server.protocol.set_writer(writer)
    config, settings = Config(), server.settings
    letter = (ROOT / "examples" / "brev-fore.txt").read_text(encoding="utf-8").strip()
    paragraphs = letter.split("\n\n")
    rng = random.Random("server-edits")
    chosen: list[str] = []
    while sum(map(len, chosen)) < quick.PHASED_CHARS * 1.1:  # long enough for first answers
        chosen.append(rng.choice(paragraphs))
    text = "\n\n".join(chosen) + "\n"
    uri = "file:///tmp/lang-rapport.txt"
    document = OpenDocument(uri, text, 1, "text", None)
    server.documents[uri] = document
    linted, _ = server._lint(document, 1, text, settings, server.encoding)
    server.linted[uri] = linted
    server.publish(uri, 1, linted.diagnostics)
    server._shown(uri, quick.shown_from_lint(1, linted.result, linted.diagnostics))
    pieces = ["erhålla ", "😀", "\n", "\n\n", "Ansökan har behandlats av nämnden. ", "å", " ", "skall ", "- punkt\n"]
    answered = lent = 0
    for version in range(2, 22):
        start = rng.randrange(len(text) + 1)
        end = min(len(text), start + rng.choice([0, 0, 1, 3, 12, 40]))
        insert = rng.choice(pieces) if rng.random() < 0.8 else ""
        document.changes.append((version, start, len(text) - end))
        text = document.text = text[:start] + insert + text[end:]
        document.version = version
        shown = server.shown[uri]
        changes = [(at, tail) for v, at, tail in document.changes if shown.version < v <= version]
        answer = server._first_answer(document, version, text, shown, changes, Budget(60))
        if answer is not None:
            answered += 1
            server.publish(uri, version, answer.diagnostics)
            server._shown(uri, answer)
            index = LineIndex(text, UTF16)
            for diagnostic, (first, last) in zip(published(), answer.spans, strict=True):
                where = diagnostic["range"]
                assert index.line_character(first) == (where["start"]["line"], where["start"]["character"])
                assert index.line_character(last) == (where["end"]["line"], where["end"]["character"])
        previous = server.linted[uri]
        linted, problem = server._lint(document, version, text, settings, server.encoding, None, (0, 0), previous)
        assert problem is None
        server.linted[uri] = linted
        server.publish(uri, version, linted.diagnostics)
        server._shown(uri, quick.shown_from_lint(version, linted.result, linted.diagnostics))
        lent += sum(any(d is old for old in previous.diagnostics[:50]) for d in linted.diagnostics[:50])
        report = lint_document(read_text(text, "text"), config, backend, active_rules(config))
        fresh = diagnostics.diagnostics(LintResult(text, "text", report=report), LineIndex(text, UTF16), settings)
        assert published() == json.loads(json.dumps(fresh)), version
    assert answered > 10
    assert lent > 200  # diagnostics were lent by the last lint, not all made anew


def test_a_long_document_is_frozen_after_any_lint_and_every_lint_counts_towards_full_collections(
    monkeypatch,
) -> None:
    """A long document whose first lint was cut short (the writer typed) is frozen after its next lint, not
    left to full collections; and while one is frozen (no automatic full collections in the process), the
    lints of other documents count towards the full collection of every FULL_COLLECTION_EVERY lints."""
    import asyncio

    from klarlint.lsp import server as server_module
    from klarlint.lsp.engine import Engine, LintResult
    from klarlint.lsp.server import PROGRESS_CHARS, KlarlintServer
    from klarlint.report import FileReport

    class Instant(Engine):
        def lint(self, source, fmt, path=None, budget=None):
            return LintResult(source, fmt, report=FileReport("texten"))

    class Writer:
        def write(self, data: bytes) -> None:
            pass

    freezes: list[bool] = []
    monkeypatch.setattr(server_module, "_freeze_what_stays", lambda full=False: freezes.append(full))
    monkeypatch.setattr(server_module, "FULL_COLLECTION_EVERY", 3)
    server = KlarlintServer(Instant())
    server.protocol.set_writer(Writer())
    report, letter = "file:///tmp/rapport.txt", "file:///tmp/brev.txt"

    async def edits() -> None:
        server.open(
            types.TextDocumentItem(report, "plaintext", 1, "Ansökan har behandlats.\n\n" * (PROGRESS_CHARS // 10))
        )
        server.documents[report].checked = True  # as after its first whole check: no first-screen wait
        await server.lint_now(report)
        assert server.frozen == {report} and freezes == [False]
        server.open(types.TextDocumentItem(letter, "plaintext", 1, "Hej."))
        await server.lint_now(letter)
        assert freezes == [False]  # a short document is not frozen ...
        await server.lint_now(letter)
        assert freezes == [False, True]  # ... but its lints count: the third lint ends with a full collection
        assert server.frozen == {report}

    try:
        asyncio.run(edits())
    finally:
        server.lint_pool.shutdown(wait=True)


# --- the real server over stdio -------------------------------------------------------------

pytestmark_server = pytest.mark.asyncio(loop_scope="module")


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=_server_command(), client_factory=_recording_client),
)
async def client(lsp_client: LanguageClient):
    await open_session(lsp_client)
    yield
    await lsp_client.shutdown_session()


@pytestmark_server
async def test_server_edits_that_change_whole_document_findings_equal_a_fresh_open(client: LanguageClient) -> None:
    """Edits typed into an open Markdown page (a web page: generic *man* only where the page says *du*),
    each waited for; the diagnostics of each version equal those of the same text opened fresh."""
    uri = (ROOT / "tmp-lsp-incremental.md").as_uri()
    paragraphs = list(PARAGRAPHS)
    text = _document(paragraphs, "markdown")
    _open(client, uri, text, "markdown")
    await _diagnostics(client, uri, 1)
    rng = random.Random(3)
    codes: set[frozenset] = set()
    for version in range(2, 14):
        piece = PIECES[(version - 2) % len(PIECES)]
        at = text.index("\n\n", rng.randrange(len(HEADING), len(text) - 2)) if rng.random() < 0.7 else len(text) - 1
        insert = f"\n\n{piece}"
        index = LineIndex(text, UTF16)
        _change(client, uri, version, _pair(index.position(at)), _pair(index.position(at)), insert)
        text = text[:at] + insert + text[at:]
        edited = await _diagnostics(client, uri, version)
        fresh_uri = (ROOT / f"tmp-lsp-incremental-fresh-{version}.md").as_uri()
        _open(client, fresh_uri, text, "markdown")
        fresh = await _diagnostics(client, fresh_uri, 1)
        assert [(d.code, d.range, d.message) for d in edited] == [(d.code, d.range, d.message) for d in fresh]
        codes.add(frozenset((d.code, d.range.start.line) for d in edited if d.code in PARTS_RULES))
    assert len(codes) > 5  # the whole-document findings did change along the way


def test_acronym_explanations_from_parts_equal_a_search_of_the_whole_text() -> None:
    """``abbreviation`` decides whether an acronym is explained from each paragraph's own explanations and,
    for the few that may run over a paragraph break, the joined text. For random paragraphs of explanation
    pieces (across breaks, in other cases, after blank paragraphs), every acronym gets the answer of the
    search of the whole joined text (``_explained``, the rule's definition)."""
    from klarlint.analysis import Analysis
    from klarlint.document import Block, BlockKind, Document
    from klarlint.rules import abbreviation

    pieces = [
        "LSS",
        "lss",
        "Lss",
        "ſſ",
        "LſS",
        "İVO",
        "IVO",
        "KFS",
        "(",
        ")",
        " (lagen om stöd)",
        "förkortat",
        "förkortas",
    ]
    pieces += [
        "kallas",
        "förkortningen",
        ", det vill säga",
        " står för",
        "dvs.",
        "Lagen om stöd och service",
        "ord",
        ",",
    ]
    pieces += [" ", "  ", "-", "LSS-", "XLSS", "Kommunens författningssamling", "EU", "Inspektionen vård omsorg"]
    rng = random.Random(21)
    for _ in range(300):
        texts = [
            "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(rng.randrange(0, 8)))
            for _ in range(rng.randrange(1, 6))
        ]
        blocks, position = [], 0
        for text in texts:
            blocks.append(Block.verbatim(BlockKind.PARAGRAPH, text, position))
            position += len(text) + 2
        analysis = Analysis(Document("\n\n".join(texts), blocks), [])
        parts = [
            abbreviation.BlockPart((), (), *abbreviation._explanations(block.text))
            if block.text
            else abbreviation.NOTHING
            for block in blocks
        ]
        explained = abbreviation._Explained(analysis, parts)
        joined = "\n".join(texts)
        for acronym in ("LSS", "IVO", "KFS", "EU", "SS", "LS", "VO"):
            assert explained(acronym) == abbreviation._explained(joined, acronym), (texts, acronym)


def test_the_first_answer_lints_the_changed_paragraph_as_the_kind_of_text_the_whole_was() -> None:
    """passive-voice warns by the kind of text (a web page: only on a sign of the sender or the reader). The cut
    the first answer lints has no title, and alone would read as a policy, where every hidden doer warns: it
    must be linted as the web page the whole lint found, or the warning would flash up and go."""
    from klarlint.lsp import quick
    from klarlint.lsp.diagnostics import diagnostics
    from klarlint.lsp.engine import Engine
    from klarlint.lsp.settings import Settings

    engine, settings = Engine(default_backend()), Settings()
    filler = "Regeringen har gett Skolverket ett uppdrag.\n\n" * (quick.PHASED_CHARS // 40)  # long: cut
    text = f"# Nyheter\n\n{filler}Konferensen arrangerades i Malmö.\n"
    result = engine.lint(text, "markdown")
    index = LineIndex(text, UTF16)
    shown = quick.shown_from_lint(1, result, diagnostics(result, index, settings))
    assert shown.genre == "webbsida"
    edited = text.replace("i Malmö", "i Lund")
    start = text.index("i Malmö")
    answer = quick.first_answer(
        engine, shown, edited, "markdown", [(start, len(text) - start - 7)], None, settings, UTF16, 2
    )
    assert answer is not None
    passive = [d for d in answer.diagnostics if d["code"] == "passive-voice"]
    whole = engine.lint(edited, "markdown").report
    assert [str(f.severity) for f in whole.findings if f.rule == "passive-voice"] == ["info"]
    assert [d["severity"] for d in passive] == [types.DiagnosticSeverity.Information]
