"""jargon.tsv and anglicisms.tsv: the source column (added last, so older readers keep working) and new entries."""

from __future__ import annotations

import csv

import pytest

from conftest import lint_text, rule_texts
from klarlint.resources import wordlist_path

SOURCES = {
    "Svarta listan",
    "Myndigheternas skrivregler",
    "Språkrådet",
    "Klarspråkstestet",
    "språkgranskning",
    "kommunal skrivguide",
    "kommunal ordlista",
    "myndighets skrivguide",
    "språkkonsult",
    "TT-språket",
    "ej verifierad",  # no source could be checked: said so, not guessed
}


def kind(source: str) -> str:
    """The kind of source, without where it was seen: "kommunal skrivguide (Malmö stad)" → "kommunal skrivguide"."""
    return source.split(" (", 1)[0]


def rows(name: str = "jargon.tsv") -> list[list[str]]:
    with wordlist_path(name).open(encoding="utf-8", newline="") as handle:
        return [r for r in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")]


def test_header_keeps_the_old_columns_first() -> None:
    assert rows()[0] == ["term", "suggestion", "note", "source", "unless_before", "unless_after"]


def test_every_entry_names_a_known_kind_of_source() -> None:
    sources = [r[3] if len(r) > 3 else "" for r in rows()[1:]]
    assert len(sources) >= 600
    assert all(sources), "every entry says which kind of source backs it (or that none was verified)"
    assert {kind(s) for s in sources} <= SOURCES


def test_the_formal_word_list_names_its_sources_too() -> None:
    """formal_words.tsv (the careful-review list) keeps jargon.tsv's columns, with pos last."""
    listed = rows("formal_words.tsv")
    assert listed[0] == ["term", "suggestion", "note", "source", "unless_before", "unless_after", "pos"]
    assert len(listed) > 10 and all(kind(r[3]) in SOURCES for r in listed[1:])
    # A word is on one list (a warning or a tip), or on both with a context condition on each: a warning in one use
    # and a tip in the other (*möjliggör för X att* is jargon, *möjliggöra innovation* a tip).
    conditioned = {r[0] for r in listed[1:] if any(r[4:6])}
    jargon = {r[0]: r for r in rows()[1:]}
    both = jargon.keys() & {r[0] for r in listed[1:]}
    assert all(word in conditioned and any(jargon[word][4:6]) for word in both), sorted(both)


def test_general_advice_and_unverified_entries_say_so() -> None:
    for row in rows()[1:]:
        source = row[3]
        if "allmänt råd" in source:
            assert source.endswith(")") and kind(source) != "ej verifierad", row[0]
        if kind(source) == "ej verifierad":
            assert source == "ej verifierad" or source.startswith("ej verifierad (uppgiven: "), row[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi behandlar ärendet skyndsamt.", "skyndsamt"),
        ("Samtliga ansökningar ska vara kompletta.", "Samtliga"),
        ("Arbetet sker i linje med regeringens mål.", "i linje med"),
        ("Den befintliga byggnaden rivs inte.", "befintliga"),
        ("Vi ska säkerställa att alla får svar.", "säkerställa att"),
        ("Vi ska säkerställa att försörjningen fungerar.", "säkerställa att"),
        ("Myndigheten ska tillgängliggöra sina data.", "tillgängliggöra"),
        ("Vi hjälper till i största möjliga mån när du ringer.", "i största möjliga mån"),
        # the second round (issue 13): verbs, participles, connectors and phrases
        ("Regeringen avser att bygga fler skolor.", "avser att"),
        ("Arbetet påbörjades i maj.", "påbörjades"),
        ("Vår målsättning är färre fel.", "målsättning"),
        ("Det är av stor vikt att du svarar.", "av stor vikt"),
        ("Avtalet upphör vid utgången av året.", "vid utgången av"),
        # the third round: participles the model does not lemmatise to the listed verb, archaic words,
        # compound verbs with a particle verb beside them, long prepositional phrases, -ande nouns
        ("Den påbörjade uppdateringen av strategin fortsätter.", "påbörjade"),
        ("Metoderna är implementerade i socialtjänsten.", "implementerade"),
        ("Regeringen har länge efterfrågat ett ramverk.", "efterfrågat"),
        ("Skolan är belägen i centrum.", "belägen"),
        ("Obs: Medtag legitimation.", "Medtag"),
        ("Blanketten ska ifyllas och skickas till oss.", "ifyllas"),
        ("Du kan avhämta paketet i receptionen.", "avhämta"),
        ("Ring oss, eljest skickar vi ett brev.", "eljest"),
        ("Vi har städse arbetat för detta.", "städse"),
        ("Reglerna gäller för alla, inbegripet små företag.", "inbegripet"),
        ("Arbetet sker i överensstämmelse med planen.", "i överensstämmelse med"),
        ("Beslutet fattades på föranledande av nämnden.", "på föranledande av"),
        ("Handlingen ska sparas till dess att ärendet är klart.", "till dess att"),
        ("Bidraget betalas ut efter erhållande av kvitto.", "erhållande"),
        ("Polisen anträffade mannen i bilen.", "anträffade"),
        ("Ansökan fick bifall i nämnden.", "bifall"),  # a decision's yes: say ja
        ("Vi diskuterar med utgångspunkt från behovet.", "med utgångspunkt från"),
        ("Avgiften tas ut till täckande av kostnaderna.", "till täckande av"),
        ("Svaret kom med vändande post.", "med vändande post"),
        ("Därpå följer en paus i programmet.", "Därpå"),  # not after a time noun
        ("De tillämpliga reglerna finns på webben.", "tillämpliga"),  # not after direkt
        ("Det är icke tillåtet att röka här.", "icke"),  # not before an adjective in -isk, -lig …
        ("Avgiften ska inbetalas senast i maj.", "inbetalas"),  # the verb, not its participle
        ("Kommunen gör ett tillkännagivande om taxan.", "tillkännagivande"),  # not the Riksdag's
        ("Beloppet fastställs av regeringen.", "fastställs"),  # no plan
        ("Avtalet upphör vid utgången av avtalsperioden.", "vid utgången av"),  # no date
    ],
)
def test_new_entries_are_flagged(text: str, expected: str) -> None:
    assert expected in rule_texts(lint_text(text), "jargon")


@pytest.mark.parametrize(
    "text",
    [
        "Kvinnors företagande ska främjas.",  # företagande is not the verb företa
        "Alla ansökningar ska vara kompletta.",
        "Vi ser till att alla får svar.",
        "Regeringen gav myndigheten ett uppdrag.",  # gav is no archaic giva
        "Hon tog bussen och drog sig hem.",
        "Jag är angelägen om att du får svar.",  # angelägen om: keen on, not important
        # taken off the list after a blind audit of their findings on the corpus (round 17: angelägen 1 of 5
        # judged right, tydliggöra 0 of 4, åstadkomma 1 of 4)
        "Det är angeläget att alla får svar.",
        "Nämnden ska tydliggöra reglerna.",
        "Lagen är ett värn mot godtycke.",  # the noun värn, not the verb
        # moved to formal-word (careful review, off by default) in session 18: blind, intensifiera right 1 of 4,
        # skapa förutsättningar för 4 of 11 as warnings (värna is jargon again since session 45: test_words_s45)
        "Vi vill skapa förutsättningar för fler jobb.",
        "Arbetet intensifieras nu.",
        "Regeringen bedriver ett aktivt arbete mot brott.",
        "Regeringen tar ytterligare ett steg.",
        "Kommunen kan inte själv åstadkomma fler bostäder.",
        "Vi arbetar på ett bättre sätt nu.",
        # moved to formal-word in session 19: no blind reader called one clearly right as a warning (0 of 8)
        "Rådet upphör som egen myndighet.",
        "Hon har tjänstgjort som expeditionschef.",
        "Besöken planeras med hänsyn till målgruppen.",
        "Utredningen förordar det andra alternativet.",
        "I och med att breven är överlämnade kan arbetet börja.",
        "Sverige tog initiativ till arbetsgruppen.",  # rounds 38–42: startade changes the meaning
        "I och med denna skrivelse anser regeringen att rapporten är klar.",  # a government's report to the Riksdag
        # moved to formal-word in session 26 with an object after it (rounds 14–80, blind: right 23 of 54; trygga and
        # garantera seldom fit); before att it stays jargon (46 of 50, se till att)
        "Åtgärderna ska säkerställa god djurhälsa.",
        # words left off the list, or kept quiet by a context condition, because the corpus showed them in
        # a plain or technical use
        "Hon är väl initierad i frågan.",  # initierad: well informed, not started
        "Bolagets verkställande direktör avgår.",  # a title, not the verb verkställa
        "Kommunernas mottagande av nyanlända ska bli bättre.",
        "Aktörerna är väl insatta i regelverket.",
        "Regeringen tillsätter en utredning.",
        "Stödet till utsatta barn ska öka.",
        "Alla ska få en jämlik vård.",
        "Ministrarna undertecknade ett avtal.",
        "Vi ska undanröja gränshinder.",
        "Genomförandet av direktivet tar tid.",
        "Det gör det möjligt att bo kvar hemma.",
        "Anna Svensson yrkar bifall till förslaget.",  # bifall in a meeting's motion: the procedure's term
        "Ordföranden finner bifall till yrkandet.",
        # round 37 (blind: false): an idiom, and EU law's term for a regulation that applies without Swedish law
        "Statsbesöket avslutas dagen därpå, när kungaparet reser hem.",
        "De nya EU-reglerna blir direkt tillämpliga i medlemsstaterna.",
        # icke before an adjective is a prefix (round 39, blind: false)
        "Avfallet kommer från icke kärnteknisk verksamhet.",
        "Vi stöder icke-statliga organisationer.",
        "Arbetsgivare ska redovisa inbetalda socialavgifter.",  # a participle: betala in does not fit (round 43)
        # round 44 (blind: false): a parliamentary term, a treaty's commitment, a pharmacy serving its patients
        "Uppdraget svarar också på ett tillkännagivande från riksdagen.",
        "Genom IHR har avtalsparterna förbundit sig att vidta åtgärder.",
        "Så många patienter som möjligt ska kunna expedieras direkt.",
        # round 45 (blind: false): a road plan's legal approval, a law's exact end date
        "Trafikverket återkommer så snart planerna har fastställts.",
        "Lagen upphör att gälla vid utgången av december 2024.",
        # round 47 (blind: false): after *har* it is the near past, and *snart* would turn it into the future
        "Vi har i närtid sett flera exempel på det.",
        "Har vi i närtid sett några exempel?",
    ],
)
def test_plain_words_are_not_flagged(text: str) -> None:
    assert rule_texts(lint_text(text), "jargon") == []


# --- the fourth round (issue 13): phrases, Latin, archaic words, Latinate verbs, context conditions ---


def test_the_list_has_at_least_900_entries_and_no_term_twice() -> None:
    """A term on two rows is one word in two senses: every row but the last needs a context condition, or the
    matcher would never reach the next (see the header of jargon.tsv)."""
    terms = [(" ".join(r[0].lower().split()), r) for r in rows()[1:]]
    assert len({term for term, _ in terms}) >= 900
    rows_of: dict[str, list[list[str]]] = {}
    for term, row in terms:
        rows_of.setdefault(term, []).append(row)
    for term, same in rows_of.items():
        for row in same[:-1]:
            assert any(cell.strip() for cell in row[4:6]), f"{term} twice, but a row before the last has no condition"


@pytest.mark.parametrize(
    ("text", "expected", "replacement"),
    [
        ("Mot denna bakgrund ger regeringen myndigheten ett uppdrag.", "Mot denna bakgrund", "Därför"),
        ("Som ett led i arbetet startar vi en kurs.", "Som ett led i", "Som en del av"),
        ("Medlen fördelas enligt följande:", "enligt följande", "så här"),
        ("Det faktum att hon kom gladde oss.", "Det faktum att", "Att"),
        ("Han är av den uppfattningen att det går.", "är av den uppfattningen att", "anser att"),
        ("Regeln äger tillämpning här.", "äger tillämpning", "gäller"),
        ("Han har varit i besittning av narkotika.", "varit i besittning av", "haft"),
        ("Hon är i färd med att skriva.", "är i färd med att", "håller på att"),
        ("Vi hanterar pengarna på ett ansvarsfullt sätt.", "på ett ansvarsfullt sätt", "ansvarsfullt"),
        ("Det är i det närmaste klart.", "i det närmaste", "nästan"),
        ("Kvinnor hjälper män och vice versa.", "vice versa", "tvärtom"),
        ("Vi reducerar kostnaderna.", "reducerar", "minskar"),  # not *minska*: min|ska is no compound of ska
        ("Pengarna allokeras till skolan.", "allokeras", "fördelas"),
        ("Regeringen aviserade en satsning.", "aviserade", "meddelade"),
        ("Alla ska efterleva reglerna.", "efterleva", "följa"),
        ("Han tillstod brottet.", "tillstod", "erkände"),
        ("Spörsmålet är svårt.", "Spörsmålet", "Frågan"),
        ("Det är en viktig frågeställning.", "frågeställning", "fråga"),
        ("Vi svarar med det snaraste.", "med det snaraste", "så snart som möjligt"),
        ("Han arbetade där under en period av tre år.", "under en period av", "under"),
        ("Beslutet fattades jämlikt 5 § förvaltningslagen.", "jämlikt", "enligt"),  # the archaic preposition
    ],
)
def test_fourth_round_entries_are_flagged_with_a_replacement(text: str, expected: str, replacement: str) -> None:
    findings = [f for f in lint_text(text).findings if f.rule == "jargon" and f.text == expected]
    assert findings, rule_texts(lint_text(text), "jargon")
    assert findings[0].replacements == (replacement,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deltagande sker i mån av plats.", "i mån av"),  # om det finns plats: the sentence needs rewriting
        ("Vi betalar på grund av att du ringde.", "på grund av att"),  # eftersom does not fit after a noun
        ("Flertalet andra byggnader revs.", "Flertalet"),  # the writer may mean flera, not de flesta
        ("Resultatet är otillfredsställande.", "otillfredsställande"),  # *dålig* would not agree with resultatet
        ("Det är evident att något är fel.", "evident"),
        ("Ersättning utgår med 500 kronor per dag.", "utgår"),
        ("Det sker uteslutande digitalt.", "uteslutande"),
        ("Presidenten åtföljs av ministrar.", "åtföljs"),
        ("Vi följer ovan nämnda regler.", "ovan nämnda"),
        ("Det bör påpekas att vi är nöjda.", "Det bör påpekas att"),
    ],
)
def test_fourth_round_advice_only_entries_give_no_replacement(text: str, expected: str) -> None:
    findings = [f for f in lint_text(text).findings if f.rule == "jargon" and f.text == expected]
    assert findings, rule_texts(lint_text(text), "jargon")
    assert findings[0].replacements == ()


@pytest.mark.parametrize(
    "text",
    [
        "Stödet till efterlevande sambo ökar.",  # efterlevande: the survivors, not the verb efterleva
        "De efterlevande får stöd.",
        "Den avlidnes efterlevande fick besked.",
        "Vi utgår från att du svarar.",  # utgå från: start from, not a payment
        "Uteslutande av medlemmar sker sällan.",  # the noun, not the adverb
        "Han svor eder inför rätten.",  # eder: oaths, not the pronoun
        "Resurserna ska fördelas jämlikt.",  # jämlikt as an adverb: equally, not the preposition
        "Alla ska få en jämlik vård.",
        "Vi hanterar det på ett bättre sätt.",  # a comparative: bättre is not simply bra
        "Per Anger-priset tilldelas personer som gjort särskilda insatser.",  # left off: a normal word for prizes
        "Med partilotterier avses lotterier som säljs av partier.",  # avse alone is left off: intend, concern, define
        "Bidraget är avsett för barn.",
        "Kommunens uppsökande verksamhet når många.",  # uppsöka left off: uppsökande verksamhet is a term
        "Barnet undanhölls från vårdnadshavaren.",  # undanhålla left off: a term in criminal law
        "Mot bakgrund av detta och mot att kliniker får erbjuda IVF har behovet ökat.",  # Därför och … is broken
    ],
)
def test_fourth_round_plain_uses_are_not_flagged(text: str) -> None:
    assert rule_texts(lint_text(text), "jargon") == []


# --- the fifth round (issue 13): words a reviewer marked in whole documents, kept after a blind reading ---


@pytest.mark.parametrize(
    ("text", "expected", "replacement"),
    [
        ("Endast ett fåtal myndigheter har tillgång till registret.", "Endast", "Bara"),
    ],
)
def test_fifth_round_entries_are_flagged_with_a_replacement(text: str, expected: str, replacement: str) -> None:
    findings = [f for f in lint_text(text).findings if f.rule == "jargon" and f.text == expected]
    assert findings, rule_texts(lint_text(text), "jargon")
    assert findings[0].replacements == (replacement,)


def test_moejliggoera_before_foer_or_att_is_jargon_with_a_noun_a_careful_review_tip() -> None:
    """*möjliggör för X att* → *gör det möjligt för X att* (right 11 of 12, blind); with a noun after it the word is
    ordinary Swedish more often than not (*möjliggöra ny kärnkraft*: right 5 of 15), a tip (session 22)."""
    [finding] = [f for f in lint_text("Avtalet möjliggör för kommunerna att samarbeta.").findings if f.rule == "jargon"]
    assert (finding.text, finding.replacements) == ("möjliggör", ("gör det möjligt",))
    assert rule_texts(lint_text("Avtalet möjliggör samarbete."), "jargon") == []
    [tip] = [
        f for f in lint_text("Avtalet möjliggör samarbete.", enable=["formal-word"]).findings if f.rule == "formal-word"
    ]
    assert (tip.text, tip.suggestion, tip.replacements) == ("möjliggör", "gör möjlig / gör det möjligt att", ())


@pytest.mark.parametrize(
    "text",
    [
        "Vi talar med såväl brukare som anhöriga.",  # tried and dropped: three parts or an inner och break both … och
        # därefter: right 6 times of 14 in three blind rounds (the usual connective of a programme), taken off
        "Ministern håller tal. Därefter besöker hon skolan.",
        "Myndigheterna samverkar mot brott.",  # samverka: the authorities' own term, dropped after a blind reading
        "Frågan aktualiseras i kommunerna.",
        "Enheten ska upplysa chefen om beslut.",
    ],
)
def test_fifth_round_words_dropped_after_a_blind_reading_are_not_flagged(text: str) -> None:
    assert rule_texts(lint_text(text), "jargon") == []


# --- anglicisms.tsv: the same source column, and the words added with it ---------------------------


def anglicism_rows() -> list[list[str]]:
    with wordlist_path("anglicisms.tsv").open(encoding="utf-8", newline="") as handle:
        return [r for r in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")]


ANGLICISM_SOURCES = {
    "Språkrådet",
    "kommunal skrivguide",
    "språkkonsult",
    "Regeringskansliet",
    "språkvård",
    "myndighets skrivguide",
    "språkråd i press",
    # as in jargon.tsv: words a language reviewer marked in real texts (session 42: *behöver adresseras*)
    "språkgranskning",
    "ej verifierad",
}


def test_every_anglicism_names_a_known_kind_of_source() -> None:
    table = anglicism_rows()
    assert table[0] == ["term", "suggestion", "note", "source", "unless_before", "unless_after"]
    assert all(4 <= len(r) <= 6 and r[3] for r in table[1:])
    assert {kind(r[3]) for r in table[1:]} <= ANGLICISM_SOURCES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministern bjöd in experter till en hearing om vården.", "hearing"),
        ("Läs vår pressrelease om beslutet.", "pressrelease"),
        ("Svaret finns under FAQ på webbplatsen.", "FAQ"),
        ("Projektet har höga overheadkostnader.", "overheadkostnader"),
        ("Vi samlar in big data om resor.", "big data"),
    ],
)
def test_new_anglicisms_are_flagged(text: str, expected: str) -> None:
    assert expected in rule_texts(lint_text(text), "anglicism")


@pytest.mark.parametrize(
    "text",
    [
        "Ministern bjöd in experter till en utfrågning om vården.",
        "Läs vårt pressmeddelande om beslutet.",
        "Ett gott samarbete ger resultat.",
        "Han hörde inget, hans hörsel är nedsatt.",
    ],
)
def test_swedish_words_are_not_anglicisms(text: str) -> None:
    assert rule_texts(lint_text(text), "anglicism") == []


# --- nominalizations.tsv: a source column after the optional "after" column ------------------------


def test_every_light_verb_pair_names_a_kind_of_source() -> None:
    with wordlist_path("nominalizations.tsv").open(encoding="utf-8", newline="") as handle:
        table = [
            r for r in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")
        ]
    assert table[0] == ["verb", "noun", "suggestion", "after", "source"]
    assert all(len(r) == 5 and r[4] for r in table[1:])
    assert {kind(r[4]) for r in table[1:]} <= {"myndighets skrivguide", "språkvård", "språkgranskning", "ej verifierad"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kommunen genomförde en omröstning om bygget.", "genomförde en omröstning"),
        ("Regelbundna samråd genomförs med länsstyrelserna.", "samråd genomförs"),
        ("Regeringen har fört samtal med industrin.", "fört samtal"),
        ("Myndigheten ska göra de nödvändiga anpassningarna.", "göra de nödvändiga anpassningarna"),
    ],
)
def test_new_light_verb_pairs_are_flagged(text: str, expected: str) -> None:
    assert expected in rule_texts(lint_text(text), "nominalization")


@pytest.mark.parametrize(
    "text",
    [
        "Eleven ska kunna genomföra utbildningen på två år.",  # complete a programme, not educate
        "Företaget får genomföra en klinisk prövning av produkten.",  # a clinical trial is a term
    ],
)
def test_light_verb_pairs_left_off_are_not_flagged(text: str) -> None:
    assert rule_texts(lint_text(text), "nominalization") == []


@pytest.mark.parametrize(
    "text",
    [
        "Skolan är belägen i centrum.",  # som ligger: a clause, not a word for belägen
        "Bidraget betalas ut efter erhållande av kvitto.",  # att få: a clause, not a noun
        "Rapporten är framtagen av Brå.",
    ],
)
def test_words_whose_suggestion_is_a_clause_get_advice_but_no_replacement(text: str) -> None:
    findings = [f for f in lint_text(text).findings if f.rule == "jargon"]
    assert findings
    assert all(f.suggestion and not f.replacements for f in findings)


# --- the second round for anglicisms.tsv and nominalizations.tsv (issue 13): more rows, advice only, left off ----


def test_anglicism_list_grew_and_has_no_term_twice() -> None:
    terms = [" ".join(r[0].lower().split()) for r in anglicism_rows()[1:]]
    assert len(terms) >= 375  # 251 before the second round
    assert len(terms) == len(set(terms))


@pytest.mark.parametrize(
    ("text", "expected", "replacement"),
    [
        ("Vi ska feedbacka på förslaget.", "feedbacka", "återkoppla"),
        ("Statsrådet deltar i ett sidoevent.", "sidoevent", "sidoevenemang"),
        ("Vi arbetar för att förhindra trafficking.", "trafficking", "människohandel"),
        ("Anställda kan jobba remote två dagar.", "remote", "på distans"),
        ("Vi ska bli bättre på gender mainstreaming.", "gender mainstreaming", "jämställdhetsintegrering"),
        ("Projektet är ett proof of concept.", "proof of concept", "konceptbevis"),
        ("Kontakta supporten om du har frågor.", "supporten", "hjälpen"),  # hjälp, not stöd: teknisk support
        ("Vi har en ny approach till frågan.", "approach", "metod"),  # en metod: angreppssätt would be ett
        ("Efter workshopen åt vi lunch.", "workshopen", "arbetsmötet"),  # the definite form has no article to agree
    ],
)
def test_new_anglicisms_are_replaced(text: str, expected: str, replacement: str) -> None:
    findings = [f for f in lint_text(text).findings if f.rule == "anglicism" and f.text == expected]
    assert findings, rule_texts(lint_text(text), "anglicism")
    assert findings[0].replacements == (replacement,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi ordnar en workshop för alla.", "workshop"),  # en arbetsmöte: the suggestion is neuter
        ("Vi vill skapa ett business case för solceller.", "business case"),
        ("Det finns flera use cases för AI.", "use cases"),  # English plurals: the tagger misreads number and case
        ("Han sa att bilen har två airbags.", "airbags"),  # was krockkuddes (read as a genitive)
        ("Kontakta vår helpdesk.", "helpdesk"),
        ("Konferensen livestreamas på webben.", "livestreamas"),
        # a loan the lexicon does not know: its number and definiteness are the tagger's guesses, so only a base
        # form is replaced (eventen was replaced by evenemang, on-boarding by introduktionen, outsourcar by lägga ut)
        ("Vi pratade om eventen.", "eventen"),
        ("Hon outsourcar driften.", "outsourcar"),
        ("Vi streamar mötet.", "streamar"),
    ],
)
def test_anglicisms_whose_suggestion_would_not_fit_give_advice_only(text: str, expected: str) -> None:
    findings = [f for f in lint_text(text).findings if f.rule == "anglicism" and f.text == expected]
    assert findings, rule_texts(lint_text(text), "anglicism")
    assert findings[0].suggestion and findings[0].replacements == ()


@pytest.mark.parametrize(
    "text",
    [
        "Anmäl dig till Business Sweden Forum i maj.",  # names, capitalised mid-sentence
        "Hon talade vid Summit for Democracy i Seoul.",
        "Kommissionen ger stöd genom ASAP (Act in Support for Ammunition Production).",  # asap left off
        "Vårt team arbetar med life science och public service.",  # established loans
    ],
)
def test_names_and_established_loans_are_not_anglicisms(text: str) -> None:
    assert rule_texts(lint_text(text), "anglicism") == []


def test_light_verb_list_grew_and_has_no_pair_twice() -> None:
    with wordlist_path("nominalizations.tsv").open(encoding="utf-8", newline="") as handle:
        pairs = [
            tuple(r[:2])
            for r in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            if r and not r[0].startswith("#")
        ][1:]
    assert len(pairs) >= 250  # 145 before the second round
    assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize(
    ("text", "expected", "verb"),
    [
        ("Ministern gjorde också ett besök på marknaden.", "gjorde också ett besök", "besöka"),
        ("Regeringen har gjort en satsning på läsning.", "gjort en satsning", "satsa"),
        ("Det är värdefullt att ha en diskussion med dem.", "ha en diskussion", "diskutera"),
        ("Vi vill bedriva forskning i världsklass.", "bedriva forskning", "forska"),
        ("Beslutet har direkt påverkan på vården.", "har direkt påverkan", "påverka"),
        ("Vi ska sätta stopp för fusket.", "sätta stopp", "stoppa"),
        ("Vi har nått en överenskommelse om stödet.", "nått en överenskommelse", "komma överens"),
        ("Hon uttryckte en önskan om att träffas.", "uttryckte en önskan", "önska"),
        ("Vi gjorde en kartläggning av behoven.", "gjorde en kartläggning", "kartlägga"),
        ("I år sker en ökning av antalet ärenden.", "sker en ökning", "öka"),
        ("Satsningen leder till en minskning av utsläppen.", "leder till en minskning", "minska"),
        ("Han gjorde ett försök att ringa.", "gjorde ett försök", "försöka"),
    ],
)
def test_new_light_verb_pairs_name_the_verb(text: str, expected: str, verb: str) -> None:
    findings = [f for f in lint_text(text).findings if f.rule == "nominalization" and f.text == expected]
    assert findings, rule_texts(lint_text(text), "nominalization")
    assert f"”{verb}" in (findings[0].suggestion or "")


@pytest.mark.parametrize(
    "text",
    [
        # tried on the corpus and left off: the phrase says more than the verb, or is a fixed expression
        "Lärarna har ett stort ansvar för eleverna.",
        "Stödet ges via FN-organ.",  # stöd as money: stödja would be wrong
        "Regeringen vill föra dialog med kommunerna.",
        "Myndigheten ger besked i maj.",
        "Alla har kunskap om reglerna.",
        "Deltagarna fick ställa frågor till ministern.",
        "Lagen har stor betydelse för företagen.",
        "Vi gör försök med ny teknik.",  # a trial, not an attempt: göra försök only before att
        "Lagen ger ett ändamålsenligt skydd.",
        "Du ska lämna ansökan senast den 1 maj.",  # hand in the form, not apply
        "Regeln ger en varning.",
    ],
)
def test_light_verb_phrases_left_off_are_not_flagged(text: str) -> None:
    assert rule_texts(lint_text(text), "nominalization") == []


def test_a_phrase_whose_meaning_decides_the_plainer_word_is_advice() -> None:
    """*ett sakråd med anledning av rapporten* is about the report, not caused by it (issue 13, judged blind):
    the finding advises, it does not replace."""
    [finding] = [f for f in lint_text("Vi höll ett möte med anledning av rapporten.").findings if f.rule == "jargon"]
    assert finding.text == "med anledning av" and finding.replacements == ()
    assert "ett möte om rapporten" in finding.message


def test_suggestions_keep_the_meaning() -> None:
    """*ta initiativ till* is neither jargon nor a tip; *upphöra* of an agency is *läggas ned*."""
    text = "Regeringen tar initiativ till en översyn. Rådet upphör."
    found = {f.text: f for f in lint_text(text, enable=["formal-word"]).findings}  # upphöra: careful review
    assert "tar initiativ till" not in found  # off both lists since session 19 (rounds 38–42: none of five right)
    assert "läggs ned" in (found["upphör"].suggestion or "")


@pytest.mark.parametrize(
    ("text", "flagged", "suggestion"),
    [
        # värna, värna om: jargon again since session 45, advice in the word's form there (test_words_s45)
        ("Vi skapar förutsättningar för fler jobb.", "skapar förutsättningar för", "underlättar / gör det möjligt att"),
        # äga rum: moved in session 18 (0 of 3 as a warning; its old first word, hända, does not fit a meeting)
        ("Mötet ägde rum i Växjö.", "ägde rum", "hölls / skedde"),
        ("De möten som ägt rum var bra.", "ägt rum", "hållits / skett"),
        # after *har* the tagger reads a participle; it is the supine (round 46, blind: *hållas / ske* was shown)
        ("Statsbesök har tidigare ägt rum 1982 och 2002.", "ägt rum", "hållits / skett"),
        ("Rådet upphör.", "upphör", "slutar / tar slut / läggs ned"),  # a listed passive in the word's tense
        # framhålla: moved in session 20 (rounds 44 and 46: none right, *vill framhålla att* is common Swedish)
        ("Jag vill framhålla att arbetet är viktigt.", "framhålla", "betona / säga"),
        ("Rådet upphörde i maj.", "upphörde", "slutade / tog slut / lades ned"),
        # bidra till en ökad / ökat: moved in session 22 after bidra till ökad (right 1 of 3)
        ("Desinformation bidrar till ett ökat hot.", "bidrar till ett ökat", "öka"),
        # gentemot: moved in session 22 (round 58 and before: right 1 of 6, *mot* can read as against)
        ("Vi har åtaganden gentemot EU.", "gentemot", "mot / till / i förhållande till"),
        # ändamålsenlig, vad gäller, till följd av, tillgodogöra sig …: moved in session 24 (rounds 11–68: right 33
        # of 63, "ordinary Swedish", "an established term lämplig does not replace")
        ("Vi vill veta hur målet mer ändamålsenligt kan följas upp.", "ändamålsenligt", "lämpligt"),
        ("Vi behöver ändamålsenliga lokaler.", "ändamålsenliga", "lämpliga / som fungerar"),
        ("Du kan tillgodogöra dig kursen.", "tillgodogöra dig", "ta till dig / använda"),
        ("Vi samarbetar vad gäller forskning.", "vad gäller", "när det gäller / om"),
        ("Skadan uppstod till följd av stormen.", "till följd av", "på grund av / efter"),
    ],
)
def test_a_careful_review_tip_is_shown_in_the_flagged_word_s_form(text: str, flagged: str, suggestion: str) -> None:
    """formal-word (off by default) fits its suggestions as jargon does; jargon says nothing of these words."""
    assert [f for f in lint_text(text).findings if f.rule in ("jargon", "formal-word")] == []
    [finding] = [f for f in lint_text(text, enable=["formal-word"]).findings if f.rule == "formal-word"]
    assert finding.text == flagged and finding.suggestion == suggestion
    assert f"Ofta går det att skriva enklare: ”{suggestion}”" in finding.message
    assert finding.replacements == ()  # a tip, never a drop-in


@pytest.mark.parametrize(
    ("text", "flagged", "suggestion"),
    [
        ("Beloppet fastställs av regeringen.", "fastställs", "bestäms / beslutas"),  # bestäms, not bestämms
        # a thing comes in, it sends nothing: the entry's note says so (claims re-test s52)
        ("Remissvaren ska ha inkommit i maj.", "inkommit", "kommit in"),
        ("Hon erhöll ett svar.", "erhöll", "fick"),
        ("Tjänsten tillhandahålls av kommunen.", "tillhandahålls", "ges / erbjuds"),  # ges: a strong verb's passive
    ],
)
def test_the_suggestion_is_shown_in_the_flagged_word_s_form(text: str, flagged: str, suggestion: str) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "jargon"]
    assert finding.text == flagged and finding.suggestion == suggestion
    assert f"Skriv hellre ”{suggestion}”" in finding.message


@pytest.mark.parametrize(
    ("text", "flagged", "suggestion"),
    [
        # an -era verb the lexicon does not know is regular: its passive's alternatives take the passive (round 53)
        ("Metoden kan implementeras i verksamheten.", "implementeras", "genomföras / införas"),
        ("Metoden har implementerats.", "implementerats", "genomförts / införts"),
        ("Metoden implementerades 2020.", "implementerades", "genomfördes / infördes"),
        # a passive infinitive the tagger called a present (*säkerställs* is the present; round 67)
        ("Frågan är hur kompetensen kan öka och säkerställas i styrelsen.", "säkerställas", "tryggas / garanteras"),
    ],
)
def test_a_passive_or_a_phrase_gets_alternatives_that_fit_it(text: str, flagged: str, suggestion: str) -> None:
    # säkerställa with an object is formal-word's (careful review) since session 26: it fits its forms as jargon does
    found = lint_text(text, enable=["formal-word"]).findings
    [finding] = [f for f in found if f.rule in ("jargon", "formal-word") and f.text == flagged]
    assert finding.suggestion == suggestion
    assert "passiv form" not in finding.message


def test_a_passive_no_alternative_fits_is_told_to_be_rewritten() -> None:
    """*ska beaktas* → *ta hänsyn till / tänka på* does not drop into the passive (rounds 51 and 66, blind:
    debatable): the message says the sentence needs someone who acts; the active word gets no such note."""
    [passive] = [f for f in lint_text("Efterfrågan ska beaktas i planeringen.").findings if f.rule == "jargon"]
    assert passive.suggestion == "ta hänsyn till / tänka på" and passive.replacements == ()
    assert "passar inte i passiv form: skriv om meningen så att det framgår vem som gör det" in passive.message
    [active] = [f for f in lint_text("Vi ska beakta efterfrågan.").findings if f.rule == "jargon"]
    assert "passiv form" not in active.message
    # a noun the tagger reads as a passive of a made-up verb (*workshopa*) is no passive (*åtföljs* → *bifogas* had
    # been a listed passive alternative; session 42 dropped *bifogas*, itself on the list, and *åtfölja*'s note gives
    # the rewrite: *Flera ministrar följer med presidenten*)
    for text, rule in (("De ska anordna workshops på olika teman.", "anglicism"),):
        [finding] = [f for f in lint_text(text).findings if f.rule == rule]
        assert "passiv form" not in finding.message


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("En reservhamn är av stor betydelse för försvaret.", True),
        ("Det är också av stor betydelse att alla deltar.", True),
        ("Frågan blev av central betydelse för rådet.", True),
        # after a noun the phrase is an attribute *mycket viktig* cannot replace (round 67, blind: debatable)
        ("Det kan vara en insats av stor betydelse för Sverige.", False),
        ("Ett beslut av central betydelse fattades i går.", False),
    ],
)
def test_av_stor_betydelse_is_flagged_after_a_copula_only(text: str, flagged: bool) -> None:
    found = [f.text for f in lint_text(text).findings if f.rule == "jargon" and "betydelse" in f.text]
    assert bool(found) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Vi har utmaningar till följd av att vi tog emot många.",
        "Vi löste uppgiften på ett ändamålsenligt sätt.",
        "Barnen deltar i lägre utsträckning i förskolan.",  # not *i låg utsträckning* by the lemma of *lägre*
        "Vi säkerställer att alla får svar.",  # jargon's säkerställa att, not also formal-word's säkerställa
        "Det säkerställer även att alla får svar.",
    ],
)
def test_a_careful_review_tip_is_not_given_inside_a_jargon_finding(text: str) -> None:
    """A word moved to careful review stays out of the longer jargon phrase around it: two remarks on one phrase
    (noticed in session 24, when *till följd av* and *ändamålsenlig* moved)."""
    found = [f for f in lint_text(text, enable=["formal-word"]).findings if f.rule in ("jargon", "formal-word")]
    assert len(found) == 1, [(f.rule, f.text) for f in found]


def test_a_listed_verb_s_participle_before_its_noun_is_not_flagged() -> None:
    """*tillsatta eller påbörjade AT-tjänster*: the tagger calls the participle a past tense, and *började* in its
    place is not Swedish (round 70, blind: false); the finite past is still flagged."""
    text = "Regionerna redovisar tillsatta eller påbörjade AT-tjänster. Alla påbörjade ärenden avslutas."
    assert rule_texts(lint_text(text), "jargon") == []
    assert rule_texts(lint_text("Vi påbörjade arbetet i maj."), "jargon") == ["påbörjade"]


def test_detsamma_galler_is_the_same_applies() -> None:
    """*Detsamma gäller X* means the same applies, not *det* (round 35, blind: false); *densamma* as *it* is flagged."""
    assert rule_texts(lint_text("Detsamma gäller möjligheten att lokalisera personer."), "jargon") == []
    assert rule_texts(lint_text("Vi fick ansökan och behandlade densamma i maj."), "jargon") == ["densamma"]


@pytest.mark.parametrize(
    ("text", "flagged", "suggestion"),
    [
        # the entry written as the text has it wins over one matched by a lemma (round 40, blind: false)
        ("Barnen deltar i större utsträckning än tidigare.", "i större utsträckning", "mer / oftare"),
        ("Transporterna sker i stor utsträckning med sjöfart.", "i stor utsträckning", "mycket / ofta / till stor del"),
    ],
)
def test_the_entry_in_the_text_s_own_form_wins_over_one_by_lemma(text: str, flagged: str, suggestion: str) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "jargon"]
    assert (finding.text, finding.suggestion) == (flagged, suggestion)


def test_a_set_phrase_keeps_its_noun_s_number() -> None:
    """*i fråga om* is the set phrase; *i frågor om* (questions on a subject) is not (round 65, blind: debatable);
    a verb's phrase and a noun's definiteness still inflect."""
    assert rule_texts(lint_text("Skolverket har ansvar i frågor om digitalisering."), "jargon") == []
    assert rule_texts(lint_text("Vi har ansvar i fråga om digitalisering."), "jargon") == ["i fråga om"]
    assert rule_texts(lint_text("Mot bakgrunden av kraven ändrar vi reglerna."), "jargon") == ["Mot bakgrunden av"]
    assert rule_texts(lint_text("Polisen vidtar åtgärder mot brotten."), "nominalization") == ["vidtar åtgärder"]


def test_a_careful_review_tip_leaves_a_pharmacy_s_patients_alone() -> None:
    """*patienter … ska kunna expedieras* are served at the pharmacy, not sent (rounds 44–45, blind: false)."""
    text = "Så många patienter som möjligt ska kunna expedieras direkt."
    assert [f for f in lint_text(text, enable=["formal-word"]).findings if f.rule == "formal-word"] == []
    [tip] = [f for f in lint_text("Vi expedierar beställningen i dag.", enable=["formal-word"]).findings]
    assert tip.rule == "formal-word" and tip.suggestion == "skickar"


def test_a_concrete_word_is_not_explained() -> None:
    """*konkretiserats* is made concrete, not explained (round 45, blind: false): *förklara* is off the list."""
    [finding] = [f for f in lint_text("Direktiven har konkretiserats i brevet.").findings if f.rule == "jargon"]
    assert "förklara" not in (finding.suggestion or "") and "beskriva närmare" in (finding.suggestion or "")


def test_i_nartid_is_flagged_where_it_means_soon() -> None:
    """The near future keeps its tip; the near past (*har i närtid sett*) is left alone (round 47)."""
    [finding] = [f for f in lint_text("Vi ska i närtid se över reglerna.").findings if f.rule == "jargon"]
    assert finding.text == "i närtid" and finding.suggestion == "snart"


# Suggestions fitted to the sentence (session 21, rounds 46–56, blind): the flagged text, the suggestion shown, and
# the replacement --fix and quick fixes would make (() where the sentence needs rewriting: advice only).
FITTED_SUGGESTIONS = [
    # *bästa* does not fit after *mer* (round 46); the lone adjective keeps it
    ("Vi ska organisera arbetet på ett mer optimalt sätt.", "mer optimalt", "bättre", ()),
    ("Vi valde den optimala lösningen.", "optimala", "bästa / bästa möjliga", ("bästa",)),
    # a law does not *se till*: advice for *garantera att*, no replacement (round 24, debatable twice; fix re-test s48)
    ("Lagen säkerställer att alla får svar.", "säkerställer att", "garanterar att", ()),
    # the subject decides the gender (round 48: *vilket är viktig*); *vilket* is neuter
    ("Vi samverkar, vilket är av vikt för att nå målen.", "av vikt", "viktigt", ("viktigt",)),
    # the subject tells the form (session 49: both forms had been shown as advice, though the parse told the gender)
    ("Det är av stor vikt att du betalar i tid.", "av stor vikt", "mycket viktigt", ("mycket viktigt",)),
    ("Frågan är av stor vikt.", "av stor vikt", "mycket viktig", ("mycket viktig",)),
    ("Reglerna är av vikt för alla.", "av vikt", "viktiga", ("viktiga",)),
    ("Det rör frågor av stor vikt för kommunen.", "av stor vikt", "mycket viktig / mycket viktigt", ()),
    # a present participle before its noun is a relative clause after it (round 48); the verb keeps its form
    (
        "Förslaget innebär att den utbetalande kassan ska kontrollera beslutet.",
        "utbetalande",
        "som betalar ut",
        (),
    ),
    ("Myndigheten utbetalar bidraget i maj.", "utbetalar", "betalar ut", ("betalar ut",)),
    # a passive of påbörja is the intransitive börja's active (round 49: *har börjats*); with an agent, advice only
    ("Utvecklingen av 6G har påbörjats.", "påbörjats", "börjat / startat", ("börjat",)),
    ("Övningen påbörjades den 4 mars.", "påbörjades", "började / startade", ("började",)),
    # after *kan* advice only, as after *får* (session 44: *Bygget kan inte påbörjas förrän …* became *kan inte börja*)
    ("Insatsen kan påbörjas nu.", "påbörjas", "börja / starta", ()),
    ("Arbetet påbörjades av nämnden i maj.", "påbörjades", "börja / starta", ()),
    ("Under 2023 påbörjade regeringen en satsning.", "påbörjade", "började / startade", ("började",)),
    # the same for a deponent-like s-form (round 53)
    ("Den sista delen utgörs av en analys.", "utgörs av", "består av / är", ("består av",)),
    (
        "Lagändringarna föranleds av förslagen i propositionen.",
        "föranleds av",
        "beror på / är en följd av",
        ("beror på",),
    ),
    # a listed adjective's -t form as an adverb takes the alternative's -t form (round 49: false; *ändamålsenligt*,
    # now a careful-review tip, is below); *som vanligt*
    ("Regionbesöket avslutades sedvanligt med ett möte.", "sedvanligt", "som vanligt", ("som vanligt",)),
    ("Vi hade ett sedvanligt möte.", "sedvanligt", "vanligt", ("vanligt",)),
    # *som* after a noun can read as a relative clause's start (round 49)
    ("Vi möter utmaningar såsom stöd till Ukraina.", "såsom", "till exempel / som", ()),
    # after a verb *enligt* is no Swedish (round 50)
    ("Uppdraget ligger i linje med EU:s strategi.", "ligger i linje med", "stämmer med / följer", ("stämmer med",)),
    ("Utfallet är i linje med de svenska målen.", "är i linje med", "stämmer med / följer", ("stämmer med",)),
    ("Arbetet sker i linje med regeringens mål.", "i linje med", "enligt / som stämmer med", ("enligt",)),
    # *hjälpa med* needs *till* (round 51); other alternatives first where the first did not fit (rounds 51–53)
    (
        "Sverige bistår med utbildning av vårdpersonal.",
        "bistår med",
        "hjälper till med / bidrar med",
        ("hjälper till med",),
    ),
    ("Vi ska kontinuerligt utveckla lagstiftningen.", "kontinuerligt", "hela tiden / löpande", ("hela tiden",)),
    ("Vi ska säkra adekvat stöd.", "adekvat", "tillräcklig / lämplig / rätt", ("tillräcklig",)),
    ("Alla inkomna ansökningar behandlas i maj.", "inkomna", "som kommit in", ()),
    ("Projektet är till del finansierat av EU.", "till del", "delvis", ("delvis",)),
    ("Vi ska verka för fler bostäder.", "verka för", "arbeta för", ("arbeta för",)),
    # a passive particle verb keeps its particle after the verb (noticed in session 20)
    ("Gruppens kompetens tillvaratas inte i dag.", "tillvaratas", "tas till vara", ()),
    ("Vi ska tillvarata gruppens kompetens.", "tillvarata", "ta vara på", ("ta vara på",)),
    # a listed *sig* matches every person's reflexive, and the advice takes the text's own (a letter to *du*); the
    # replacement too, as in the third person (session 49: *inställer dig* had only the bare *komma*)
    ("Du ska infinna dig på måndag.", "infinna dig", "komma", ("komma",)),
    ("Vi förvissar oss om att allt stämmer.", "förvissar oss om", "kontrollerar / ser till", ("kontrollerar",)),
    # the entry ends in *om*: *förvissade sig om att* → *kontrollerade att*, not *kontrollerade om att*
    (
        "Han förvissade sig om att dörren var stängd.",
        "förvissade sig om",
        "kontrollerade / såg till",
        ("kontrollerade",),
    ),
    # a noun of the other gender: the words before must change too, so no replacement (rounds 49 and 54)
    ("En av målsättningarna i strategin är tydlig.", "målsättningarna", "målen", ()),
    ("Regeringen har en tydlig målsättning om en ny lag.", "målsättning", "mål", ()),
    ("Mot denna målsättning står kraven.", "målsättning", "mål", ()),
    ("Målsättningen är att paviljongen ska locka besökare.", "Målsättningen", "Målet", ("Målet",)),
    ("Vi ska nå målsättningarna i tid.", "målsättningarna", "målen", ("målen",)),
    ("Det är ett svårt spörsmål.", "spörsmål", "fråga", ()),  # not *ett svårt fråga*
    # an adverb between the verb and the rest of its phrase: the phrase's entry, shown in the verb's form, advice
    # only (rounds 58 and 60: the shorter *i linje med* → *enligt* did not fit)
    # ... with the adverb where it stood (round 62: *stämmer med* dropped *helt*)
    ("Avtalet ligger väl i linje med våra intressen.", "ligger väl i linje med", "stämmer väl med / följer väl", ()),
    # ... and *att* where the alternative needs it (round 67: *planerar därför inom kort ge* is not Swedish)
    ("Regeringen avser därför att ge MSB ett uppdrag.", "avser därför att", "tänker därför / planerar därför att", ()),
    # *i alla fall* means *anyway* (round 62); the lottery law's *spel till förmån för* is left alone (round 62: false)
    ("I samtliga fall misstänks män.", "I samtliga fall", "I alla fallen / Alltid", ("I alla fallen",)),
]


@pytest.mark.parametrize(("text", "flagged", "suggestion", "replacements"), FITTED_SUGGESTIONS)
def test_suggestions_take_the_form_the_sentence_needs(
    text: str, flagged: str, suggestion: str, replacements: tuple[str, ...]
) -> None:
    [finding] = [f for f in lint_text(text).findings if f.rule == "jargon"]
    assert (finding.text, finding.suggestion, finding.replacements) == (flagged, suggestion, replacements)


# Another use of a listed word, or a term, that gets no finding even in careful review (session 21, blind: false)
LEFT_ALONE = [
    "Spelskatt ska betalas vid spel till förmån för partipolitisk verksamhet.",
    # EU sanctions' legal formula (round 58)
    "Sanktionerna innebär förbud mot att tillgängliggöra medel till dem.",
    # *kontinuerligt* after *fortsätta* means without a break (round 58)
    "Det saknas möjligheter att fortsätta arbeta kontinuerligt efter kontraktet.",
    # a government skrivelse's closing formula and the document type; the gender-equality goal's wording (round 48)
    "I och med denna skrivelse anser regeringen att rapporten är slutbehandlad.",
    "Regeringens skrivelse lämnades till riksdagen i maj.",
    "I skrivelsen redogör regeringen för åtgärder som vidtagits.",  # round 69, blind: false (*brevet*)
    "I skrivelsen Barriärer mot brott finns en strategi.",  # a titled skrivelse (round 70, blind: false)
    "Delmålet att mäns våld mot kvinnor ska upphöra gäller.",
    # the law's phrase (round 50); an employment form (round 51)
    "Barnet ska ha en företrädare för att tillgodose barnets bästa.",
    "Vi analyserar kontraktsavslut för kontinuerligt anställda soldater.",
    # an incoming state visit; *komma någon till del* is to reach someone (round 53)
    "Statsbesöket blir det sjunde inkommande statsbesöket från Finland.",
    "Informationen ska komma rätt målgrupp till del.",
    "Nya mediciner måste komma patienterna till del snabbare.",
    # technical terms (round 54)
    "Pressträff när Subventionsbrottsutredningen överlämnar sitt betänkande.",
    "Nu när kreditivbreven är överlämnade kan ambassadörerna börja arbeta.",
    "Grunden kan vara en riskprofil som arbetats fram med hjälp av underrättelser.",
    "Riksdagen har tillkännagett för regeringen att en utvärdering behövs.",
    # a heading that names the document; the financial management authority's term (round 57)
    "Skrivelse om Riksrevisionens rapport om kontrollen av anställningar",
    "Bedömningen bygger på studier som de utbetalande myndigheterna har gjort.",
    # a treaty's obligation; acting on an organisation's behalf (round 56)
    "Genom IHR har avtalsparterna förbundit sig att stärka beredskapen.",
    "Ärendet rör en person som kan tillhöra eller verka för en organisation.",
]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_the_other_use_gets_no_finding_even_in_careful_review(text: str) -> None:
    found = lint_text(text, enable=["formal-word"]).findings
    assert [f.text for f in found if f.rule in ("jargon", "formal-word")] == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Tack för din skrivelse om bygglovet.", "skrivelse"),
        ("Verksamheten ska upphöra i maj.", "upphöra"),
        # moved from jargon in session 21: right none or few times as warnings (rounds 49–51, blind)
        ("Avgiften innefattar porto.", "innefattar"),
        ("Vi ska tillgodose behovet av stöd.", "tillgodose"),
        ("Åtgärden ska bidra till ökad trygghet.", "bidra till ökad"),
        ("Av flera undersökningar framgår att polisen utsätts för hot.", "framgår"),
        ("Förslaget innebär en avsevärd förenkling.", "avsevärd"),
        ("Vi behöver få till stånd en förändring.", "få till stånd"),
    ],
)
def test_careful_review_tips_are_information_and_no_jargon(text: str, flagged: str) -> None:
    assert [f.text for f in lint_text(text).findings if f.rule == "jargon"] == []
    [tip] = [f for f in lint_text(text, enable=["formal-word"]).findings if f.rule == "formal-word"]
    assert tip.text == flagged and tip.severity.value == "info"


def test_a_participle_of_mojliggora_gets_no_verb_replacement() -> None:
    """*insatser som verkar möjliggörande för*: the participle; *göra det möjligt* does not fit it (round 65,
    blind: debatable). The verb before *för* keeps its entry."""
    assert rule_texts(lint_text("Insatser som verkar möjliggörande för ett hållbart byggande."), "jargon") == []
    assert rule_texts(lint_text("Avtalet möjliggör för kommunerna att samarbeta."), "jargon") == ["möjliggör"]


def test_ytterligare_before_a_singular_action_noun_gets_no_tip() -> None:
    """*ytterligare förlängning* is *en förlängning till*: neither *fler*, *mer* nor *till* fits (blind: 0 of 5 right,
    round 87 false); a plural or a mass noun keeps the tip."""
    enable = ["formal-word"]
    assert rule_texts(lint_text("Förslag om ytterligare förlängning av bidraget.", enable=enable), "formal-word") == []
    # an adverb before an article, which the tagger called an adjective (round 88, blind: false)
    adverb = "Det förstärker ytterligare de oseriösa företagens inflytande."
    assert rule_texts(lint_text(adverb, enable=enable), "formal-word") == []
    last = "Med avtalet höjer vi ambitionerna ytterligare."  # an adverb last in its clause (round 93, blind: false)
    assert rule_texts(lint_text(last, enable=enable), "formal-word") == []
    # an adverb before an infinitive, which the tagger called an adjective (round 103, blind: false)
    verb = "Vi kan sprida kunskapen och ytterligare stärka kvaliteten."
    assert rule_texts(lint_text(verb, enable=enable), "formal-word") == []
    krafttag = "Vi behöver ta ytterligare krafttag mot våldet."  # a set phrase (round 106, blind: false)
    assert rule_texts(lint_text(krafttag, enable=enable), "formal-word") == []
    idiom = "Yttrandefriheten inskränks inte i ytterligare mån."  # a set phrase (round 94, blind: false)
    assert rule_texts(lint_text(idiom, enable=enable), "formal-word") == []
    for text in ("Vi gör ytterligare förlängningar av bidraget.", "Vi behöver ytterligare information."):
        assert rule_texts(lint_text(text, enable=enable), "formal-word") == ["ytterligare"]


def test_bedriva_before_an_action_noun_is_left_to_nominalization() -> None:
    """*bedriva forskning*: nominalization offers *forska*, and formal-word's *driva / arbeta med / ha* did not fit
    (blind, three times of three); one remark on the words, not two. Other objects keep the tip."""
    found = lint_text("Vi bedriver forskning i världsklass.", enable=["formal-word"]).findings
    assert [(f.rule, f.text) for f in found if f.rule in ("formal-word", "nominalization")] == [
        ("nominalization", "bedriver forskning")
    ]
    assert rule_texts(lint_text("Vi bedriver en aktiv politik.", enable=["formal-word"]), "formal-word") == ["bedriver"]
    # *bedriva jakt* is *jaga* (round 114, blind: false as a formal-word tip with *driva / arbeta med / ha*)
    found = lint_text("Jägarna bedriver jakt på vildsvin.", enable=["formal-word"]).findings
    assert [(f.rule, f.text, f.suggestion) for f in found if f.rule in ("formal-word", "nominalization")] == [
        ("nominalization", "bedriver jakt", "Skriv med verbet ”jaga”")
    ]


@pytest.mark.parametrize(
    "text", ["Myndigheten ska bedriva tillsyn över apoteken.", "Det är viktigt att den tillsyn som bedrivs fungerar."]
)
def test_bedriva_tillsyn_is_the_authorities_set_phrase(text: str) -> None:
    """*driva tillsyn* is no Swedish (round 102, blind: false)."""
    assert rule_texts(lint_text(text, enable=["formal-word"]), "formal-word") == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Varje del redovisas inom respektive myndighet.", True),
        ("Respektive kommun ska redovisa.", True),
        ("De beskrev sina respektive verksamheter.", False),  # round 109: "sina varje verksamheter"
        ("Kontakta respektive pressekreterare.", False),  # round 109: "varje" is every one, not the one concerned
        ("Vi har det i respektive länder.", False),  # a plural: "i varje länder"
        ("Uppdragen ska redovisas i juni 2024 respektive februari 2025.", False),
        ("Parkerna ligger i Västerhavet respektive Östersjön.", False),
        ("Planerna gäller väg- respektive järnvägsplaner.", False),
        ("Formaten (N5) respektive (NB8) möts.", False),
    ],
)
def test_respektive_gets_the_tip_as_a_determiner_not_between_two_words(text: str, flagged: bool) -> None:
    """*i respektive kommun* is *i varje kommun*; *X respektive Y* pairs each with its own, and no plainer word
    says so (*och* loses it): judged blind false four times and debatable six of 19 (rounds 31–107). Not where
    *varje* would not fit (round 109, blind: false three times)."""
    found = rule_texts(lint_text(text, enable=["formal-word"]), "formal-word")
    assert found == (["Respektive" if text.startswith("Respektive") else "respektive"] if flagged else [])


def test_framga_meaning_it_was_clear_gets_no_tip() -> None:
    """*framgick det tydligt att*: it was made clear, and *stå / visa* does not fit (round 112, blind: false)."""
    text = "Redan innan resan framgick det tydligt att avdrag skulle göras."
    assert rule_texts(lint_text(text, enable=["formal-word"]), "formal-word") == []
