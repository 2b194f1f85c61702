"""long-sentence: counts words (not punctuation) and survives abbreviations."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.rules.base import Severity

WORDS_26 = " ".join(["ord"] * 25)
LONG = (
    "Om du vill ansöka om bidrag ska ansökan, som ska vara undertecknad av sökanden eller "
    "dennes ombud, ha kommit in till förvaltningen senast den första mars, annars kan den "
    "inte behandlas förrän vid nästa ansökningsomgång i höst."
)


def findings(report, rule="long-sentence"):
    return [f for f in report.findings if f.rule == rule]


def test_flags_sentence_over_limit_with_error_over_35_words() -> None:
    report = lint_text(LONG)
    [finding] = findings(report)
    assert finding.severity is Severity.ERROR
    assert "37 ord" in finding.message
    assert finding.text == LONG


def test_short_sentences_pass() -> None:
    assert findings(lint_text("Vi har fått din ansökan. Vi svarar inom två veckor.")) == []


def test_punctuation_is_not_counted() -> None:
    text = (
        "Vi, du, ni, de, han, hon, den, det, man, en, ett, två, tre, fyra, fem, sex, sju, "
        "åtta, nio, tio, elva, tolv, tretton och fjorton."
    )
    assert findings(lint_text(text)) == []  # 25 words, 24 commas


def test_threshold_is_configurable() -> None:
    text = "Vi har fått din ansökan och vi svarar dig så snart vi har läst den noga."
    assert findings(lint_text(text)) == []
    report = lint_text(text, rules={"long-sentence": {"max_words": 10}})
    [finding] = findings(report)
    assert finding.severity is Severity.WARNING


def test_abbreviations_do_not_split_sentences() -> None:
    text = (
        "Du kan t.ex. ringa oss kl. 13.00 eller skicka e-post, bl.a. om du har frågor om "
        "avgifter fr.o.m. den 1 juli, ca 20 dagar efter beslutet, s.k. förhandsbesked m.m. "
        "som vi behandlar t.o.m. augusti enl. gällande regler."
    )
    report = lint_text(text)
    assert report.stats.sentences == 1
    [finding] = findings(report)
    assert finding.text == text


def _sentence(words: int) -> str:
    return "Vi " + " ".join(["läser"] * (words - 2)) + " texten."


def test_a_sentence_a_sixth_over_the_limit_is_for_careful_review_only() -> None:
    """26–29 words (the limit 25 and a sixth): information in sub-check near-limit, off unless enabled (blind
    readers called such sentences clearly right 15 times of 32 at 26–27 words, 22 of 32 at 28 and 49 of 74 at 29:
    "barely over, reads fine")."""
    for words in (26, 27, 28, 29):
        assert findings(lint_text(_sentence(words))) == []
        [finding] = findings(lint_text(_sentence(words), enable=["near-limit"]))
        assert finding.severity is Severity.INFO and finding.subcheck == "near-limit"
        assert finding.message.startswith(f"Meningen har {words} ord, strax över gränsen på 25 ord.")
    [finding] = findings(lint_text(_sentence(30)))  # over the sixth: a warning
    assert finding.severity is Severity.WARNING and finding.subcheck == "over-limit"
    assert findings(lint_text(_sentence(25), enable=["near-limit"])) == []


def test_a_quoted_sentence_near_the_limit_is_for_careful_review_and_over_it_a_note() -> None:
    """In someone else's words too the near limit is a sixth over (29 words; strict readers called a quoted 29-word
    sentence clearly right 13 times of 37, "reads fine as speech"); over it the sentence is a note, or a warning
    with ``quoted: warning``."""

    def quote(words: int) -> str:
        return f"– {_sentence(words)[:-1]}, säger ministern."

    assert findings(lint_text(quote(29))) == []
    [finding] = findings(lint_text(quote(29), enable=["near-limit"]))
    assert finding.subcheck == "near-limit" and finding.message.startswith("Meningen har 29 ord, anföringsfrasen")
    [finding] = findings(lint_text(quote(30)))
    assert finding.severity is Severity.INFO and finding.subcheck == "over-limit" and "citat" in finding.message
    [finding] = findings(lint_text(quote(30), rules={"long-sentence": {"quoted": "warning"}}))  # as any text
    assert finding.severity is Severity.WARNING and finding.subcheck == "over-limit"


def test_the_sixth_follows_the_limit_and_the_easy_to_read_profile_shows_it() -> None:
    assert findings(lint_text(_sentence(23), rules={"long-sentence": {"max_words": 20}})) == []
    [finding] = findings(lint_text(_sentence(24), rules={"long-sentence": {"max_words": 20}}))
    assert finding.severity is Severity.WARNING
    [finding] = findings(lint_text(_sentence(17), profile="lättläst"))  # limit 15, near-limit on in the profile
    assert finding.subcheck == "near-limit" and "gränsen på 15 ord" in finding.message
    [finding] = findings(lint_text(_sentence(18), profile="lättläst"))
    assert finding.subcheck == "over-limit"


def test_a_cited_report_title_counts_as_one_word() -> None:
    """The title of an official report is a name the writer cannot shorten (round 47, blind: false)."""
    cited = (
        "I betänkandet Effektivare tillsyn över apotek, bättre skydd vid patientskador samt översyn av handel med "
        "receptfria läkemedel (SOU 2023:101) redogör utredningen för hur tillsynen över apotek kan bli bättre."
    )
    assert findings(lint_text(cited, enable=["near-limit"])) == []
    longer = cited.replace(
        "kan bli bättre.", "kan bli bättre och mer effektiv för alla som köper läkemedel på apotek och på nätet i dag."
    )
    [finding] = findings(lint_text(longer, enable=["near-limit"]))  # long without the title's words, too
    assert finding.message.startswith("Meningen har 29 ord, en citerad titel räknad som ett ord, strax över")


def test_a_period_after_a_name_with_digits_ends_the_sentence() -> None:
    """*… om 6G. Syftet är …*: the tokenizer keeps the period on *6G*; two sentences of 17 and 18 words, not one of
    35 (round 56, blind: false)."""
    text = (
        "Vetenskapsrådet och Vinnova får i uppdrag att planera för, genomföra och följa upp "
        "forskningssatsningen om 6G. Syftet är att långsiktigt bidra till att stärka Sveriges position "
        "som en ledande nation för forskning och innovation inom trådlösa system."
    )
    assert findings(lint_text(text)) == []


def test_a_name_in_quotation_marks_mid_sentence_starts_no_sentence() -> None:
    """*till hjälplinjen ”Välj att sluta”, som riktar sig …*: the parser split before *Välj*, and the rest of the
    sentence was counted as a quotation of 29 words (round 115, blind: false); one sentence of 47 words."""
    text = (
        "På agendan står även ett möte med representanter från hjälplinjen Respect Phoneline UK, en "
        "föregångsverksamhet till svenska hjälplinjen ” Välj att sluta”, som riktar sig till personer som utövar "
        "eller riskerar att utöva våld i nära relationer, närstående till våldsutsatta och yrkesverksamma som kommer "
        "i kontakt med våldsutsatta."
    )
    [finding] = findings(lint_text(text))
    assert finding.text.startswith("På agendan") and finding.message.startswith("Meningen har 47 ord.")
    # a quotation after a sentence end still opens a sentence of its own
    assert findings(lint_text("Han sa det i går. ”Vi ska göra det”, säger ministern.")) == []


def test_a_comma_after_a_parenthesis_continues_the_sentence() -> None:
    """The parser opened a sentence at *, komplex PTSD …* after *(PTSD)*; the hints say a comma never starts one, so
    the backend joins it to the sentence before: one sentence of 33 words (round 61, blind: false as two)."""
    text = (
        "Regeringen har även beslutat om att bevilja Vårsta Diakoni 7,5 miljoner kronor för 2024 för att stärka och "
        "utveckla sin traumaklinik och sina behandlingsmetoder för personer med posttraumatiskt stressyndrom (PTSD), "
        "komplex PTSD och komplex traumatisering."
    )
    [finding] = findings(lint_text(text))
    assert finding.text.endswith("komplex traumatisering.") and finding.message.startswith("Meningen har 33 ord")


# Sentences that are mostly a list: better as a bullet list (round 65, blind: *the fix is a list, not shorter
# sentences*).
LISTS = [
    # three commas or more and one finite verb
    "Statsminister Ulf Kristersson, Ebba Busch, energi- och näringsminister, Parisa Liljestrand, kulturminister, "
    "Paulina Brandberg, jämställdhetsminister, Johan Pehrson, arbetsmarknadsminister, Gunnar Strömmer, "
    "justitieminister, Romina Pourmokhtari, klimat- och miljöminister, och utrikesminister Tobias Billström deltog.",
    # a restrictive relative clause's verb is part of the subject (round 74, blind: *a bullet list might help*)
    "Övriga statsråd i regeringen som deltar i besöket är energiminister Ebba Busch, utrikesminister Tobias "
    "Billström, skolminister Lotta Edholm, försvarsminister Pål Jonson, socialminister Jakob Forssmed, "
    "utbildningsminister Mats Persson samt kulturminister Parisa Liljestrand.",
    # the list after a colon, whatever verbs lead into it (round 78, blind: *a bullet list would suit it better*)
    "Medverkar gör bland andra: Sara Arrhenius, direktör för Svenska institutet i Paris, Linda Zachrisson, "
    "konstnärlig ledare för Göteborgs stadsteater, Nicolas Le Riche, balettchef vid Kungliga operan, och "
    "Laurent Le Bon, direktör för Centre Pompidou i Paris.",
    # the relative clause's auxiliary is part of it too (round 89, blind: *a bulleted list is what is needed*)
    "Allåkerbär från Norrland, Bohusläns blåmusslor, Gotlandslins, Grebbestadostron, Kalix Löjrom, Rökt Vättersik, "
    "Svecia, Upplandskubb, Vänerlöjrom, Wrångebäcksost och Äkta Gränna Polkagrisar är svenska produkter som har "
    "registrerats i EU som skyddad ursprungsbeteckning.",
]
# Long sentences of clauses: advised to split.
CLAUSES = [
    "Om du vill ansöka om bidrag ska ansökan som ska vara undertecknad av sökanden eller dennes ombud ha kommit "
    "in till förvaltningen senast den första mars eftersom den annars inte kan behandlas förrän vid nästa "
    "ansökningsomgång i höst.",
    # a relative clause set off by commas is a clause of its own
    "I arbetet med strategin, som spänner över flera områden, har vi träffat myndigheter, regioner och kommuner för "
    "att höra deras syn på perspektiv, utmaningar och behov i det fortsatta arbetet.",
]


@pytest.mark.parametrize("text", LISTS)
def test_a_long_list_in_one_sentence_is_advised_as_a_bullet_list(text: str) -> None:
    [finding] = findings(lint_text(text))
    assert "gör uppräkningen till en punktlista" in finding.message


@pytest.mark.parametrize("text", CLAUSES)
def test_a_long_sentence_of_clauses_is_advised_to_split(text: str) -> None:
    [finding] = findings(lint_text(text))
    assert "punktlista" not in finding.message and "Dela upp den i kortare meningar" in finding.message


def test_a_long_bullet_that_continues_its_lead_in_is_advised_as_a_bullet() -> None:
    """*ta ställning till: * om kretsen av personer som …*: a fragment, not a sentence to split (rounds 68 and 70,
    blind: debatable); a bullet that is a sentence of its own gets the usual advice."""
    bullet = (
        "om kretsen av personer som kan hållas ansvariga för att ett barn tillåts att gifta sig eller tillåts att "
        "resa till en annan stat i syfte att barnet ska utsättas för ett brott bör utvidgas,"
    )
    text = f"Utredaren ska ta ställning till:\n\n* {bullet}\n* om straffen bör skärpas.\n"
    [finding] = findings(lint_text(text, "markdown"))
    assert "Punkten fortsätter inledningen och är lång" in finding.message
    whole = "* " + bullet[0].upper() + bullet[1:-1] + "."
    [finding] = findings(lint_text(f"Utredaren ska ta ställning till:\n\n{whole}\n", "markdown"))
    assert "Dela upp den i kortare meningar" in finding.message


def test_a_list_inside_a_bullet_is_not_advised_as_a_nested_list() -> None:
    """Six county names in a bullet: a nested bullet list does not fit (round 71, blind: debatable)."""
    counties = "Norrbottens, Örebro, Stockholms, Östergötlands, Västra Götalands och Skåne län"
    sentence = (
        "Ansvaret för länsstyrelsernas handläggning och prövning av projekt- och investeringsstöd inom den "
        "europeiska fonden för landsbygdsutveckling föreslås "
        f"flyttas till länsstyrelserna i {counties}."
    )
    [bullet] = findings(lint_text(f"Förslagen:\n\n* {sentence}\n", "markdown"))
    assert "Dela upp den i kortare meningar" in bullet.message
    [prose] = findings(lint_text(sentence))
    assert "gör uppräkningen till en punktlista" in prose.message
