"""impersonal-man: generic "man" and third-person address forms, never the noun "man" (real model)."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts

MUST_FLAG = [
    ("Man kan söka bidrag hos kommunen.", ["Man"]),
    ("Om man vill kan man ringa oss.", ["man", "man"]),
    ("Man måste inte svara.", ["Man"]),
    ("Vill man veta mer kan man ringa oss.", ["man", "man"]),
    ("I din ansökan kan man se det.", ["man"]),  # a determiner two words back, but a verb between
    ("Sökanden ska bifoga intyg.", ["Sökanden"]),
    ("Den sökande ska bifoga intyg.", ["Den sökande"]),
    ("Vederbörande ska kontakta oss.", ["Vederbörande"]),
    ("Undertecknad ansöker om bidrag.", ["Undertecknad"]),
]

MUST_NOT_FLAG = [
    "En man kom in på kontoret.",
    "En äldre man ringde i går.",
    "Den man som ringde var arg.",
    "Hon gifte sig med en man från Malmö.",
    "Min man arbetar på kommunen.",
    "Man och kvinna har samma rätt.",
    "Lönen ska vara lika för kvinna och man.",
    "Mannen heter Per.",
    "Ansökan ska vara undertecknad av dig.",
    "En undertecknad blankett ska skickas in.",
    "Du kan söka bidrag hos kommunen.",
    "De arbetssökande får hjälp av oss.",
    "Det vet man aldrig.",  # a saying: people in general (see test_generic_man_needs_a_text_that_speaks_to_its_reader)
    # an adjective between the determiner and the noun, which the tagger takes for a verb (*gode*)
    "Din gode man kan betala dina räkningar.",
    "Beslutet meddelas även din gode man.",
    "Hennes förre man kan inte hämta barnet.",
]


@pytest.mark.parametrize(("sentence", "expected"), MUST_FLAG)
def test_flags_generic_man_and_address_forms(sentence: str, expected: list[str]) -> None:
    assert rule_texts(lint_text(sentence), "impersonal-man") == expected


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_does_not_flag_the_noun_man_or_the_participle(sentence: str) -> None:
    assert rule_texts(lint_text(sentence), "impersonal-man") == []


@pytest.mark.parametrize(
    ("sentence", "suggestion"),
    [
        ("Man kan söka bidrag.", "Du"),
        ("Den sökande ska bifoga intyg.", "Du"),
        ("De sökande får svar inom en månad.", "Ni"),
        ("Sökandens ombud ska skriva under.", "Din / ditt / dina"),
        ("Undertecknad ansöker om bidrag.", "Jag"),
        ("Vederbörande myndighet beslutar.", "Ansvarig"),
        # the parser reads *ombeds* as a noun: still the reader, told *du* as *Vederbörande ska bifoga intyg* (session
        # 42, the explain tester: *Berörd ombeds skicka in handlingarna*); the adjective before a noun stays *ansvarig*
        ("Vederbörande ombeds skicka in handlingarna.", "Du"),
        ("Vederbörande myndighet ska kontaktas.", "Ansvarig"),
        # *Berörd handläggare* reads as one affected; the one in charge is *ansvarig* (session 42, webrev)
        ("Kontakta vederbörande handläggare.", "ansvarig"),
        ("Vederbörande handläggare kontaktar dig inom en vecka.", "Ansvarig"),
        # a paragraph that says *ni* to its reader gets *ni* (*du … er handläggare* had mixed the two)
        ("Sökanden ska skicka intyget till er handläggare.", "Ni"),
        ("Den sökande ska kontakta er handläggare.", "Ni"),
        ("Sökandens ombud ska kontakta er.", "Er / ert / era"),
    ],
)
def test_suggestion_fits_the_grammar(sentence: str, suggestion: str) -> None:
    finding = next(f for f in lint_text(sentence).findings if f.rule == "impersonal-man")
    assert finding.suggestion == suggestion


def test_reflexive_later_in_the_sentence_makes_the_suggestion_advice() -> None:
    """A quick fix "du" would leave "du måste anmäla sig"; the suggestion must not be a bare pronoun then."""
    finding = next(f for f in lint_text("Man måste anmäla sig i tid.").findings if f.rule == "impersonal-man")
    assert finding.suggestion is not None and " " in finding.suggestion


def test_vederborande_gets_one_finding_not_two() -> None:
    report = lint_text("Vederbörande ska kontakta oss.")
    assert [f.rule for f in report.findings if f.text == "Vederbörande"] == ["impersonal-man"]


GENERIC = "Därför är det viktigt att veta vem man skriver till."


def test_generic_man_needs_a_text_that_speaks_to_its_reader() -> None:
    """This sentence was a must-flag case, though the rule already left the same thought alone when it opens
    with the infinitive (*Att veta vem man skriver till är viktigt*). Read alone it says what holds for anyone
    who writes: Myndigheternas skrivregler ask for du or ni where the text addresses its reader and accept
    *man* that means people in general or a group the text has named. Hällefors' information policy has the
    sentence (*vem man kommunicerar med*), labelled debatable in benchmarks/precision_labels.tsv. So a generic
    *man* is flagged only in a text that speaks to its reader (du or ni, an imperative, a letter); one that
    says what someone can or must do (*man kan*, *ska man*) is an instruction and flagged anyway."""
    assert rule_texts(lint_text(GENERIC), "impersonal-man") == []
    assert rule_texts(lint_text("Du skriver många brev. " + GENERIC), "impersonal-man") == ["man"]
    assert rule_texts(lint_text("Skriv kort och enkelt. " + GENERIC), "impersonal-man") == ["man"]
    assert rule_texts(lint_text("Kontakta oss gärna. " + GENERIC), "impersonal-man") == ["man"]  # tagged Inf
    letter = f"Hej!\n\n{GENERIC}\n\nMed vänliga hälsningar\nKommunen\n"
    assert rule_texts(lint_text(letter), "impersonal-man") == ["man"]


def test_an_instruction_with_man_is_flagged_in_any_text_but_the_news() -> None:
    assert rule_texts(lint_text("Man ska bifoga ett intyg till ansökan."), "impersonal-man") == ["Man"]
    news = "# Ministern besökte skolan\n\nEleverna visade hur man kan läsa mer. Man ska läsa varje dag.\n"
    assert rule_texts(lint_text(news, "markdown"), "impersonal-man") == []


@pytest.mark.parametrize(
    "text",
    [
        "Deltagarna ska diskutera hur man kan öka intresset för utbildningarna.",
        "Länderna har bedömt att man behöver stärka regelverket.",
    ],
)
def test_a_modal_in_a_reported_clause_is_no_instruction(text: str) -> None:
    """*hur man kan*, *att man behöver*: the clause reports what others discuss or judge (regeringen.se)."""
    assert rule_texts(lint_text(text), "impersonal-man") == []


def test_den_sokande_in_news_that_never_addresses_the_reader_means_applicants() -> None:
    """*Detta underlättar för den sökande* in a press release is about applicants in general: du would be
    wrong. In a page that speaks to its reader, and in a policy or a form, it is still flagged."""
    news = "# Regeringen förenklar reglerna\n\nÄndringen sparar tid hos CSN och underlättar för den sökande.\n"
    assert rule_texts(lint_text(news, "markdown"), "impersonal-man") == []
    spoken_to = news + "\nDu kan ansöka från den 1 juli.\n"
    assert rule_texts(lint_text(spoken_to, "markdown"), "impersonal-man") == ["den sökande"]
    assert rule_texts(lint_text("Ändringen underlättar för den sökande."), "impersonal-man") == ["den sökande"]


def test_a_press_release_that_speaks_to_journalists_does_not_speak_to_its_reader() -> None:
    """*Kontakta pressekreteraren* tells journalists how to book an interview; the release's *man* still means
    the people it is about."""
    news = (
        "# Ministern besöker regementet\n\nPå regementet visar man hur övningen går till.\n\n"
        "Kontakta pressekreteraren för intervjuer.\n"
    )
    assert rule_texts(lint_text(news, "markdown"), "impersonal-man") == []
    assert rule_texts(lint_text(news.replace("Kontakta", "Du kan kontakta"), "markdown"), "impersonal-man") == ["man"]


@pytest.mark.parametrize(
    "quoted",
    [
        "Första budet löd: 'Du skall lyda din fader.' Det gällde alla barn.",
        "Han säger ’allt ditt är mitt’ och går sin väg.",
        "De flesta svarar: 'Skriv inte om detta med för stora bokstäver.' Det vet forskarna.",
    ],
)
def test_du_or_an_imperative_in_a_quotation_does_not_address_the_reader(quoted: str) -> None:
    """The UD treebanks quote with single quotation marks: one quoted *du* or *Skriv inte* made a whole debate
    essay count as speaking to its reader, and every generic *man* in it was flagged (18 in one essay)."""
    assert rule_texts(lint_text(f"{quoted} {GENERIC}"), "impersonal-man") == []
    assert rule_texts(lint_text(f"Du skriver många brev. {quoted} {GENERIC}"), "impersonal-man") == ["man"]


def test_man_in_a_quotation_is_the_speaker_s() -> None:
    text = "Man kan söka bidrag hos kommunen. Hon sa 'man kan ringa oss' och gick."
    assert rule_texts(lint_text(text), "impersonal-man") == ["Man"]


@pytest.mark.parametrize("exhortation", ["Låt oss utgå från vad barnen behöver.", "Låt våra barn växa upp i lugn."])
def test_lat_oss_exhorts_writer_and_reader_together(exhortation: str) -> None:
    """*Låt oss* says what we should do, writer and reader together: it is no instruction to the reader."""
    assert rule_texts(lint_text(f"{exhortation} {GENERIC}"), "impersonal-man") == []
    assert rule_texts(lint_text(f"Låt oss veta vad du tycker. {GENERIC}"), "impersonal-man") == ["man"]


@pytest.mark.parametrize(
    "text",
    [
        "Det räcker inte att lagstifta om bostadsstandard. Man måste mera aktivt styra och stimulera byggandet.",
        "Ingen statistik finns. Man måste göra antaganden.",
        "Man kan nämna bedövningsmedel som kloroform och eter.",
    ],
)
def test_a_modal_alone_is_no_instruction(text: str) -> None:
    """In a textbook or an essay that never speaks to its reader, *man måste styra* means the state and *man
    måste göra antaganden* the writer (UD Talbanken P307, P416). An instruction names a step of an errand."""
    assert rule_texts(lint_text(text), "impersonal-man") == []
    assert rule_texts(lint_text(f"{text} Man måste anmäla sig i tid."), "impersonal-man") == ["Man"]


@pytest.mark.parametrize(
    "said",
    [
        "Så när man säger att var tredje människa är analfabet är det en underskattning.",
        "Valfriheten blev illusorisk, säger man.",
    ],
)
def test_what_people_say_is_no_address_even_in_a_text_to_the_reader(said: str) -> None:
    # the UD treebanks' readers called both false: *du säger* would be wrong; *säga upp* is the reader's act
    assert rule_texts(lint_text("Du kan läsa mer här. " + said), "impersonal-man") == []
    resign = "Du kan läsa mer här. När man säger upp sig ska man lämna in ett intyg."
    assert rule_texts(lint_text(resign), "impersonal-man") == ["man", "man"]
    tell = "Du kan läsa mer här. Vill man ha hjälp säger man till personalen."  # *till* parsed as a preposition
    assert rule_texts(lint_text(tell), "impersonal-man") == ["man", "man"]


def test_a_noun_before_man_is_no_adjective() -> None:
    """*för varje månad man väntar*: a determiner two words back, but a noun between, so *man* opens the clause
    (a masculine adjective there makes it the noun: *din gode man*). Not among MUST_FLAG, which Stanza's parse is
    held to as well: it tags this *man* differently."""
    assert rule_texts(lint_text("Din pension ökar för varje månad man väntar."), "impersonal-man") == ["man"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Om Ni anser att avgiften är fel kan Ni ringa oss.", ["Ni", "Ni"]),
        ("Vi har fått Er ansökan och svarar i maj.", ["Er"]),
        ("Ni kan ringa oss. Ni får svar i maj.", []),  # a sentence's first word
        ("Han sa: ”Ni är välkomna.”", []),  # the speaker's words
        ("– Ni är välkomna, sa hon.", []),
        ("Vi har fått er ansökan.", []),
    ],
)
def test_ni_and_er_with_a_capital_inside_a_sentence(text: str, flagged: list[str]) -> None:
    found = [f for f in lint_text(text).findings if f.subcheck == "capital-ni"]
    assert [f.text for f in found] == flagged
    assert all(f.replacements == (f.text.lower(),) for f in found)


# Session 41, a reviewer's municipal texts: *den enskilde* and *den studerande* are the reader of a decision or a letter
# in the third person; in a text that never speaks to its reader they are anyone.
@pytest.mark.parametrize(
    ("text", "flagged", "suggestion"),
    [
        (
            "Du har fått en ny avgift. Det åligger den enskilde att meddela förändringar av inkomsten.",
            "den enskilde",
            "dig",
        ),
        ("Du är antagen. Det åligger den studerande att själv hålla sig informerad.", "den studerande", "dig"),
        ("Du kan söka bidrag. Den enskildes behov styr vilket stöd som ges.", "Den enskildes", "Din / ditt / dina"),
    ],
)
def test_den_enskilde_and_den_studerande_in_a_text_to_its_reader(text: str, flagged: str, suggestion: str) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "impersonal-man"]
    assert (finding.text, finding.suggestion, finding.subcheck) == (flagged, suggestion, "address-form")


@pytest.mark.parametrize(
    "text",
    [
        "Ensamhet orsakar lidande för den enskilde, men också för samhället.",  # no du: anyone
        "Planen upprättas tillsammans med den enskilde och anhöriga.",
        "Du kan söka stöd. Vi utgår från den enskilda individen och de studerande i gruppen.",  # before a noun; plural
    ],
)
def test_den_enskilde_in_a_text_about_people_in_general_is_left_alone(text: str) -> None:
    assert rule_texts(lint_text(text), "impersonal-man") == []


@pytest.mark.parametrize(
    "text",
    [
        "Beslut\n\nFöreningen har i sin ansökan angett att man har fått sponsring från lokala företag.",
        "Beslut\n\nBolaget meddelade att man höjer priset.",
    ],
)
def test_man_in_what_a_third_party_reported_is_that_party(text: str) -> None:
    """Session 42, a reviewer: *du* had made the reader the sponsored association."""
    assert rule_texts(lint_text(text), "impersonal-man") == []


def test_man_in_what_the_reader_reported_is_still_flagged() -> None:
    assert rule_texts(lint_text("Beslut\n\nDu har angett att man inte fick svar i tid."), "impersonal-man") == ["man"]


def test_man_in_a_text_that_says_ni_is_told_ni() -> None:
    """Session 42, a reviewer: *Hur man överklagar* in a decision that says *ni* throughout had been told *du*."""
    text = "Beslut\n\nNi får bidrag.\n\nHur man överklagar\n\nSkicka ert överklagande till oss."
    [finding] = [f for f in lint_text(text).findings if f.rule == "impersonal-man"]
    assert finding.text == "man" and finding.suggestion == "ni"
    assert "Skriv ”ni” när du menar läsaren" in finding.message
    text = "Beslut\n\nDu får bidrag.\n\nHur man överklagar\n\nSkicka ditt överklagande till oss."
    [finding] = [f for f in lint_text(text).findings if f.rule == "impersonal-man"]
    assert finding.suggestion == "du"


WATER = "Spola kallvatten tills vattnet är klart. Missfärgningen är ofarlig men man bör undvika att tvätta vittvätt."


def test_a_web_page_that_instructs_its_reader_speaks_to_it() -> None:
    """Session 42, a reviewer: the same text as Markdown under a title (a web page) had lost its *man* finding."""
    assert rule_texts(lint_text(f"# Vattenavstängning\n\n{WATER}", "markdown"), "impersonal-man") == ["man"]
    assert rule_texts(lint_text(WATER), "impersonal-man") == ["man"]


def test_a_news_page_with_only_read_more_links_does_not() -> None:
    text = "# Nytt bibliotek\n\nI dag öppnar biblioteket. Man kan låna böcker där.\n\nLäs mer om biblioteket."
    assert rule_texts(lint_text(text, "markdown"), "impersonal-man") == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Beslut\n\nDen klagande har inte visat att beslutet är fel.", ["Den klagande"]),
        ("Beslut\n\nKlaganden får svar inom en månad.", ["Klaganden"]),
    ],
)
def test_den_klagande_is_an_address_form_like_den_sokande(text: str, flagged: list[str]) -> None:
    assert rule_texts(lint_text(text), "impersonal-man") == flagged


def test_den_klagande_before_a_noun_is_left_alone() -> None:
    assert rule_texts(lint_text("Beslut\n\nDen klagande parten får svar."), "impersonal-man") == []


def test_den_registrerade_on_a_page_that_says_du() -> None:
    """Session 42, webrev: *undertecknad av den registrerade* on a privacy page that says *du* is an address form like
    *den sökande*; a sentence that makes it the law's term, or a text that does not speak to its reader, keeps it."""
    text = "Du har rätt till ett registerutdrag. En begäran ska vara undertecknad av den registrerade."
    [finding] = [f for f in lint_text(text).findings if f.rule == "impersonal-man"]
    assert finding.text == "den registrerade" and finding.suggestion == "dig"
    for kept in (
        "Du har rätt till information. Med den registrerade avses den person vars uppgifter behandlas.",
        "Du har rätt till ett utdrag. Den registrerade (du) har rätt att få veta vad vi sparar.",
        "Kommunen behandlar personuppgifter. Den registrerade har rätt att få ett utdrag.",
        "Du ska välja en beteckning som inte liknar den registrerade beteckningen.",
    ):
        assert not [f for f in lint_text(kept).findings if f.rule == "impersonal-man"], kept
