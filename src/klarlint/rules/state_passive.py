"""``state-passive``: *vara* + perfect participle (*ansökan är avslagen*, *beslutet är fattat*).

Apart from ``passive-voice`` (s- and bli-passive) and at information level: the
construction names a result, not an action, and is often fine, but it hides who
acted just as a passive does. A writer who does not want it turns the rule off.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from klarlint.analysis import Analysis, BlockAnalysis, Token
from klarlint.grammar import (
    STATE_ADJECTIVES,
    VERB_PREFIXES,
    _agent,
    _looks_like_participle,
    full_forms,
    word_past_adverbs,
)
from klarlint.nlp.morphology import VOWELS
from klarlint.passive_clause import PARTICLES
from klarlint.prose import is_label_cell
from klarlint.rules import references
from klarlint.rules.base import RuleFinding, RuleInfo, Severity
from klarlint.rules.passive_voice import READER_PRONOUNS, in_how_question
from klarlint.speech import in_quoted_speech

if TYPE_CHECKING:
    from klarlint.nlp.lemma_lexicon import SortedLexicon

# Adjective endings no participle has: *besvärligt*, *innovativt*, *politiska*.
ADJECTIVE_SUFFIXES = ("lig", "ligt", "liga", "ig", "igt", "iga", "iv", "ivt", "iva", "isk", "iskt", "iska")
# … nor these: *intressant, relevanta, frekvent, uppenbart, hållbara*.
MORE_ADJECTIVE_SUFFIXES = ("ant", "anta", "ent", "enta", "bar", "bart", "bara")
# Definite agent nouns (*avsändaren, mottagarna*) and nouns the tagger reads as participles (*förslaget*).
AGENT_NOUN_ENDINGS = ("aren", "arna")
NOT_PARTICIPLES = frozenset({"förslaget", "förslagen"})
# Last parts of compounds that name a property, not an action (*kravbaserad, avgiftsfinansierad, tvådelat*).
COMPOUND_TAILS = tuple(
    stem + ending
    for stem in ("baser", "relater", "inrikt", "fokuser", "finansier", "etabler", "orienter", "styr", "anpass")
    for ending in ("ad", "at", "ade")
)
DIVIDED = frozenset(number + "del" + ending for number in ("två", "tre", "fyr") for ending in ("ad", "at", "ade"))
# *välbesökt, väletablerat, välkänd*: a property, not an action.
ADJECTIVE_PREFIXES = ("väl",)
VARA_FORMS = frozenset({"är", "var", "varit", "vara", "vore"})
# How every Swedish perfect participle ends (*avslagen, fattat, ställda, skrivna, sydd*). The tagger calls some
# adjectives participles (*är agila*; *varit central* even a present one): without such an ending they are not.
PARTICIPLE_SHAPES = ("d", "t", "da", "ta", "na", "de", "te", "en", "et")
# Participles that have become adjectives for a state or a property: nobody did anything to the subject.
ADJECTIVAL = frozenset(
    {
        "anställd", "anställda", "anställt", "bosatt", "bosatta", "född", "fött", "födda", "gift", "gifta",
        "skild", "skilda", "känd", "känt", "kända", "utbildad", "utbildade", "utbildat", "belägen", "beläget",
        "belägna", "begränsad", "begränsat", "begränsade", "tvungen", "tvunget", "tvungna", "berättigad",
        "berättigade", "berättigat", "avsedd", "avsett", "avsedda", "relaterad", "relaterade", "relaterat",
        "kopplad", "kopplade", "kopplat", "inriktad", "inriktade", "inriktat", "baserad", "baserade", "baserat",
        "fokuserad", "fokuserade", "fokuserat", "organiserad", "organiserade", "specialiserad", "specialiserade",
        "etablerad", "etablerade", "etablerat", "placerad", "placerade", "placerat", "förberedd", "förberedda",
        "beredd", "beredda", "berett", "bekant", "bekanta", "berömd", "berömda", "omgiven", "omgivet", "omgivna",
        "förankrad", "förankrade", "förankrat", "uppvuxen", "uppvuxna", "utvecklad", "avancerad", "avancerade",
        "komplicerad", "komplicerade", "komplicerat", "begåvad", "begåvade", "utsatt", "utsatta", "drabbad",
        "drabbade", "intresserade", "engagerade", "motiverade", "välkommen", "välkomna", "välkommet",
        "förtjust", "övertygad", "övertygade", "övertygat", "fast", "uppbokad", "ansluten", "anslutna",
        "avgörande", "fördelad", "beroende", "förknippad", "förknippade", "förknippat", "förenad", "förenade",
        "förenat", "bunden", "bundet", "bundna", "ämnad", "ämnade", "avlägsen", "nödvändig", "upptagen",
        "upptaget", "upptagna", "sysselsatt", "sysselsatta", "förbjuden", "förbjudet", "förbjudna", "tillåten",
        "tillåtet", "tillåtna", "reglerad", "reglerat", "reglerade", "tillräckligt", "tillräcklig", "tillräckliga",
        "involverad", "involverade", "involverat", "överskuldsatt", "överskuldsatta", "angelägen", "angeläget",
        "angelägna", "insatt", "insatta", "lämpad", "lämpade", "lämpat", "välinformerad", "välinformerade",
        "välinformerat", "medveten", "medvetna", "medvetet", "prioriterad", "prioriterade", "prioriterat",
        "vårdad", "vårdat", "vårdade", "skyddad", "skyddat", "skyddade", "tidsatt", "tidsatta", "villkorad",
        "villkorat", "villkorade", "dömd", "dömt", "dömda", "knuten", "knutet", "knutna", "oskyddad",
        "oskyddade", "belastad", "belastade", "delad", "delade", "delat", "splittrad", "splittrade",
        "fortsatt", "fortsatta", "misstänkt", "misstänkta",
        "sjukskriven", "sjukskrivet", "sjukskrivna", "överrepresenterad", "överrepresenterat",
        "överrepresenterade", "underrepresenterad", "underrepresenterat", "underrepresenterade", "allierad",
        "allierat", "allierade", "ägnad", "ägnat", "ägnade", "komplex", "komplext", "komplexa", "bred", "brett",
        "breda", "förvissad", "förvissade", "förvissat", "rankad", "rankat", "rankade",
        "fördelade", "fördelat", "utrustad", "utrustat", "utrustade", "förlagd", "förlagt", "förlagda",
        "föråldrad", "föråldrat", "föråldrade", "dämpad", "dämpat", "dämpade", "sekretessbelagd",
        "sekretessbelagt", "sekretessbelagda", "restnoterad", "restnoterat", "restnoterade", "krigsplacerad",
        "krigsplacerat", "krigsplacerade", "slutbehandlad", "slutbehandlat", "slutbehandlade",
        "upplåten", "upplåtet", "upplåtna", "störd", "stört", "störda",
        "beväpnad", "beväpnat", "beväpnade", "laddad", "laddat", "laddade", "försedd", "försett", "försedda",
        "förbunden", "förbundet", "förbundna", "inbäddad", "inbäddat", "inbäddade", "exponerad", "exponerat",
        "exponerade", "önskad", "önskat", "önskade",
        "möblerad", "möblerat", "möblerade", "förhindrad", "förhindrat", "förhindrade",
        "utlånad", "utlånat", "utlånade",
        "missfärgad", "missfärgat", "missfärgade", "parkerad", "parkerat", "parkerade", "felparkerad", "felparkerat",
        "felparkerade",
        "avrundad", "avrundat", "avrundade",
        "uppfylld", "uppfyllt", "uppfyllda",
        "försenad", "försenat", "försenade", "befogad", "befogat", "befogade",
        "representerad", "representerat", "representerade",
        # a species' legal status (session 49, county board: *Grågåsen är fredad enligt 3 § jaktlagen*), as *utlånad*
        "fredad", "fredat", "fredade", "ofredad",
        # insured, in social insurance or by a policy (the family re-test s51: *en annan person som är försäkrad i
        # Sverige*): a status the person holds, like *bosatt*; who insured them is no help to the reader
        "försäkrad", "försäkrat", "försäkrade",
        # a finished room (the claims re-test s52: *Om källaren är inredd*): a kind of room, like *möblerad*
        "inredd", "inrett", "inredda",
        # fake goods or papers (customs re-test s53 03: *skäl att misstänka att varorna är förfalskade*): what they
        # are, as *äkta* is; who forged them is what nobody knows
        "förfalskad", "förfalskat", "förfalskade",
    }
)  # fmt: skip
# (session 49, a democracy re-tester: *partier som är representerade i riksdagen*, seats held, a status like
# *överrepresenterad*; nobody acted, and who elected them is no help to the reader.)
# (session 47, an agency's re-tester: *att bussen ofta är försenad*, late, a state; *är befogat att förena
# föreläggandet med vite*, justified, an adjective; nobody acted in either.)
# A thing fitted with something lasting: signs, a connection to a network, a marking, a fence, a surface (session 45,
# a writer's re-tester: *Omledningen är skyltad*, *Om ditt hus är anslutet till kommunens vatten och avlopp*). Who put
# up the signs or connected the house is no help to the reader; the state is the information. Beside *belägen,
# utrustad, försedd, ansluten* above. Not *belyst* (*frågan är belyst*: someone looked into it).
FITTED = frozenset(
    {
        "skyltad", "skyltat", "skyltade", "utskyltad", "utskyltat", "utskyltade", "anslutet", "märkt", "märkta",
        "inhägnad", "inhägnat", "inhägnade", "asfalterad", "asfalterat", "asfalterade",
        # session 49, a county board's re-tester: *väg som är markerad på kartan* (a marking, as *märkt*)
        "markerad", "markerat", "markerade",
    }
)  # fmt: skip
# A state of health, named by what it is, not by who caused it: *Han är hörselskadad*, *Såret är infekterat* (session
# 46, a writer's re-tester). *sjukskriven* is in ADJECTIVAL.
HEALTH = frozenset(
    {
        "funktionsnedsatt", "funktionsnedsatta", "skadad", "skadat", "skadade", "synskadad", "synskadat",
        "synskadade", "hörselskadad", "hörselskadade", "rörelsehindrad", "rörelsehindrade", "förlamad", "förlamat",
        "förlamade", "infekterad", "infekterat", "infekterade", "inflammerad", "inflammerat", "inflammerade",
        "stukad", "stukat", "stukade",
        # protected by a vaccine (customs re-test s53 08: a pet that must *vara vaccinerat mot rabies*): its immunity
        "vaccinerad", "vaccinerat", "vaccinerade",
    }
)  # fmt: skip
# A body's or a person's ability or value reduced or raised by illness: *om arbetsförmågan inte är nedsatt med minst en
# fjärdedel* (a sickness benefit decision; nobody reduced it), *hörseln är nedsatt*, *blodtrycket är förhöjt*. Only
# with such a subject: *Avgiften är nedsatt* was reduced by someone.
ABILITY_STATES = frozenset({"nedsatt", "nedsatta", "förhöjd", "förhöjt", "förhöjda", "försämrad", "försämrat"})
ABILITY_NOUNS = (
    "förmåga", "förmågan", "förmågor", "förmågorna", "hörsel", "hörseln", "funktion", "funktionen",
    "rörlighet", "rörligheten", "kondition", "konditionen", "immunförsvar", "immunförsvaret", "blodtryck",
    "blodtrycket", "hälsa", "hälsan", "minne", "minnet", "känsel", "känseln", "motorik", "motoriken",
    # a value measured in the body or the water, and a risk (the health re-test s51: *att ditt blodsocker var
    # förhöjt*): what the measurement found, nobody raised it
    "socker", "sockret", "kolesterol", "kolesterolet", "puls", "pulsen", "temperatur", "temperaturen", "sänka",
    "sänkan", "blodvärde", "blodvärdet", "blodvärden", "blodvärdena", "levervärde", "levervärdet", "levervärden",
    "levervärdena", "halt", "halten", "halter", "halterna", "risk", "risken",
)  # fmt: skip
# Whole words only: *tillsynen, översynen* end in *synen*; a *värde* may be lowered by someone (*taxeringsvärdet*).
SIGHT = frozenset({"syn", "synen"})
# (session 43, a reviewer: *Av verksamhetsmålen bedöms fem vara helt uppfyllda*, a goal's status in an annual report,
# like *utlånad*; who met it is the report's subject, and the *bedöms* beside it is what hides a doer.)
# (session 42, a web reviewer: *\* Beloppen är avrundade till närmaste 100 000-tal*, a footnote on how the figures are
# shown: nobody needs to know who rounded them.)
# (session 40: *Ledamot som är förhindrad att delta*, unable to come: a state, nobody's act.)
# (session 39: *Lägenheten är möblerad*, a property. *stängd* is not listed: *Kontoret var stängt i går* may hide who
# closed it, though opening hours, *Biblioteket är stängt på midsommarafton*, hide no one; see CLOSED, session 45.)
# (issue 13, the UD treebanks: *balansen är störd*, disturbed, a condition with a cause rather than a doer; session
# 34, the UD findings a blind reader called false: *sjukvårdarna var beväpnade*, *en stämning som redan var laddad*,
# *vara försedd med vatten*, *tillägg som inte är förbundna med krav*, *en grav som var inbäddad i kalkstenen*,
# *urinblåsan är inte direkt exponerad*, *om barnet är önskat*: states and properties, nobody's act. Not *utlämnad*,
# though *ingendera är utlämnad åt den andra* was false: *handlingarna är utlämnade* hides who released them.)
# (session 41: *Du kan reservera medier som är utlånade*, on loan: a status of the book, like *restnoterad*.)
# (session 42, a reviewer: *När vattnet kommer tillbaka kan det vara missfärgat*, nobody discoloured it; *Fordon som
# är parkerade på gatan flyttas*, where they stand: the driver parked, which everyone knows.)
# In a register, with the register or what it records named (*vara registrerad i kommunens föreningsregister*,
# *inskriven hos Arbetsförmedlingen*, *registrerad som arbetssökande*): a status the subject holds, often a
# requirement; nobody's act is hidden (session 41). *Ärendet är registrerat.* alone stays flagged.
IN_A_REGISTER = frozenset(
    {"registrerad", "registrerat", "registrerade", "inskriven", "inskrivet", "inskrivna", "listad", "listat", "listade"}
)
REGISTER_PREPOSITIONS = frozenset({"i", "hos", "som", "på", "vid", "där", "här"})  # *inskriven där*: at the office
# *skriven* in the population register: *om barnen är skrivna på samma adress*, *skriven i kommunen* (the leisure
# re-test s51). Only before an address or a municipality: *Boken är skriven på engelska* was written by someone.
WRITTEN_IN = frozenset({"skriven", "skrivet", "skrivna"})
RESIDENCE_WORDS = ("adress", "kommun")
RESIDENCE_WINDOW = 4
# *SKA vara registrerad för F-skatt*, *registrerad för moms*: the tax status a requirement asks of a supplier (session
# 47, an agency's re-tester). *för* only before a tax: *Ärendet är registrerat för handläggning* stays flagged.
TAX_WORDS = ("skatt", "moms", "arbetsgivar")
# *som inte är undantagen från moms*, *befriad från skatt*: a tax status the law gives (VAT-exempt; the tax re-test
# s50), nobody's act. Only before a tax: *Du är undantagen från kravet* may hide who decided.
TAX_EXEMPT = frozenset(
    stem + ending
    for stem, endings in (("undantag", ("en", "et", "na")), ("befri", ("ad", "at", "ade")))
    for ending in endings
)
# A status an authority grants a person or a body (*Tolken SKA vara auktoriserad av Kammarkollegiet*, session 47, an
# agency's re-tester): the requirement is the status. *Kammarkollegiet ska ha auktoriserat tolken* asks something
# else, so neither the finding nor the advice to make the authority the subject helps.
GRANTED_STATUS = frozenset(
    stem + ending for stem in ("auktoriser", "certifier", "ackrediter", "legitimer") for ending in ("ad", "at", "ade")
)
# *drycken är gjord på havre*, *gjord i trä*: what a thing is made of (session 47). Not *av*, which may name the doer
# (*Bedömningen är gjord av handläggaren*).
MADE_OF = frozenset({"gjord", "gjort", "gjorda"})
MATERIAL_PREPOSITIONS = frozenset({"på", "i"})
# Participles of intransitive verbs: nobody acted on the subject, it went, died or fell asleep itself (session 45, a
# writer's re-tester: *Jag ska vara bortrest i sommar*). The verb as the model's list has it (*avliden: avlida*), or
# a particle + a verb of going whose particle says away or back (*bort|rest, hem|kommen*; not *upp|rest*, erected,
# nor *rest* alone: *Tältet är rest* has a doer). Not *flytta* (*Möblerna är utflyttade* were moved by someone).
INTRANSITIVE_VERBS = frozenset(
    {"avlida", "avsomna", "insomna", "somna", "vakna", "försvinna", "utvandra", "invandra", "emigrera", "immigrera"}
    | {"förfalla", "avvika", "anlända", "insjukna", "tillfriskna", "inkomma", "avresa", "utresa", "hemresa", "dö"}
    | {"bortresa", "bortrest", "utflugen", "utdöd", "omkomma", "ankomma"}
)
GOING_VERBS = frozenset({"resa", "åka", "fara", "flyga", "komma", "springa", "vandra"})
AWAY_PARTICLES = ("tillbaka", "iväg", "bort", "hem", "av", "ut", "in", "om", "ny")  # (*ny|anländ*: newly)
# Closed or locked, of a place, a road or a service, in the present, is its state (opening hours: *lika lång tid som
# badhuset är stängt*, *Biblioteket är stängt på midsommarafton*; session 45, a writer's re-tester): who closed it is
# the owner, whom every reader knows. So is an application round that is closed (*Ansökan är stängd*: no longer
# open). In the past it tells of an occasion, where who closed it and why may be the news (session 39's *Kontoret var
# stängt i går* stays flagged). Of anything else the act is hidden and the rule asks (*Ditt konto är stängt*,
# *Ärendet är stängt*, *Han är avstängd*), and so when the text names the doer (*stängd av polisen*).
CLOSED = frozenset({"stängd", "stängt", "stängda", "avstängd", "avstängt", "avstängda", "låst", "låsta"})
# How the subject's lemma ends when it is a place, a road or a service (*bad|hus, sim|hall, bilväg, e-tjänst*)
PLACE_TAILS = (
    "hus", "hall", "bad", "bibliotek", "kontor", "reception", "väg", "gata", "bro", "tunnel", "led", "spår", "park",
    "skola", "butik", "affär", "entré", "ingång", "museum", "gym", "kyrka", "restaurang", "kafé", "café",
    "mottagning", "central", "apotek", "växel", "tjänst", "webbplats", "portal", "strand", "anläggning", "lokal",
    "station", "hamn", "center", "centrum", "stuga", "toalett", "parkering", "bana", "arena", "torg", "gård",
    "kiosk", "sal", "dörr", "grind", "port", "ansökan", "anmälan", "registrering", "kö", "period",
    # a room of a home during a renovation (session 49, a utility's re-tester: *de veckor då badrummet är avstängt*)
    "rum", "kök", "hiss",
    # a cemetery's buildings (the funeral re-test s52: *Krematoriet i Åsby är stängt 12-23 januari*; the lemma
    # *krematorium* ended in no listed tail, so a plain closing was flagged), and a place (*begravningsplats*)
    "krematorium", "kapell", "plats",
)  # fmt: skip
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
# A lamp that is out or on is in a state the reader reports or sees, most often through a fault (*Tre stolpar … är
# släckta*, a reply to a fault report; writer7's re-test s46): nobody is hidden. Only of lights: *Branden är släckt*
# was put out by someone. With the doer named (*släckt av kommunen*) the rule still asks.
LIGHT_STATES = frozenset({"släckt", "släckta", "nedsläckt", "nedsläckta", "tänd", "tänt", "tända"})
# A place or a line staffed (*driftcentral …, som är bemannad dygnet runt*) and a vehicle taken off or put back on
# the road in the register (*den tid som bilen är avställd*): a status the owner keeps, whom every reader knows
# (session 49, a utility's and a legal re-tester). With the doer named (*bemannad av vakter*) the rule still asks.
HELD_STATES = frozenset(
    {"bemannad", "bemannat", "bemannade", "avställd", "avställt", "avställda", "påställd", "påställt", "påställda"}
    # A property's or a vehicle's status in a loan or a plan (the debt and building re-tests s51: *Om bilen är
    # belånad eller leasad*, *om fastigheten är bebyggd med ett en- eller tvåbostadshus*): what it is, like
    # *utrustad med*; who lent or built is no help to the reader.
    | {"belånad", "belånat", "belånade", "pantsatt", "pantsatta", "intecknad", "intecknat", "intecknade"}
    | {"bebyggd", "bebyggt", "bebyggda", "leasad", "leasat", "leasade"}
)
LIGHT_TAILS = ("lampa", "lykta", "stolpe", "belysning", "ljus", "armatur", "strålkastare", "glödlampa")
# A thing out of order by wear, weather or a fault, named by its state, as *trasig* is (writer7's re-test s46): a
# bulb burnt out, a battery flat, a pipe blocked or frozen, a cellar flooded. Nobody did it, or nobody knows who.
FAULT_STATES = frozenset(
    {
        "utbränd", "utbränt", "utbrända", "urladdad", "urladdat", "urladdade", "igensatt", "igensatta",
        "igenfrusen", "igenfruset", "igenfrusna", "sönderfrusen", "sönderfruset", "sönderfrusna",
        "översvämmad", "översvämmat", "översvämmade", "strömlös", "strömlöst", "strömlösa",
        # worn (the transport re-test s50: *Beläggningen … är sliten och har spår*): wear, nobody's act
        "sliten", "slitet", "slitna", "utsliten", "utslitet", "utslitna", "nersliten", "nerslitet", "nerslitna",
        "nedsliten", "nedslitet", "nedslitna",
    }
)  # fmt: skip
PRESENT_VARA = frozenset({"är", "vara"})
# A participle + the preposition that says what the subject is covered with or suited to: a description of how it
# is, not of what someone did (session 45, a writer's re-tester: *Taket är täckt med solceller*, *en introduktion
# som är anpassad efter dina erfarenheter*). Not after *ska/måste/bör vara*: there it is a requirement, and who must
# meet it is hidden (*informationen ska vara anpassad efter målgruppens behov*, labelled correct on the corpus).
DESCRIBED_WITH = {
    **dict.fromkeys(("täckt", "täckta", "fylld", "fyllt", "fyllda", "märkt", "märkta"), frozenset({"med"})),
    **dict.fromkeys(("klädd", "klätt", "klädda"), frozenset({"med", "i"})),
    **dict.fromkeys(("bevuxen", "bevuxet", "bevuxna", "kantad", "kantat", "kantade"), frozenset({"med", "av"})),
    **dict.fromkeys(("anpassad", "anpassat", "anpassade"), frozenset({"efter", "för", "till"})),
    # where something is found most: *Frånvaron är koncentrerad till måndagar* (session 48, a school re-test)
    **dict.fromkeys(("koncentrerad", "koncentrerat", "koncentrerade"), frozenset({"till", "kring", "runt"})),
    # how a thing is divided and whom a place is for (the re-tests s52: *SFI är indelad i tre studievägar*, *platser
    # som är reserverade för rörelsehindrade*): its structure and its designation, nobody's act
    **dict.fromkeys(("indelad", "indelat", "indelade", "uppdelad", "uppdelat", "uppdelade"), frozenset({"i"})),
    **dict.fromkeys(("reserverad", "reserverat", "reserverade"), frozenset({"för"})),
    # whom a letter or a parcel is for (customs re-test s53 02: *en försändelse som är adresserad till dig*)
    **dict.fromkeys(("adresserad", "adresserat", "adresserade"), frozenset({"till"})),
}
REQUIREMENT_MODALS = frozenset({"ska", "skall", "måste", "bör", "borde", "behöver"})
# Verbs whose participle takes a noun of its own after *vara*: what is given or laid on the subject (*Föreningen är
# beviljad bidrag*, *Bolaget är ålagt vite*) or what it is appointed (*är utsedd bokstavsutredare*, *vald
# ordförande*). Other participles before an indefinite noun that agrees with them describe it (*vilket är godkänt
# betyg*: a passing grade; session 41).
NOUN_TAKING_VERBS = frozenset(
    {"bevilja", "tilldela", "ålägga", "förelägga", "ge", "erbjuda", "tillerkänna", "förvägra", "anvisa", "lova"}
    | {"påföra", "utse", "välja", "utnämna", "förordna", "kora", "döpa", "kalla", "utropa", "anställa", "neka"}
)
MIN_FIRST_PART = 2  # a compound's first part before a participle: *kvinno|dominerade*, *in|planerat*
MIN_PARTICIPLE = 4  # and the participle: shorter endings are forms of some verb by chance
# Longest first: *tillbaka|dragen* before *till|…*.
SEPARABLE_PARTICLES = tuple(sorted(PARTICLES, key=len, reverse=True))
# *de som är satta att skydda oss*: tasked with, an idiom; nobody's act is the point.
IDIOMS_BEFORE_ATT = frozenset({"satt", "satta"})
# *policyn är tänkt som ett stöd*, *är tänkt att vara en mötesplats*: intended as, a set phrase (issue 13).
INTENDED = frozenset({"tänkt", "tänkta"})
# *omprövningen som den är utformad i dag*: "in its present form", a comparison, not an act.
AS_IT_IS = frozenset({"den", "det", "de", "dessa"})


# (issue 13, read on regeringen.se: *utrustade med radar*, *verksamheten är förlagd till Stockholm*, *reglerna är
# föråldrade*, *aktiviteten har varit dämpad*, statuses such as *sekretessbelagt*, *restnoterade*, *krigsplacerade*,
# *rapporten är slutbehandlad*: properties and statuses where nobody's act is hidden; *lokaler som är upplåtna för
# utbildning*, *servicen ska vara företagsanpassad*: a status, a property.)


class StatePassive:
    info = RuleInfo(
        id="state-passive",
        title="Är + particip (tillståndspassiv)",
        severity=Severity.INFO,
        block_local=True,
        summary=(
            "*vara* + perfect participle (*ansökan är avslagen, beslutet är fattat*), which hides who acted like a "
            "passive; not participles that have become adjectives (*anställd, känd, intresserad, nöjd*), negated "
            "ones (*otestad*), a thing fitted with something lasting (*skyltad, ansluten, märkt, utrustad med*), "
            "compounds that name a property (*inkomstprövad, kvinnodominerad*), a participle describing the noun "
            "after it (*vilket är godkänt betyg*), a status (*utlånad*, a seat held: *partier som är representerade "
            "i riksdagen*; *registrerad i* a register; *inskriven där*), a description (*täckt med solceller*, "
            "*anpassad efter dina erfarenheter*, *koncentrerad till måndagar*, *indelad i tre studievägar*, "
            "*reserverad för rörelsehindrade*; not a requirement: *ska vara anpassad*), an intransitive verb's "
            "participle (*bortrest, avliden*), a state of health (*hörselskadad*, "
            "*arbetsförmågan är nedsatt*; not *avgiften är nedsatt*), a place or service closed now (*badhuset är "
            "stängt*; not *kontot är stängt*), a light out or on or a thing out of order (*stolparna är släckta, "
            "lampan är utbränd*; not *branden är släckt*), an adjective (*blöt, försenad, befogad*), a class "
            "(*klassad som känslig*), a design (*byggt för att tåla*), a thing not up to date (*var inte "
            "uppdaterat*) and software up to date (*att appen är uppdaterad*), a person under the influence (*gäster "
            "som var påverkade*), wear (*sliten*), a compound with a linking s (*tidsbegränsad, tidsbegränsat*), a tax "
            "exemption (*undantagen från moms*), a status an authority grants (*auktoriserad, certifierad*; "
            "*registrerad för F-skatt*), a material (*gjord på havre*), nor a page's status line (*Texten är "
            "uppdaterad.*) or a table cell that is a label, nor a structure or designation (*indelad i*, *reserverad "
            "för*), a finished room (*inredd*), a design (*vad den är byggd för*), software up to date, *påverkad*, "
            "fakes (*förfalskad*), *vaccinerad*, *adresserad till*, a hyphen compound judged by its last part "
            "(*id-märkt*) or a predicative noun (*är tillsynsmyndighet*); in "
            "a quotation the message says so. Its own rule so a "
            "writer can turn it off"
        ),
        reference=references.SENTENCES,
        explanation=(
            "”Ansökan är avslagen” och ”beslutet är fattat” beskriver ett resultat. Men precis "
            "som passiv form säger de inte vem som gjorde något. Ofta går det bra. I ett beslut "
            "eller ett brev vill läsaren ändå veta vem som avslog ansökan och vem hen kan vända "
            "sig till. Skriv aktivt när det spelar roll vem som handlade. Regeln ger bara "
            "information; stäng av den om du inte vill ha den."
        ),
        example_before="Din ansökan är avslagen.",
        example_after="Vi har avslagit din ansökan.",
    )

    def check(self, analysis: Analysis, options: Mapping[str, Any]) -> Iterator[RuleFinding]:
        for index, block, block_analysis in analysis.indexed_blocks():
            if is_label_cell(block):
                continue  # *Avslutat* in a table's status column: a value, not a clause
            for token in block_analysis.tokens:
                participle = _participle_after(block_analysis, token)
                if participle is not None:
                    quoted = in_quoted_speech(analysis, index, token.start, participle.end)
                    yield _finding(index, block_analysis, token, participle, quoted)


def _participle_after(block: BlockAnalysis, token: Token) -> Token | None:
    if token.lower not in VARA_FORMS or token.pos not in {"AUX", "VERB"}:
        return None
    candidate = word_past_adverbs(block, token)
    if candidate is None:
        return None
    word, lemma = candidate.lower, candidate.lemma.lower()
    if _adjectival(word, lemma) or _listed_adjective(candidate) or _property_compound(block, candidate):
        return None
    if candidate.pos not in {"ADJ", "VERB", "NOUN"} or candidate.feature("Degree") in {"Cmp", "Sup"}:
        return None
    if not word.endswith(PARTICIPLE_SHAPES) or candidate.tag.startswith("PC|PRS") or _vowel_d(word):
        return None  # *är agila*, *varit central*, *är kärnstöd*: words the tagger took for participles
    noun = candidate.pos == "NOUN" or candidate.tag.startswith("NN")  # *varit ledamot*: the tag knows a noun
    if noun and not _noun_tagged_participle(block, token, candidate):
        return None  # är mediestödet, är översynen: a noun, not a participle the tagger took for one
    if _attributive(block, candidate):
        return None  # *Syftet är stärkt global kompetens*: the participle describes the noun after it
    if _idiom(block, token, candidate) or _in_a_register(block, candidate) or _status_line(block, token, candidate):
        return None
    if _status_or_material(block, candidate):
        return None  # *vara auktoriserad av Kammarkollegiet*, *gjord på havre*
    if _kind_or_design(block, token, candidate):
        return None  # *är klassad som känslig*, *är byggt för att tåla*, *var inte uppdaterat*: what it is
    if _described(block, token, candidate):
        return None  # *Taket är täckt med solceller*: how it is, nobody's act
    if _intransitive(candidate) or _closed_place(block, token, candidate) or _ability_state(block, token, candidate):
        return None  # *Jag ska vara bortrest*, *badhuset är stängt*: nobody acted on the subject
    if _intoxicated(block, candidate):
        return None  # *gäster som var påverkade*: a person's condition
    if _light_state(block, token, candidate) or candidate.lower in HELD_STATES and not _agent(block, candidate):
        return None  # *Tre stolpar är släckta*: lamps out through a fault; *bilen är avställd*: a held status
    # A supine cannot follow *vara* (*var stängt* is the neuter participle the tagger took for a supine).
    participle = candidate.feature("VerbForm") == "Part" and candidate.feature("Tense") != "Pres"
    participle = participle or candidate.pos == "VERB" and candidate.feature("VerbForm") == "Sup"
    return candidate if participle or _looks_like_participle(candidate) else None


def _vowel_d(word: str) -> bool:
    """A vowel + d other than *-ad* ends no participle (*ställd, sydd, kallad*; but *stöd, död, tid*), nor a vowel +
    t other than *-at, -et* (*målat, skrivet, köpt, sått*; but *blöt, söt, våt*: session 47, *om snön är blöt*)."""
    if len(word) <= 2:
        return False
    return word[-1] == "d" and word[-2] in "eiouyåäö" or word[-1] == "t" and word[-2] in "iouyåäö"


def _adjectival(word: str, lemma: str) -> bool:
    """A participle that has become an adjective, also as the last part of a compound (*kravbaserad*,
    *tvådelat*), or a word with an adjective's ending or prefix (*intressanta*, *välbesökta*). A compound with a
    hyphen by its last part (customs re-test s53 08: *vara id-märkt med ett chip*, as *märkt* is)."""
    if {word, lemma} & (ADJECTIVAL | STATE_ADJECTIVES) or word in NOT_PARTICIPLES | DIVIDED | FITTED | HEALTH:
        return True
    if "-" in word.strip("-"):
        last = word.rsplit("-", 1)[1]
        return _adjectival(last, last)
    if word in FAULT_STATES:
        return True  # *Lampan är utbränd*: out of order, as *trasig*
    if word.endswith(("ande", "ende") + ADJECTIVE_SUFFIXES + MORE_ADJECTIVE_SUFFIXES):
        return True
    if word.startswith(ADJECTIVE_PREFIXES) and len(word) > 6:
        return True
    return any(word.endswith(tail) and len(word) - len(tail) >= 3 for tail in COMPOUND_TAILS)


def _listed_adjective(candidate: Token) -> bool:
    """A word the model's full-form list has as an adjective of its own, not as a form of a verb: *inblandad,
    förlegad, mantalsskriven*, and the negated *oförändrad, ointresserad* (no verb *oförändra*), where nobody's
    act is hidden; *stängd* and *avslutad* are listed under *stänga* and *avsluta*. Only when the tagger also
    takes the word for an adjective with that lemma: the list has some verbs' participles as adjectives too
    (*fattad*, from *Beslutet är fattat*). An *o-* word whose rest is a verb's participle (*otestade*,
    *outredda*) is a negated participle too."""
    forms = full_forms()
    if forms is None:
        return False
    word, lemma = candidate.lower, candidate.lemma.lower()
    own = candidate.pos == "ADJ" and lemma[-1:] not in VOWELS and forms.get(lemma) == lemma
    return (
        (own and not _particle_verb_participle(word, forms)) or _negated_participle(word, forms) or _weak_t(word, forms)
    )


def _weak_t(word: str, forms: SortedLexicon) -> bool:
    """A word in consonant + *t* that the list gives a weak form in *-e* of its own (*den tyste, den trötte*): an
    adjective (*tyst, trött, mätt, kort*), whatever the tagger says (the environment re-test s51: *att den är tyst*
    was read as a participle of *tysta*, whose participle is *tystad*). A verb's participle in *-t* has no such form
    (*köpt, läst, stängt*: *köpte, läste* are the verb's past), unless the list has it as an adjective too: then
    the word without its *t* must be no verb's stem (*täck|t: täcka*, *blås|t: blåsa*; any listed word in *-a*, as
    the list gives some verbs an odd lemma)."""
    if len(word) <= 3 or word[-1] != "t" or word[-2] in VOWELS or forms.get(word + "e") != word:
        return False
    return forms.get(word[:-1] + "a") is None


def _negated_participle(word: str, forms: SortedLexicon) -> bool:
    """*o-* + a verb's participle (*otestade, obemannad*): no verb *otesta* exists, so nobody's act is hidden.
    Whatever the tagger says (it calls *obemannad* a noun), unless the list has the word under a verb (*oroad*)."""
    if not word.startswith("o") or not _verb_lemma(forms.get(word[1:])):
        return False
    return not _verb_lemma(forms.get(word))


def _property_compound(block: BlockAnalysis, candidate: Token) -> bool:
    """A compound the list does not have whose first part is a word, not a verb's prefix, before a verb's
    participle: *kvinno|dominerade, inkomst|prövad, svår|behandlat*. The first part gives the doer, the means or
    the manner, and the whole names a property (as *avgiftsfinansierad*). A particle verb's participle
    (*in|planerat, ut|fasat*) stays a participle, and so does a compound whose doer the text names after *av*
    (*varit terroriststämplat av EU*: the first part was no doer)."""
    forms = full_forms()
    word = candidate.lower
    if forms is None or not word.isalpha():
        return False
    if forms.get(word) is not None:
        return _linked_compound(word, forms) and not _agent(block, candidate)
    return _first_part_is_a_word(word, forms) and not _agent(block, candidate)


def _linked_compound(word: str, forms: SortedLexicon) -> bool:
    """A listed compound whose first part is a noun with the linking *-s* before a verb's participle: *tids|begränsad*
    (the university re-test s50: *Anställningen … är tidsbegränsad*, a property like *inkomstprövad*). The list has it
    as a verb's (*tidsbegränsa*); the linking *s* says the first part is a noun, which names how, not who."""
    for start in range(MIN_FIRST_PART + 1, len(word) - MIN_PARTICIPLE + 1):
        first, rest = word[: start - 1], word[start:]
        if word[start - 1] == "s" and _verb_form(rest, forms):
            noun = forms.get(first)
            return noun is not None and not _verb_lemma(noun) and first not in VERB_PREFIXES
    return False


def _verb_form(word: str, forms: SortedLexicon) -> bool:
    """A verb's form, also a neuter or plural participle the list has under its common-gender adjective
    (*begränsat: begränsad: begränsa*; the integration re-test s50: *Hyreskontraktet är tidsbegränsat*)."""
    lemma = forms.get(word)
    return _verb_lemma(lemma) or lemma is not None and lemma != word and _verb_lemma(forms.get(lemma))


def _first_part_is_a_word(word: str, forms: SortedLexicon) -> bool:
    """The longest last part that is a verb's form, and before it something other than a verb's prefix."""
    for start in range(MIN_FIRST_PART, len(word) - MIN_PARTICIPLE + 1):
        if _verb_lemma(forms.get(word[start:])):
            return word[:start] not in VERB_PREFIXES
    return False


def _particle_verb_participle(word: str, forms: SortedLexicon) -> bool:
    """A particle + a verb's participle (*upp|sagd*: *säga upp*) that the list has as an adjective only because
    it lists no split verbs: *Han är uppsagd* hides the employer. Not when the list also has the joined verb and
    still gives the participle a lemma of its own (*inblandad* beside *inblanda*): that is an adjective."""
    for particle in SEPARABLE_PARTICLES:
        verb = forms.get(word[len(particle) :]) if word.startswith(particle) else None
        if verb is not None and _verb_lemma(verb):
            return forms.get(particle + verb) is None
    return False


def _verb_lemma(lemma: str | None) -> bool:
    """A Swedish verb's lemma (its infinitive) ends in a vowel: *stänga, förändra, bo*; an adjective's does not."""
    return lemma is not None and lemma[-1:] in VOWELS


def _idiom(block: BlockAnalysis, vara: Token, candidate: Token) -> bool:
    """*är satta att skydda* (tasked with), *är tänkt som* (intended as) and *som den är utformad i dag* (as it
    stands): set phrases."""
    after = block.token_after(candidate)
    if candidate.lower in IDIOMS_BEFORE_ATT and after is not None and after.lower == "att":
        return True
    if candidate.lower in INTENDED and after is not None and after.lower in ("att", "som"):
        return True
    before = block.tokens[vara.i - 2 : vara.i]
    # *målgruppen som den är riktad till.*: a preposition with nothing after it ends a relative clause
    beyond = block.tokens[candidate.i + 2] if candidate.i + 2 < len(block.tokens) else None
    stranded = (
        after is not None and after.pos == "ADP" and (beyond is None or beyond.pos in ("PUNCT", "CCONJ", "SCONJ"))
    )
    return len(before) == 2 and before[0].lower == "som" and before[1].lower in AS_IT_IS and not stranded


# A page's status line: *Texten är uppdaterad.*, *Informationen är uppdaterad den 3 maj 2024.* (session 42, the site
# tester: flagged on a page's status line, where who updated it is no matter). Only these subjects, the sentence
# opening with them: *Din ansökan är uppdaterad* still asks who did it.
STATUS_SUBJECTS = frozenset({"text", "sida", "webbsida", "information", "innehåll", "artikel", "uppgift"})
STATUS_PARTICIPLES = frozenset({"uppdaterad", "uppdaterat", "uppdaterade"})
# Software and the devices it runs on, up to date (the registry re-test s52: *kontrollera först att din BankID-app är
# uppdaterad*): a state the reader checks, like *var inte uppdaterat*. *Registret är uppdaterat* still asks who did it.
SOFTWARE_TAILS = ("app", "program", "webbläsare", "dator", "telefon", "mobil", "platta", "operativsystem")
# Under the influence (the permits re-test s52: *vi såg inga gäster som var påverkade*): a person's condition, as a
# state of health is. Bare or with a drug as the cause; *påverkad av beslutet* names a cause the rule asks about.
INTOXICATED = frozenset({"påverkad", "påverkat", "påverkade"})
DRUGS = ("alkohol", "drog", "narkotika", "berusningsmedel", "läkemedel")


def _status_line(block: BlockAnalysis, vara: Token, candidate: Token) -> bool:
    """*Texten är uppdaterad.*: a sentence of a definite page noun, *är* and *uppdaterad*, then at most a date (no *av*
    phrase: *Texten är uppdaterad av oss* names a doer and is left to the rule)."""
    if candidate.lower not in STATUS_PARTICIPLES or vara.i == 0:
        return False
    subject = block.tokens[vara.i - 1]
    if subject.lemma.lower() not in STATUS_SUBJECTS or subject.feature("Definite") != "Def":
        return False
    sentence = next((s for s in block.sentences if s.start <= vara.i < s.end), None)
    if sentence is None or sentence.start != subject.i:
        return False  # *Vi vet att texten är uppdaterad*: not a status line
    rest = block.tokens[candidate.i + 1 : sentence.end]
    return all(t.pos in {"NUM", "PUNCT"} or t.lower in DATE_WORDS for t in rest)


DATE_WORDS = frozenset(
    str.split("januari februari mars april maj juni juli augusti september oktober november december den senast")
)


def _attributive(block: BlockAnalysis, candidate: Token) -> bool:
    """The participle (and an adjective) describe the noun after them: *Syftet är stärkt global kompetens*, *vilket är
    godkänt betyg i Matematik 1a*, an indefinite noun whose gender and number the participle agrees with. Not a verb
    whose participle takes a noun of its own (*är utsedd bokstavsutredare*, *är beviljad bidrag*): a state passive."""
    following = block.tokens[candidate.i + 1 : candidate.i + 3]
    if (
        len(following) == 2
        and following[0].pos == "ADJ"
        and following[1].pos == "NOUN"
        and following[1].feature("Definite") == "Ind"
    ):
        return True
    if not following or following[0].pos != "NOUN" or following[0].feature("Definite") != "Ind":
        return False
    forms = full_forms()
    lemmas = {candidate.lemma.lower(), forms.get(candidate.lower) if forms is not None else None}
    return not lemmas & NOUN_TAKING_VERBS and _agrees(candidate, following[0])  # (*utsedd*: the tagger's lemma)


def _agrees(participle: Token, noun: Token) -> bool:
    """The participle's number and gender are the noun's: *godkänt betyg*, *godkänd nivå*, *godkända betyg*."""
    if participle.feature("Number") == "Plur" or participle.lower.endswith(("a", "e")):
        return noun.feature("Number") == "Plur"
    gender = "Neut" if participle.lower.endswith("t") else "Com"
    return noun.feature("Number") == "Sing" and noun.feature("Gender") == gender


def _in_a_register(block: BlockAnalysis, candidate: Token) -> bool:
    """*vara registrerad i kommunens föreningsregister*, *registrerad för F-skatt*: a status in a register (see
    IN_A_REGISTER and TAX_WORDS)."""
    after = block.token_after(candidate)
    if candidate.lower in WRITTEN_IN and after is not None and after.lower in ("på", "i"):
        return any(t.lower.startswith(RESIDENCE_WORDS) for t in block.words_after(after.i, RESIDENCE_WINDOW))
    if candidate.lower not in IN_A_REGISTER or after is None:
        return False
    if after.lower == "för":
        tax = block.token_after(after)
        return tax is not None and any(word in tax.lower for word in TAX_WORDS)
    return after.lower in REGISTER_PREPOSITIONS


def _status_or_material(block: BlockAnalysis, candidate: Token) -> bool:
    """*vara auktoriserad av Kammarkollegiet* (a granted status, see GRANTED_STATUS) and *gjord på havre* (a material,
    see MADE_OF): nobody's act is hidden."""
    if candidate.lower in GRANTED_STATUS:
        return True
    after = block.token_after(candidate)
    if candidate.lower in TAX_EXEMPT and after is not None and after.lower == "från":
        tax = block.token_after(after)
        return tax is not None and any(word in tax.lower for word in TAX_WORDS)
    return candidate.lower in MADE_OF and after is not None and after.lower in MATERIAL_PREPOSITIONS


# Verbs of making whose participle before *för att* says what a thing is made to do (the defence re-test s50: *ett
# garage … som inte är byggt för att tåla en direktträff*): its design, a property. Not *uppdaterad för att visa*.
MAKING_VERBS = frozenset({"bygga", "konstruera", "tillverka", "designa", "utforma", "göra", "dimensionera"})
NEGATIONS = frozenset({"inte", "ej", "icke", "aldrig"})


def _kind_or_design(block: BlockAnalysis, vara: Token, candidate: Token) -> bool:
    """Participles read as adjectives (the re-tests s50), with no doer named: a class the subject is in (*Informationen
    är klassad som känslig*: a participle + *som* + an adjective), a design (*är byggt för att tåla*, see
    MAKING_VERBS) and a thing not up to date (*Egenkontrollprogrammet var inte uppdaterat*: nobody acted at all;
    *Registret är uppdaterat* still asks who did it)."""
    if _agent(block, candidate):
        return False
    after = block.words_after(candidate.i, 2)
    if len(after) == 2 and after[0].lower == "som" and after[1].pos == "ADJ":
        return True
    forms = full_forms()
    lemmas = {candidate.lemma.lower(), forms.get(candidate.lower) if forms is not None else None}
    if lemmas & MAKING_VERBS and after and after[0].lower == "för" and _purpose_follows(block, after[0]):
        return True
    between = block.tokens[vara.i + 1 : candidate.i]
    if candidate.lower in STATUS_PARTICIPLES and any(t.lower in NEGATIONS for t in between):
        return True
    subjects = _subjects(block, vara, candidate)
    return candidate.lower in STATUS_PARTICIPLES and any(t.lemma.lower().endswith(SOFTWARE_TAILS) for t in subjects)


def _purpose_follows(block: BlockAnalysis, for_token: Token) -> bool:
    """*för att tåla*, or a stranded *för* that ends the clause (the claims re-test s52: *större än vad ledningarna är
    byggda för*): what the thing is made for. Not *byggt för pengarna* (a price or a client)."""
    after = block.token_after(for_token)
    return after is None or after.lower == "att" or after.pos in {"PUNCT", "CCONJ", "SCONJ"}


def _intoxicated(block: BlockAnalysis, candidate: Token) -> bool:
    """*gäster som var påverkade*, *påverkad av alkohol*: a person's condition (see INTOXICATED)."""
    if candidate.lower not in INTOXICATED:
        return False
    after = block.token_after(candidate)
    if after is None or after.lower != "av":
        return True
    cause = block.token_after(after)
    return cause is not None and cause.lower.startswith(DRUGS)


def _described(block: BlockAnalysis, vara: Token, candidate: Token) -> bool:
    """*är täckt med solceller*, *är anpassad efter dina erfarenheter*: a description (see DESCRIBED_WITH), unless a
    modal makes it a requirement (*ska vara anpassad efter kunderna*: who adapts it is hidden)."""
    after = block.token_after(candidate)
    if after is None or after.lower not in DESCRIBED_WITH.get(candidate.lower, ()):
        return False
    before = block.tokens[max(0, vara.i - 3) : vara.i]
    return not (vara.lower == "vara" and any(t.lower in REQUIREMENT_MODALS for t in before))


def _intransitive(candidate: Token) -> bool:
    """A participle of an intransitive verb (see INTRANSITIVE_VERBS): *avliden, försvunnen, upp|vaknad, bort|rest*."""
    forms = full_forms()
    word = candidate.lower
    lemmas = {candidate.lemma.lower(), forms.get(word) if forms is not None else None}
    if lemmas & INTRANSITIVE_VERBS:
        return True
    if forms is None:
        return False
    for particle in (*SEPARABLE_PARTICLES, "ny"):
        rest = forms.get(word[len(particle) :]) if word.startswith(particle) else None
        if rest in INTRANSITIVE_VERBS or rest in GOING_VERBS and particle in AWAY_PARTICLES:
            return True  # *upp|vaknad*; *bort|rest* but not *upp|rest*
    return False


def _ability_state(block: BlockAnalysis, vara: Token, candidate: Token) -> bool:
    """*arbetsförmågan är nedsatt*, *blodtrycket är förhöjt*: an ability or a value that illness changed (see
    ABILITY_STATES), as the subject of the participle or of *vara*."""
    if candidate.lower not in ABILITY_STATES:
        return False
    children = [*block.children(vara), *block.children(candidate)]
    subjects = [t for t in children if t.dep.startswith("nsubj")]
    return any(t.lower.endswith(ABILITY_NOUNS) or t.lower in SIGHT for t in subjects)


def _closed_place(block: BlockAnalysis, vara: Token, candidate: Token) -> bool:
    """*Badhuset är stängt*: a place, a road or a service closed now, with no doer named (see CLOSED)."""
    if candidate.lower not in CLOSED or vara.lower not in PRESENT_VARA or _agent(block, candidate):
        return False
    return any(t.pos == "NOUN" and _noun_lemma(t).endswith(PLACE_TAILS) for t in _subjects(block, vara, candidate))


def _light_state(block: BlockAnalysis, vara: Token, candidate: Token) -> bool:
    """*Gatlyktan är släckt*, *stolparna är tända*: a light out or on, with no doer named (see LIGHT_STATES)."""
    if candidate.lower not in LIGHT_STATES or _agent(block, candidate):
        return False
    return any(t.pos == "NOUN" and _noun_lemma(t).endswith(LIGHT_TAILS) for t in _subjects(block, vara, candidate))


def _noun_lemma(token: Token) -> str:
    """The tagger's lemma, or where it gave the word back unchanged (the housing re-test s52: *Områdeskontoren*), the
    word's longest last part the model's full-form list has, with that part's lemma (*områdes|kontor*)."""
    lemma, word = token.lemma.lower(), token.lower
    forms = full_forms()
    if lemma != word or forms is None or forms.get(word) is not None:
        return lemma
    for start in range(MIN_FIRST_PART, len(word) - 2):
        part = forms.get(word[start:])
        if part is not None:
            return word[:start] + part
    return lemma


def _subjects(block: BlockAnalysis, vara: Token, candidate: Token) -> list[Token]:
    """The subject of the participle or of *vara*, else the noun right before *vara* (*som badhuset är stängt*: the
    parse may hang it elsewhere)."""
    subjects = [t for t in block.children(candidate) + block.children(vara) if t.dep in SUBJECT_DEPS]
    before = block.tokens[vara.i - 1] if vara.i > 0 else None
    if not subjects and before is not None and before.pos in {"NOUN", "PROPN"}:
        subjects = [before]
        # *Om flera lampor i rad är släckta* (the streets re-test s52: in the page's parse *lampor* hung elsewhere
        # and the noun before *är* was *rad*): the noun a prepositional phrase right before *vara* belongs to
        head = block.tokens[before.head] if before.dep == "nmod" and before.head < before.i else None
        if head is not None and head.pos in {"NOUN", "PROPN"}:
            subjects.append(head)
    return subjects


def _noun_tagged_participle(block: BlockAnalysis, vara: Token, candidate: Token) -> bool:
    """*Ansökan är avslagen.*: the tagger's noun is a participle when a subject stands right before *är* and the
    sentence ends after it (an inverted *Samtidigt är utbudet av …* or *är översynen av …* has a noun)."""
    before = block.tokens[vara.i - 1] if vara.i > 0 else None
    after = block.token_after(candidate)
    return (
        not candidate.lower.endswith(AGENT_NOUN_ENDINGS)  # *vem som är avsändaren*: a noun for a person
        and not _common_gender_definite(candidate)
        and not _base_form_noun(candidate)
        and before is not None
        and before.pos in {"NOUN", "PROPN", "PRON"}
        and (after is None or after.text in {".", "!", "?"})
        and not any(child.dep == "det" for child in block.children(candidate))
    )


def _base_form_noun(candidate: Token) -> bool:
    """A noun in its base form, the tagger's lemma and the model's full-form list's alike (energy re-test s53 08:
    *Energimyndigheten är tillsynsmyndighet.*, a predicative noun in *-het*, had been read as a participle in *-t*). A
    participle the tagger took for a noun has another lemma in the list (*avslagen: avslag*, *fattat: fattad*)."""
    forms = full_forms()
    word = candidate.lower
    return forms is not None and candidate.lemma.lower() == word and forms.get(word) == word


def _common_gender_definite(candidate: Token) -> bool:
    """*som är förfallodagen* (the housing re-test s52): a common-gender noun's definite form, its lemma + *-en*, is no
    participle. *avslagen* is its noun's plural too, and the list has *avslaget* (a neuter noun's singular, a
    participle's neuter): a word in *-et* beside it keeps *Ansökan är avslagen* a participle."""
    forms = full_forms()
    word = candidate.lower
    lemma = forms.get(word) if forms is not None else None
    if forms is None or lemma is None or _verb_lemma(lemma) or word != lemma + "en":
        return False
    return forms.get(lemma + "et") is None


# A pronoun agent's subject form: *Ansökan ska vara underskriven av dig* had been told *låt ”dig” vara subjekt*.
SUBJECT_FORMS = {"dig": "du", "er": "ni", "oss": "vi", "mig": "jag", "honom": "han", "henne": "hon", "dem": "de"}


def _finding(index: int, block: BlockAnalysis, vara: Token, participle: Token, quoted: bool = False) -> RuleFinding:
    text = block.text[vara.start : participle.end]
    agent = _agent(block, participle)
    if quoted:
        # someone else's words, as passive-voice says of a quote (session 42, the explain tester: no note here)
        said = f"”{text}” är passiv form (vara + particip) i ett citat. Där återger texten någons egna ord, så "
        said += "formen kan få stå"
        message = f"{said}." if agent else f"{said}; skriv aktivt om den som citeras kan säga vem som gjorde det."
        return RuleFinding(index, vara.start, participle.end, message)
    if not agent and READER_PRONOUNS.search(block.text) is None and in_how_question(block, vara):
        # *analysera hur stöden ska vara utformade*: who shapes them is the open question (as in passive-voice)
        message = (
            f"”{text}” är passiv form (vara + particip) i en fråga om hur något ska vara. Där är det ofta just "
            "öppet vem som ska göra det, och då går formen bra."
        )
        return RuleFinding(index, vara.start, participle.end, message)
    agent = SUBJECT_FORMS.get(agent.lower(), agent) if agent else agent  # *av dig*: the subject is *du*
    if agent:
        advice = f"Texten säger vem som gjorde det: låt ”{agent}” vara subjekt."
    else:
        advice = "Säg vem som gjorde det om läsaren behöver veta det."
    message = f"”{text}” är passiv form (vara + particip) och döljer vem som handlade. {advice}"
    return RuleFinding(index, vara.start, participle.end, message)
