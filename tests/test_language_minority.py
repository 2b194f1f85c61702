"""Language detection of what a Swedish municipality writes beside Swedish: a short Finnish section under its
heading, Romani, Norwegian bokmål, and a page that declares a language klarlint cannot judge."""

from __future__ import annotations

import pytest

from klarlint import language
from klarlint.linter import lint, lint_text
from klarlint.readers import read_text

FINNISH = "Voit hakea lapsellesi paikkaa esikoulusta e-palvelussa. Asiakaspalvelu palvelee arkisin klo 8-16."
# no Finnish function word, and no spelling only Finnish has: only a heading can tell
FINNISH_BARE = "Esikoulupaikkaa haetaan sähköisesti."
SOMALI_BARE = "Codso meel xannaanada carruurta."
ROMANI = (
    "Tuke trebul bygglovo te kames te kerel jekh nevo kher vaj te bares o kher. Šaj manges o lovo ando e-servico "
    "la komunaki. Amen dikhas to manglipe andre trin kurke. Te si tut pučhipena, akhar amen ko numero 0123-45 67 89."
)
BOKMAL = (
    "Du trenger byggetillatelse hvis du skal bygge et nytt hus, bygge på huset eller endre bruken av en bygning. "
    "Du kan søke i kommunens e-tjeneste. Legg ved tegninger. Vi behandler søknaden din innen tre uker. Hvis noe "
    "mangler, tar vi kontakt med deg. Tillatelsen koster omtrent 25 000 kroner. Har du spørsmål, kan du ringe oss "
    "på 0123-45 67 89 eller sende en e-post til bygglov@storvik.se."
)
SWEDISH_INTRO = "Här kan du läsa om hur du ansöker om plats i förskola och vad det kostar. Ring oss om du har frågor."


def _page(heading: str, paragraph: str) -> str:
    contact = "## Kontakt\n\nStorvik kommun, 0123-45 60 00\n"
    return f"# Förskola\n\n{SWEDISH_INTRO}\n\n## {heading}\n\n{paragraph}\n\n{contact}"


# 1. A short Finnish paragraph


def test_a_two_sentence_finnish_paragraph_is_finnish_on_its_function_words() -> None:
    # *voit*, *klo*: it had one Finnish function word, fewer than a dozen lower-case words, and fell to Swedish
    assert language.block_language(FINNISH) == "fi"


def test_a_short_finnish_section_under_suomeksi_is_skipped_not_linted() -> None:
    report = lint(_page("Suomeksi", FINNISH)).files[0]
    assert report.language == "sv"
    assert not [f for f in report.findings if f.line == 7], "its 8-16 had been a range-dash finding"
    assert [(n.line, n.message) for n in report.notices] == [
        (5, "Text på finska har inte granskats (rad 5–7): klarlint granskar svensk text.")
    ]


@pytest.mark.parametrize(
    ("heading", "paragraph", "expected"),
    [
        ("Suomeksi", FINNISH_BARE, "fi"),
        ("Suomeksi – på finska", FINNISH_BARE, "fi"),
        ("Af-Soomaali", SOMALI_BARE, "so"),
        ("Meänkielellä", "Net saatat hakea paikkaa esikoulusta nettipalvelussa.", "fit"),
        # a heading names which one of a family the points cannot tell apart: meänkieli, not Finnish
        ("Meänkielellä", "Hakemus on lähetettävä viimeistään 1. toukokuuta. Päätöksen tekee lautakunta.", "fit"),
    ],
)
def test_a_heading_that_names_a_language_decides_its_sections_short_paragraphs(
    heading: str, paragraph: str, expected: str
) -> None:
    blocks = language.document_languages(read_text(_page(heading, paragraph), "markdown")).blocks
    assert blocks[2:4] == (expected, expected)  # the heading and its paragraph
    assert blocks[4:] == ("sv", "sv"), "the next heading ends the section"


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        # a Swedish heading naming the language: the heading says nothing
        ("Information på finska", FINNISH_BARE),
        # Swedish under a heading that names another language stays Swedish, however short
        ("Suomeksi", "Här kan du läsa om förskolan på finska."),
        ("Suomeksi", "Broschyr om förskola (pdf)"),
        ("Suomeksi", "Blankett: förskoleplats, kölista"),  # no function word, but letters Finnish does not write
        ("Suomeksi", "Storvik kommun, 0123-45 60 00"),  # a name and a number: two lower-case words needed
        ("Romani chib", "Romani är ett nationellt minoritetsspråk."),
        ("Meänkieli", "Tornedalingar talar meänkieli."),
        ("In English", "Ansökan, blankett och beslut"),
    ],
)
def test_swedish_under_a_heading_that_names_a_language_stays_swedish(heading: str, paragraph: str) -> None:
    blocks = language.document_languages(read_text(_page(heading, paragraph), "markdown")).blocks
    assert blocks[3] == "sv"


# 2. Romani, and a declared language klarlint cannot judge


@pytest.mark.parametrize(
    "text", [ROMANI, "Šaj manges than ande školaki anglal e-servisosa. Akhar amen te trebul tuke žutipe."]
)
def test_romani_is_romani_not_finnish(text: str) -> None:
    # *te*, *ko* are Finnish and meänkieli words too: Romani had been Finnish
    assert language.block_language(text) == "rom"


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        (
            None,
            "To jest informacja o pozwoleniu na budowę. Możesz złożyć wniosek w e-usłudze gminy, a my "
            "odpowiemy w ciągu trzech tygodni, jeśli to możliwe.",
        ),  # Polish (*o, te, to*); its *a, my, to* say English
        (
            "sh",
            "Trebate građevinsku dozvolu ako želite izgraditi novu kuću. Zahtjev možete podnijeti u e-službi "
            "općine te ćemo vam odgovoriti u roku od tri tjedna.",
        ),  # Croatian: *te*
        (
            "so",
            "Waxaad u baahan tahay ruqsad dhisme haddii aad dhisayso guri cusub ama aad ballaarinayso "
            "gurigaaga. Waxaad ku codsan kartaa adeegga elektaroonigga ah ee degmada.",
        ),  # Somali: *si, ka, so*
        ("fi", "Hallitus on tänään päättänyt, että sääntöjä ei muuteta vielä, mutta te voitte kysyä lisää."),
        ("sv", "Vi tar emot din ansökan om bygglov och ger dig ett beslut inom tre veckor. Ta med te och kaffe."),
        ("sv", "SAS och Katar skrev avtalet i samma anda som förra året, och vi kommer att följa det."),
    ],
)
def test_romani_words_make_no_other_language_romani(expected: str | None, text: str) -> None:
    found = language.block_language(text)
    assert found != "rom"
    assert expected is None or found == expected


ROMANI_PAGE = f"""<!DOCTYPE html>
<html lang="rom"><head><title>Bygglovo – Storvik kommun</title></head><body><main>
<h1>Bygglovo</h1>
<p>{ROMANI}</p>
<p>Storvik kommun, 0123-45 67 89</p>
</main></body></html>
"""


def test_a_page_correctly_marked_as_romani_is_not_told_to_say_finnish() -> None:
    report = lint_text(ROMANI_PAGE, fmt="html").files[0]
    assert report.findings == [] and report.language == "rom"
    assert [n.message for n in report.notices] == [
        "Texten är på romani och har inte granskats: klarlint granskar svensk text."
    ]


def _declared_page(lang: str, paragraph: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><title>Sida</title></head><body><main>\n<h1>Sida</h1>\n'
        f"<p>{paragraph}</p>\n</main></body></html>\n"
    )


ESTONIAN = (
    "Ehitusloa taotluse saab esitada valla e-teenuses. Kui midagi on puudu, võtame teiega ühendust. Otsuse teeme "
    "kolme nädala jooksul ja see on tasuline."
)
ENGLISH = (
    "You need a building permit to build a new house, to extend your house or to change how a building is used. "
    "You can apply in the e-service of the municipality. We will handle your application within three weeks and "
    "we will contact you if something is missing."
)


@pytest.mark.parametrize(
    ("lang", "paragraph", "message"),
    [
        # the points call Estonian Finnish (*on*, *ja*): not enough to tell its page to say lang="fi"
        ("et", ESTONIAN, "Texten är på estniska och har inte granskats: klarlint granskar svensk text."),
        # an unknown language, or one told by its script, agrees with the language declared
        ("so", OTHER_SO := SOMALI_BARE + " " + SOMALI_BARE + " Waxaad ku codsan kartaa adeegga ah ee degmada.",
         "Texten är på somaliska och har inte granskats: klarlint granskar svensk text."),
        ("fa", "شما برای ساختن یک خانه جدید به پروانه ساختمان نیاز دارید.",
         "Texten är på persiska och har inte granskats: klarlint granskar svensk text."),
        # overwhelming evidence still contradicts: a template's lang="so" on an English page
        ("so", ENGLISH, 'Texten är på engelska och har inte granskats: klarlint granskar svensk text. Märk sidan '
         'med lang="en" i sidans kod, så att en skärmläsare läser den med rätt uttal.'),
        # and Latin letters are no Persian: Somali's own words say which language it is
        ("fa", OTHER_SO, 'Texten är på somaliska och har inte granskats: klarlint granskar svensk text. Märk sidan '
         'med lang="so" i sidans kod, så att en skärmläsare läser den med rätt uttal.'),
    ],
)  # fmt: skip
def test_a_declared_language_klarlint_cannot_judge_is_trusted_unless_the_words_overwhelm_it(
    lang: str, paragraph: str, message: str
) -> None:
    report = lint_text(_declared_page(lang, paragraph), fmt="html").files[0]
    assert report.findings == []
    assert [n.message for n in report.notices] == [message]


def test_swedish_text_marked_as_romani_is_linted_and_its_markup_reported() -> None:
    swedish = "Du behöver bygglov för att bygga ett nytt hus. Du kan ansöka i vår e-tjänst. Vi svarar inom tre veckor."
    report = lint_text(_declared_page("rom", swedish), fmt="html").files[0]
    assert report.language == "sv"
    wrong = [f for f in report.findings if f.rule == "lang-attribute"]
    assert wrong and 'på romani (lang="rom"), men den är på svenska' in wrong[0].message


# 3. Norwegian bokmål


def test_a_bokmal_page_is_not_linted_as_swedish() -> None:
    # *hvis, noe, innen, uker, deg* were on no Norwegian list: 1.45 times Swedish's points, under MIN_LEAD
    assert language.block_language(BOKMAL) == "nb"
    report = lint(f"Byggetillatelse\n\n{BOKMAL}\n").files[0]
    assert report.findings == [] and report.language == "nb"


def test_a_bokmal_paragraph_in_a_swedish_page_gets_its_own_notice() -> None:
    source = f"# Bygglov\n\n{SWEDISH_INTRO}\n\n## Information på andra språk\n\n{BOKMAL}\n\n## Kontakt\n\nRing oss.\n"
    report = lint(source).files[0]
    assert report.language == "sv"
    assert not [f for f in report.findings if f.line == 7], "*tar vi kontakt* had been a light-verb finding"
    assert [(n.line, n.message) for n in report.notices] == [
        (7, "Text på norska (bokmål) har inte granskats (rad 7): klarlint granskar svensk text.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Blanda mjöl och vatten till en deg och låt den vila i en timme.",  # *deg*, the Swedish noun
        "Det kan bli svårt att hinna innan dess, men vi ger aldrig upp.",  # *bli, innan, aldrig* are Swedish
        "Du får svar inom tre veckor om du skickar in ansökan i tid.",
    ],
)
def test_swedish_with_words_norwegian_shares_stays_swedish(text: str) -> None:
    assert language.block_language(text) in {"sv", None}
