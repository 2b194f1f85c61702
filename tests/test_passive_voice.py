"""passive-voice: what it must flag and what it must leave alone (real model)."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_texts
from klarlint.passive_rewrite import active_form
from klarlint.rules.base import Severity

MUST_FLAG = [
    ("Ansökan skickas till kommunen.", "skickas"),
    ("Beslutet fattades av nämnden i går.", "fattades"),
    ("Ärendet har behandlats av handläggaren.", "behandlats"),
    ("Blanketten ska fyllas i av den sökande.", "fyllas i"),
    ("Din ansökan blev avslagen förra veckan.", "blev avslagen"),
    ("Ansökan blev avslagen och överklagad.", "blev avslagen"),  # two participles: still a passive
    ("Bygglovet har blivit godkänt av nämnden.", "blivit godkänt"),
    ("Avgiften betalas in senast den 30 juni.", "betalas in"),
    ("Beslutet kan överklagas hos förvaltningsrätten.", "överklagas"),
    # bli + a past participle, though the tagger calls it a noun and the parse a second subject
    ("Det blev utskrivet i går.", "blev utskrivet"),
    # s-passives the full-form list does not list as another word plus -s: a verb it lacks, a participle's form
    ("Vägen byggstartas i maj.", "byggstartas"),
    ("Mötet har förberetts av sekretariatet i Bryssel.", "förberetts"),
    # a particle makes samlas a passive whatever the subject: collected, not gathering (round 39)
    ("Uppgifterna samlas in varje år.", "samlas in"),
    ("Nämnden hördes i frågan.", "hördes"),  # a body consulted, not gathering: höras is no meeting verb
    ("Samhällets insatser kan förbättras.", "förbättras"),  # a state only as the subject itself, not its genitive
    ("Delegationen möttes av protester.", "möttes"),  # a body with a doer after it
    # a doer after a reciprocal verb makes it a passive, though an active verb follows (round 74)
    ("Beslutet möttes av protester och ledde till en debatt.", "möttes"),
    # the particle is part of the flagged verb; an adverb the parse calls a particle is not (round 80, blind: false)
    ("Frågan togs upp på mötet i går.", "togs upp"),
    ("Kommunen redovisar de insatser som gjorts sedan det senaste mötet.", "gjorts"),
    ("Anslaget till föreningarna fördubblas nästa år.", "fördubblas"),  # money someone doubles
    ("Vi tar fram rapporter och de sprids till alla kommuner.", "sprids"),  # reports someone spreads
    # the parse puts *ges* in a noun phrase (*ges stöd*), but it is an s-form of *ge* with no determiner before it
    ("Det är viktigt att minoritetsspråken, däribland meänkieli, ges stöd.", "ges"),
]

MUST_NOT_FLAG = [
    "Det finns många skäl att söka.",
    # i höstas, i våras: adverbs of time, not verbs (regeringen.se, issue 13)
    "Elever på Akalla grundskola gjorde i höstas en hågkomstresa till Polen.",
    "Eleverna gjorde i våras en resa till Polen.",
    "Det fanns inga lediga platser.",
    "Vi har funnits här sedan 1970.",
    "Vi hoppas att du trivs här.",
    "Hon lyckades till slut få jobbet.",
    "Jag minns mötet mycket väl.",
    "Vi andas lättare nu.",
    "Han låtsas att han inte hör.",
    "De umgås mycket på fritiden.",
    "Barnen slåss ofta på rasten.",
    "Vi ses i morgon på kontoret.",
    "De träffas varje vecka på biblioteket.",
    "Vi möts på torget klockan tolv.",
    "Det ska finnas ett forum där berörda aktörer kan mötas och diskutera frågor.",  # one subject, two actions
    "Pengarna ska hindra att handläggningstiderna riskerar att försämras ytterligare.",  # get worse (round 77)
    "Det går inte att följa hur nyproduktionshyrorna utvecklas över tid.",  # develop (round 132, blind: false)
    "Priserna på bostäder har förändrats mycket.",  # prices change by themselves
    "Levnadsvillkoren förbättras för många barn.",  # get better (round 121, blind: false)
    "Rättsstatens principer är avgörande för att samhället ska utvecklas.",  # develops, modal or not
    # a count that multiplies by itself (round 82, blind: false), the parse's subject the counted noun or lost
    "Antalet platser har fördubblats sedan 2020.",
    "Sedan 2013 har skjutvapenvåldet tredubblats.",  # a development (round 83, blind: false)
    "Sedan dess har antalet unga med vapenbrott flerdubblats och antalet rån mångdubblats.",
    "Mycket har förändrats sedan ärvdabalken kom.",  # a quantity that changed by itself (round 94, blind: false)
    "Världen har förändrats på tio år.",
    "Vi hörs i morgon!",
    "Kommunens beslut gäller från i dag.",
    "Borlänges invånare är nöjda med servicen.",
    "Huset är stort och ljust.",
    "Handlingarna kom till fel adress.",
    "Hon blev glad över beskedet.",
    "Det kändes bra att få svar.",
    "Styrelsen utgörs av fem ledamöter.",  # utgöras av: consists of, no act and nobody to name (blind: false)
    # round 39 (blind: false): actors who gather, and the genitive of a participle used as a noun
    "Det är viktigt att alla berörda aktörer samlas och har tät dialog.",
    # a body of people that gathers, meets or agrees as one (round 92, blind: false)
    "Rådet möttes för första gången i april.",
    "När kontaktgruppen samlas i mars är det för tjugonde gången.",
    "– Regeringen har samlats runt en ambitiös strategi, säger ministern.",
    "Ministrarna deltar i Ministerrådet för social- och hälsopolitik, som möts minst en gång om året.",
    "Sverige är allas vår sak att försvara, sade ministern.",  # a pronoun's genitive (round 40, blind: false)
    "Friends grundandes 1997 av Sara Damber.",  # a typo for a passive: no broken rewrite (round 42, blind: false)
    "Uppdraget syftar till att underlätta nyanländas etablering på arbetsmarknaden.",
    # Unseen compounds of a noun in -s (tagged as s-passive verbs by the model alone; ../shared/corpus).
    "Hällefors kommuns webbplats www.hellefors.se är öppen för alla dygnet runt.",
    "Hällefors kommun medborgarplats genom ansvarig chef för information och medborgarplats svarar på frågor.",
    # An English plural in -ers the model takes for an s-passive (issue 13, municipal policies).
    "Våra målgrupper är invånare och externa samarbetspartners i kommunen.",
    "Omvärlden, till exempel media, samarbetspartners och myndigheter, följer oss.",
    # *bli* with a title before a name: who becomes what (round 106, blind: false)
    "Ny vikarierande generaltulldirektör blir överdirektören Johan Norrman.",
    # an event that begins or ends, a founding with its year (round 101, blind: false)
    "Resan inleds den 16 januari i Norrköping.",
    "Statsbesöket avslutas dagen därpå, när kungaparet lämnar Mexiko.",
    "Det är ett program som inleddes vid mötet i februari.",
    "Högnivåmötet inleddes med tal från bland andra kronprinsessan.",  # the tagger's lemma keeps -et
    "IEA bildades 1974 som ett svar på oljekrisen.",
    # a compound with digits is a noun, whatever the tagger says (round 95, blind: false)
    "Sverige kommer också värna och främja det transatlantiska samarbetet och verka för USA:s fortsatta engagemang "
    "i Europa samt bidra till hela Natos säkerhet i enlighet med alliansens 360-gradersansats.",
    # bli + a present participle is a state, and a noun after an inverted bli its subject (Talbanken, issue 13).
    "Han har blivit bestående i tjänsten.",
    "Resultatet blir följande.",
    # bli + a participle in a list of qualities says what to become (round 58, blind: false)
    "Vården behöver bli personcentrerad, trygg, jämlik och tillgänglig.",
    "Om klasserna blir för stora blir undervisningen dålig.",
    # English plurals the tagger takes for s-passives of verbs it makes up (*workshopa*; regeringen.se, issue 13).
    "Digitaliseringsrådets ledamöter kommer under mars och april att anordna workshops på olika teman.",
    "Skolan arrangerar podcasts och workshops för eleverna.",
    # an adverb in -s the tagger read as a passive of a made-up *såle* (round 67)
    "Det blir således dyrare för alla.",
    # the genitive of a participle used as a noun, which the tagger took for an s-form (round 109, blind: false)
    "Det är förövarens frihet vi ska begränsa, inte den utsattas, säger ministern.",
    "På mötet kommer de allierades försvarsministrar att diskutera avskräckningen.",  # round 111, blind: false
    # … where the parser hung it on a verb as its particle (round 39, blind: false; a typo after it misled the parse)
    "Uppdraget syftar till att både underlätta nyanländas etablerings på arbetsmarknaden och att tillvarata "
    "gruppens kompetens.",
    # what spreads by itself (rounds 109 and 115, blind: false), a pronoun for the sentence before's subject
    "Risken att växtskyddsmedel sprids till vatten ska minska.",
    "Resistenta bakterier känner inga gränser. De sprids mellan människor och djur, i miljön och de sprids mellan "
    "olika länder.",
    # or a noun before it in the same sentence (round 109, blind: false)
    "Samarbetet är centralt för bekämpningen av pandemier och andra hälsokriser eftersom de sprids över gränser.",
    # the last word of a report's title (round 111, blind: false)
    "Regeringen har tagit emot betänkandet Våldsutsatthet som behöver synliggöras (SOU 2023:98).",
]


@pytest.mark.parametrize(("sentence", "expected"), MUST_FLAG)
def test_flags_passive(sentence: str, expected: str) -> None:
    assert rule_texts(lint_text(sentence), "passive-voice") == [expected]


@pytest.mark.parametrize("sentence", MUST_NOT_FLAG)
def test_does_not_flag_deponents_reciprocals_or_nouns(sentence: str) -> None:
    assert rule_texts(lint_text(sentence), "passive-voice") == []


def test_suggestion_names_the_agent() -> None:
    [finding] = [f for f in lint_text("Beslutet fattades av nämnden i går.").findings if f.rule == "passive-voice"]
    assert finding.suggestion is not None
    assert "Nämnden beslutade" in finding.suggestion
    assert finding.reference and "skrivregler" in finding.reference


@pytest.mark.parametrize(
    ("form", "tense", "verb_form", "active"),
    [
        ("skickas", "Pres", "Fin", "skickar"),
        ("läses", "Pres", "Fin", "läser"),
        ("skrivs", "Pres", "Fin", "skriver"),
        ("görs", "Pres", "Fin", "gör"),
        ("fattades", "Past", "Fin", "fattade"),
        ("behandlats", None, "Sup", "behandlat"),
        ("förläggs", "Pres", "Fin", "förlägger"),
        ("tas", "Pres", "Fin", "tar"),
        ("anges", "Pres", "Fin", "anger"),
        ("begärs", "Pres", "Fin", "begär"),
        ("erhölls", "Past", "Fin", "erhöll"),
        ("debiteras", None, "Inf", "debiterar"),  # no auxiliary: finite, whatever the tag says
        ("införas", None, "Inf", "inför"),  # not *införar*: the full-form list knows the present (issue 13)
        ("höras", "Pres", "Fin", "hör"),
        ("kastas", "Pres", "Fin", "kastar"),
    ],
)
def test_active_form(form: str, tense: str | None, verb_form: str, active: str) -> None:
    from klarlint.analysis import Token

    morph = "|".join(f for f in (f"Tense={tense}" if tense else "", f"VerbForm={verb_form}") if f)
    token = Token(0, form, form, "VERB", "", morph, "ROOT", 0, 0, len(form))
    assert active_form(token) == active


def test_active_form_of_a_dja_verb_the_tagger_calls_past() -> None:
    """*stödja → stöds → stöder*: the rewrite was *som LRSU stöd* (round 75, blind: false)."""
    from klarlint.analysis import Token

    token = Token(0, "stöds", "stödja", "VERB", "", "Tense=Past|VerbForm=Fin", "ROOT", 0, 0, 5)
    assert active_form(token) == "stöder"
    past = Token(0, "stöddes", "stödja", "VERB", "", "Tense=Past|VerbForm=Fin", "ROOT", 0, 0, 7)
    assert active_form(past) == "stödde"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Beslutet kan överklagas hos förvaltningsrätten.", "(Vem?) kan överklaga"),
        ("Din ansökan har behandlats.", "Vi har behandlat"),
        ("Avgiften kommer att tas ut varje månad.", "(Vem?) kommer att ta ut"),
        ("Blanketten ska fyllas i av den sökande.", "ska fylla i"),
    ],
)
def test_suggestion_follows_the_verb_chain(sentence: str, expected: str) -> None:
    [finding] = [f for f in lint_text(sentence).findings if f.rule == "passive-voice"]
    assert expected in (finding.suggestion or "")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a strong past whose stem ends in t, and a lemma the tagger gave as a noun (*sköte*): round 111, blind,
        # the rewrite was *har sköt ned*
        ("Missilerna sköts ned av luftförsvaret.", "”Luftförsvaret sköt ned missilerna"),
        ("Ekonomin sköts av nämnden.", "”Nämnden sköter ekonomin"),
        ("Förhandlingarna bröts av parterna.", "”Parterna bröt förhandlingarna"),
        ("Planen har tagits fram av nämnden.", "”Nämnden har tagit fram planen"),
    ],
)
def test_the_rewrite_keeps_the_tense(sentence: str, expected: str) -> None:
    [finding] = [f for f in lint_text(sentence).findings if f.rule == "passive-voice"]
    assert expected in (finding.suggestion or "")


def test_a_passive_with_a_long_list_of_doers_may_stand() -> None:
    """A doer of ten words or more is better last (round 111, blind: false, a rewrite with a subject of 13 words)."""
    text = "De välkomnas av skolminister Lotta Edholm, borgarrådet Emilia Bjuggren och rektor Martin Malmberg."
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert finding.suggestion is None and "de står bäst sist i meningen" in finding.message


def test_an_av_phrase_after_the_subject_that_follows_the_passive_names_the_doer() -> None:
    """*mördas … femton kvinnor av en man*: the parse hung the phrase on the subject after the verb, and the note had
    said the doer was hidden (the rewrite audit: *(Vem?) mördar …*). The doer with its relative clause is long, so
    the passive may stand; an action noun's *av* stays its own."""
    text = "Varje år mördas i snitt ungefär femton kvinnor av en man som de har eller har haft en nära relation till."
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert "texten säger vem som gör det (”en man som de har eller har haft en nära relation till”)" in finding.message
    assert finding.suggestion is None
    action = "I år genomförs en utvärdering av verksamheten."
    [finding] = [f for f in lint_text(action).findings if f.text == "genomförs"]
    assert "texten säger vem" not in finding.message


def test_what_someone_spreads_is_still_a_passive() -> None:
    """*uppgifter … sprids*, *Informationen sprids*: someone spreads them (*uppgift* ends like *gift*)."""
    text = "Det får inte riskera att uppgifter som är av betydelse för Sveriges säkerhet sprids."
    assert rule_texts(lint_text(text), "passive-voice") == ["sprids"]
    assert rule_texts(lint_text("Informationen sprids på intranätet."), "passive-voice") == ["sprids"]


def test_predicative_after_a_naming_verb_is_no_genitive() -> None:
    assert rule_texts(lint_text("De kallades hjältar."), "passive-voice") == ["kallades"]


def test_no_auxiliary_from_the_relative_clause_before_the_verb() -> None:
    """*Ansökan som inte kan godkännas avslås*: *kan* is *godkännas*' (the rewrite was *(Vem?) kan avslå*)."""
    [*_, last] = [f for f in lint_text("Ansökan som inte kan godkännas avslås.").findings if f.rule == "passive-voice"]
    assert last.text == "avslås" and "”(Vem?) avslår" in (last.suggestion or "")


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Ansökan prövas av nämnden och förvaltningen.", "”Nämnden och förvaltningen prövar"),
        (  # (kännetecknas av, the corpus verb this case came from, is a property now: information only)
            "Allt ska granskas av vår informations- och kommunikationsenhet.",
            "”Vår informations- och kommunikationsenhet",
        ),
        ("Ansökan prövas av nämnden, och vi svarar sedan.", "”Nämnden prövar"),  # a clause is no conjunct
        (  # a comma list: one of the organisers was dropped (round 75, blind)
            "Kortet gäller aktiviteter som anordnas av idrottsrörelsen, friluftsorganisationer och andra föreningar.",
            "”som idrottsrörelsen, friluftsorganisationer och andra föreningar anordnar",
        ),
    ],
)
def test_agent_keeps_its_conjuncts(sentence: str, subject: str) -> None:
    [finding] = [f for f in lint_text(sentence).findings if f.rule == "passive-voice"]
    assert subject in (finding.suggestion or "")


def test_agent_needs_av() -> None:
    text = "Frågor besvaras på vardagar mellan kl. 9 och kl. 11."
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert "”(Vem?) besvarar frågor" in (finding.suggestion or "")


@pytest.mark.parametrize(
    "text",
    [
        "Underskottet får dras av efter en ägarförändring.",
        "Lånen trappas av under två år för att vara betalda.",
        # a partitive after a pronoun subject, an *av* after a noun: not agents
        "Här på högskolan utbildas några av framtidens bibliotekarier.",
        "Avfallet sorteras med hjälp av maskiner.",
    ],
)
def test_av_before_another_preposition_is_a_particle_not_an_agent(text: str) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert "texten säger vem" not in finding.message


@pytest.mark.parametrize(
    ("text", "rewrite"),
    [
        # nor *ska* from the clause above the question of how
        (
            "Myndigheten ska undersöka hur lagen tillämpas av såväl kommuner och regioner.",
            "”hur kommuner och regioner tillämpar lagen …”",
        ),
        # *bland andra*: among others, no word of the name
        (
            "Utredningar genomförs av bland andra Statens haverikommission.",
            "”Bland andra Statens haverikommission utreder …”",  # not *Andra*, and still among others
        ),
        # *senast av*, *bland annat av*: the latest or one of several, not the only one (the rewrite audit)
        (
            "Behovet har framhållits i flera rapporter, senast av Internationella valutafonden.",
            "”Bland andra Internationella valutafonden har framhållit behovet …”",
        ),
        ("Frågan har tagits upp bland annat av Riksrevisionen.", "”Bland andra Riksrevisionen har tagit upp frågan …”"),
        # an adverb that singles the doer out stays before it
        (
            "Frågan har diskuterats framför allt av Riksrevisionen.",
            "”Framför allt Riksrevisionen har diskuterat frågan …”",
        ),
        ("Frågan har diskuterats främst av Riksrevisionen.", "”Främst Riksrevisionen har diskuterat frågan …”"),
        # *till exempel* before *av*: an adverb, not a noun whose *av* it is (the note said the doer was hidden)
        (
            "Frågan har diskuterats till exempel av Riksrevisionen och Skatteverket.",
            "”Bland andra Riksrevisionen och Skatteverket har diskuterat frågan …”",
        ),
        ("Det är något som konstaterats av både Riksrevisionen och Inspektionen.", "Inspektionen har konstaterat …”"),
        # a person's title before the name (round 105, blind: the rewrite dropped *Natos generalsekreterare*)
        (
            "Natos försvarsministermöte leds av Natos generalsekreterare Jens Stoltenberg.",
            "”Natos generalsekreterare Jens Stoltenberg leder Natos försvarsministermöte …”",
        ),
        # an English name's *for* part (round 103, blind: false, the rewrite said *International Organization*)
        (
            "Medel går till programmet, som genomförs av FN-organet International Organization for Migration (IOM).",
            "”som FN-organet International Organization for Migration genomför …”",
        ),
        # a name's capitalised first word and its *mot* part (round 94, blind: false, the rewrite said *Civila Sverige*)
        (
            "Medel går till stödprogrammet som drivs av Plattformen Civila Sverige mot Människohandel och till ett "
            "annat program.",
            "”som Plattformen Civila Sverige mot Människohandel driver …”",
        ),
    ],
)
def test_the_rewrite_with_an_agent_drops_the_av_the_parse_took_for_a_particle(text: str, rewrite: str) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert (finding.suggestion or "").endswith(rewrite)  # not *tillämpa av lagen*, *har konstaterat av*


def test_passive_share_in_stats() -> None:
    report = lint_text("Ansökan skickas i dag. Vi ringer dig i morgon. Det finns tid.")
    assert report.stats.sentences == 3
    assert report.stats.passive_share == pytest.approx(1 / 3)


# Issue 13, item 7 (branch passive): passives whose doer the text has just named, or that nobody needs named, are
# information only; a fresh sample of regeringen.se findings showed them as the most common needless warnings.
OBVIOUS_DOER = [
    "Ministern och rektorn håller tal i aulan. Talen hålls på svenska.",  # the same verb, its subject just named
    "Uppdraget ska redovisas till departementet senast i juni.",  # whoever has the assignment reports it
    "Utredningen kommer att bedrivas i ett snabbspår.",
    "Rökning bedöms utgöra en stor risk för hjärtat.",  # bedöms + infinitive: a judgement, like anses vara
    "Arbetet ska kännetecknas av öppenhet och respekt.",  # a property, not an action
    "Seminariet simultantolkas till engelska.",  # the interpreters
    "Genom reformen har tryggheten i skolan förstärkts.",  # the means acts, in the perfect too
    "Utredaren ska analysera om avgiften borde sänkas.",  # whether, with borde
    "Styrelsen anser att skolans lokaler behöver rustas upp.",  # the one who holds the view is named
    "Förslaget innebär att avgifterna höjs.",  # the content of a named proposal
    "Gästerna fick se den forskning som bedrivs på institutet.",  # what the institute does, by whoever works there
    "Avtalet gäller maskiner som är dyra och som används i många länder.",  # a second relative clause
    "Bidraget gör det lättare att bygga nytt samtidigt som branschen stärks.",  # a result of the main clause
    "Länsstyrelsen ska förhindra att miljön försämras.",  # deteriorates: nobody to name
    "Kursen förklarar hur maten produceras i Sverige.",  # a clause of how with no modal: the method is the point
    "Organisationen tilldelades Nobels fredspris 2020.",  # a prize: the giver is in its name or obvious
    "En överlåtelse ska föregås av en särskild bedömning.",  # an action noun: an event too (round 84)
    "Den misstänkte kommer att lagföras i Sverige.",  # the prosecutor, like åtalas and döms
    "Inspektionen kontrollerar att reglerna efterlevs.",  # a named monitor; compliance by whoever is bound
    "Barnet har blivit bortfört utomlands.",  # the victim is the point, the abductor unknown (like utnyttjas)
    "Skolverket har tagit fram en ny plan. Planen ska följas upp varje år.",  # the thing and its named handler
    # Branch passive2 (issue 13, item 7): the fresh sample 2 of regeringen.se findings.
    "Det register som kassan ska ta fram är viktigt. Registret ska därför upprättas före maj.",  # named in a som clause
    "Styrelsen har beslutat att rådet ska upphöra. Beslutet fattades efter en utvärdering.",  # besluta = fatta beslut
    "Det nya häktet planeras ha 95 platser.",
    "Straffet för grovt vapenbrott skärps.",  # the lawmaker
    "Socialtjänstlagen ändras så att barn får bättre skydd.",
    "Regeringen ger Skolverket i uppdrag att ta fram ett stöd. Arbetet ska genomföras i samråd med kommunerna.",
    "Verket har föreslagit vilka vägar som bör få byggas om.",  # bör få: a permission, like får
    # Branch passive (2026-12-03, fifth round): the doer named as the actor of the clause above, a relation verb,
    # a document that says it.
    "I maj ska utredningen lämna en redovisning av det arbete som har genomförts.",  # the inquiry did the work
    "Deltagarna kommer att presentera vilka åtgärder som har vidtagits sedan förra mötet.",
    "Regeringen fortsätter arbetet med den handlingsplan som tidigare har aviserats.",
    "I strategin lyfts fem viktiga områden fram.",  # the strategy highlights them
    "Nämnden fattar beslut när ansökan har behandlats.",  # a clause of time under the named actor
    # Sixth round (2026-12-04): the warnings left in the municipal policies, judged debatable or false.
    "Alla har ett ansvar att gällande lagar, förordningar och föreskrifter efterlevs.",  # att hung on the subject
    "Den som skriver ska göra det på ett sådant sätt att trovärdigheten upprätthålls.",  # by the named subject
    "Kommunen ska arbeta på ett sådant sätt att förtroendet stärks och upprätthålls.",  # the conjunct too
    "Genom dessa kan människor i Borlänge kommuns verksamheter speglas.",  # a genitive is no verb of the clause
    "Gränsen mellan arbete och fritid tenderar att suddas ut.",  # a tendency: nobody blurs it
    "Sociala medier kan delas in i forum, bloggar och wikier.",  # a possible classification
    "Det gäller frågor som behandlats och diskuterats i kommunledningen.",  # the body that deliberates, named
    "Ärendet behandlas i nämnden i maj.",
    # a restrictive relative clause in the present tells which things are meant (blind: never a warning's worth)
    "Inom kommunen finns några tidningar som ges ut externt.",
    # the next sentence names who answers for the very act
    "Strategin ska revideras vartannat år. Informationsansvariga tjänstemän ansvarar för revidering.",
    "Planen ska uppdateras varje år. Kommunikationschefen har ansvar för uppdateringen.",
    "Vi har kanaler som används varje dag.",  # by whoever uses them, though the paragraph speaks as the sender
]

STILL_HIDDEN = [
    "Kommunen gör en insats varje år. I år görs den i maj.",  # the same light verb is no proof of the same act
    "Statsministern talar i aulan. Talen hålls på svenska.",  # another verb: who holds them is not said
    "Utredningen tillsattes i maj.",  # who appoints an inquiry is the sender, not the assignee
    "Du har fått ett uppdrag av oss. Uppdraget ska redovisas senast i juni.",  # to the reader: the reader reports
    "Genom reformen ska tryggheten förstärkas.",  # ska: a duty, whose bearer is hidden
    "Det är viktigt att vården stärks.",  # no main clause that brings it about
    "Vi anser att ansökan ska avslås.",  # the sender as vi: who rejects is still to be said
    "Det innebär att ansökan avslås.",  # no named proposal
    "Planen används i hela kommunen.",  # a main clause: who uses it is the point
    "Mer information om hur bidraget söks finns på webbplatsen.",  # how readers apply: hur du söker says who
    "Organisationen tilldelades 5 miljoner kronor.",  # money, not a prize: who gives it is the point
    "Hon sa: ”Jag kommer.” Ansökan skickas sedan.",  # after the quotation is closed
    "Vi kontrollerar att reglerna efterlevs.",  # the monitor is only vi: who complies is still to be said
    "Inspektionen kontrollerar att ansökan skickas.",  # not compliance: who sends it is hidden
    "Vi har tagit fram en ny plan. Planen ska följas upp varje år.",  # vi: the rewrite Vi ska följa upp is better
    "Det register som vi ska ta fram är viktigt. Registret ska upprättas före maj.",  # vi names the sender
    "Beslutet fattades i maj efter en lång utredning.",  # nobody named: the sender decided
    "Reglerna för bygglov ändras i maj.",  # rules, not a law: the municipality may be the one who changes them
    "Vi skärper reglerna. Straffet skärps.",  # the paragraph speaks as the sender
    "Arbetet ska genomföras i samråd med kommunerna.",  # no assignment in the paragraph: whose work is hidden
    "Företagen måste få möjlighet att granskas.",  # få as a main verb (få möjlighet), not a permission
    # Branch passive (2026-12-03, fifth round): the clause above names no actor, or the paragraph speaks as the
    # sender or to the reader.
    "Utredningen, som tillsattes i januari, ska lämna förslag i maj.",  # the antecedent is the subject: not the doer
    "Den nya förordningen ställer krav på att den åtgärd som övervägs är motiverad.",  # a document acts on nothing
    "Vi vet att utredningen ska lämna en redovisning av det arbete som har genomförts.",  # speaks as the sender
    "Handläggaren skickar dig ett brev om de åtgärder som har vidtagits.",  # to the reader: who took them is hidden
    "De ändringar som föreslås innebär att straffet blir strängare.",  # the antecedent acts: the proposer is hidden
    "Vi fattar beslut när ansökan har behandlats.",  # the actor above is the sender: Vi har behandlat fits
    "I samtalen lyfts fem viktiga områden fram.",  # talks, not a document: who raised them is hidden
    "Det är viktigt att arbeta på ett sådant sätt att trovärdigheten upprätthålls.",  # det names nobody
    "Eleverna delas in i grupper.",  # no kan: the teacher who divides them is hidden
    "Ärendet behandlas i maj.",  # a month is no body that deliberates
    "Utredningen, som tillsätts i maj, ska lämna förslag.",  # an aside about one thing: who appoints is hidden
    "Vi skriver ett beslut som skickas till dig.",  # to the reader
    "Planen ska uppdateras varje år. Kommunikationschefen ansvarar för budgeten.",  # another matter
    "Planen ska uppdateras varje år. Vi ansvarar för uppdateringen.",  # vi: the rewrite Vi ska uppdatera fits
    "Det finns åtgärder som planeras.",  # who plans them is the point, as for föreslås
    "Genom att vi ses ofta kan samarbetet förbättras.",  # another verb in the clause: the means rule is off
]


def test_a_how_clause_in_a_paragraph_to_the_reader_offers_the_reader_or_the_sender() -> None:
    [finding] = [f for f in lint_text("Du ska veta hur konton ska administreras.").findings]
    assert finding.severity.value == "warning"
    assert "”Du ska administrera konton …” om det är läsaren, eller ”Vi ska administrera konton …”" in (
        finding.suggestion or ""
    )
    # the reader's own matter is handled by the sender: no Du
    [finding] = lint_text("Här ser du hur din ansökan ska behandlas.").findings
    assert (
        finding.severity.value == "warning"
        and finding.suggestion == "Skriv aktivt, till exempel ”hur vi ska behandla din ansökan …”"
    )
    # what a text covers, even to the reader: information
    [finding] = lint_text("Du ska följa riktlinjer som reglerar hur konton ska administreras.").findings
    assert finding.severity.value == "info" and "fråga om vad, hur" in finding.message


def test_the_rewrite_takes_the_clause_s_own_subject_when_the_parse_gives_two() -> None:
    [finding] = lint_text("Grundprincipen är att all information ska presenteras på svenska.").findings
    assert finding.suggestion == "Skriv aktivt, till exempel ”att (Vem?) ska presentera all information …”"


def test_an_av_phrase_shared_with_another_preposition_leaves_the_doer_open() -> None:
    """*av eller för kommunen*: the municipality or another for it. *som kommunen producerar* dropped what others make
    for it (the rewrite audit: a changed meaning), so the note says the passive may stand and gives no rewrite."""
    text = "Material som produceras av eller för kommunen ska ha kommunen som avsändare."
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert finding.severity.value == "info" and finding.suggestion is None
    assert "”av eller för kommunen” säger att det kan vara kommunen eller någon annan åt kommunen" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Diskussionen följs sedan av en frågestund med studenter.",
        "Kungen håller tal när forumet öppnar, vilket följs av ett anförande av Mexikos handelsminister.",
        "Beskedet följs av en konsekvensanalys i maj.",
    ],
)
def test_what_follows_on_a_programme_is_no_finding(text: str) -> None:
    """*följs av en frågestund*: an event after another, not a doer to make the subject (rounds 63–89, the message said
    *Aktiv form med ”en frågestund” som subjekt är ofta tydligare*, judged debatable; round 130, a note that said
    what comes after: "accurate but no gain" 7 times of 7), so no finding, like an event that begins or ends."""
    assert [f for f in lint_text(text).findings if f.rule == "passive-voice"] == []
    [comply] = [f for f in lint_text("Lagarna följs av företag och organisationer.").findings]
    assert "texten säger vem som gör det (”företag och organisationer”)" in comply.message


@pytest.mark.parametrize("text", OBVIOUS_DOER)
def test_passive_whose_doer_is_named_or_obvious_is_information(text: str) -> None:
    findings = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert findings and all(f.severity.value == "info" for f in findings)
    assert all(f.suggestion is None for f in findings)  # information only: no rewrite that would name a doer


# An av phrase names the doer: nothing is hidden, so information (in every kind of text), with the rewrite that
# puts the doer first (the judged samples of issue 13 took a warning that said the passive hid a doer it named
# for a contradiction).
AGENT_NAMED = [
    ("Beslutet följs av alla anställda.", "Alla anställda följer beslutet"),  # not a sequence of events
    ("Mötet planeras noga av kansliet i år.", "Kansliet planerar"),
    ("Ansökan bedöms av en handläggare.", "En handläggare bedömer ansökan"),
    ("Övningen leds av Försvarsmakten.", "Försvarsmakten leder övningen"),
    # a passive the tagger gave no voice: it read the deponent *fattas* (is missing)
    ("Beslut fattas av kommunstyrelsen.", "Kommunstyrelsen beslutar"),
    # an *av* phrase after a place or an occasion, which the parse hangs on them; a royal title the tagger calls a
    # conjunction (round 142)
    (
        "Under tisdagseftermiddagen välkomnades han till Rosenbad av statsminister Ulf Kristersson.",
        "Statsminister Ulf Kristersson välkomnade honom",
    ),
    ("Kungen besöker Alfa Laval i Lund. De välkomnas vid ankomst av Tom Erixon, vd och koncernchef.", "Tom Erixon"),
    ("McCain kommer även att tas emot av H.K.H. Kronprinsessan Victoria.", "H.K.H. Kronprinsessan Victoria"),
    # a name the tagger calls a conjunction, a time the parse made the phrase's head, an adjective used as an adverb
    # before the *av* phrase (round 143)
    (
        "Diskussionen gäller paketet ”Försvar av europeisk demokrati”, som presenterades av EU-kommissionen den 12"
        " december 2023.",
        "som EU-kommissionen presenterade",
    ),
    (
        "Sverige vill anta den tvärsektoriella deklaration om AMR som antogs av ministerrådet år 2015.",
        "som ministerrådet antog",
    ),
    ("Mötet leds gemensamt av USA:s och Ukrainas försvarsministrar.", "USA:s och Ukrainas försvarsministrar leder"),
    # the verb's particle after its subject, which takes no *av* phrase; the second person of the list after an
    # organisation's name (session 34: the note had said nothing of who receives them)
    (
        "Där tas kungen och presidenten emot av utbildningsminister Mats Persson och ESS generaldirektör Helmut"
        " Schober.",
        "Utbildningsminister Mats Persson och ESS generaldirektör Helmut Schober tar emot kungen och presidenten",
    ),
]


@pytest.mark.parametrize(("text", "rewrite"), AGENT_NAMED)
def test_a_passive_whose_av_phrase_names_the_doer_is_information_that_puts_it_first(text: str, rewrite: str) -> None:
    for fmt, source in (("text", text), ("markdown", WEB_PAGE.format(text))):
        [finding] = [f for f in lint_text(source, fmt=fmt).findings if f.rule == "passive-voice"]
        assert finding.severity.value == "info"
        assert "texten säger vem som gör det" in finding.message and rewrite in (finding.suggestion or "")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Verksamheten finansieras till stor del av staten.", "staten"),
        ("Utvecklingen drivs till stor del av en snabbt stigande arbetslöshet.", "en snabbt stigande arbetslöshet"),
        ("Arbetet styrs i hög grad av Skolverket.", "Skolverket"),
    ],
)
def test_an_av_phrase_after_an_adverb_of_degree_names_the_doer_with_no_rewrite_that_drops_the_degree(
    text: str, doer: str
) -> None:
    # *till stor del* is an adverb, not a noun whose *av* this is (session 34: the note had asked who drives it);
    # *Staten finansierar verksamheten* would say the state pays for all of it
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert finding.severity.value == "info"
    assert f"texten säger vem som gör det (”{doer}”)" in finding.message
    assert finding.suggestion == f"Skriv aktivt med {doer} som subjekt."


@pytest.mark.parametrize("text", STILL_HIDDEN)
def test_passive_that_still_hides_the_doer_is_a_warning(text: str) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert finding.severity.value == "warning"


@pytest.mark.parametrize(
    ("text", "flagged", "named"),
    [
        # a proposal the lemmatiser misses (*Förslaget* → *förslagen*), and the subject of an *att* clause the parse
        # hung on the verb above (round 112, blind: false, "nobody who lends is mentioned")
        ("Förslaget innebär att ränteavdrag för lån som inte lämnas mot säkerhet trappas av.", "lämnas", False),
        ("Syftet med mötet var att presentera det arbete som genomförts under året.", "genomförts", False),
        # *kommer att* is no clause opener: the participants present what they did
        ("Deltagarna kommer att presentera vilka åtgärder som vidtagits i år.", "vidtagits", True),
        ("Yucatáns guvernör kommer även att tala om projekt som har genomförts i regionen.", "genomförts", True),
        # a document from a named body, made as the relative clause says: the body made it
        (
            "En rapport från Karolinska institutet, som tagits fram på uppdrag av myndigheten, visar det.",
            "tagits fram",
            True,
        ),
        ("En rapport från Karolinska institutet, som togs emot i maj, visar det.", "togs emot", False),
        # a verb of reviewing acts on what others do or use (round 103, blind: false), but *görs* repeats its act
        ("Skolverket ska se över det kartläggningsmaterial som används för att bedöma kunskaperna.", "används", False),
        ("Myndigheten behöver analysera kostnaderna i större utsträckning än vad som görs i dag.", "görs", True),
    ],
)
def test_the_clause_above_names_an_actor_only_by_its_own_subject(text: str, flagged: str, named: bool) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice" and f.text == flagged]
    assert ("säger redan vem som gör det" in finding.message) is named


def test_the_message_says_the_doer_was_just_named() -> None:
    text = "Ministern och rektorn håller tal i aulan. Talen hålls på svenska."
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert "meningen före säger redan vem" in finding.message


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # an agency's name the parse cut after its first word
        (
            "Det har konstaterats av både Riksrevisionen och Inspektionen för socialförsäkringen.",
            "Riksrevisionen och Inspektionen för socialförsäkringen",
        ),
        (
            "Planen har tagits fram av Myndigheten för samhällsskydd och beredskap i maj.",
            "Myndigheten för samhällsskydd och beredskap",
        ),
        ("Han anmäldes av Polisen för brott.", "Polisen"),  # no name of that shape
        # two people, each named with a title (round 8, blind: the second was dropped)
        (
            "Mötet leds av Belgiens premiärminister Alexander De Croo och IAEA:s generaldirektör Rafael Grossi.",
            "Belgiens premiärminister Alexander De Croo och IAEA:s generaldirektör Rafael Grossi",
        ),
        # a cut compound the parse made the head (round 38, blind: the rewrite's subject was *Bistånds-*)
        (
            "Regeringen representeras av bistånds- och utrikeshandelsminister Johan Forssell.",
            "bistånds- och utrikeshandelsminister Johan Forssell",
        ),
        # *och* that opens another clause
        (
            "Årets pristagare har nominerats av biståndsorganisationen Diakonia och juryns motivering lyder: bra.",
            "biståndsorganisationen Diakonia",
        ),
        # a list of titled names whose conjuncts the parse lost (round 110, blind: the note named only the first)
        (
            "De välkomnas av skolminister Lotta Edholm och rektor Martin Malmberg.",
            "skolminister Lotta Edholm och rektor Martin Malmberg",
        ),
        (
            "De välkomnas av skolminister Lotta Edholm, skol- och personalborgarrådet Emilia Bjuggren.",
            "skolminister Lotta Edholm, skol- och personalborgarrådet Emilia Bjuggren",
        ),
        (  # noticed in session 27: the second doer was lost
            "Sverige representeras av utrikesminister Tobias Billström och utbildningsminister Mats Persson.",
            "utrikesminister Tobias Billström och utbildningsminister Mats Persson",
        ),
        ("Priset delades ut av Anna Svensson och Kalle Berg talade sedan.", "Anna Svensson"),  # a clause of its own
    ],
)
def test_the_named_doer_is_the_whole_name(text: str, agent: str) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert f"(”{agent}”)" in finding.message


@pytest.mark.parametrize(
    ("text", "rewrite"),
    [
        # the rest of the doer's phrase after its noun (round 65: the rewrites named a smaller or another doer)
        ("Arbetet leds av Länsstyrelsen i Skåne.", "Länsstyrelsen i Skåne leder arbetet"),
        ("Medaljen instiftades av Gustaf III 1785.", "Gustaf III instiftade medaljen"),
        (
            "Avtalet skrevs under av sjukvårdsministern och Andrea Palm, USA:s vice hälsominister.",
            "Sjukvårdsministern och Andrea Palm skrev under avtalet",
        ),
        (
            "Eleverna blir distraherade av andra elever som använder digitala verktyg.",
            "Andra elever som använder digitala verktyg",
        ),
        # a time after the doer is the verb's, not the doer's
        ("Planen har tagits fram av nämnden i maj.", "Nämnden har tagit fram planen"),
        # and the next clause is not the doer's
        (
            "Årets pristagare har nominerats av biståndsorganisationen Diakonia och juryns motivering lyder: bra.",
            "Biståndsorganisationen Diakonia har nominerat årets pristagare",
        ),
    ],
)
def test_the_rewrite_names_the_whole_doer(text: str, rewrite: str) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert f"”{rewrite} …”" in finding.suggestion


def test_an_agent_after_two_coordinated_passives_names_the_doer_of_both() -> None:
    """*har tagits fram och presenterats av nämnden*: the phrase at the end is both verbs' agent."""
    found = {f.text: f for f in lint_text("Rapporten har tagits fram och presenterats av nämnden.").findings}
    assert found["tagits fram"].severity.value == "info" and "”nämnden”" in found["tagits fram"].message
    assert found["tagits fram"].suggestion == "Skriv aktivt, till exempel ”Nämnden har tagit fram rapporten …”"


@pytest.mark.parametrize(
    "text",
    [
        # a time of its own: two events, and *följdes av* is a sequence, not who made the first strategy
        "Den första strategin togs fram 2008 och följdes av en ny strategi 2012.",
        # a subject of its own
        "Den första strategin togs fram och den presenterades av nämnden.",
    ],
)
def test_an_agent_of_another_clause_names_no_doer(text: str) -> None:
    [first] = [f for f in lint_text(text).findings if f.rule == "passive-voice" and f.text.startswith("tog")]
    assert first.severity.value == "warning" and "döljer vem" in first.message


@pytest.mark.parametrize(
    "text",
    [
        "Departementets arbete ska säkerställa att de förutsättningar som krävs för att införa kortet finns.",
        "Uppgifterna ska ha den omfattning som behövs för prövningen av ansökan.",
    ],
)
def test_what_is_needed_has_no_doer_for_the_sentence_to_name(text: str) -> None:
    """*som krävs*, *som behövs* under a named subject: nobody needs, so no finding says the sentence names a doer
    (round 18, blind: that claim was wrong) or that a doer is hidden (rounds 94–98, blind: *behövs* hides nobody);
    in a relative clause there is no finding at all, even in careful review (rounds 94–135)."""
    assert [f for f in lint_text(text, profile="lättläst").findings if f.rule == "passive-voice"] == []
    # the same need stated in a main clause of a text about others is a careful-review tip that says so
    main = text.replace(" som krävs", "").replace(" som behövs", "").rstrip(".") + ". Det krävs mer."
    found = [f for f in lint_text(main, profile="lättläst").findings if f.rule == "passive-voice"]
    assert [f.text for f in found] == ["krävs"]
    assert "säger att något är nödvändigt, men inte för vem" in found[0].message
    assert "säger redan vem" not in found[0].message and "Vem som gör något" not in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "– Det behövs en bredd av åtgärder för att bekämpa våldet, säger ministern.",
        "– Det krävs mer resurser till skolan, säger ministern.",
    ],
)
def test_what_is_needed_is_said_to_be_necessary_in_a_quote_too(text: str) -> None:
    enable = ["needed-quoted"]
    [finding] = [f for f in lint_text(text, enable=enable).findings if f.rule == "passive-voice"]
    assert finding.message.split(" och säger")[0].endswith(("av ”behöva”", "av ”kräva”"))
    assert "passiv form" not in finding.message


def test_whom_a_passive_is_for_is_not_its_doer() -> None:
    """*barn ska använda digitala lärverktyg … analoga lärverktyg bör användas för barn*: the children the tools are
    for are not who uses them, so the note does not say the text has named the doer (round 91, blind: false)."""
    text = (
        "Det finns inga krav på att barn ska använda digitala lärverktyg i förskolan. Regeringen förtydligar att "
        "analoga lärverktyg bör användas för barn under två år."
    )
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert finding.text == "användas" and "säger redan vem" not in finding.message
    named = "Barnen ska använda digitala lärverktyg. Lärverktygen ska användas varje dag."
    [finding] = [f for f in lint_text(named).findings if f.rule == "passive-voice"]
    assert "säger redan vem" in finding.message


def test_harm_done_to_people_is_not_done_by_the_clause_above() -> None:
    """*Regeringen har tagit emot betänkandet … om vård för personer som har utsatts för övergrepp*: the government
    did not do it, so the message does not say the sentence names who did (round 89, blind: false)."""
    text = "Regeringen har tagit emot ett betänkande om vård för personer som har utsatts för övergrepp."
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert finding.text == "utsatts" and "säger redan vem" not in finding.message


def test_a_quotation_opened_after_a_colon_and_not_closed_in_the_paragraph_is_a_quotation() -> None:
    text = "Juryns motivering lyder: ”Hon får priset för sitt arbete i ett land där journalister förföljs."
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert finding.severity.value == "info"
    assert "citat" in finding.message


@pytest.mark.parametrize(
    "text",
    ["Biljettpriset förväntas sänkas med tio kronor.", "Propositionen beräknas presenteras i maj."],
)
def test_an_expectation_and_its_passive_infinitive_are_information(text: str) -> None:
    findings = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert len(findings) == 2  # *förväntas*, *sänkas*: what is expected, whoever brings it about
    assert {f.severity.value for f in findings} == {"info"}


def test_a_plan_is_information_but_who_carries_it_out_is_still_hidden() -> None:
    text = "Vindparken planeras att byggas utanför Gävle."
    findings = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert [(f.text, f.severity.value) for f in findings] == [("planeras", "info"), ("byggas", "warning")]


def test_the_sender_behind_an_expected_passive_is_still_hidden() -> None:
    findings = [f for f in lint_text("Din ansökan väntas behandlas i maj.").findings if f.rule == "passive-voice"]
    assert [(f.text, f.severity.value) for f in findings] == [("väntas", "info"), ("behandlas", "warning")]


# Texts from random edits (found by a fuzz run): the tagger gives a stray whitespace token, an edit's
# double space or a no-break space after "av", a part of speech, so it read as the agent phrase.
@pytest.mark.parametrize(
    "text", ["Ansökan prövas av  .", "Ansökan blev beviljad av  .", "tas av  .", "lis av\xa0sgsutrednigde"]
)
def test_whitespace_after_av_is_no_agent(text: str) -> None:
    report = lint_text(text)
    assert not report.rule_errors
    if "." in text:
        [finding] = [f for f in report.findings if f.rule == "passive-voice"]
        suggestion = finding.suggestion or ""  # no doer: *(Vem?)*, or no example at all (a bli-passive)
        assert "(Vem?)" in suggestion or "till exempel" not in suggestion and "Skriv om" in suggestion


def test_whitespace_after_av_does_not_hide_the_agent() -> None:
    [finding] = [f for f in lint_text("Ansökan prövas av  nämnden.").findings if f.rule == "passive-voice"]
    assert "”Nämnden prövar ansökan" in (finding.suggestion or "")


def test_whitespace_after_av_in_markdown() -> None:
    assert not lint_text("bli ade av  d", "markdown").rule_errors


# Warn on evidence (issue 13, item 7). A web page (Markdown opening with a title), a press release or a speech is
# mostly about others and speaks of its sender in the third person: a passive warns there only where it is said to
# the reader. A policy or a letter is the sender's own text, where a hidden doer is the sender.
WEB_PAGE = "# Nyheter från regeringen\n\n{}\n"
WARNS_ON_A_WEB_PAGE = [
    ("Stödet trappas ned ju längre tid du är arbetslös.", "trappas ned"),  # said to the reader
    ("Du får ett brev när underlaget har granskats.", "granskats"),
    # a reader's task in a text that addresses its reader, though not in this paragraph
    ("Du kan söka stödet hos kommunen.\n\nAnsökan ska skickas in senast den 1 maj.", "skickas in"),
]
INFORMATION_ON_A_WEB_PAGE = [
    ("Lagändringarna föreslås träda i kraft den 1 juli.", "föreslås"),  # the sender in the third person
    ("Konferensen arrangerades i Malmö med många deltagare.", "arrangerades"),  # a third party, unnamed
    ("Vi har tagit fram en plan. Den ska följas upp varje år.", "följas upp"),  # vi on such a page: often a minister's
    ("Ansökan ska skickas in senast den 1 maj.", "skickas in"),  # a reader's task in a text to no reader
    ("Ministern sa: ”Ni ska få svar.” Ansökan behandlas i maj.", "behandlas"),  # ni in a quote: said to others
    # du in the next sentence: the page tells what others did (the lawmaker), and then what it means to the reader
    ("Den högsta ersättningen har höjts. Du kan som mest få 80 procent.", "höjts"),
]


def test_on_a_web_page_a_warning_does_not_make_the_sender_the_doer() -> None:
    from rule_helpers import lint_one

    text = WEB_PAGE.format("A-kassan får uppgifter om din lön som har rapporterats till Skatteverket.")
    (finding,) = [f for f in lint_one("passive-voice", text, "markdown").findings if f.severity == "warning"]
    assert "”som (Vem?) har rapporterat" in finding.suggestion  # the employer reports the wage, not the sender
    letter = lint_one("passive-voice", f"---\ntyp: brev\n---\n{text}", "markdown").findings
    assert [f.suggestion[:38] for f in letter] == ["Skriv aktivt, till exempel ”som vi har"]  # the sender's own letter


@pytest.mark.parametrize(("sentence", "word"), WARNS_ON_A_WEB_PAGE)
def test_on_a_web_page_a_passive_said_to_the_reader_warns(sentence: str, word: str) -> None:
    assert _severities(WEB_PAGE.format(sentence), "markdown", word) == ["warning"]


@pytest.mark.parametrize(("sentence", "word"), INFORMATION_ON_A_WEB_PAGE)
def test_on_a_web_page_a_passive_not_said_to_the_reader_is_information(sentence: str, word: str) -> None:
    assert _severities(WEB_PAGE.format(sentence), "markdown", word) == ["info"]
    # the same text as a policy (the sender's own text), plain text or declared in the front matter: a warning
    assert _severities(f"---\ntyp: policy\n---\n{WEB_PAGE.format(sentence)}", "markdown", word) == ["warning"]
    assert _severities(sentence, "text", word) == ["warning"]


def test_information_without_a_named_doer_suggests_no_rewrite_and_with_one_names_it() -> None:
    from rule_helpers import lint_one

    report = lint_one("passive-voice", WEB_PAGE.format("Rapporten publicerades i mars."), "markdown")
    [finding] = [f for f in report.findings if f.text == "publicerades"]
    assert finding.suggestion is None  # a rewrite would have to guess the doer: (Vem?) publicerade …
    assert finding.message == "”publicerades” är passiv form. Skriv aktivt om läsaren behöver veta vem som gör det."
    report = lint_one("passive-voice", WEB_PAGE.format("Övningen leds av Försvarsmakten."), "markdown")
    [finding] = [f for f in report.findings if f.text == "leds"]
    assert "”Försvarsmakten”" in finding.message and finding.suggestion and "Försvarsmakten leder" in finding.suggestion


@pytest.mark.parametrize(("sentence", "word"), [case for case in INFORMATION_ON_A_WEB_PAGE if case[1] != "föreslås"])
def test_the_option_unaddressed_sets_what_a_web_page_not_said_to_the_reader_gives(sentence: str, word: str) -> None:
    """A site that writes as its sender (a municipality's pages) can have these warnings back; generic is apart."""
    page = WEB_PAGE.format(sentence)
    assert _severities(page, "markdown", word, unaddressed="warning") == ["warning"]
    assert _severities(page, "markdown", word, unaddressed="off") == []
    assert _severities(page, "markdown", word, generic="off") == ["info"]


def _severities(text: str, fmt: str, word: str, generic: str = "info", unaddressed: str = "info") -> list[str]:
    from rule_helpers import lint_one

    found = lint_one("passive-voice", text, fmt, {"generic": generic, "unaddressed": unaddressed}).findings
    return [str(f.severity) for f in found if f.text == word]


def test_a_name_s_genitive_between_genitive_and_noun_is_no_passive() -> None:
    """*Statens institutionsstyrelses särskilda ungdomshem*: the tagger took the name's genitive for a passive verb
    (round 38, blind: false)."""
    text = (
        "Andra placeringar sker i hem för vård eller boende (HVB), i stödboende eller i Statens "
        "institutionsstyrelses särskilda ungdomshem."
    )
    assert [f.text for f in lint_text(text).findings if f.rule == "passive-voice"] == []
    assert [f.text for f in lint_text("Statens pengar används till vägar.").findings if f.rule == "passive-voice"] == [
        "används"
    ]


def test_a_passive_the_parse_joins_to_an_earlier_clause_does_not_take_its_subject() -> None:
    """*Det händer att barn … utnyttjas och rekryteras av …*: *rekryteras* is parsed as coordinated with *händer*
    (round 65: the rewrite was *Kriminella nätverk rekryterar det*); *Arbetet sker … och leds av FMV* shares it."""
    text = "Det händer även att barn och unga som placerats i HVB utnyttjas och rekryteras av kriminella nätverk."
    found = {f.text: f for f in lint_text(text).findings if f.rule == "passive-voice"}
    assert found["rekryteras"].suggestion == "Skriv aktivt, till exempel ”Kriminella nätverk rekryterar …”"
    shared = lint_text("Arbetet sker inom det nordiska försvarssamarbetet Nordefco och leds av FMV.").findings
    [leds] = [f for f in shared if f.rule == "passive-voice"]
    assert leds.suggestion == "Skriv aktivt, till exempel ”FMV leder arbetet …”"


@pytest.mark.parametrize(
    "text",
    [
        "Småskaliga verksamheter måste få förutsättningar att utvecklas.",
        "Den svenska vätgasmarknaden är på väg att utvecklas.",
        "Företagen behöver förutsättningar för att växa, utvecklas och anställa.",
    ],
)
def test_utvecklas_as_develop_is_no_passive(text: str) -> None:
    """*förutsättningar att utvecklas*, *på väg att utvecklas*, beside *växa*: develop, not be developed (round 65,
    blind: false as a passive). *Metoderna ska utvecklas av forskarna* still is one."""
    assert rule_texts(lint_text(text), "passive-voice") == []
    assert rule_texts(lint_text("Metoderna ska utvecklas av forskarna."), "passive-voice") == ["utvecklas"]


@pytest.mark.parametrize(
    ("text", "rewrite"),
    [
        # a definite common noun before a name in apposition starts the sentence only (round 65)
        (
            "Satsningen Samling för judiskt liv presenterades av regeringen i dag.",
            "Regeringen presenterade satsningen Samling för judiskt liv",
        ),
        # a body's kind that opens its name keeps its capital, and so does a name's adjective
        ("Stiftelsen Skansen leds av en styrelse.", "En styrelse leder Stiftelsen Skansen"),
        ("Svenska Institutet leds av en styrelse.", "En styrelse leder Svenska Institutet"),
    ],
)
def test_the_object_keeps_a_capital_only_where_a_name_starts(text: str, rewrite: str) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert f"”{rewrite} …”" in finding.suggestion


def test_lessons_drawn_from_something_name_no_doer() -> None:
    """*lärdomar som kan dras av det*: *av det* is the source (round 65, blind: false, the rewrite was *som det
    kan dra*); lessons are drawn by anyone, a generic passive. *Slutsatsen drogs av utredaren* names the doer."""
    [lessons] = lint_text("Vi analyserar vilka lärdomar som kan dras av det.").findings
    assert lessons.severity == Severity.INFO and lessons.suggestion is None and "allmänt" in lessons.message
    [drawn] = [f for f in lint_text("Slutsatsen drogs av utredaren.").findings if f.rule == "passive-voice"]
    assert drawn.suggestion == "Skriv aktivt, till exempel ”Utredaren drog slutsatsen …”"


@pytest.mark.parametrize(
    "text",
    [
        "Sedan budgeten har utsikterna för regionernas ekonomi dessutom försämrats ytterligare.",
        "Säkerhetsläget har under de senaste åren försämrats.",
        "De ekonomiska prognoserna har försämrats ytterligare.",
        "Läget har förändrats.",  # an information note on a passive before round 66
    ],
)
def test_a_state_that_changes_by_itself_is_no_passive(text: str) -> None:
    """*utsikterna har försämrats*: the outlook got worse, nobody worsened it (round 66, blind: false as a passive).
    *Vården har förbättrats av regionen* still is one."""
    assert rule_texts(lint_text(text), "passive-voice") == []
    assert rule_texts(lint_text("Vården har förbättrats av regionen."), "passive-voice") == ["förbättrats"]


@pytest.mark.parametrize(
    "text",
    [
        "– Det behövs krafttag mot gängen, säger justitieministern.",
        "– Därför krävs en ny strategi, säger ministern.",
        "”Vi vet att det behövs fler poliser”, säger hon.",
    ],
)
def test_what_is_needed_in_a_quote_is_for_careful_review(text: str) -> None:
    """*– Det behövs krafttag*: nobody acts, and the writer may not change the speaker's words (strict blind
    readers, rounds 100–126: 7 of 42 such notes clearly right, "accurate but no gain" 34 times): sub-check
    needed-quoted, off by default."""
    assert [f for f in lint_text(text).findings if f.rule == "passive-voice"] == []
    found = [f for f in lint_text(text, enable=["needed-quoted"]).findings if f.rule == "passive-voice"]
    assert [(f.subcheck, f.severity) for f in found] == [("needed-quoted", Severity.INFO)]


@pytest.mark.parametrize(
    "text",
    [
        "# Fler poliser\n\nDet behövs fler poliser i hela landet.\n",
        "# Nytt uppdrag\n\nFör att nå målet krävs ett bättre samarbete mellan myndigheterna.\n",
    ],
)
def test_what_is_needed_in_a_web_page_not_to_the_reader_is_for_careful_review(text: str) -> None:
    """A web page (a level-1 heading first) about others: whose need it is matters to nobody who reads it (strict
    blind readers, rounds 94–126: 10 of 51 such notes on regeringen.se clearly right, 10 false): sub-check
    needed-unaddressed, off by default."""
    assert [f for f in lint_text(text, "markdown").findings if f.rule == "passive-voice"] == []
    report = lint_text(text, "markdown", enable=["needed-unaddressed"])
    found = [f for f in report.findings if f.rule == "passive-voice"]
    assert [(f.subcheck, f.severity) for f in found] == [("needed-unaddressed", Severity.INFO)]


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("# Ansök om stöd\n\nFör att ansöka krävs att du har ett konto hos oss.\n", "markdown"),  # to the reader
        ("För att uppnå syftet krävs att organisationen är öppen.", "text"),  # the sender's own document
    ],
)
def test_what_is_needed_to_the_reader_or_in_the_senders_own_text_is_a_note(text: str, fmt: str) -> None:
    """A reader marked *För att uppnå syftet krävs* in a municipal policy (recall set): the sender's own text keeps
    the note, and so does a paragraph that speaks to its reader."""
    found = [f for f in lint_text(text, fmt).findings if f.rule == "passive-voice"]
    assert [f.subcheck for f in found] == ["passive-form"]


@pytest.mark.parametrize(
    "text",
    [
        "Det behövs fler poliser i hela landet.",  # the writer's own words: still a note by default
        "– Det behövs av alla, säger ministern.",  # a doer named: the quote's note
        "– Ansökan ska skickas in i tid, säger handläggaren.",  # a passive in a quote that is no need
    ],
)
def test_what_is_needed_outside_a_quote_or_another_passive_in_one_is_no_needed_quoted(text: str) -> None:
    found = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert found and all(f.subcheck == "passive-form" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Vi vidtar de åtgärder som behövs för att vända utvecklingen.",
        "Vi hjälper till där det behövs och när det behövs.",
        "Om det skulle behövas kan vi ändra planen.",
        "Så länge det behövs stannar vi kvar.",
        "Styrelsen ska ha den kompetens som krävs för att hantera frågorna.",
        # a condition with no subjunction (round 117, blind: false as a note)
        "Ett tillstånd, i de fall ett sådant tillstånd krävs, ska inte vara en förutsättning för beslutet.",
    ],
)
def test_what_is_needed_in_a_clause_is_no_finding_even_in_careful_review(text: str) -> None:
    """*de åtgärder som behövs*, *när det behövs*: how Swedish states a need; nobody acts, and strict blind readers
    called it clearly right once in 68 even as a careful-review tip, false 60 times (rounds 94–135). Not even the
    lättläst profile, which turns on every need in a quote or a text about others, shows it."""
    for options in ({}, {"enable": ["needed-quoted", "needed-unaddressed"]}, {"profile": "lättläst"}):
        assert [f for f in lint_text(text, **options).findings if f.rule == "passive-voice"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Det behövs en nationell strategi.",  # a need stated in the main clause: who must act may matter
        "För att uppnå syftet krävs att organisationen är öppen.",
        "Regeringen bedömer att det behövs en översyn.",  # an att clause states it too
        "Tillstånd krävs av Länsstyrelsen.",
        "I de fall ansökan avslås krävs ett nytt beslut.",  # the condition's verb stands between: the main clause
    ],
)
def test_what_is_needed_in_the_main_clause_or_an_att_clause_is_a_note_by_default(text: str) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice" and f.text.startswith(("kr", "beh"))]
    assert finding.subcheck == "passive-form" and finding.severity is Severity.INFO


def test_every_passive_finding_says_its_subcheck() -> None:
    found = [f for f in lint_text("Ansökan behandlas. Beslut fattades av nämnden.").findings]
    assert {f.subcheck for f in found if f.rule == "passive-voice"} == {"passive-form"}


@pytest.mark.parametrize(
    "text",
    ["Därför får inte en förundersökning inledas.", "Ärendet avslutas.", "En ny myndighet bildades."],
)
def test_an_act_begun_ended_or_founded_is_still_a_passive(text: str) -> None:
    """Not an event as the subject, or no year: someone opens the investigation, closes the case, forms it."""
    assert [f.text for f in lint_text(text).findings if f.rule == "passive-voice"]


def test_what_belongs_to_what_is_said_to_be_a_relation() -> None:
    """*omfattas av EU:s direktiv* says what falls under what, not that a doer is general (round 101, blind)."""
    [finding] = [f for f in lint_text("Tumlaren omfattas av EU:s art- och habitatdirektiv.").findings]
    assert "vad som hör till vad" in finding.message and "allmänt" not in finding.message


def test_what_is_needed_in_a_quote_says_it_is_a_quote() -> None:
    text = "– I vissa fall kan restriktioner krävas för att upprätthålla vården, säger ministern."
    [finding] = [f for f in lint_text(text, enable=["needed-quoted"]).findings if f.rule == "passive-voice"]
    assert "nödvändigt, men inte för vem. Det står i ett citat" in finding.message


@pytest.mark.parametrize(
    ("text", "flagged", "general"),
    [
        # the deciding verb before its long subject, read from the words (round 116, blind: false)
        (
            "För att skydda barnfamiljer föreslår regeringen och Sverigedemokraterna i vårändringsbudgeten att det"
            " tillfälliga tilläggsbidraget till barnfamiljer med bostadsbidrag förlängs till och med december.",
            "förlängs",
            True,
        ),
        (
            "Efter en ny beräkning föreslår regeringen också att stödnivån i stödområde 1 justeras upp.",
            "justeras upp",
            True,
        ),
        # a proposal in the passive hides the proposer too
        (
            "För att underlätta föreslås att reglerna om skattereduktion ändras för att förskott ska räknas.",
            "ändras",
            False,
        ),
        # the second of two att clauses, with an auxiliary before the deciding verb (round 109, blind: debatable as
        # a generic note) or a relative clause on the passive's subject (round 125, blind: false)
        (
            "Regeringen har beslutat att kommittén ska upphöra och att ett finansiellt stabilitetsråd tillsätts som"
            " ska vara en del av Regeringskansliet.",
            "tillsätts",
            True,
        ),
        (
            "Regeringen beslutade därför den 1 februari att kommittén ska upphöra och att ett finansiellt"
            " stabilitetsråd som ska vara en del av Regeringskansliet tillsätts med start den 1 april 2024.",
            "tillsätts",
            True,
        ),
        ("Det har beslutats att kommittén ska upphöra och att ett råd tillsätts.", "tillsätts", False),
        # a passive inside the relative clause on the att clause's subject is the relative clause's own
        (
            "I propositionen föreslår regeringen att elever som behöver utmanas mer i undervisningen lättare ska"
            " kunna få läsa på en högre nivå.",
            "utmanas",
            False,
        ),
    ],
)
def test_a_named_decider_before_the_att_clause_makes_the_doer_obvious(text: str, flagged: str, general: bool) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice" and f.text == flagged]
    assert ("allmänt eller självklart" in finding.message) is general


@pytest.mark.parametrize(
    ("text", "guided"),
    [
        ("Ordförandeskapet roterar och samarbetet styrs av en gemensam vision som kallas Vår vision 2030.", True),
        ("Eftersom insatserna är många styrs den av flera olika regelverk.", True),
        ("Arbetet styrs av en styrgrupp.", False),  # someone who acts
    ],
)
def test_what_guides_a_thing_is_not_a_doer(text: str, guided: bool) -> None:
    """*samarbetet styrs av en gemensam vision*: a vision, a rule or an aim guides, nobody acts (round 116, blind:
    false as "the text names who does it", with the vision as the rewrite's subject)."""
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice" and f.text == "styrs"]
    assert ("säger vad som ligger bakom" in finding.message) is guided
    assert (finding.suggestion is None) is guided


@pytest.mark.parametrize(
    ("text", "flagged", "what"),
    [
        ("Tjänstgöringen får ersättas av en kortare handledd utbildning.", "ersättas", "ersätter det"),
        ("Reformerna har inte föregåtts av tillräckligt utförliga konsekvensutredningar.", "föregåtts", "kommer före"),
    ],
)
def test_what_replaces_or_comes_before_is_not_a_doer(text: str, flagged: str, what: str) -> None:
    """*ersättas av en kortare utbildning*, *föregåtts av konsekvensutredningar*: a thing in the av phrase (round
    121, blind: false three times as "the text names who does it")."""
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice" and f.text == flagged]
    assert f"är det som {what}, inte någon som gör något" in finding.message and finding.suggestion is None
    assert "i vilket" not in finding.message  # the event, not the relative clause after it


def test_a_named_replacement_still_acts() -> None:
    [finding] = [f for f in lint_text("Ordföranden ersätts av Anna Berg.").findings if f.rule == "passive-voice"]
    assert "”Anna Berg ersätter ordföranden …”" in (finding.suggestion or "")


@pytest.mark.parametrize(
    "text",
    [
        "Strategin bör vara bred, då de kritiska råmaterialen kan komma att ändras.",
        # it lapses with time (round 129, blind: false, "no one acting")
        "Personen stannade så länge att beslutet om avlägsnande hann preskriberas.",
        # an event after another (round 130: "accurate but no gain" 7 times of 7 as a note)
        "Ceremonin följs av ett bilateralt möte i vilket ministern deltar.",
        "Den gamla strategin följdes av en ny strategi 2012.",
        "Mötet följs av en presskonferens.",
        # an event that began (round 130, blind: false)
        "Stödet har ökat sedan Rysslands fullskaliga invasion inleddes i februari 2022.",
        # a name (round 126, blind: false, "a naming construction")
        "Samarbetet bygger på en gemensam vision som kallas Vår vision 2030.",
        "Strategin kallas ”Sverige framåt” i texten.",
        "Området kallas Gamla stan.",
        # a comparison or an identity (rounds 98 and 109–115, blind: none right as a note, two false)
        "Antalet brott ökade till 159, vilket kan jämföras med 89 brott under 2022.",
        "Detta ska inte förväxlas med en ny organisationsenhet.",
        # the condition is that it changes, whoever changes it (the rewrite was *Vi ändrar din inkomst*)
        "Om din inkomst ändras måste du meddela oss.",
        "När dina uppgifter ändras får du ett brev.",
        "Du ska anmäla hushållets inkomst varje gång inkomsten ändras.",  # the parse lent it the main clause's *ska*
    ],
)
def test_a_caveat_that_something_may_change_or_a_lapse_is_no_finding(text: str) -> None:
    """*då detta kan komma att ändras*: nobody acts (rounds 119 and 121, blind: false as a passive note)."""
    assert [f for f in lint_text(text).findings if f.rule == "passive-voice"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Till dessa utmärkelser räknas de fyra kungliga riddarordnarna.",  # belongs to (round 130, blind: false)
        "Stiftelsen räknas som en myndighet enligt lagen.",
    ],
)
def test_what_counts_as_what_is_a_relation(text: str) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert "vad som hör till vad" in finding.message and finding.suggestion is None


@pytest.mark.parametrize(
    ("text", "flagged"),
    [("Resultaten ska jämföras varje år.", "jämföras"), ("Resultaten jämförs av nämnden med förra året.", "jämförs")],
)
def test_a_comparison_someone_makes_is_still_a_passive(text: str, flagged: str) -> None:
    assert [f.text for f in lint_text(text).findings if f.rule == "passive-voice"] == [flagged]


def test_a_listing_is_no_relation() -> None:
    [finding] = [f for f in lint_text("Alla kostnader räknas upp i bilagan.").findings if f.rule == "passive-voice"]
    assert "vad som hör till vad" not in finding.message


def test_a_judgement_is_not_named_by_the_clause_above() -> None:
    """*antalet barn som bedöms vara involverade … har tredubblats*: who judges is not the subject of the clause
    above (round 123, blind: false as "the sentence or the one before names who does it")."""
    text = (
        "Barn utnyttjas i den brottslighet som begås av kriminella nätverk. Sedan 2019 har antalet barn under 15 år"
        " som bedöms vara involverade i kriminella verksamheter nästintill tredubblats."
    )
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice" and f.text == "bedöms"]
    assert "säger redan vem" not in finding.message


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("Utmaningarna i yrket har förändrats under de senaste åren.", False),  # changed (round 125, blind: false)
        ("Det ansvar som myndigheterna har i dag behöver förändras.", True),  # someone must change it
    ],
)
def test_what_has_changed_is_no_passive(text: str, finding: bool) -> None:
    assert bool([f for f in lint_text(text).findings if f.rule == "passive-voice"]) is finding


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            "Programmet finansieras både av pengar från fonden och av nationella pengar.",
            "”av pengar …”",  # the phrase goes on, as the note on a cause says too
        ),
        ("Verksamheten finansieras av statliga medel.", "”av statliga medel” är det som betalar det"),
    ],
)
def test_the_money_that_funds_a_thing_is_no_doer(text: str, note: str) -> None:
    """*finansieras av pengar*: round 125, blind: false as "the text names who does it" (*Pengar finansierar …*)."""
    [found] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert note in found.message and "är det som betalar det" in found.message and found.suggestion is None


def test_a_cause_before_the_verb_is_quoted_with_its_av() -> None:
    """*har av Europeiska kommissionen påverkats*: the note quotes the phrase as the text has it, *av* included."""
    text = "Projektet har av Europeiska kommissionen påverkats mycket."
    [found] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert "(”av Europeiska kommissionen”)" in found.message


def test_the_one_who_pays_still_acts() -> None:
    [found] = [f for f in lint_text("Projektet finansieras av kommunen.").findings if f.rule == "passive-voice"]
    assert "”Kommunen finansierar projektet …”" in (found.suggestion or "")


def test_summoned_is_no_name_and_a_cause_leaves_its_relative_clause() -> None:
    """*kallas till möte*: summoned by someone, still a passive; the cause quoted in a note stops before a relative
    clause (*av en gemensam vision*, not *… som kallas Vår vision 2030*)."""
    assert [f.text for f in lint_text("Ledamöterna kallas till möte.").findings] == ["kallas"]
    text = "Samarbetet styrs av en gemensam vision som kallas Vår vision 2030."
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert "(”av en gemensam vision”)" in finding.message


@pytest.mark.parametrize(
    "text", ["Levnadsvillkoren i regionen måste förbättras.", "Levnadsvillkoren förbättras av kommunen."]
)
def test_living_conditions_someone_must_improve_are_a_passive(text: str) -> None:
    """*levnadsvillkoren förbättras* gets better by itself (round 121, blind: false), but after a modal or with an
    agent someone makes it better."""
    assert [f.text for f in lint_text(text).findings if f.rule == "passive-voice"] == ["förbättras"]


@pytest.mark.parametrize(
    "text",
    [
        "Om avgiften ska ändras måste nämnden besluta det.",  # someone decides the change
        "Din adress ändras automatiskt när du flyttar.",  # not a condition: something changes it
    ],
)
def test_a_change_someone_makes_is_still_flagged(text: str) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "passive-voice"]
    assert finding.severity is Severity.WARNING and "ändras" in finding.text


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        # the sentence names who answers for it (a warning and *(Vem?) gör riktlinjen* had asked who)
        ("Förvaltningschef ansvarar för att riktlinjen görs känd inom förvaltningen.", False),
        ("Nämnden ser till att planen följs upp varje år.", False),
        ("Nämnden sörjer för att ärendet utreds.", False),
        # *vi*: the rewrite *Vi behandlar ansökan* is better; a purpose's *för att* answers for nothing
        ("Vi ansvarar för att ansökan behandlas snabbt.", True),
        ("Pengarna räcker för att ansökan ska behandlas snabbt.", True),
    ],
)
def test_a_named_subject_that_answers_for_the_att_clause(text: str, hidden: bool) -> None:
    [finding] = [f for f in lint_text(text, genre="dokument").findings if f.rule == "passive-voice"]
    assert (finding.severity is Severity.WARNING) is hidden
    assert ("ansvarar för det" in finding.message) is not hidden
