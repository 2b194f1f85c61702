"""passive-voice, session 53's verification (second wave): passives whose doer is general, obvious or of no use to
the reader, the sender as the goal of what is sent, and a noun the tagger read as a passive (real model)."""

from __future__ import annotations

import pytest

from test_s53_fp import passives, warnings


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Logga in i e-tjänsten. Dina block från förra året visas på kartan.", "visas"),
        ("Vid kontrollen konstaterade vi att skiftena 3 och 4 inte hade betats under året.", "betats"),
        ("Här ser du vad som serveras i kommunens grundskolor vecka 38.", "serveras"),
        ("Vaccinet ger bäst skydd om det ges innan man har kommit i kontakt med viruset.", "ges"),
        ("Du betalar en avgift. Avgiften för juli är en del av årsavgiften, som delas upp på tolv månader.", "delas"),
        ("Du kan få underrättelse om du är målsägande, det vill säga den som brottet riktades mot.", "riktades"),
        ("Vid en efterkontroll har Tullverket konstaterat att tälten ska klassificeras enligt varukod 6306.", "klass"),
        ("Ni anser att pumparna borde ha klassificerats enligt varukod 8413 60 31 med tullsats 0 procent.", "klass"),
        ("Tullverket har därför inte prövat om pumparna har klassificerats rätt.", "klass"),
        (
            "Du får sedan ett meddelande med uppgift om det belopp som du ska betala. Om du inte betalar inom den tid "
            "som anges skickas försändelsen tillbaka.",
            "anges",
        ),
    ],
)
def test_general_or_obvious_doer_is_no_warning(text: str, word: str) -> None:
    found = passives(text, word, genre="brev")
    assert found and not warnings(text, word, genre="brev")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dina uppgifter visas för handläggaren innan beslutet fattas.", "visas"),
        ("Dina uppgifter visas på sidan Mina sidor.", "visas"),
        ("Här ser du vad som ska skickas in till oss.", "skickas"),
        ("Dokumentet ges till alla som söker.", "ges"),
        ("Barnen delas upp i tre grupper.", "delas"),
        ("Kritiken riktades mot nämnden i förra veckan.", "riktades"),
        ("Tälten klassificerades i fjol och beslutet skickades till företaget.", "klass"),
        ("Om du inte betalar inom den tid som anges skickas försändelsen tillbaka.", "anges"),
    ],
)
def test_doer_that_matters_still_warns(text: str, word: str) -> None:
    assert warnings(text, word, genre="brev")


def test_sent_to_the_sender_is_the_readers_act() -> None:
    found = passives("Överklagandet ska skickas till oss.", "skickas", genre="beslut")
    assert found and "Vi ska skicka" not in found[0].suggestion
    assert "Skicka överklagandet" in found[0].suggestion


def test_sent_elsewhere_keeps_the_senders_example() -> None:
    found = passives("Överklagandet ska skickas till domstolen.", "skickas", genre="beslut")
    assert found and "om det är läsaren som ska göra det" in found[0].suggestion


def test_noun_in_s_opening_a_list_item_is_no_passive() -> None:
    text = "Specialkost ges vid:\n\n- diabetes och andra sjukdomar där kosten är viktig\n- allergier\n"
    assert not passives(text, "diabetes", genre="dokument")


def test_passive_opening_a_list_item_still_flagged() -> None:
    text = "Så här gör du:\n\n- skickas till oss senast i maj\n- ansökan förses med underskrift\n"
    assert passives(text, "skickas", genre="dokument") and passives(text, "förses", genre="dokument")
