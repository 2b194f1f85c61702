"""LanguageTool's API (/v2/check, /v2/languages) on the real server, and a LanguageTool client nobody here wrote."""

from __future__ import annotations

import json
import urllib.parse

import pytest
from hypothesis import given
from hypothesis import strategies as st

from klarlint.report import Finding
from klarlint.rules.base import Severity
from klarlint.serve.lt import AnnotatedText, Utf16, message_with_advice, parse_annotated
from serve_helpers import running_server

TEXT = "Du skall betala avgiften."


def utf16(text: str) -> int:
    """Length as a LanguageTool client (Java, JavaScript) counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("lt")) as running:
        yield running


@pytest.fixture(scope="module")
def client(server):
    with server.client() as http:
        yield http


def check(client, **fields) -> dict:
    response = client.post("/v2/check", data={"language": "sv-SE", **fields})
    assert response.status_code == 200, response.text
    return response.json()


def matches_of(result: dict, rule: str) -> list[dict]:
    return [m for m in result["matches"] if m["rule"]["id"] == rule]


def test_languages(client) -> None:
    assert client.get("/v2/languages").json() == [{"name": "Swedish", "code": "sv", "longCode": "sv-SE"}]


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        (
            "Thank you for inviting me to speak here today about the areas where our investments matter most, "
            "and about what we will do next.",
            "en",
            "English",
        ),
        ("تقدم لك البلدية معلومات عن الروضة والمدرسة.", "und-Arab", "Unknown"),
    ],
)
def test_a_text_not_in_swedish_is_detected_as_what_it_is(client, text: str, code: str, name: str) -> None:
    # LanguageTool's clients show the detected language; klarlint said sv-SE for any text, and checked nothing
    result = check(client, text=text, language="auto")
    assert result["language"]["code"] == "sv-SE"
    detected = result["language"]["detectedLanguage"]
    assert detected["name"] == name and detected["code"] == code and 0.8 <= detected["confidence"] <= 1.0
    assert result["matches"] == []


def test_what_was_not_checked_is_said_in_the_warnings(client) -> None:
    """An English paragraph before a Swedish one, language=sv-SE: the Swedish one is checked, the English one is
    not linted as Swedish, and the answer says so (it had said nothing: a client showed the whole text as checked)."""
    english = "The application has been processed by the board and a decision has been made."
    text = f"😀 {english}\n\n{TEXT}"
    result = check(client, text=text)
    (skall,) = matches_of(result, "skall")
    assert skall["offset"] == utf16(text[: text.index("skall")])
    assert all(m["offset"] >= utf16(text[: text.index(TEXT)]) for m in result["matches"])  # none in the English
    (notice,) = result["warnings"]["notices"]
    # at the English words: a line that opens with an emoji is a list item whose bullet is the emoji (session 48)
    assert notice["code"] == "other-language" and "engelska" in notice["message"] and notice["offset"] == utf16("😀 ")
    assert result["warnings"]["incompleteResults"] is False
    later = check(client, text=f"{text}\n\n{english}")["warnings"]["notices"]
    assert [n["offset"] for n in later] == [utf16("😀 "), utf16(f"{text}\n\n")]  # where each English paragraph starts
    # Swedish in a paragraph that is English is not checked either, and said
    mixed = check(client, text=f"{english} {TEXT}")
    assert mixed["matches"] == [] and "engelska" in mixed["warnings"]["notices"][0]["message"]
    assert check(client, text=TEXT)["warnings"] == {"incompleteResults": False, "notices": []}


def test_the_detected_language_s_confidence_follows_the_evidence(client) -> None:
    # it had been 1.0 for any text, however little of it was in the language
    clear = check(client, text="Du kan överklaga beslutet. Skicka ditt överklagande till oss inom tre veckor.")
    short = check(client, text="Hej Anna!")  # no word to tell by: Swedish, the default, at even odds
    sure, unsure = (r["language"]["detectedLanguage"] for r in (clear, short))
    assert sure["code"] == unsure["code"] == "sv-SE"
    assert unsure["confidence"] == 0.5 < sure["confidence"] <= 1.0


def test_check_answers_languagetools_shape(client) -> None:
    result = check(client, text="Ansökan har behandlats av nämnden. " + TEXT)
    assert result["software"]["apiVersion"] == 1
    assert result["language"]["code"] == "sv-SE"
    assert result["language"]["detectedLanguage"]["code"] == "sv-SE"
    (skall,) = matches_of(result, "skall")
    assert skall["replacements"] == [{"value": "ska"}]
    assert skall["offset"] == len("Ansökan har behandlats av nämnden. Du ") and skall["length"] == 5
    assert skall["sentence"] == TEXT
    assert skall["shortMessage"] and skall["message"]
    assert skall["rule"]["description"] and skall["rule"]["issueType"] == "style"
    assert skall["rule"]["category"] == {"id": "KLARSPRAK", "name": "Klarspråk"}
    assert skall["type"] == {"typeName": "Other"}
    (percent,) = matches_of(check(client, text="Det är 15% av kostnaden."), "numbers-and-dates")
    assert percent["rule"]["issueType"] == "typographical"  # from the rule's RuleInfo.issue_type
    # Someone else's words: reported, with the advice in the message, but no replacement a click would put in.
    (quoted,) = matches_of(check(client, text="Hon skrev ”vi ses kl 13” i sitt brev."), "numbers-and-dates")
    assert quoted["replacements"] == [] and "kl." in quoted["message"]
    context = skall["context"]
    assert context["text"][context["offset"] : context["offset"] + context["length"]] == "skall"
    (passive,) = matches_of(result, "passive-voice")
    assert "Skriv aktivt" in passive["message"]  # the advice is part of the message LanguageTool clients show


def test_offsets_count_utf16_code_units(client) -> None:
    prefix = "😀👍🏽 Hej 𝒳! "  # characters beyond U+FFFF count two in UTF-16
    text = prefix + TEXT
    (skall,) = matches_of(check(client, text=text), "skall")
    start = text.index("skall")
    assert skall["offset"] == utf16(text[:start]) == start + 4
    assert skall["length"] == 5
    encoded = text.encode("utf-16-le")
    assert encoded[2 * skall["offset"] : 2 * (skall["offset"] + skall["length"])].decode("utf-16-le") == "skall"
    context = skall["context"]
    ctx = context["text"].encode("utf-16-le")
    assert ctx[2 * context["offset"] : 2 * (context["offset"] + context["length"])].decode("utf-16-le") == "skall"


def test_annotated_data_skips_markup_and_maps_offsets_back(client) -> None:
    annotation = [
        {"markup": "<p>"},
        {"text": "Ansökan har "},
        {"markup": '<b class="x">'},
        {"text": "behandlats"},
        {"markup": "</b>"},
        {"text": " av nämnden 😀."},
        {"markup": "</p><p>", "interpretAs": "\n\n"},
        {"text": "Du "},
        {"markup": "<i>"},
        {"text": "skall"},
        {"markup": "</i>"},
        {"text": " betala."},
        {"markup": "</p>"},
    ]
    original = "".join(part.get("text", part.get("markup")) for part in annotation)
    result = check(client, data=json.dumps({"annotation": annotation}))
    encoded = original.encode("utf-16-le")

    def covered(match: dict) -> str:
        return encoded[2 * match["offset"] : 2 * (match["offset"] + match["length"])].decode("utf-16-le")

    assert [covered(m) for m in matches_of(result, "skall")] == ["skall"]
    assert [covered(m) for m in matches_of(result, "passive-voice")] == ["behandlats"]
    assert all("<" not in m["sentence"] for m in result["matches"])  # markup is not checked as text
    for match in result["matches"]:  # the context is the original's, as LanguageTool's is
        context = match["context"]
        shown = context["text"].encode("utf-16-le")
        marked = shown[2 * context["offset"] : 2 * (context["offset"] + context["length"])].decode("utf-16-le")
        assert marked == covered(match).replace("\n", " ")


def test_half_an_emoji_is_one_replacement_character_and_later_offsets_stay_exact(client) -> None:
    """JavaScript's JSON.stringify writes half an emoji as a lone surrogate (\\ud83d); it had been a 500 when the
    answer was written. It counts one UTF-16 code unit in the client, as its replacement U+FFFD does."""
    annotation = [{"text": "😀\ud83d Du skall betala. "}, {"markup": "<b \udc00>"}, {"text": "Ni \udc00skall svara."}]
    original = "".join(part.get("text", part.get("markup")) for part in annotation)
    for data in ({"annotation": annotation}, {"text": original}):
        result = check(client, data=json.dumps(data))  # json.dumps writes the lone surrogates as \ud83d escapes
        units = original.encode("utf-16-le", "surrogatepass")  # the text as the client holds it
        found = [units[2 * m["offset"] : 2 * (m["offset"] + m["length"])] for m in matches_of(result, "skall")]
        assert [unit.decode("utf-16-le") for unit in found] == ["skall", "skall"]
        assert all("\ufffd" in m["context"]["text"] for m in result["matches"])


def test_no_replacement_where_the_match_covers_markup(client) -> None:
    # A client puts the replacement over the whole range: *sk<b>all* → *ska* would leave *Du ska</b> betala.*
    annotation = [{"text": "Du sk"}, {"markup": "<b>"}, {"text": "all"}, {"markup": "</b>"}, {"text": " betala. "}]
    annotation += [{"markup": "<span>", "interpretAs": "skall"}, {"text": " du svara. Ni "}, {"text": "skall svara."}]
    original = "".join(part.get("text", part.get("markup")) for part in annotation)
    result = check(client, data=json.dumps({"annotation": annotation}))
    found = matches_of(result, "skall")
    spans = [(original[m["offset"] : m["offset"] + m["length"]], m["replacements"]) for m in found]
    assert spans == [("sk<b>all", []), ("<span>", []), ("skall", [{"value": "ska"}])]


def test_data_with_a_plain_text_as_the_browser_add_on_sends_it(client) -> None:
    # LanguageTool's add-on sends data={"text": ..., "metaData": ...}, not only an annotation; it had been a 400
    data = {"text": "Ansökan har behandlats av nämnden. " + TEXT, "metaData": {"EmailToAddress": "anna@kommun.se"}}
    result = check(client, data=json.dumps(data))
    (skall,) = matches_of(result, "skall")
    assert skall["offset"] == data["text"].index("skall") and skall["replacements"] == [{"value": "ska"}]
    assert matches_of(result, "passive-voice")


def test_a_number_in_the_annotation_is_text_as_in_languagetool(client) -> None:
    # LanguageTool takes any JSON value with asText(): a client's "interpretAs": 1 had been a 400
    annotation = [{"text": "Du har "}, {"markup": "<n/>", "interpretAs": 2}, {"text": " dagar. Du skall betala."}]
    original = "".join(part.get("text", part.get("markup")) for part in annotation)
    (skall,) = matches_of(check(client, data=json.dumps({"annotation": annotation})), "skall")
    assert original[skall["offset"] : skall["offset"] + skall["length"]] == "skall"


@pytest.mark.parametrize("content_type", ["application/json", None, "text/plain; charset=utf-8"])
def test_a_form_body_is_read_whatever_its_content_type(client, content_type) -> None:
    """LTeX posts its form with Content-Type: application/json, some clients with none: LanguageTool's server
    reads any POST body of /v2/check as form data (it had been a 400, "fältet text eller data saknas")."""
    data = {"annotation": [{"markup": "# "}, {"text": "Beslut"}, {"markup": "\n\n", "interpretAs": "\n\n"}]}
    data["annotation"] += [{"text": "Du "}, {"markup": "**"}, {"text": "skall"}, {"markup": "**"}, {"text": " betala."}]
    body = urllib.parse.urlencode({"language": "sv", "data": json.dumps(data), "motherTongue": "sv"})
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/v2/check", content=body.encode(), headers=headers)
    assert response.status_code == 200, response.text
    (skall,) = matches_of(response.json(), "skall")
    assert skall["offset"] == len("# Beslut\n\nDu **") and skall["length"] == 5


def test_a_post_s_url_parameters_are_merged_in_as_in_languagetool(client) -> None:
    only_url = client.post("/v2/check", params={"language": "sv", "text": TEXT})
    assert only_url.status_code == 200 and matches_of(only_url.json(), "skall")
    # the URL's value wins over the body's, as LanguageTool's server puts the query's parameters last
    both = client.post("/v2/check", params={"language": "sv"}, data={"language": "en-US", "text": TEXT})
    assert both.status_code == 200 and matches_of(both.json(), "skall")


def test_rule_selection_like_languagetool(client) -> None:
    text = "Ansökan har behandlats av nämnden. " + TEXT
    assert not matches_of(check(client, text=text, disabledRules="skall,UPPERCASE_SENTENCE_START"), "skall")
    only = check(client, text=text, enabledRules="skall", enabledOnly="true")
    assert {m["rule"]["id"] for m in only["matches"]} == {"skall"}
    assert check(client, text=text, disabledCategories="KLARSPRAK")["matches"] == []
    everything = check(client, text=text, enabledCategories="KLARSPRAK", enabledOnly="true")
    assert {"skall", "passive-voice"} <= {m["rule"]["id"] for m in everything["matches"]}


def test_mode_splits_the_findings_as_languagetool_s_add_on_asks(client) -> None:
    """The add-on checks the whole text with mode=textLevelOnly and the changed paragraphs with
    allButTextLevelOnly, and shows both answers: klarlint had ignored mode, so every finding showed twice."""
    from klarlint.rules.registry import all_rules

    block_local = {rule.info.id: rule.info.block_local is True for rule in all_rules()}
    # (numbers-and-dates looks beyond its paragraph since session 41, for *mkr* at first use; quotes-and-dashes not)
    text = "Ansökan har behandlats av nämnden. " + TEXT + " Det kostar 15% mer 8-10 maj.\n\nNi skall svara."

    def found(**fields) -> list[tuple[str, int, int]]:
        return sorted(
            (m["rule"]["id"], m["offset"], m["length"]) for m in check(client, text=text, **fields)["matches"]
        )

    everything = found(level="picky")
    text_level, the_others = (
        found(level="picky", mode="textLevelOnly"),
        found(level="picky", mode="allButTextLevelOnly"),
    )
    assert (
        text_level and the_others and sorted(text_level + the_others) == everything == found(level="picky", mode="all")
    )
    assert not any(block_local[rule] for rule, _, _ in text_level)  # by the rules' own RuleInfo.block_local
    assert all(block_local[rule] for rule, _, _ in the_others)
    assert found(mode="textLevelOnly", enabledRules="skall,numbers-and-dates", enabledOnly="true") == [
        m for m in text_level if m[0] in ("skall", "numbers-and-dates")
    ]
    for bad in ("textlevelonly", "", "batch"):  # as LanguageTool's ServerTools.getMode: exactly one of the three
        assert "mode" in lt_error(client.post("/v2/check", data={"text": text, "language": "sv", "mode": bad}), 400)


def test_enabled_only_as_languagetool_reads_it(client) -> None:
    text = "Ansökan har behandlats av nämnden. " + TEXT
    # LanguageTool takes "yes" as "true"; klarlint had checked with every rule
    only = check(client, text=text, enabledRules="passive-voice", enabledOnly="yes")
    assert {m["rule"]["id"] for m in only["matches"]} == {"passive-voice"}
    # nothing to keep to is a 400 in LanguageTool; klarlint had checked with no rule at all
    for value in ("true", "yes"):
        response = client.post("/v2/check", data={"text": text, "language": "sv", "enabledOnly": value})
        assert "enabledRules" in lt_error(response, 400)
    assert matches_of(check(client, text=text, enabledOnly="false"), "skall")


def test_level_picky_turns_on_the_careful_review_rules(client) -> None:
    """LanguageTool's level=picky adds rules "you might only find useful when checking formal text": here the
    rules for careful review (formal-word), off at the default level."""
    text = "Kommunen ska samverka med polisen och bedriva verksamhet."
    assert not matches_of(check(client, text=text), "formal-word")
    assert not matches_of(check(client, text=text, level="default"), "formal-word")
    picky = matches_of(check(client, text=text, level="picky"), "formal-word")
    assert [text[m["offset"] : m["offset"] + m["length"]] for m in picky] == ["samverka", "bedriva"]
    # a tip, never a drop-in: no replacement for a client to apply with one click
    assert [m["replacements"] for m in picky] == [[], []] and "samarbeta" in picky[0]["message"]
    # enabledOnly keeps to the rules named, whatever the level
    only = check(client, text=text, level="picky", enabledRules="skall", enabledOnly="true")
    assert only["matches"] == []
    # a rule's part for careful review too: the note on a heavy text's nominal ratio
    heavy = (
        "Genomförandet av utredningen av frågan om inrättandet av en nämnd för hanteringen av ärenden om bidrag "
        "till föreningar inom området för kultur skedde under hösten med hjälp av konsulter. "
    ) * 12
    ratio = [m for m in matches_of(check(client, text=heavy), "nominalization") if "nominalkvoten" in m["message"]]
    assert ratio == []
    picky_ratio = matches_of(check(client, text=heavy, level="picky"), "nominalization")
    assert [m for m in picky_ratio if "nominalkvoten" in m["message"]]
    response = client.post("/v2/check", data={"text": text, "language": "sv", "level": "pedantic"})
    assert "level" in lt_error(response, 400)


def test_language_auto_and_get(client) -> None:
    assert matches_of(check(client, text=TEXT, language="auto"), "skall")
    response = client.get("/v2/check", params={"text": TEXT, "language": "sv"})
    assert response.status_code == 200 and matches_of(response.json(), "skall")


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"text": TEXT, "language": "en-US"}, ("svenska", "en-US")),
        ({"language": "sv"}, ("text",)),
        ({"data": "{inte json", "language": "sv"}, ("JSON",)),
        ({"data": '{"annotation": [{"text": [1]}]}', "language": "sv"}, ('"text"',)),
        ({"data": '{"annotation": [{"markup": "<b>", "interpretAs": {}}]}', "language": "sv"}, ("interpretAs",)),
        ({"text": TEXT, "data": json.dumps({"text": TEXT}), "language": "sv"}, ("inte båda",)),  # as LanguageTool
        ({"data": json.dumps({"text": TEXT, "annotation": []}), "language": "sv"}, ("antingen",)),
        ({"data": '{"metaData": {}}', "language": "sv"}, ("annotation",)),
        ({"data": '{"annotation": ' + "[" * 3000 + "]" * 3000 + "}", "language": "sv"}, ("nästlad",)),  # was a 500
    ],
)
def test_bad_check_requests_are_400(client, fields, words) -> None:
    message = lt_error(client.post("/v2/check", data=fields), 400)
    for word in words:
        assert word in message


def test_an_unsupported_language_is_not_repeated_whole(client) -> None:
    # a 1 MB language value had come back whole in the error
    message = lt_error(client.post("/v2/check", data={"text": TEXT, "language": "x" * 100_000}), 400)
    assert len(message) < 200 and "xxx…" in message


def lt_error(response, status: int) -> str:
    """An error as LanguageTool's server gives it (plain text, "Error: " and one line); its message, in Swedish."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text.startswith("Error: ") and "\n" not in response.text
    return response.text.removeprefix("Error: ")


def test_errors_on_v2_are_plain_text_as_languagetool_s(client) -> None:
    # A JSON error had made language-tool-python fail with KeyError 'matches' instead of its LanguageToolError.
    assert "saknas" in lt_error(client.post("/v2/check", data={"language": "sv"}), 400)
    assert lt_error(client.get("/v2/finns-inte"), 404) == "sidan eller resursen finns inte"
    assert lt_error(client.delete("/v2/check"), 405) == "metoden stöds inte här"
    too_big = client.post("/v2/check", content=b"text=" + b"a" * (20 * 1024 * 1024), headers={"Connection": "close"})
    assert "20 MB" in lt_error(too_big, 413)  # refused by Content-Length, before the body is read
    chunks = iter([b"language=sv&text="] + [b"a" * (1024 * 1024)] * 21)  # no Content-Length: while it streams
    assert "20 MB" in lt_error(client.post("/v2/check", content=chunks), 413)
    # the page's JSON API keeps its JSON errors
    api = client.post("/api/lint", json={})
    assert api.status_code == 400 and "text" in api.json()["error"]


def test_language_tool_python_gets_the_matches(server, monkeypatch) -> None:
    """The PyPI client in remote-server mode: it must use our server and never download LanguageTool."""
    language_tool_python = pytest.importorskip("language_tool_python")
    from language_tool_python import download_lt

    def no_download(*args, **kwargs):
        raise AssertionError("language-tool-python tried to download LanguageTool")

    monkeypatch.setattr(download_lt.LocalLanguageTool, "download", no_download)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    text = "😀 Ansökan har behandlats av nämnden. " + TEXT
    with language_tool_python.LanguageTool("sv-SE", remote_server=server.url) as tool:
        matches = tool.check(text)
        tool.disabled_rules = {"passive-voice"}
        without_passive = tool.check(text)
    by_rule = {m.rule_id: m for m in matches}
    assert {"skall", "passive-voice"} <= set(by_rule)
    skall = by_rule["skall"]
    # language-tool-python turns UTF-16 offsets back into Python's: right only if ours were UTF-16.
    assert text[skall.offset : skall.offset + skall.error_length] == "skall"
    assert skall.replacements == ["ska"]
    assert language_tool_python.utils.correct(text, [skall]).endswith("Du ska betala avgiften.")
    assert "passive-voice" not in {m.rule_id for m in without_passive}


def test_language_tool_python_gets_its_own_error(server, monkeypatch) -> None:
    """language-tool-python turns a LanguageTool error (not JSON) into LanguageToolError; klarlint's JSON error had
    made it fail with KeyError: 'matches'."""
    language_tool_python = pytest.importorskip("language_tool_python")
    from language_tool_python.exceptions import LanguageToolError

    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with language_tool_python.LanguageTool("sv-SE", remote_server=server.url) as tool:
        tool.enabled_rules_only = True  # with no rule named: a 400 in LanguageTool
        with pytest.raises(LanguageToolError, match="^Error: .*enabledRules"):
            tool.check(TEXT)


def test_info_findings_are_hints_as_languagetool_types_them(client) -> None:
    """LanguageTool's match types are UnknownWord, Hint and Other, and its clients show a Hint less strongly. Every
    match had been Other: *då går passiv bra* (info: the text is fine) was underlined as a warning is."""
    result = check(client, text="Mötet hålls i Stockholm. " + TEXT)
    (passive,) = matches_of(result, "passive-voice")
    assert "går passiv bra" in passive["message"] and passive["type"] == {"typeName": "Hint"}
    (skall,) = matches_of(result, "skall")  # a warning stays Other
    assert skall["type"] == {"typeName": "Other"}


@pytest.mark.parametrize(
    ("text", "rule", "not_glued"),
    [
        # the suggestion was a replacement or a fragment, glued on after the message
        ("Man kan ansöka om bidrag hos kommunen.", "impersonal-man", "själva. Du"),
        ("Mötet hålls i Stockholm - det blir bra.", "quotes-and-dashes", "(-).  – "),
        # the suggestion said the message's advice again, with no final stop
        ("Beslutet fattades i går.", "nominalization", "Skriv med verbet"),
    ],
)
def test_the_message_gets_no_replacement_or_repetition_glued_on(client, text, rule, not_glued) -> None:
    matches = matches_of(check(client, text=text), rule)
    assert matches
    for match in matches:
        message = match["message"]
        assert not_glued not in message and "  " not in message and message.rstrip()[-1] in ".?!”", message


def test_advice_the_message_lacks_is_added_as_a_sentence(client) -> None:
    # the suggestion is a sentence of its own that says something new: the rewrite to try
    (passive,) = matches_of(check(client, text="Beslutet fattades av nämnden i går."), "passive-voice")
    assert "till exempel ”" in passive["message"]
    assert passive["message"].count("Skriv aktivt") == 1


def test_a_nul_in_the_text_is_checked_like_other_control_characters(client) -> None:
    """A NUL pasted from a PDF or a CMS field had failed the whole check: 422 *<stdin>: texten ser ut att vara
    binär*. LanguageTool checks such a text; the offsets count the NUL."""
    text = "Rubrik\x00Du skall komma.\x00"
    result = check(client, text=text)
    (skall,) = matches_of(result, "skall")
    assert skall["offset"] == text.index("skall") and skall["replacements"] == [{"value": "ska"}]
    assert "\x00" not in skall["context"]["text"]
    data = check(client, data=json.dumps({"annotation": [{"text": "Rubrik\x00"}, {"text": TEXT}]}))
    assert matches_of(data, "skall")


def test_the_context_has_no_line_breaks_or_tabs_and_is_counted_in_utf16(client) -> None:
    text = "Första stycket.\r\n\r\nDu\tskall komma. " + "😀" * 40 + " Du skall gå."
    first, second = matches_of(check(client, text=text), "skall")
    for match in (first, second):
        context = match["context"]
        assert not any(ch in context["text"] for ch in "\r\n\t")  # \r had stayed (CRLF text)
        units = context["text"].encode("utf-16-le")
        marked = units[2 * context["offset"] : 2 * (context["offset"] + context["length"])].decode("utf-16-le")
        assert marked == "skall"
        # 40 UTF-16 units either side, as LanguageTool's Java strings count: 40 emoji had given 80
        around = utf16(context["text"].replace("...", ""))
        assert around <= 40 + 5 + 40
    assert second["context"]["text"].startswith("...😀") and utf16(second["context"]["text"]) == 3 + 40 + 5 + 4


def test_each_rule_links_to_its_explanation_on_the_server(server, client) -> None:
    (skall,) = matches_of(check(client, text=TEXT), "skall")
    (url,) = skall["rule"]["urls"]
    assert url["value"] == f"{server.url}/api/rules/skall"
    explained = client.get(url["value"].removeprefix(server.url))
    assert explained.status_code == 200 and explained.json()["explanation"]


# --- the annotated-text mapping on its own (no server) ------------------------------------------

PARTS = st.lists(
    st.one_of(
        st.builds(lambda t: {"text": t}, st.text(min_size=1, max_size=12)),
        st.builds(lambda m: {"markup": m}, st.text(min_size=1, max_size=6)),
        st.builds(
            lambda m, i: {"markup": m, "interpretAs": i},
            st.text(min_size=1, max_size=6),
            st.sampled_from(["\n\n", " ", ""]),
        ),
    ),
    max_size=12,
)


@given(PARTS, st.data())
def test_spans_inside_text_map_to_the_same_text_in_the_original(parts, data) -> None:
    text = parse_annotated(json.dumps({"annotation": parts}))
    assert text.plain == "".join(p.get("text", p.get("interpretAs", "")) for p in parts)
    assert text.original == "".join(p.get("text", p.get("markup")) for p in parts)
    for plain_start, plain_end, _, _, is_text in text.parts:
        if not is_text or plain_end == plain_start:
            continue
        start = data.draw(st.integers(plain_start, plain_end - 1))
        end = data.draw(st.integers(start + 1, plain_end))
        assert text.original[text.original_start(start) : text.original_end(end)] == text.plain[start:end]


@given(st.text(max_size=30), st.data())
def test_utf16_offsets_agree_with_an_encoder(value, data) -> None:
    offset = data.draw(st.integers(0, len(value)))
    assert Utf16(value)(offset) == len(value[:offset].encode("utf-16-le")) // 2
    assert AnnotatedText.from_text(value).original_start(offset) == offset


def test_every_language_klarlint_detects_has_a_name_for_clients() -> None:
    """A client shows detectedLanguage.name: Romani, added to the detector, had been *Unknown*."""
    from klarlint.language import _FUNCTION_WORDS, SWEDISH
    from klarlint.serve.lt import DETECTED_NAMES

    assert set(_FUNCTION_WORDS) - {SWEDISH} <= set(DETECTED_NAMES)


def finding(text: str, message: str, suggestion: str | None, replacements: tuple[str, ...] = ()) -> Finding:
    return Finding(
        "r", Severity.INFO, 1, 1, 1, 1, 0, len(text), text, message, suggestion, None, "", None, replacements
    )


@pytest.mark.parametrize(
    ("text", "message", "suggestion", "shown"),
    [
        # a replacement, a fragment, a list of words: the replacements and the message carry them
        ("Man", "”man” gör texten opersonlig.", "Du", "”man” gör texten opersonlig."),
        ("den enskildes", "Skriv till läsaren med du.", "din / ditt / dina", "Skriv till läsaren med du."),
        (" - ", "Skriv tankstreck (–).", " – ", "Skriv tankstreck (–)."),
        # the heading rewritten without its colon
        ("Rådet består av följande:", "Sätt inte kolon efter en rubrik.", "Rådet består av följande",
         "Sätt inte kolon efter en rubrik."),
        # said already, in other words
        ("vidtar åtgärder", "Skriv hellre bara det som ska göras: verbet efter ”för att”.",
         "Skriv bara det som ska göras", "Skriv hellre bara det som ska göras: verbet efter ”för att”."),
        # advice of its own: appended, a full stop where it has none
        ("den enskilde", "Skriv till läsaren med du (eller ni).", "Skriv du, dig eller din",
         "Skriv till läsaren med du (eller ni). Skriv du, dig eller din."),
        ("anmäldes", "”anmäldes” är passiv form.", "Skriv aktivt, till exempel ”(Vem?) anmälde …”",
         "”anmäldes” är passiv form. Skriv aktivt, till exempel ”(Vem?) anmälde …”"),
    ],
)  # fmt: skip
def test_message_with_advice(text: str, message: str, suggestion: str, shown: str) -> None:
    assert message_with_advice(finding(text, message, suggestion)) == shown
