"""Session 45: a meeting's protocol is a kind of its own; it is asked for no contact route and no summary."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.config import config_from_mapping
from klarlint.genre import detect_genre
from klarlint.readers import read_text

# A paragraph's account of a case, long enough that missing-sender (100 words) and missing-summary (300) apply.
CASE = (
    "Förvaltningen har utrett hur fritidsgårdarna kan hålla öppet fler kvällar under sommaren. Utredningen visar att "
    "besöken ökar när gårdarna har öppet sent, men att det saknas personal i de västra delarna av kommunen. "
)
DECISION = "Kultur- och fritidsnämnden beslutar att fritidsgårdarna håller öppet till klockan 22 under juli."

# The re-tester's kind of text (11-protokoll.txt), written anew: a nämnd's protocol in plain text.
PROTOCOL = (
    "Protokoll\nKultur- och fritidsnämnden\nSammanträdesdatum: 2026-05-12\n"
    "Plats: Kulturhuset, klockan 18.00–20.15\n\n"
    "Beslutande: Karin Ek (S), ordförande, Jonas Lind (M), Sara Holm (L)\n"
    "Övriga närvarande: Per Åberg, förvaltningschef\nJusterare: Jonas Lind\n\n"
    "§ 31 Val av justerare\n\nBeslut\nNämnden utser Jonas Lind (M) att justera dagens protokoll.\n\n"
    f"§ 32 Öppettider på fritidsgårdarna\n\nSammanfattning av ärendet\n{CASE * 6}\n\nBeslut\n{DECISION}\n\n"
    "Expedieras till: Förvaltningschef\n\n"
    f"§ 33 Fritidsgårdarnas lokaler\n\nSammanfattning av ärendet\n{CASE * 4}\n\nBeslut\n"
    "Ärendet läggs till handlingarna.\n\n"
    "Vid protokollet\nPer Åberg, sekreterare\n\nJusteras\nKarin Ek, ordförande          Jonas Lind, justerare\n"
)
# A decision sent to the one it concerns, one paragraph of a protocol: it needs a sender and a way to reach it.
EXTRACT = (
    "Utdrag ur protokoll\nMiljö- och byggnämnden\nSammanträdesdatum: 2026-05-12\nJusterare: Jonas Lind\n\n"
    "§ 45 Bygglov för garage på fastigheten Norrby 3:12\n\n"
    f"Beslut\nNämnden beviljar bygglov för ett garage.\n\nÄrendet\n{CASE * 4}\n\n"
    "Expedieras till: Sökanden\n\nRätt utdraget intygar\nPer Åberg, sekreterare\n"
)


def rules_of(text: str, fmt: str = "text", **settings: str) -> list[str]:
    return [f.rule for f in lint_text(text, fmt, **settings).findings]


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (PROTOCOL, "text"),
        # Markdown, a sammanträdesprotokoll with its paragraphs as headings and the law's order (*31 §*)
        (
            "# Sammanträdesprotokoll\n\nNärvarande: Karin Ek, Jonas Lind\n\nJusterare: Jonas Lind\n\n"
            "## 31 § Val av justerare\n\nNämnden utser Jonas Lind.\n\n## 32 § Öppettider\n\nNämnden beslutar.",
            "markdown",
        ),
        # an association's minutes with no paragraphs: title, who attended and who checks it, three signs
        (
            "Protokoll fört vid styrelsemöte\n\nNärvarande: Karin Ek, Jonas Lind, Sara Holm\n\n"
            "Mötets öppnande: ordföranden hälsade alla välkomna.\n\nJusterare: Sara Holm\n\nProtokollet justeras.",
            "text",
        ),
    ],
)
def test_a_protocol_is_recognised_from_its_signs_together(text: str, fmt: str) -> None:
    assert detect_genre(read_text(text, fmt)) == "protokoll"


@pytest.mark.parametrize(
    "text",
    [
        EXTRACT,
        # one paragraph under a protocol's head, without the word *utdrag*: still an extract, sent to someone
        EXTRACT.replace("Utdrag ur protokoll", "Protokoll").replace("Rätt utdraget intygar\n", ""),
        # the title alone is one word: a page about where a nämnd's protocols are found
        "Protokoll\n\nHär hittar du protokoll från nämndens sammanträden. Protokollen publiceras efter justering.",
        # numbered paragraphs alone are a law's text
        "Förordning om bidrag\n\n1 § Denna förordning gäller bidrag.\n\n2 § Bidrag lämnas efter ansökan.\n\n"
        "3 § Ansökan görs hos länsstyrelsen.",
        # a title and paragraphs, but no meeting, no attendance, no one who checks it
        "Protokoll\n\n§ 1 Mätningar\n\nMätningen gjordes i mars.\n\n§ 2 Resultat\n\nHalterna var låga.",
        # a meeting's notice: paragraphs, time and place and members, but sent to them before the meeting
        "Kallelse\nKultur- och fritidsnämnden\nTid och plats: 2026-05-12 klockan 18.00, Kulturhuset\n\n"
        "Ledamöter: Karin Ek, Jonas Lind, Sara Holm\n\n§ 31 Val av justerare\n\n§ 32 Öppettider på fritidsgårdarna"
        "\n\nFörhinder anmäls till nämndsekreteraren.",
        # a letter that speaks of a protocol
        "Hej Karin!\n\nHär kommer protokollet från sammanträdet. Justerare var Jonas Lind.\n\nMed vänliga hälsningar\n"
        "Per Åberg",
    ],
)
def test_one_sign_or_one_paragraph_is_no_protocol(text: str) -> None:
    assert detect_genre(read_text(text)) != "protokoll"


def test_a_protocol_is_asked_for_no_sender_and_no_summary() -> None:
    rules = rules_of(PROTOCOL)
    assert "missing-sender" not in rules and "missing-summary" not in rules


def test_an_extract_sent_as_a_decision_still_needs_a_sender() -> None:
    assert detect_genre(read_text(EXTRACT)) in {"beslut", "dokument"}  # (as before session 45: a sender's own text)
    assert "missing-sender" in rules_of(EXTRACT)


def test_a_letter_with_no_contact_route_still_gets_missing_sender() -> None:
    letter = f"Hej Karin!\n\n{CASE * 4}\n\n{DECISION}\n\nMed vänliga hälsningar\nPer Åberg"
    assert detect_genre(read_text(letter)) == "brev"
    assert "missing-sender" in rules_of(letter)
    # the same letter chosen as a protocol (config or --genre) is not asked
    assert "missing-sender" not in rules_of(letter, genre="protocol")


@pytest.mark.parametrize("name", ["protokoll", "Protokoll", "protocol", "minutes", "sammanträdesprotokoll"])
def test_config_and_front_matter_name_a_protocol(name: str) -> None:
    assert config_from_mapping({"genre": name}).genre == "protokoll"
    assert detect_genre(read_text(f"---\ntype: {name}\n---\n# Nämndens möte\n\nText.", "markdown")) == "protokoll"
