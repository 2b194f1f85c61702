"""Rule options, rule files and pyproject tables that are wrong: one Swedish line naming the key, exit code 2.

Issue 14 (configuration rows) and issue 19 point 6 (a misspelt option is an error).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from klarlint.config import config_from_mapping
from klarlint.errors import ConfigError
from klarlint.linter import active_rules
from klarlint.rules.base import OptionSpec, RuleInfo, Severity
from klarlint.rules.declarative import build_rule, check_template, fill_template
from test_cli import klarlint


def _one_line_error(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("klarlint: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize("value", ['"abc"', "nan", "[]", "-1", "1e308", "inf", "true", "2.5"])
def test_wrong_type_or_range_of_a_rule_option_is_a_config_error(tmp_path: Path, value: str) -> None:
    (tmp_path / "klarlint.toml").write_text(f"[rules.long-sentence]\nmax_words = {value}\n", encoding="utf-8")
    (tmp_path / "brev.txt").write_text("Vi har fått din ansökan.\n", encoding="utf-8")
    line = _one_line_error(klarlint("brev.txt", cwd=tmp_path))
    assert "klarlint.toml" in line and "[rules.long-sentence]" in line
    assert "max_words ska vara ett heltal från 0 till" in line


def test_options_in_the_wrong_order_are_a_config_error(tmp_path: Path) -> None:
    # error_words below max_words had left a sentence between them without any finding
    (tmp_path / "klarlint.toml").write_text(
        "[rules.long-sentence]\nmax_words = 40\nerror_words = 30\n", encoding="utf-8"
    )
    (tmp_path / "brev.txt").write_text("Vi har fått din ansökan.\n", encoding="utf-8")
    line = _one_line_error(klarlint("brev.txt", cwd=tmp_path))
    assert line.endswith("[rules.long-sentence]: max_words (40) ska vara mindre än error_words (30)")


def test_an_order_error_between_the_file_and_the_profile_says_where_each_value_comes_from(tmp_path: Path) -> None:
    (tmp_path / "klarlint.toml").write_text("[rules.long-sentence]\nmax_words = 22\n", encoding="utf-8")
    (tmp_path / "brev.txt").write_text("Vi har fått din ansökan.\n", encoding="utf-8")
    line = _one_line_error(klarlint("brev.txt", "--profile", "lättläst", cwd=tmp_path))
    assert line.endswith(
        "[rules.long-sentence]: max_words (22) ska vara mindre än error_words (20, från profilen lättläst)"
    )
    (tmp_path / "klarlint.toml").write_text("[rules.long-sentence]\nerror_words = 20\n", encoding="utf-8")
    line = _one_line_error(klarlint("brev.txt", cwd=tmp_path))  # the default max_words is 25
    assert line.endswith("max_words (25, standardvärdet) ska vara mindre än error_words (20)")


def test_valid_options_still_apply(tmp_path: Path) -> None:
    (tmp_path / "klarlint.toml").write_text("[rules.long-sentence]\nmax_words = 3\n", encoding="utf-8")
    (tmp_path / "brev.txt").write_text("Vi har fått din ansökan i dag.\n", encoding="utf-8")
    result = klarlint("brev.txt", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert '"long-sentence"' in result.stdout


def test_misspelt_rule_option_names_the_known_options(tmp_path: Path) -> None:
    (tmp_path / "klarlint.toml").write_text("[rules.long-sentence]\nmax_wrds = 20\n", encoding="utf-8")
    (tmp_path / "brev.txt").write_text("Vi har fått din ansökan.\n", encoding="utf-8")
    line = _one_line_error(klarlint("brev.txt", cwd=tmp_path))
    assert "'max_wrds'" in line and "max_words" in line and "error_words" in line


def test_option_errors_in_the_library_and_every_layer() -> None:
    with pytest.raises(ConfigError, match="max_nominal_ratio ska vara ett tal"):
        active_rules(config_from_mapping({"rules": {"nominalization": {"max_nominal_ratio": float("nan")}}}))
    with pytest.raises(ConfigError, match="acronyms ska vara true eller false"):
        active_rules(config_from_mapping({"rules": {"abbreviation": {"acronyms": 1}}}))
    # a disabled rule's options are checked too: the mistake is in the file either way
    with pytest.raises(ConfigError, match="min_words"):
        active_rules(
            config_from_mapping({"disable": ["missing-summary"], "rules": {"missing-summary": {"min_words": -5}}})
        )
    active_rules(config_from_mapping({"rules": {"nominalization": {"max_nominal_ratio": 2}}}))  # an int for a float


def test_option_spec_inferred_from_the_default_and_declared() -> None:
    info = RuleInfo(
        "x",
        "X",
        Severity.INFO,
        "",
        "",
        "",
        "",
        options={"n": 3, "mode": "a", "words": ["a"]},
        option_docs={"n": "hur många", "mode": OptionSpec(str, "läge", choices=("a", "b"))},
    )
    assert info.option_spec("n") == OptionSpec(int, "hur många")
    assert info.option_spec("n").accepts(0) and not info.option_spec("n").accepts(True)
    assert info.option_spec("mode").accepts("b") and not info.option_spec("mode").accepts("c")
    assert info.option_spec("words").accepts(["x"]) and not info.option_spec("words").accepts([1])
    assert info.option_spec("mode").wanted() == "en av 'a', 'b'"
    assert OptionSpec.infer({"a": 1}).accepts({}) and not OptionSpec.infer({"a": 1}).accepts([])  # a plug-in's table
    assert OptionSpec.infer(1.5).accepts(2) and not OptionSpec.infer(1.5).accepts(float("inf"))


def test_stdin_format_bogus_is_a_usage_error(tmp_path: Path) -> None:
    line = _one_line_error(klarlint("-", "--stdin-format", "bogus", cwd=tmp_path, stdin="Hej."))
    assert "--stdin-format" in line and "'bogus'" in line


def test_genre_bogus_is_a_usage_error(tmp_path: Path) -> None:
    line = _one_line_error(klarlint("-", "--genre", "roman", cwd=tmp_path, stdin="Hej."))
    assert "--genre" in line and "'roman'" in line and "webbsida" in line


@pytest.mark.parametrize("body", ["[tool]\nklarlint = 5\n", "tool = 5\n", '[tool]\nklarlint = "x"\n'])
def test_pyproject_tool_klarlint_not_a_table(tmp_path: Path, body: str) -> None:
    (tmp_path / "pyproject.toml").write_text(body, encoding="utf-8")
    (tmp_path / "brev.txt").write_text("Vi har fått din ansökan.\n", encoding="utf-8")
    result = klarlint("brev.txt", cwd=tmp_path)
    if body.startswith("tool = 5"):  # no [tool.klarlint] at all: the file is not klarlint's
        assert result.returncode == 0, result.stderr
        return
    line = _one_line_error(result)
    assert "pyproject.toml" in line and "[tool.klarlint] ska vara en tabell" in line


RULE_FILE = 'id = "vara-ord"\ntype = "{kind}"\nterms = ["barn"]\nmessage = "Undvik ”{{text}}”."\n'


def _rule_project(tmp_path: Path, rule_file: str, text: str = "Vi har tre barn.\n") -> Path:
    """brev.txt, a klarlint.toml whose rules_path is regler/, and regler/vara-ord.toml; returns regler/."""
    rules = tmp_path / "regler"
    rules.mkdir()
    (rules / "vara-ord.toml").write_text(rule_file, encoding="utf-8")
    (tmp_path / "klarlint.toml").write_text('rules_path = ["regler"]\n', encoding="utf-8")
    (tmp_path / "brev.txt").write_text(text, encoding="utf-8")
    return rules


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ('message = "{foo}"', "{foo}"),
        ('message = "{"', "klammer"),
        ('message = "}"', "klammer"),
        ('max = "abc"', "max"),
        ("max = -1", "max"),
        ("terms = 5", "terms"),
        ("terms = [1, 2]", "terms"),
        ('scope = "stycke"', "scope"),
        ('skip_names = "ja"', "skip_names"),
        ('picky = "ja"', "picky"),
        ("replace = 1", "replace"),
        ("message = 5", "message"),
    ],
)
def test_bad_declarative_rule_file_is_a_config_error_at_load(tmp_path: Path, line: str, key: str) -> None:
    key_name = line.split(" = ")[0]
    lines = [row for row in RULE_FILE.format(kind="occurrence").splitlines() if not row.startswith(key_name + " ")]
    _rule_project(tmp_path, "\n".join([*lines, line]) + "\n")
    error = _one_line_error(klarlint("brev.txt", cwd=tmp_path))
    assert "vara-ord.toml" in error and key in error
    assert error.count("klarlint.toml") == 0  # the rule file is named, not wrapped in the config's name


@pytest.mark.parametrize("message", ["{text:>300000000}", "{text.__class__.__mro__}", "{text!r}", "{0}", "{}"])
def test_rule_message_fills_only_documented_placeholders(tmp_path: Path, message: str) -> None:
    with pytest.raises(ConfigError, match="okänd platshållare"):
        build_rule({"id": "x", "type": "existence", "terms": ["barn"], "message": message}, tmp_path / "x.toml")


def test_template_filling_evaluates_nothing() -> None:
    check_template("”{text}” – {{inte}} {suggestion}", ("text", "suggestion"), "x.toml")
    assert fill_template("”{text}” {{x}} {suggestion}", text="{text.__class__}", suggestion="a") == (
        "”{text.__class__}” {x} a"
    )
    with pytest.raises(ConfigError, match=r"\{count\}"):
        check_template("{count}", ("text",), "x.toml")


def test_a_good_rule_file_still_works(tmp_path: Path) -> None:
    body = 'id = "vara-ord"\ntype = "existence"\nterms = ["barn"]\nmessage = "Undvik ”{text}” {{så}}."\n'
    _rule_project(tmp_path, body)
    result = klarlint("brev.txt", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "Undvik ”barn” {så}." in result.stdout


def test_a_word_lists_pos_column_limits_the_word_class(tmp_path: Path) -> None:
    """Column 7 (pos): the first word's UD tags; an unknown tag stops the run with the file named."""
    body = 'id = "vara-ord"\ntype = "substitution"\nwordlist = "ord.tsv"\nmessage = "Skriv ”{suggestion}”."\n'
    rules = _rule_project(tmp_path, body, "Vi gör ytterligare kontroller. Vi vill ytterligare stärka arbetet.\n")
    (rules / "ord.tsv").write_text("ytterligare\tfler\t\tej verifierad\t\t\tADJ\n", encoding="utf-8")
    result = klarlint("brev.txt", "--format", "json", cwd=tmp_path)
    found = [f for f in json.loads(result.stdout)["files"][0]["findings"] if f["rule"] == "vara-ord"]
    assert [(f["line"], f["column"]) for f in found] == [(1, 8)]  # the adjective, not the adverb
    (rules / "ord.tsv").write_text("ytterligare\tfler\t\tej verifierad\t\t\tADJEKTIV\n", encoding="utf-8")
    error = _one_line_error(klarlint("brev.txt", cwd=tmp_path))
    assert "ord.tsv" in error and "ADJEKTIV" in error and "ordklass" in error


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ('severty = "error"', "okänd nyckel 'severty' (menade du severity?"),
        ("enable = false", "okänd nyckel 'enable' (menade du enabled?"),
        ("skip_name = true", "okänd nyckel 'skip_name' (menade du skip_names?"),
        ('id = "Min regel!"', "id 'Min regel!' kan inte anges i --disable eller i en kommentar"),
        ('id = "a,b"', "id 'a,b' kan inte anges"),
        ('severity = "varning"', "okänd allvarlighetsgrad 'varning' för severity (error, warning eller info)"),
    ],
)
def test_a_misspelt_key_or_an_unnameable_id_in_a_rule_file_is_refused(tmp_path: Path, line: str, said: str) -> None:
    """*severty = "error"* had been ignored: the rule ran as a warning and the team's CI never failed on it."""
    key_name = line.split(" = ")[0]
    lines = [row for row in RULE_FILE.format(kind="existence").splitlines() if not row.startswith(key_name + " ")]
    _rule_project(tmp_path, "\n".join([*lines, line]) + "\n")
    error = _one_line_error(klarlint("brev.txt", cwd=tmp_path))
    assert "vara-ord.toml: " in error and said in error, error


@pytest.mark.parametrize("rule_id", ["vara-ord", "förbjudna_ord", "regel.2"])
def test_rule_ids_a_comment_can_name_are_accepted(tmp_path: Path, rule_id: str) -> None:
    spec = {"id": rule_id, "type": "existence", "terms": ["barn"], "message": "x", "severity": "error"}
    assert build_rule(spec, tmp_path / "x.toml").info.id == rule_id


def test_a_rule_files_toml_error_is_swedish(tmp_path: Path) -> None:
    _rule_project(tmp_path, "id = \n")
    error = _one_line_error(klarlint("brev.txt", cwd=tmp_path))
    assert error.endswith("vara-ord.toml: regelfilen kan inte läsas: ogiltig TOML på rad 1, kolumn 6"), error


def test_readme_documents_match_and_title_of_a_rule_file() -> None:
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Your own rules") : readme.index("## National scale")]
    for written in ('title = "', 'match = "surface"', 'match = "pattern"', "severty"):
        assert written in section, written
