"""Session 43: missing-sender reads a politician's signature with a party tag, and a case number is no contact path."""

from __future__ import annotations

import pytest

from conftest import lint_text

# The reviewer's repros (r-sender-sign.txt, r-sender-arendenr.txt), shortened (and made over the rule's 100 words).
# Session 49: a signed answer under *Svar på interpellation …* needs no contact route (a council's debate, not a
# letter to a citizen; test_state_s49), so the answer here has a heading of its own: the signature's point stands.
ANSWER = (
    "Väntetider till särskilt boende\n\n"
    + " ".join(
        [
            "Den genomsnittliga väntetiden från beslut till erbjudande om plats var 68 dagar under perioden januari "
            "till september 2026.",
            "Det kan jämföras med riksgenomsnittet som är 63 dagar.",
            "Väntetiden varierar kraftigt mellan olika boendeformer.",
            "För plats på demensboende var väntetiden i genomsnitt 94 dagar medan den för plats på somatiskt boende "
            "var 41 dagar.",
            "Nämnden har i sin verksamhetsplan för 2027 bestämt att väntetiden till särskilt boende ska minska.",
            "Under våren 2027 ställer vi om tolv av platserna på Solgårdens somatiska avdelning till demensplatser.",
            "Vi ser också över biståndshandläggningen så att handläggarna kan besluta snabbare.",
            "Vi följer utvecklingen noga och redovisar resultatet för fullmäktige under hösten 2027.",
        ]
    )
    + "\n\nLjusnedal den 1 december 2026\n\n"
)
ORDER = (
    "Föreläggande om enskilt avlopp\n\n{label}\n\n"
    + " ".join(
        [
            "Miljö- och byggnämnden förelägger dig som ägare till fastigheten Sjöberga 4:12 att senast den 30 "
            "september 2027 sluta släppa ut avloppsvatten till stenkistan.",
            "Vid vår inventering av enskilda avlopp i Sjöberga-området den 14 juni 2026 såg vi att avloppet på "
            "fastigheten består av en slamavskiljare och en stenkista.",
            "Anläggningen renar inte avloppsvattnet tillräckligt.",
            "Du har fått tillfälle att yttra dig över ett förslag till beslut men har inte svarat.",
            "Avloppsvatten kan förorena grundvatten och ytvatten.",
            "Nämnden bedömer att det är skäligt att kräva åtgärder.",
            "Tidsfristen är rimlig eftersom du behöver tid att anlita en entreprenör.",
            "Om du inte gör det i tid kan nämnden besluta om ett vite.",
        ]
    )
    + "\n\nJonas Berg\nMiljöinspektör\n{contact}"
)


def sender_messages(text: str) -> list[str]:
    return [f.message for f in lint_text(text).findings if f.rule == "missing-sender"]


@pytest.mark.parametrize(
    "signature",
    [
        "Birgitta Sjödin (S)\nOrdförande i vård- och omsorgsnämnden",
        "Birgitta Sjödin (KD), ordförande i vård- och omsorgsnämnden",
        "Per Sandberg (M), kommunstyrelsens ordförande\nKarin Holm (S), kommunstyrelsens vice ordförande",
        "Birgitta Sjödin\nOrdförande i vård- och omsorgsnämnden",
    ],
)
def test_a_signature_with_a_party_tag_names_the_sender(signature: str) -> None:
    [message] = sender_messages(ANSWER + signature)
    assert message.startswith("Texten säger vem som är avsändare men inte hur")


@pytest.mark.parametrize(
    "signature",
    [
        "Birgitta Sjödin (S)",
        "Ljusnedals Socialdemokrater (S)\nMotion om väntetider",
        # a sentence that opens with two capitalised words, then a genitive and a title: no signature (a press
        # release in the corpus)
        "Med Europeiska rådets ordförande Charles Michel talade statsministern om stödet till Ukraina.",
    ],
)
def test_a_name_alone_is_still_no_sender(signature: str) -> None:
    [message] = sender_messages(ANSWER + signature)
    assert "inte vem som är avsändare" in message


@pytest.mark.parametrize(
    "label",
    [
        "Ärendenummer: MBN 2026-000812",
        "Dnr MBN 2026-000812",
        "Diarienummer: 2026-000812",
        "Er beteckning: 2026-000812",
        "Ärendenummer: MBN 2026-0812",
    ],
)
def test_a_case_number_is_no_contact_path(label: str) -> None:
    [message] = sender_messages(ORDER.format(label=label, contact=""))
    assert message.startswith("Texten säger vem som är avsändare men inte hur")


@pytest.mark.parametrize(
    "contact",
    [
        "Telefon: 0650-380 00",
        "Tel 0650-38000",
        "Telefon 026-000812",  # a number after a telephone's label is one, whatever its digits
        "jonas.berg@ljusnedal.se",
    ],
)
def test_a_contact_path_next_to_a_case_number_still_counts(contact: str) -> None:
    assert sender_messages(ORDER.format(label="Ärendenummer: MBN 2026-000812", contact=contact)) == []
    assert sender_messages(ORDER.format(label=f"Dnr: MBN 2026-000812, {contact}", contact="")) == []
