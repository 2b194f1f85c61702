"""nominalization: light verb + action noun in any inflection, and the document's nominal ratio (real model)."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts
from klarlint.linter import analyze
from klarlint.readability import nominal_ratio
from klarlint.readers import read_text
from klarlint.rules.nominalization import phrases_by_verb, verb_forms

MUST_FLAG = [
    ("Kommunen genomförde en grundlig utredning av ärendet.", "genomförde en grundlig utredning", "utreda"),
    ("Vi ska vidta konkreta åtgärder mot bullret.", "vidta konkreta åtgärder", "åtgärda"),  # an adjective of manner
    # göra något first: *åtgärda* needs an object (*vidta åtgärder för att …*; rounds 40–46, blind)
    ("Vi har vidtagit åtgärder.", "vidtagit åtgärder", "göra något / agera"),
    ("Nämnden ska vidta åtgärder mot bullret.", "vidta åtgärder", "åtgärda"),
    ("Åtgärder vidtogs i går.", "Åtgärder vidtogs", "åtgärda"),
    ("Nämnden fattade beslut om bidraget.", "fattade beslut", "besluta"),
    ("Ett beslut har fattats av nämnden.", "beslut har fattats", "besluta"),
    ("Vi gjorde en bedömning av ärendet.", "gjorde en bedömning", "bedöma"),
    ("Han gav uttryck för sin oro.", "gav uttryck", "uttrycka"),
    ("Du har möjlighet att överklaga beslutet.", "har möjlighet", "kunna"),
    ("Ta kontakt med oss om du har frågor.", "Ta kontakt", "kontakta"),
    ("Han är i behov av hjälp.", "är i behov", "behöva"),
    ("Lärosätena ska bedriva forskning om cancer.", "bedriva forskning", "forska"),  # no verb shares the noun
    ("Vi har för avsikt att bygga en ny skola.", "har för avsikt", "planera"),
    ("Utredningen genomfördes i våras.", "Utredningen genomfördes", "utreda"),
    # ske with a change noun: the change is the verb (*Det sker en ökning av X* → *X ökar*), 2026-12-03
    ("Det sker en ökning av kostnaderna.", "sker en ökning", "öka"),
    ("Det har skett en betydande förändring av marknaden.", "skett en betydande förändring", "förändras"),
    ("Utbetalningen sker i juni.", "Utbetalningen sker", "betala ut"),
    ("De har ofta behov av stöd.", "har ofta behov", "behöva"),  # de is the subject, not an article
    # with an article the definite noun is described, not pointed back at (round 16, blind: right)
    ("Vi ska göra de nödvändiga anpassningarna i år.", "göra de nödvändiga anpassningarna", "anpassa"),
]

MUST_NOT_FLAG = [
    "Beslut tar tid.",
    "Beslutet ger dig rätt till bidrag.",
    "Vi har tagit del av ditt brev.",
    "Vi gör allt för att hjälpa dig.",
    "Vi har ett beslut.",
    "Vi ger information om bidraget.",
    "Hon har ekonomiska möjligheter.",
    "Vilka möjligheter har vi?",
    "Kvinnor och män ställde sig bakom kraven på lika lön.",
    "Lärarna har ett stort ansvar.",
    "Detta har betydelse för beslutet.",
    "Vi ska ta ansvar för beslutet.",
    "Nämnden utredde ärendet och beslutade i går.",
    # established phrases a language reviewer leaves alone (issue 13, read on regeringen.se)
    "Nämnden tog ställning till förslaget.",
    "Lagen ställer krav på säker förvaring.",
    "Sedan dess har behovet av ett register ökat.",  # har is the auxiliary of ökat
    "Vi informerar om fattade beslut och de vidtagna åtgärderna.",
    # a second object after och would be left without a verb (round 52, blind: false)
    "Trafikverket ska göra relevanta geotekniska undersökningar och sjömätningar i farleden.",
    # a proposal a relative clause defines: *föreslå* would need a new object (rounds 43–54, blind: debatable)
    "Regeringen har även lämnat förslag som stärker skyddet för hyresgäster.",
    # a definite noun right after the verb points back at a thing named before (round 48, blind: false)
    "Vinnova har fått i uppdrag att genomföra satsningen som syftar till att stärka forskningen.",
    # a participle attribute after och, however introduced (round 25 false, round 46 debatable)
    "Här följer några av regeringens pågående och genomförda satsningar.",
    # the adjective weighs the result or makes a term: the single verb would lose it (issue 13, second reading)
    "Riksdagen väntas fatta ett historiskt beslut i höst.",
    "Styrelsen har fattat ett svårt beslut.",
    # an ordinal says which document (round 40, blind: false), also as a passive's subject
    "2009 lämnades det första förslaget till nationell cancerstrategi.",
    "Det första förslaget lämnades i maj.",
    # the noun is the object of the verb before och too (round 42, blind: false)
    "I avtalet beskrivs ramverket för att stödja och bedriva forskning med hög kvalitet.",
    "Företagen vill göra kliniska prövningar i Sverige.",
    "EU kommer att vidta ytterligare restriktiva åtgärder mot Iran.",  # EU's sanctions (round 54, blind: false)
    # göra + object + adjective: makes the object so, no hidden action (issue 13, regeringen.se)
    "Regeringen gör satsningen enklare för kommunerna.",
    "Lagen gör en ändring möjlig.",
    # ske alone, an article before a participle, and ske far from a change noun in another clause
    "Det sker mycket i kommunen.",
    "Det fattade beslutet gäller från i dag.",
    "Vi ser en förändring av marknaden där försäljningen sker över internet.",
    # an adjective, not an action noun; *stödja* says more (sessions 19 and 27, blind: false twice)
    "Flera remissinstanser ställde sig positiva till förslaget.",
    "Kommunen ställer sig negativ till ett nytt avtal.",
]


@pytest.mark.parametrize(("sentence", "expected", "verb"), MUST_FLAG)
def test_flags_light_verb_with_action_noun(sentence: str, expected: str, verb: str) -> None:
    findings = [f for f in lint_text(sentence).findings if f.rule == "nominalization"]
    assert [f.text for f in findings] == [expected]
    assert verb in findings[0].message and verb in (findings[0].suggestion or "")


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_does_not_flag_other_uses_of_the_verbs_and_nouns(sentence: str) -> None:
    assert rule_texts(lint_text(sentence), "nominalization") == []


def test_suggestion_is_advice_not_a_literal_replacement() -> None:
    """The verb must be inflected like the phrase, so an editor must not paste "utreda" over "genomförde …"."""
    finding = next(f for f in lint_text("Vi genomförde en utredning.").findings if f.rule == "nominalization")
    assert finding.suggestion == "Skriv med verbet ”utreda”"


def test_verb_forms_cover_irregular_compounds() -> None:
    assert {"vidtog", "vidtagit", "vidtogs", "vidtagna"} <= verb_forms("vidta")
    assert {"genomförde", "genomfört", "genomfördes", "genomför"} <= verb_forms("genomföra")
    assert {"gjorde", "gjort", "görs"} <= verb_forms("göra")
    assert {"fattade", "fattat", "fattas", "fattades"} <= verb_forms("fatta")


def test_word_list_has_no_pair_twice_and_no_empty_suggestion() -> None:
    pairs = [(p.verb, p.noun) for phrases in phrases_by_verb().values() for p in phrases]
    assert len(pairs) == len(set(pairs)) and len(pairs) > 50
    assert all(p.suggestion for phrases in phrases_by_verb().values() for p in phrases)


def test_no_double_finding_with_jargon() -> None:
    report = lint_text("Nämnden kommer att fatta beslut och vidta åtgärder efter att ha gjort en bedömning.")
    assert rule_texts(report, "nominalization") == ["fatta beslut", "vidta åtgärder", "gjort en bedömning"]
    assert rule_texts(report, "jargon") == []


HEAVY = (
    "Genomförandet av utredningen av frågan om inrättandet av en nämnd för hanteringen av ärenden "
    "om bidrag till föreningar inom området för kultur skedde under hösten med hjälp av konsulter. "
)
LIGHT = "Vi läser din ansökan och ringer dig när vi har bestämt oss. Sedan får du svar av oss. "


# The text-level note is for careful review (off by default): these tests turn it on.
RATIO = {"enable": ["nominal-ratio"]}


def test_the_ratio_note_is_off_by_default_and_the_summary_still_shows_the_ratio() -> None:
    """Blind readers judged the note clearly right 49 times of 69, the rule's phrases 135 of 144 (session 19)."""
    default = lint_text(HEAVY * 12)
    assert default.stats.nominal_ratio > 1.5
    assert not [f for f in default.findings if f.subcheck == "nominal-ratio"]
    assert [f.subcheck for f in lint_text(HEAVY * 12, **RATIO).findings if f.subcheck == "nominal-ratio"] == [
        "nominal-ratio"
    ]
    profile = lint_text(HEAVY * 12, profile="lättläst")  # easy-to-read text: on
    assert [f for f in profile.findings if f.subcheck == "nominal-ratio"]


def _ratio(text: str) -> float:
    return nominal_ratio(analyze(read_text(text, "text")))


def test_nominal_ratio_separates_nominal_and_verbal_style() -> None:
    assert _ratio(HEAVY) > 2.0
    assert _ratio(LIGHT) < 1.0


def test_nominal_ratio_of_text_without_verbal_words_is_zero() -> None:
    assert _ratio("Kommunens policy för information.") == 0.0


def test_document_level_finding_over_the_threshold_only() -> None:
    heavy = lint_text(HEAVY * 12, **RATIO)
    light = lint_text(LIGHT * 12, **RATIO)
    ratio_findings = [f for f in heavy.findings if f.rule == "nominalization" and "nominalkvoten" in f.message]
    assert len(ratio_findings) == 1 and ratio_findings[0].line == 1 and ratio_findings[0].column == 1
    assert not [f for f in light.findings if f.rule == "nominalization"]


def test_threshold_and_minimum_length_are_configurable() -> None:
    heavy = HEAVY * 12
    relaxed = lint_text(heavy, rules={"nominalization": {"max_nominal_ratio": 100}}, **RATIO)
    short_text = lint_text(HEAVY, rules={"nominalization": {"min_words": 10}}, **RATIO)
    assert not [f for f in relaxed.findings if "nominalkvoten" in f.message]
    assert [f for f in short_text.findings if "nominalkvoten" in f.message]


def test_ratio_finding_points_at_the_heaviest_paragraph() -> None:
    """The number alone says what, not where: the finding sits on the paragraph with the highest ratio."""
    text = f"{LIGHT * 3}\n\n{HEAVY * 4}\n\n{HEAVY * 2}{LIGHT}\n"
    [finding] = [f for f in lint_text(text, **RATIO).findings if "nominalkvoten" in f.message]
    assert finding.line == 3 and finding.column == 1
    assert "Tyngst är stycket som börjar här" in finding.message


def test_ratio_finding_on_a_long_list_item_says_it_is_one() -> None:
    """A list item long enough is prose and counts; the message must not say lists were left out and then point at
    one (round 20, blind: false)."""
    text = f"{LIGHT * 3}\n\n* {HEAVY * 4}\n"
    [finding] = [f for f in lint_text(text, fmt="markdown", **RATIO).findings if "nominalkvoten" in f.message]
    assert "Tyngst är listraden som börjar här" in finding.message and "korta listrader oräknade" in finding.message


def test_ratio_finding_skips_a_list_of_names() -> None:
    """*Med på mötet var representanter från …*: one verb and twenty names is a list, not prose to rewrite."""
    sports = ["Fotboll", "Ishockey", "Handboll", "Bandy", "Tennis", "Golf", "Simning", "Friidrotts", "Skid", "Segling"]
    clubs = ", ".join(f"Svenska {sport}förbundet" for sport in sports)
    names = f"Med på mötet var representanter från Riksidrottsförbundet, {clubs} och Svenska Skolidrottsförbundet."
    prose = "Nämnden ser över reglerna för bidrag till föreningar och beslutar sedan om fördelningen av medlen. "
    text = f"{names}\n\n{prose * 10}\n"
    [finding] = [f for f in lint_text(text, **RATIO).findings if "nominalkvoten" in f.message]
    assert finding.line == 3  # the prose, not the list of names on line 1


def test_ratio_finding_skips_a_paragraph_of_product_names_with_action_nouns() -> None:
    """*Allåkerbär från Norrland, Bohusläns blåmusslor, … är produkter som har registrerats*: the names' lower-case
    words count and action nouns follow, but no verb can replace a name (round 76, blind: false)."""
    products = [
        "Allåkerbär från Norrland", "Bohusläns blåmusslor", "Gotlandslins", "Kalix Löjrom", "Rökt Vättersik",
        "Upplandskubb", "Bruna bönor från Öland", "Kullings kalvdans", "Skedvi Bröd", "Sörmlands Ädel",
        "Skånsk spettkaka", "Svensk Punsch", "Värmländskt skrädmjöl", "Äkta Gränna Polkagrisar",
    ]  # fmt: skip
    names = (
        f"{', '.join(products)} är produkter som har registrerats i EU med skyddad ursprungsbeteckning efter "
        "prövning och registrering."
    )
    text = f"{names}\n\n{(HEAVY * 2 + LIGHT) * 2}\n\n{LIGHT}\n"
    [finding] = [f for f in lint_text(text, **RATIO).findings if "nominalkvoten" in f.message]
    assert finding.line == 3  # the heavy prose, not the heavier paragraph of names on line 1


def test_headings_and_lists_of_names_do_not_make_easy_prose_heavy() -> None:
    """A news page with fact boxes of names: the prose reads easily, so the text is not said to be heavy (issue 13:
    its ratio counted headings and lists, and the heaviest paragraph was lighter than the text)."""
    sports = ["Fotboll", "Ishockey", "Handboll", "Bandy", "Tennis", "Golf", "Simning", "Friidrotts", "Skid", "Segling"]
    facts = "\n\n".join(
        f"## Fakta om förbundet för {sport.lower()}\n\n* Svenska {sport}förbundets ordförande, generalsekreterare "
        "och kansli i Stockholm\n* Adress: Idrottens hus i Stockholm"
        for sport in sports
    )
    prose = (
        "Kommunen ger bidrag till föreningar som arbetar med barn och unga i våra bostadsområden, och vi följer upp "
        "hur pengarna används. "
    )
    report = lint_text(f"# Nyheter om bidrag\n\n{prose * 8}\n\n{facts}\n", fmt="markdown", **RATIO)
    assert report.stats.nominal_ratio > 2  # the whole text's figure, headings and lists counted, is still shown
    assert not [f for f in report.findings if f.subcheck == "nominal-ratio"]


# --- noun chains (sub-check noun-chain) -------------------------------------------------------------------


def _chains(text: str) -> list[tuple[str, str]]:
    report = lint_text(text)
    return [(text[f.start : f.end], f.severity.value) for f in report.findings if f.subcheck == "noun-chain"]


@pytest.mark.parametrize(
    ("sentence", "chain"),
    [
        (
            "Utvärderingen av genomförandet av satsningen visar att den fungerar.",
            "Utvärderingen av genomförandet av satsningen",
        ),
        ("Nämnden ansvarar för planeringen av genomförandet av reformen.", "planeringen av genomförandet av reformen"),
        (
            "Skatteverket tar över hanteringen av utbetalningarna av garantibelopp.",
            "hanteringen av utbetalningarna av garantibelopp",
        ),
    ],
)
def test_a_chain_of_action_nouns_is_information(sentence: str, chain: str) -> None:
    assert _chains(sentence) == [(chain, "info")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Handläggningen av ansökan tar tre veckor.",  # one action noun and its object: ordinary Swedish
        "Ordföranden för beredningen för socialpolitik talade.",  # a person, not an action
        "Anläggningar för återvinning av avloppsvatten ska anmälas.",  # a thing, not an action
        "Kommunen har en verksamhet av betydelse för regionen.",  # qualities in -het and -else: no chain
        "Revideringen av förordningen om avfall antogs.",  # förordning: a regulation, not an action
    ],
)
def test_no_chain_where_a_noun_names_a_thing_a_person_or_a_quality(sentence: str) -> None:
    assert _chains(sentence) == []


def test_a_chain_can_be_turned_off_by_its_own_id_and_the_light_verbs_stay() -> None:
    from klarlint.config import Config
    from klarlint.linter import lint_text as lint_with

    text = "Nämnden ska genomföra en utredning av planeringen av genomförandet av reformen."
    assert {f.subcheck for f in lint_text(text).findings if f.rule == "nominalization"} == {"light-verb", "noun-chain"}
    report = lint_with(text, Config(disable=frozenset({"noun-chain"}))).files[0]
    assert {f.subcheck for f in report.findings if f.rule == "nominalization"} == {"light-verb"}


def test_ratio_finding_points_at_the_writer_s_own_paragraph_not_a_quote() -> None:
    """The heaviest paragraph a writer can rewrite: a minister's quote is the minister's (round 25, blind: false)."""
    text = f"# Nyhet\n\n{LIGHT}{HEAVY * 2}\n\n– {HEAVY * 3}, säger ministern.\n\n{LIGHT * 3}\n"
    [finding] = [f for f in lint_text(text, fmt="markdown", **RATIO).findings if "nominalkvoten" in f.message]
    assert finding.line == 3 and "Tyngst utanför citaten är stycket" in finding.message


def test_a_text_just_over_the_ratio_limit_is_information() -> None:
    """Within a tenth of max_nominal_ratio a few words either way decide: information, not a warning (blind
    readers, rounds 12–26: a warning there too strong)."""
    text = f"{LIGHT * 3}\n\n{HEAVY * 4}\n"
    [finding] = [f for f in lint_text(text, **RATIO).findings if f.subcheck == "nominal-ratio"]
    ratio = float(finding.message.split("nominalkvoten ")[1].split(" ")[0].replace(",", "."))
    options = {"nominalization": {"max_nominal_ratio": round(ratio / 1.05, 3)}}
    near = [f for f in lint_text(text, rules=options, **RATIO).findings if f.subcheck == "nominal-ratio"]
    assert finding.severity.value == "warning" and "strax över" not in finding.message
    assert near[0].severity.value == "info" and "strax över gränsen" in near[0].message


# A paragraph of names, titles, dates and places: heavy by the count, nothing to turn into verbs (rounds 25–28).
APPOINTMENT = (
    "Till särskild utredare utser regeringen Eva Berg, kulturdirektör i Region Stockholm, med bakgrund som "
    "ordförande i styrelsen för stiftelsen för konst i Göteborg och ledamot av rådet för kultur i Malmö sedan 2019. "
)


def test_ratio_finding_points_where_there_are_action_nouns_to_turn_into_verbs() -> None:
    """The heaviest paragraph is an appointment of names and titles; the finding points at the paragraph whose
    action nouns can become verbs, and says so instead of calling it the heaviest."""
    text = f"{APPOINTMENT * 2}\n\n{HEAVY * 2}{LIGHT}\n\n{LIGHT * 3}\n"
    [finding] = [f for f in lint_text(text, **RATIO).findings if f.subcheck == "nominal-ratio"]
    assert finding.line == 3 and "Mest att skriva om finns i stycket som börjar här" in finding.message


def test_no_ratio_finding_when_no_paragraph_has_action_nouns() -> None:
    """Over the limit by names, titles and places alone: no finding (the statistics still show the ratio)."""
    report = lint_text(f"{APPOINTMENT * 6}\n\n{LIGHT}\n", **RATIO)
    assert report.stats.nominal_ratio > 1.5
    assert not [f for f in report.findings if f.subcheck == "nominal-ratio"]


def test_no_ratio_finding_points_at_a_paragraph_under_the_limit() -> None:
    """The only paragraph with action nouns is light: naming it as the place to start would contradict the figure
    (round 33, blind: false three times)."""
    text = f"{APPOINTMENT * 4}\n\n{LIGHT * 2}Utvärderingen och genomförandet sker i år.\n"
    report = lint_text(text, **RATIO)
    assert report.stats.nominal_ratio > 1.5
    assert not [f for f in report.findings if f.subcheck == "nominal-ratio"]


def test_a_wish_put_forward_is_asked_for_first() -> None:
    """*Sverige har framfört önskemål om undantag*: asked for, not wished (round 38, blind: *önska* changed the
    meaning); *be om* comes first."""
    [finding] = [f for f in lint_text("Även Sverige har framfört önskemål om undantag.").findings]
    assert finding.rule == "nominalization" and "”be om / önska”" in finding.message


def test_vidta_atgarder_for_att_points_at_the_verb_after_it() -> None:
    """*vidta åtgärder för att skydda* is *skydda* (round 54, blind: *göra något / agera / åtgärda* fitted none of
    seven)."""
    [finding] = rule_findings("Regeringen ska vidta åtgärder för att skydda naturen.")
    assert finding.text == "vidta åtgärder" and finding.suggestion == "Skriv bara ”skydda”"
    assert "säger samma sak två gånger" in finding.message
    [plain] = rule_findings("Nämnden ska vidta åtgärder mot bullret.")
    assert plain.suggestion == "Skriv med verbet ”göra något / agera / åtgärda”"
    # a word between would be lost, and a passive has no subject for the verb (round 55, blind)
    for text in (
        "Kommunerna ska kunna vidta rätt åtgärder för att förebygga skador.",
        "Då vidtas åtgärder för att stödja vården.",
    ):
        [kept] = rule_findings(text)
        assert "säger samma sak" not in kept.message, text


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Vi vidtar åtgärder för att följa upp klagomålen.", "Skriv bara ”följa upp”"),  # the particle kept
        # a particle the parse took for a preposition: no bare *täppa*, *stänga* (they mean something else)
        ("Kommunen vidtar åtgärder för att täppa till luckorna.", "Skriv bara det som ska göras"),
        ("Vi vidtar åtgärder för att stänga av vattnet.", "Skriv bara det som ska göras"),
    ],
)
def test_vidta_atgarder_for_att_keeps_the_verb_s_particle(text: str, suggestion: str) -> None:
    [finding] = rule_findings(text)
    assert finding.suggestion == suggestion and "säger samma sak två gånger" in finding.message


@pytest.mark.parametrize("text", ["Hemtjänst är hjälp i ditt hem.", "Ledsagning är hjälp att ta sig till aktiviteter."])
def test_a_definition_with_vara_is_no_light_verb_phrase(text: str) -> None:
    assert rule_findings(text) == []  # *Hemtjänst hjälper i ditt hem* had been advised: another statement


def test_vara_till_hjalp_is_still_one() -> None:
    [finding] = rule_findings("Broschyren är till stor hjälp för dig.")
    assert "”hjälpa”" in finding.message


def rule_findings(text: str) -> list:
    return [f for f in lint_text(text).findings if f.rule == "nominalization"]


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        # one adjective of manner becomes the verb's adverb (rounds 52–58, blind: the verb alone dropped it)
        ("Vi ska göra bättre prioriteringar.", "”prioritera bättre”."),
        ("Vi har ett nära samarbete med regionen.", "”samarbeta nära”."),
        ("Vi har haft ett särskilt fokus på barnen.", "”fokusera särskilt”."),
        ("De ska lämna en skriftlig redovisning.", "”redovisa skriftligt”."),
        # an amount, a participle, several words: the advice says to keep what they say
        ("Vi ska göra fler kontroller.", "”kontrollera”, men tappa inte bort ”fler”."),
        ("Vi vill göra fördjupade analyser.", "”analysera”, men tappa inte bort ”fördjupade”."),
        ("Polisen gör fler oanmälda inspektioner.", "”inspektera”, men tappa inte bort ”fler oanmälda”."),
        # a pointing word is nothing to keep
        ("Nämnden fattar ett sådant beslut i maj.", "”besluta / bestämma”."),
    ],
)
def test_the_verb_keeps_what_the_nouns_adjective_says(text: str, advice: str) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "nominalization"]
    assert finding.message.endswith(f"Skriv hellre med verbet: {advice}")


@pytest.mark.parametrize(
    "text",
    [
        "Barnen har sämre möjligheter att läsa.",
        "Vi har goda möjligheter att lyckas.",
        "Nu har vi alla möjligheter att vinna.",
        "De har störst möjlighet att hjälpa.",
    ],
)
def test_a_degree_on_a_modal_phrase_s_noun_is_no_light_verb_phrase(text: str) -> None:
    """*ha sämre möjligheter att* is no *kunna*: strict readers called all four such findings debatable (rounds
    45–85); the bare phrase, and *ingen*, which *kan inte* carries, are still flagged."""
    assert [f for f in lint_text(text).findings if f.rule == "nominalization"] == []
    for plain in ("Du har möjlighet att överklaga.", "Du har ingen möjlighet att överklaga."):
        assert [f.suggestion for f in lint_text(plain).findings if f.rule == "nominalization"] == [
            "Skriv med verbet ”kunna”"
        ]


# Session 40, a reviewer's municipal texts (spaCy's parse: the subject after the verb and *ske*'s subject before it
# are read from the dependency tree, which the small Stanza test model gets wrong).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Betalning ska ske till kommunens bankgiro inom 14 dagar.", "Betalning ska ske"),
        ("Utvärdering sker enligt planen.", "Utvärdering sker"),
        ("Samråd har skett med länsstyrelsen.", "Samråd har skett"),
        ("Hämtning sker varannan vecka.", "Hämtning sker"),
        ("Därför gör kommunen en översyn av taxan.", "gör kommunen en översyn"),
        ("Sedan fattar handläggaren ett beslut om hemtjänst.", "fattar handläggaren ett beslut"),
        ("Nu gör Region Skåne en utredning av vården.", "gör Region Skåne en utredning"),
    ],
)
def test_ske_with_an_action_noun_and_an_inverted_subject(sentence: str, expected: str) -> None:
    assert rule_texts(lint_text(sentence), "nominalization") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Därför gör kommunen det enklare.",
        "Därför gör kommunen analysen.",
        "Det sker mycket i kommunen.",
        "Sedan fattar handläggaren tycke för uppgiften.",
    ],
)
def test_an_inverted_subject_does_not_make_other_phrases_light_verbs(sentence: str) -> None:
    assert rule_texts(lint_text(sentence), "nominalization") == []


def test_a_comparative_of_size_becomes_mer_on_the_verb() -> None:
    # *lägger regeringen ett större fokus* had been told *fokusera större* (round 150, blind: false)
    [finding] = [
        f for f in lint_text("Regeringen lägger ett större fokus på demokrati.").findings if f.rule == "nominalization"
    ]
    assert finding.suggestion == "Skriv med verbet ”fokusera mer”"


# Session 41 (a reviewer's 25 municipal texts): nominal phrases of decisions that had been missed. spaCy-only: the
# positional subject covers the default parser's attachments (the noun as a conjunct or an oblique).
SESSION_41_FLAG = [
    ("Nämnden gör bedömningen att behovet är tillgodosett.", "gör bedömningen", "bedöma"),
    ("Socialtjänsten har gjort bedömningen att behandlingen inte är akut.", "gjort bedömningen", "bedöma"),
    ("Det är min bedömning att åtgärderna räcker.", "är min bedömning", "bedöma"),
    ("Vår sammanfattande bedömning är att styrningen räcker.", "bedömning är", "bedöma"),
    ("En händelseanalys har genomförts och åtgärder har vidtagits.", "åtgärder har vidtagits", "åtgärda"),
    ("Uppföljande kontroll kommer att genomföras inom tre månader.", "kontroll kommer att genomföras", "kontrollera"),
    ("Uppsägning av plats görs via e-tjänsten.", "Uppsägning av plats görs", "säga upp"),
    ("Utlämnande av handlingar kan även ske efter prövning.", "Utlämnande av handlingar kan även ske", "lämna ut"),
    ("Ansökan skall ske via föreningsportalen.", "Ansökan skall ske", "ansöka"),
]

SESSION_41_NOT = [
    "Vi har gjort analysen som regeringen bad om.",  # a definite noun pointing back, no *att* after it
    "Vid kontrollen genomförs mätningar av temperaturen.",  # *kontrollen* is in an adverbial
    "Efter kontroll av lokalen genomförs städning.",
    "Det är en bra bedömning.",  # no *att*
    "Bedömningen av ansökan tar tid.",
    "De nordiska länderna är eniga i bedömningen att hotet består.",  # agreeing on an assessment
]


@pytest.mark.parametrize(("sentence", "expected", "verb"), SESSION_41_FLAG)
def test_nominal_phrases_of_decisions_are_flagged(sentence: str, expected: str, verb: str) -> None:
    findings = [f for f in lint_text(sentence).findings if f.rule == "nominalization"]
    assert [f.text for f in findings] == [expected]
    assert verb in findings[0].message


@pytest.mark.parametrize("sentence", SESSION_41_NOT)
def test_nouns_outside_the_clause_subject_are_left_alone(sentence: str) -> None:
    assert [
        f
        for f in rule_texts(lint_text(sentence), "nominalization")
        if "kontroll" in f or "bedömning" in f or "analys" in f
    ] == []


def test_utbetalning_sker_suggests_an_active_verb() -> None:
    """*Skriv med verbet ”betalas ut”* had proposed a passive that passive-voice flags next."""
    [finding] = [f for f in lint_text("Utbetalning sker den 25 varje månad.").findings if f.rule == "nominalization"]
    assert "”betala ut”" in finding.message and "betalas" not in finding.message
