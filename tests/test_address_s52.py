"""Session 52's address items (impersonal-man, missing-sender, genre): each with the cases it must and must not flag."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import LETTER, detect_genre
from klarlint.readers import read_text


def _man_findings(text: str, fmt: str = "text", **settings: str) -> list[tuple[str, str | None]]:
    report = lint_text(text, fmt, **settings)
    return [(f.text, f.suggestion) for f in report.findings if f.rule == "impersonal-man"]


# the law's person in a sentence that cites a statute (adult-education re-test 02, registry re-test 02)

_DECISION = (
    "Beslut om {subject}\n\nDu har ansökt om {subject}. Vi har beslutat att säga nej till din ansökan.\n\n"
    "Skäl för beslutet\n\n{sentence} Därför får du inte {subject}.\n\nHur du överklagar\n\n"
    "Du kan överklaga beslutet. Skriv till oss inom tre veckor.\n\nNorrby kommun\nTelefon 0123-456 00"
)


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        (
            "plats på kursen",
            "När det finns fler sökande än platser ska kommunen enligt 20 kap. 23 § skollagen prioritera de sökande "
            "som har störst behov av utbildning.",
        ),
        (
            "ut rapporten",
            "Sådana uppgifter omfattas av sekretess enligt 39 kap. 3 § offentlighets- och sekretesslagen, om det kan "
            "antas att den enskilde eller någon närstående till denne lider men om uppgiften röjs.",
        ),
    ],
)
def test_the_persons_of_a_cited_statute_are_not_the_reader(subject: str, sentence: str) -> None:
    assert _man_findings(_DECISION.format(subject=subject, sentence=sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Vi ska prioritera de sökande som har störst behov av utbildning.", ("de sökande", "dig")),
        ("Det åligger den enskilde att meddela förändringar.", ("den enskilde", "dig")),
        (  # the reader's duty under the law
            "Enligt skollagen ska den studerande delta aktivt i utbildningen.",
            ("den studerande", "Skriv du, dig eller din"),
        ),
    ],
)
def test_the_same_persons_without_a_statute_are_still_the_reader(sentence: str, found: tuple[str, str]) -> None:
    assert found in _man_findings(_DECISION.format(subject="plats på kursen", sentence=sentence))


# a *ni* after a sentence about third persons (*De som ligger begravda …*), in a letter to du (funeral re-test 02)

_GRAVE = (
    "Gravrätten upphör\n\nHej!\n\nVi skriver till dig eftersom du står som gravrättsinnehavare. Om du vill behålla "
    "graven behöver du inte göra något.\n\nNär gravrätten har återlämnats tar vi hand om graven. Gravstenen tas bort "
    "efter att vederbörande har getts möjlighet att hämta den. {sentence} Ni har ej rätt att få tillbaka någon "
    "avgift.\n\nGravstenen är din egendom. Har du frågor? Ring mig på 0123-456 72.\n\nMed vänliga hälsningar\n\n"
    "Karin Lindqvist\nKyrkogårdsassistent"
)


def test_a_ni_after_a_sentence_about_them_is_a_switch() -> None:
    found = _man_findings(_GRAVE.format(sentence="De som ligger begravda i graven ligger kvar."))
    assert ("Ni", "Du") in found
    assert ("vederbörande", "du") in found  # the paragraph's *ni* is the switch: du, not ni


def test_a_ni_after_a_plural_noun_is_still_no_switch() -> None:
    found = _man_findings(_GRAVE.format(sentence="Dina släktingar och du får gärna komma hit."))
    assert not any(text == "Ni" for text, _ in found)


# a *du* in a decision that says *ni* throughout (permits re-test 01: a licence to a company)

_LICENCE = (
    "Norrby kommun\nTillståndsenheten\n\nBESLUT\n2026-11-24\n\nRestaurang Hamnkrogen AB\nHamngatan 4\n\n"
    "Ni får serveringstillstånd för Hamnkrogen\n\nBeslut\nSocialnämnden beviljar Restaurang Hamnkrogen AB "
    "serveringstillstånd.\n\nVillkor\nNi ska ha ett egenkontrollprogram som personalen känner till.\n\n"
    "Bra att veta\nNi måste anmäla till oss om ni byter serveringsansvarig. Ni ska också lämna en restaurangrapport "
    "varje år.\n\nHur ni överklagar\nOm ni inte är nöjda med beslutet kan ni överklaga det.\n\n{sentence}\n\n"
    "Anna Berg\nAlkoholhandläggare"
)


def test_a_du_in_a_decision_to_ni_is_a_switch() -> None:
    found = _man_findings(_LICENCE.format(sentence="Har du frågor? Ring Anna Berg på 0123-45 67 89."))
    assert found == [("du", "ni")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Du som är serveringsansvarig ska alltid bära ditt id-kort.",  # one of them, named by role
        "Ring Anna Berg på 0123-45 67 89 om ni har frågor.",  # no du at all
    ],
)
def test_a_du_for_one_of_them_is_no_switch(sentence: str) -> None:
    assert _man_findings(_LICENCE.format(sentence=sentence)) == []


def test_a_du_in_a_letter_that_mostly_says_du_is_no_switch() -> None:
    text = _GRAVE.format(sentence="Din familj kan få hjälp av oss.")
    assert not any(suggestion in ("ni", "Ni") for _, suggestion in _man_findings(text))


# a title's possessive *Er* in a letter to du (property re-test 01)

_PARCEL = (
    "Lantmäteriet\n\nGävle 2026-11-30\n\n{title}\n\nVi har fått en ansökan om fastighetsbildning som berör din "
    "fastighet Bergsjö 4:12. Du är sakägare i förrättningen eftersom du äger en fastighet som berörs.\n\n"
    "Du behöver inte göra något just nu. Om du har synpunkter vill vi att du hör av dig senast den 15 januari.\n\n"
    "Med vänlig hälsning\n\nKarin Ek\nFörrättningslantmätare\nTelefon 0771-63 63 63"
)


def test_a_titles_possessive_er_in_a_letter_to_du_is_a_switch() -> None:
    found = _man_findings(_PARCEL.format(title="Er fastighet berörs av en lantmäteriförrättning"), genre="brev")
    assert ("Er", "Din") in found


def test_a_titles_object_er_is_no_possessive() -> None:
    found = _man_findings(_PARCEL.format(title="Er kallar vi till sammanträde"), genre="brev")
    assert not any(text == "Er" for text, _ in found)


# the reader's role in the definite form: the organiser on a page to the one who serves, the proposer on a page to the
# one who proposes (permits re-test 10, registry re-test 09)

_FESTIVAL = (
    "Tillfälligt serveringstillstånd\n\nSka du servera alkohol vid ett enstaka tillfälle, till exempel på en "
    "festival? Då kan du behöva ett tillfälligt serveringstillstånd.\n\n{sentence}\n\nAnsök i vår e-tjänst."
)


def test_the_organiser_on_a_page_to_the_one_who_serves_is_the_reader() -> None:
    sentence = "Arrangören skall tillhandahålla mat och alkoholfria alternativ."
    assert ("Arrangören", "Du") in _man_findings(_FESTIVAL.format(sentence=sentence), "markdown")


def test_the_organiser_on_a_page_to_its_visitors_is_another() -> None:
    text = (
        "Stadsfestivalen\n\nDu kan köpa biljetter på torget. Ta med dig legitimation.\n\n"
        "Arrangören ansvarar för säkerheten på området."
    )
    assert _man_findings(text, "markdown") == []


_PROPOSAL = (
    "Lämna ett medborgarförslag\n\nHar du en idé om hur kommunen kan bli bättre? Då kan du lämna ett "
    "medborgarförslag.\n\n{sentence}\n\nDu får ett brev med beslutet."
)


def test_the_proposer_on_a_page_to_du_is_the_reader() -> None:
    sentence = "Förslag om statliga vägar behandlas inte, utan förslagsställaren kommer att hänvisas till myndigheten."
    assert ("förslagsställaren", "du") in _man_findings(_PROPOSAL.format(sentence=sentence), "markdown")


def test_the_proposer_beside_other_proposers_is_another() -> None:
    sentence = "En förslagsställare kan lämna flera förslag, och förslagsställaren får svar på vart och ett."
    assert _man_findings(_PROPOSAL.format(sentence=sentence), "markdown") == []


# a learning centre named by its place is the sender (adult-education re-test 08)

_DISTANCE = (
    "Studera på distans\n\nDu kan läsa många kurser på distans. All undervisning sker i lärplattformen. Du lämnar in "
    "dina uppgifter där och läraren ger dig svar inom en vecka.\n\nFrågor\n{contact}"
)


def _sender(text: str) -> list[str]:
    config = {"rules": {"missing-sender": {"min_words": 20}}}
    return [f.rule for f in lint_text(text, **config).findings if f.rule == "missing-sender"]


def test_a_learning_centre_named_by_its_place_is_the_sender() -> None:
    assert _sender(_DISTANCE.format(contact="Ring Norrby lärcentrum på 0123-456 70.")) == []


def test_a_contact_route_with_no_name_is_still_no_sender() -> None:
    assert _sender(_DISTANCE.format(contact="Ring oss på 0123-456 70.")) == ["missing-sender"]


# a letter addressed above its title on a line of its own, without a colon (property re-test 01)

_OPENED = (
    "Lantmäteriet\nFastighetsbildning\n\n{addressee}\n\nGävle 2026-11-30\n\nEr fastighet berörs av en "
    "lantmäteriförrättning\n\nVi har fått en ansökan om fastighetsbildning som berör din fastighet Bergsjö 4:12. Du är "
    "sakägare i förrättningen.\n\nDu behöver inte göra något just nu.\n\nKarin Ek\nFörrättningslantmätare"
)


def test_an_addressee_line_in_the_head_makes_a_letter() -> None:
    document = read_text(_OPENED.format(addressee="Till sakägarna i ärende AC123456"), "text")
    assert detect_genre(document) == LETTER


def test_a_head_with_no_addressee_line_is_still_no_letter() -> None:
    document = read_text(_OPENED.format(addressee="Ärende AC123456"), "text")
    assert detect_genre(document) != LETTER


# a summons titled *Kallelse* whose first paragraph calls its reader (property re-test 02)

_MEETING = (
    "Lantmäteriet\nFastighetsbildning, Region Mitt\n\nHandläggare: Johan Berg, telefon 0771-63 63 63\n\n{title}\n\n"
    "Ärende: M26-1187, fastighetsreglering\n\n{opening} Vid sammanträdet går vi igenom förslaget till ny gräns.\n\n"
    "Tid: Tisdag 19 januari 2027 kl. 13.00\n\nPlats: Lövsta bygdegård\n\nOm du inte kan komma kan du skicka ett "
    "ombud.\n\nVälkommen!\n\nJohan Berg\nFörrättningslantmätare"
)


def test_a_summons_that_calls_its_reader_is_a_letter() -> None:
    text = _MEETING.format(title="Kallelse till sammanträde", opening="Du kallas till sammanträde i förrättningen.")
    assert detect_genre(read_text(text, "text")) == LETTER


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("Kallelse till sammanträde", "Ledamöterna kallas till sammanträde med nämnden."),  # to the members
        ("Så går en förrättning till", "Du kallas till sammanträde om det behövs."),  # a page that tells how
    ],
)
def test_a_notice_to_members_or_a_page_is_no_letter(title: str, opening: str) -> None:
    assert detect_genre(read_text(_MEETING.format(title=title, opening=opening), "text")) != LETTER
