"""Language detection: Swedish rules run on Swedish text only; what is skipped is said in the report."""

from __future__ import annotations

import json

import pytest

from klarlint import language
from klarlint.language import detect, detect_language
from klarlint.linter import lint, lint_text
from klarlint.readers import read_text

TEXTS = {
    "sv": [
        "Din ansökan behandlas av nämnden och du får ett beslut inom tre veckor.",
        "Vi vill att alla invånare ska kunna ta del av information om kommunens verksamhet.",
        "Regeringen har i dag beslutat att ge Socialstyrelsen i uppdrag att se över reglerna för hemtjänst.",
        "Det här är en kort text om hur du söker bygglov hos oss.",
    ],
    "nb": [
        "Søknaden din blir behandlet av nemnda, og du får et vedtak innen tre uker.",
        "Vi ønsker at alle innbyggere skal kunne ta del i informasjon om kommunens virksomhet.",
        "Regjeringen har i dag besluttet å gi Helsedirektoratet i oppdrag å gjennomgå reglene for hjemmetjenester.",
        "Dette er en kort tekst om hvordan du søker om byggetillatelse hos oss.",
    ],
    "nn": [
        "Søknaden din vert handsama av nemnda, og du får eit vedtak innan tre veker.",
        "Me ønskjer at alle innbyggjarar skal kunna ta del i informasjon om verksemda til kommunen.",
    ],
    "da": [
        "Din ansøgning behandles af nævnet, og du får en afgørelse inden for tre uger.",
        "Vi ønsker, at alle borgere skal kunne få indblik i information om kommunens virksomhed.",
        "Regeringen har i dag besluttet at give Sundhedsstyrelsen til opgave at gennemgå reglerne for hjemmehjælp.",
        "Dette er en kort tekst om, hvordan du søger om byggetilladelse hos os.",
    ],
    "en": [
        "Your application is processed by the board and you will receive a decision within three weeks.",
        "Thank you for inviting me to speak here today about the areas where our investments matter most.",
        "Sweden and Finland share a long border and a common history in the north of Europe.",
    ],
    "de": [
        "Ihr Antrag wird vom Ausschuss bearbeitet, und Sie erhalten innerhalb von drei Wochen eine Entscheidung.",
        "Die Regierung hat heute beschlossen, die Regeln für die häusliche Pflege zu überprüfen.",
    ],
    "fi": [
        "Hakemuksesi käsitellään lautakunnassa, ja saat päätöksen kolmen viikon kuluessa, jos se on mahdollista.",
        "Hallitus on tänään päättänyt, että sääntöjä ei muuteta vielä, mutta ne tarkistetaan myös ensi vuonna.",
        # two short sentences with one function word: their spelling decides (their ä had tied them with Swedish)
        "Hakemus on lähetettävä viimeistään 1. toukokuuta. Päätöksen tekee lautakunta.",
        "Anomus pittää lähättää viimisthään 1. toukokuuta. Päätöksen tekkee lautakunta.",  # meänkieli: Finnic
    ],
}
CASES = [(lang, text) for lang, texts in TEXTS.items() for text in texts]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_detects_each_language(expected: str, text: str) -> None:
    found = detect(text)[0]
    if expected in language.FAMILY:  # bokmål, nynorsk and Danish: the family must be right, the variety mostly is
        assert language.FAMILY.get(found) == language.FAMILY[expected]
    else:
        assert found == expected


@pytest.mark.parametrize(("expected", "text"), [c for c in CASES if c[0] in {"nb", "nn", "da"}])
def test_norwegian_and_danish_never_pass_for_swedish(expected: str, text: str) -> None:
    found = detect_language(text)
    assert found.language != "sv"
    assert found.confidence > 0.6


def test_too_short_to_decide_counts_as_swedish() -> None:
    assert detect_language("Om makt.").language is None
    assert detect("Om makt.") == ("sv", 0.5)
    assert detect("") == ("sv", 0.5)


ENGLISH_SPEECH = """# Speech by the Minister for Foreign Trade at the Nordic business forum

Thank you for inviting me. It is a pleasure to be here with so many of you who work every day to
make trade between our countries easier.

Sweden is an export-dependent country. Half of our economy depends on trade, and the investments
that are made in the areas of green energy and digital services will shape the next decades.

We must also make sure that small companies can take part. That is why the government has decided
to strengthen the support that is given through Business Sweden.
"""


def test_english_page_gives_no_findings_and_says_so() -> None:
    report = lint(ENGLISH_SPEECH).files[0]
    assert report.findings == []
    assert report.language == "en"
    assert [n.message for n in report.notices] == [
        "Texten är på engelska och har inte granskats: klarlint granskar svensk text."
    ]
    data = report.to_json()
    assert data["language"] == "en"
    assert [n["code"] for n in data["notices"]] == ["other-language"]


MIXED = """# Nytt avtal om handel

Regeringen har i dag beslutat att ansökan ska behandlas av Kommerskollegium. Beslutet fattades
efter att frågan hade utretts under flera år.

> We welcome the decision and the investments that will be made in the areas concerned, said
> the chair of the board of the European association.

Ansökan behandlas av myndigheten och ett beslut fattas inom tre veckor.
"""


def test_english_quote_inside_swedish_text_is_skipped_and_named() -> None:
    report = lint(MIXED).files[0]
    assert report.language == "sv"
    assert report.findings, "the Swedish paragraphs are linted"
    quote_lines = {6, 7}
    assert not [f for f in report.findings if f.line in quote_lines]
    [notice] = report.notices
    assert (notice.code, notice.line) == ("other-language", 6)
    assert notice.message == "Text på engelska har inte granskats (rad 6–7): klarlint granskar svensk text."
    # positions of the Swedish findings are unchanged by leaving the quote out
    last = [f for f in report.findings if f.line == 9]
    assert last and all(MIXED[f.start : f.end] == f.text for f in last)


@pytest.mark.parametrize("lang", ["nb", "da", "de"])
def test_other_languages_give_no_findings(lang: str) -> None:
    text = "\n\n".join(TEXTS[lang])
    report = lint(text).files[0]
    assert report.findings == []
    assert report.language == lang
    assert report.notices and language.LANGUAGE_NAMES[lang] in report.notices[0].message


def test_swedish_document_has_no_notice() -> None:
    report = lint("\n\n".join(TEXTS["sv"])).files[0]
    assert report.language == "sv"
    assert report.notices == []
    assert report.to_json()["notices"] == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # two function words of one language and no Swedish word or letter decide a short line
        ("Read more about building permits in English.", "en"),
        ("Sweden and the EU", "en"),
        ("Mehr Informationen auf Deutsch", "de"),
        # one point, a Swedish word, or a tie between families: the document's language
        ("Information in English", None),
        ("Evidence for Action", None),
        ("Leave no one behind", None),
        ("Det finns in English", None),
        ("Statsministern deltar i mötet European Council i Bryssel.", None),
        ("Skicka in den", None),
        # one function word (the README's own line; *in … in* had been two German points before *in* left German):
        # not English by its points, but eight lower-case words and no Swedish one make it no Swedish either
        ("Declarative rules need no Python: a TOML file in a folder listed in .", "und"),
    ],
)
def test_a_short_line_in_one_other_language_is_that_language(line: str, expected: str | None) -> None:
    assert language.block_language(line) == expected


def test_an_english_line_in_a_swedish_page_is_skipped_not_read_as_swedish() -> None:
    # *permits in* had been an s-passive (issue 13: *areas*, *investments* on English pages)
    text = (
        "# Bygglov\n\nDu behöver bygglov om du vill bygga ett nytt hus.\n\n"
        "Read more about building permits in English.\n"
    )
    report = lint(text).files[0]
    assert report.language == "sv" and report.findings == []
    assert [(n.line, n.message) for n in report.notices] == [
        (5, "Text på engelska har inte granskats (rad 5): klarlint granskar svensk text.")
    ]
    # two such lines of two languages, neither most of the text: each named, the text never called Swedish
    two = lint("Sweden and the EU\n\nMehr auf Deutsch!\n").files[0]
    assert [n.message for n in two.notices] == [
        "Text på engelska har inte granskats (rad 1): klarlint granskar svensk text.",
        "Text på tyska har inte granskats (rad 3): klarlint granskar svensk text.",
    ]
    # alone, the line is the text's language (the notice had said *Texten är på svenska och har inte granskats*)
    alone = lint("Read more about building permits in English.").files[0]
    assert alone.language == "en"
    assert [n.message for n in alone.notices] == [
        "Texten är på engelska och har inte granskats: klarlint granskar svensk text."
    ]


def test_short_heading_takes_the_document_language() -> None:
    document = read_text("# Om makt\n\n" + "\n\n".join(TEXTS["sv"]))
    assert language.document_languages(document).blocks[0] == "sv"
    english = read_text("# Om makt\n\n" + "\n\n".join(TEXTS["en"]))
    assert language.document_languages(english).blocks[0] == "en"


def test_json_reporter_carries_notices(tmp_path) -> None:
    from typer.testing import CliRunner

    from klarlint.cli import app

    path = tmp_path / "speech.md"
    path.write_text(ENGLISH_SPEECH, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--format", "json", str(path)])
    data = json.loads(result.stdout)
    assert data["files"][0]["language"] == "en"
    assert data["files"][0]["notices"]
    assert result.exit_code == 0


def test_norwegian_and_danish_are_told_apart_mostly() -> None:
    own = [(lang, detect(text)[0]) for lang, text in CASES if lang in language.FAMILY]
    assert sum(expected == found for expected, found in own) >= len(own) - 3


# Written for these tests: a municipality's line on school places in the languages its pages carry beside Swedish.
OTHER_TEXTS = {
    "fit": [
        "Kunta antaa sinule tietoa förskolasta ja skolasta. Sie saatat hakea paikkaa e-palvelun kautta. Ota "
        "yhtheyttä meihin jos sulla oon kysyttävää.",
        "Mie olen kuullu ette kunta halvaa tehhä uuen koulun, ja se oon hyvä asia meän lapsile.",
    ],
    "smi": [
        "Gielda addá dutnje dieđuid ovdaskuvlla ja skuvlla birra. Don sáhtát ohcat saji e-bálvalusa bokte. Váldde "
        "oktavuođa minguin jus dus leat gažaldagat.",
    ],
    # the languages a municipality's pages most often carry in Latin letters: a Bosnian paragraph's *i*, a Spanish
    # one's *de, en*, a Kurdish one's *de, me* had made them Swedish enough to be linted; Polish had been English
    "so": [
        "Degmadu waxay ku siinaysaa macluumaad ku saabsan xannaanada iyo dugsiga. Waxaad codsan kartaa meel adigoo "
        "isticmaalaya adeegga elektarooniga ah.",
    ],
    "pl": [
        "Gmina udziela informacji o przedszkolu oraz szkole. Możesz złożyć wniosek o miejsce przez e-usługę, a w "
        "razie pytań skontaktuj się z nami.",
        "Gmina oferuje pomoc dla osób, które chcą się przeprowadzić do naszego miasta. My pomagamy w sprawach "
        "mieszkaniowych, a to jest bezpłatne.",
    ],
    "sh": [
        "Općina vam daje informacije o vrtiću i školi. Mjesto možete zatražiti putem e-usluge, a ako imate pitanja, "
        "javite nam se.",
        "Općina nudi pomoć svima koji žele da se presele u naš grad. Mi pomažemo u stambenim pitanjima i to je "
        "besplatno za sve stanovnike.",
    ],
    "es": [
        "El municipio le da información sobre el preescolar y la escuela. Puede solicitar una plaza a través del "
        "servicio electrónico.",
    ],
    "tr": ["Belediye size anaokulu ve okul hakkında bilgi verir. Bir yer için e-hizmet üzerinden başvurabilirsiniz."],
    "ku": [
        "Şaredarî agahiyan li ser baxçeya zarokan û dibistanê dide we. Hûn dikarin bi riya e-xizmetê ji bo cihekî "
        "serlêdan bikin.",
        "Em di mijarên xaniyan de alîkarî dikin û ev belaş e. Hûn dikarin bi telefonê bi me re têkilî daynin.",
    ],
    "fr": [
        "La commune vous informe sur la maternelle et l’école. Vous pouvez demander une place par le service en ligne."
    ],
    "und": [  # Vietnamese, Estonian: no listed language, and no Swedish word
        "Chính quyền thành phố cung cấp thông tin về trường mầm non và trường học. Bạn có thể nộp đơn xin một chỗ "
        "qua dịch vụ điện tử.",
        "Vald annab teile teavet lasteaia ja kooli kohta. Koha saate taotleda e-teenuse kaudu ning küsimuste korral "
        "võtke meiega ühendust.",
    ],
    "und-Arab": ["تقدم لك البلدية معلومات عن الروضة والمدرسة.", "العربية", "فارسی"],
    "und-Cyrl": ["Муніципалітет надає вам інформацію про дитячий садок і школу."],
    "und-Ethi": ["ትግርኛ"],
}


@pytest.mark.parametrize(("expected", "text"), [(lang, t) for lang, texts in OTHER_TEXTS.items() for t in texts])
def test_minority_languages_scripts_and_unknown_languages(expected: str, text: str) -> None:
    # meänkieli and Sami are national minority languages a Swedish public body writes in; a text in another
    # script is told by its script however short (a language menu's one word), and a paragraph with no Swedish
    # word among a dozen is in some other language: none of them is linted as Swedish
    assert language.block_language(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS["sv"],
        "förskola, grundskola, gymnasieskola, vuxenutbildning, särskola, fritidshem, kulturskola, bibliotek, "
        "simhall, idrottshall, ungdomsgård och föreningsliv",
        "förskola, grundskola, gymnasieskola, vuxenutbildning, särskola, fritidshem, kulturskola, bibliotek, "
        "simhall, idrottshall, ungdomsgård, föreningsliv",  # no function word: its letters tell
        "Vi " + "läser " * 20 + "texten.",
        "Tabell: kostnader 2023 (tkr) lön 1 200, hyra 340, material 45, resor 12, övrigt 8, summa 1 605",
        "Vi använder Microsoft Teams för digitala möten.",  # a Swedish line with a foreign name
        # Finnish spelling (a double vowel, -ä after two consonants) counts in lower-case words only, with ä or ö
        "Annie Lööf besökte Saab i Höör.",
        "Hon läste en essä om trä.",
        # *in* is a Swedish particle too: these short instructions had been German (*in* and the ä, ö German writes)
        "Ansökan skickas in i e-tjänsten.",
        "Lämna in din ansökan senast i maj.",
        # *hos, din* are Swedish too: this had been nynorsk, where they were listed alone
        "Hos din vårdcentral.",
        "Föräldraansvaret gäller, och kemiingenjören beklär väggen med furuträ.",  # aa, ii where words meet
    ],
)
def test_swedish_is_never_another_language(text: str) -> None:
    assert language.block_language(text) in {"sv", None}


LANGUAGE_PAGE = """# Information på andra språk

Kommunen ger dig information om förskola och skola. Du kan ansöka om plats via e-tjänsten och få svar inom en vecka.

## Meänkieli

Kunta antaa sinule tietoa förskolasta ja skolasta. Sie saatat hakea paikkaa e-palvelun kautta. Ota yhtheyttä
meihin jos sulla oon kysyttävää.

## العربية

تقدم لك البلدية معلومات عن الروضة والمدرسة. يمكنك التقدم بطلب للحصول على مكان عبر الخدمة الإلكترونية.

## Soomaali

Degmadu waxay ku siinaysaa macluumaad ku saabsan xannaanada iyo dugsiga. Waxaad codsan kartaa meel adigoo
isticmaalaya adeegga elektarooniga ah.

Ansökan behandlas av nämnden.
"""


def test_a_page_in_several_languages_names_what_it_skipped() -> None:
    report = lint(LANGUAGE_PAGE).files[0]
    assert report.language == "sv"
    assert [(n.line, n.message) for n in report.notices] == [
        # *## Meänkieli* names its section's language: it goes with it, its ä notwithstanding
        (5, "Text på meänkieli har inte granskats (rad 5–8): klarlint granskar svensk text."),
        (10, "Text på arabiska har inte granskats (rad 10–12): klarlint granskar svensk text."),  # *## العربية*
        # its heading, *## Soomaali*, goes with it and names the language no list of words tells
        (14, "Text på somaliska har inte granskats (rad 14–17): klarlint granskar svensk text."),
    ]
    assert {f.line for f in report.findings} <= {1, 3, 5, 19}, "only the Swedish lines are linted"
    assert any(f.rule == "passive-voice" and f.line == 19 for f in report.findings)


FINNISH_SECTION = """# Kommunen informerar

Ansökan ska skickas in senast den 1 maj.

## Suomeksi

Hakemus on lähetettävä viimeistään 1. toukokuuta. Päätöksen tekee lautakunta.
"""


def test_a_short_finnish_section_is_skipped_and_named() -> None:
    # a Swedish municipality's page with a Finnish summary: its two sentences were linted as Swedish, and counted
    # in the text's statistics
    report = lint(FINNISH_SECTION).files[0]
    assert report.language == "sv"
    assert [(n.line, n.message) for n in report.notices] == [
        (5, "Text på finska har inte granskats (rad 5–7): klarlint granskar svensk text.")
    ]
    assert {f.line for f in report.findings} <= {1, 3}


def test_a_text_in_another_script_is_said_so() -> None:
    report = lint("# النص\n\n" + OTHER_TEXTS["und-Arab"][0]).files[0]
    assert report.findings == []
    assert report.language == "und-Arab"
    assert [n.message for n in report.notices] == [
        "Texten är skriven med arabisk skrift och har inte granskats: klarlint granskar svensk text."
    ]


def test_filler_text_is_named_and_never_the_documents_language() -> None:
    # a page template's Lorem ipsum, left on a staging site: skipped and said so; its words do not make the
    # Swedish heading above it filler too
    text = (
        "# Om oss\n\nVi är en kommun i Värmland och vi hjälper dig med frågor om skola och omsorg.\n\n"
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
        "dolore magna aliqua.\n"
    )
    report = lint(text).files[0]
    assert report.language == "sv"
    assert [(n.line, n.message) for n in report.notices] == [
        (5, "Platshållartext (lorem ipsum) har inte granskats (rad 5): klarlint granskar svensk text.")
    ]
    only = lint("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.").files[0]
    assert only.findings == [] and only.language == language.PLACEHOLDER
    assert [n.message for n in only.notices] == [
        "Texten är platshållartext (lorem ipsum) och har inte granskats: klarlint granskar svensk text."
    ]
    # Swedish with t.ex., id-kort and ut stays Swedish
    assert language.block_language("Ta med id-kort, t.ex. pass, när du hämtar ut beslutet hos oss.") in {"sv", None}


def test_a_heading_too_short_to_decide_goes_with_its_section() -> None:
    # the heading of a section in another language, with no Swedish word or letter, is that section's; one with a
    # Swedish word stays the document's, whatever follows it
    source = (
        "# Information till dig\n\nKommunen ger dig information om förskola och skola. Du kan ansöka om plats.\n\n"
        "## Soomaali\n\n" + OTHER_TEXTS["und"][0] + "\n\n"
        "## Kunnan tiedote ette muuttaa\n\n" + OTHER_TEXTS["fit"][0] + "\n\n"
        "## Sammanfattning på engelska\n\n" + TEXTS["en"][1] + "\n\n"
        "## Kontakt\n\nRing oss på 010-123 45 67 om du har frågor om din ansökan.\n"
    )
    found = language.document_languages(read_text(source, "markdown"))
    # *Soomaali* names the language (see test_language_minority.py)
    assert found.blocks == ("sv", "sv", "so", "so", "fit", "fit", "sv", "en", "sv", "sv")
    # the same pasted into a plain-text file or the page: its # headings are headings there too
    assert language.document_languages(read_text(source, "text")).blocks == found.blocks


DECLARED_PAGE = """<!DOCTYPE html>
<html lang="sv"><head><title>Förskola</title></head><body><main>
<h1>Förskola</h1>
<p>Du kan ansöka om plats i förskolan via e-tjänsten och få svar inom en vecka.</p>
<p lang="fi">Lue lisää suomeksi.</p>
<p lang="so">Akhri wax dheeraad ah.</p>
<p lang="en">Read more.</p>
</main></body></html>
"""


def test_a_language_the_page_declares_is_skipped_and_named_however_short() -> None:
    # a web page says the language of its parts (lang): klarlint had dropped them unsaid; now each is skipped and
    # named, even where its few words could not tell (*Lue lisää suomeksi*, *Read more*)
    report = lint_text(DECLARED_PAGE, fmt="html").files[0]
    assert report.language == "sv" and report.findings == []
    assert [(n.line, n.message) for n in report.notices] == [
        (5, "Text på finska har inte granskats (rad 5): klarlint granskar svensk text."),
        (6, "Text på somaliska har inte granskats (rad 6): klarlint granskar svensk text."),
        (7, "Text på engelska har inte granskats (rad 7): klarlint granskar svensk text."),
    ]


WRONG_LANG_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Bygglov</title></head><body><main>
<h1>Bygglov</h1>
<p>Du kan söka bygglov i vår e-tjänst. Vi svarar inom tre veckor och skickar beslutet till dig.</p>
<p>Om du har frågor kan du ringa till oss på kommunens kontaktcenter, som är öppet alla vardagar.</p>
</main></body></html>
"""


def test_swedish_text_a_template_marks_as_english_is_linted_and_its_markup_reported() -> None:
    # a wrong <html lang="en"> on a Swedish page: the words decide, so the page is linted as Swedish, its short
    # heading with it, and lang-attribute says once, on the first of the stretch, what is wrong with the markup
    report = lint_text(WRONG_LANG_PAGE, fmt="html").files[0]
    assert report.language == "sv" and report.notices == []
    [finding] = [f for f in report.findings if f.rule == "lang-attribute"]
    assert (finding.line, finding.text) == (3, "Bygglov")
    assert 'Sidans kod säger att texten är på engelska (lang="en"), men den är på svenska.' in finding.message
    assert "Det gäller 2 stycken till" in finding.message  # the two paragraphs; the page title is a stretch apart
    assert report.stats.words > 30


def test_lang_se_on_a_swedish_page_is_told_that_se_is_north_sami() -> None:
    # *se* for Swedish (the country code) is a common slip (session 43, the languages tester)
    report = lint_text(WRONG_LANG_PAGE.replace('lang="en"', 'lang="se"'), fmt="html").files[0]
    [finding] = [f for f in report.findings if f.rule == "lang-attribute"]
    assert "Ändra lang till sv (se är nordsamiska; svenska är sv)" in finding.message
    [english] = [f for f in lint_text(WRONG_LANG_PAGE, fmt="html").files[0].findings if f.rule == "lang-attribute"]
    assert "nordsamiska" not in english.message


UNMARKED_PAGE = """<!DOCTYPE html>
<html lang="sv"><head><title>Bygglov</title></head><body><main>
<h1>Bygglov</h1>
<p>Du behöver bygglov om du vill bygga ett nytt hus eller bygga till ditt hus.</p>
<p>Read more about building permits in English. You need a building permit if you want to build a new house.</p>
<p lang="en">We answer within three weeks and send the decision to you by post, with a letter about how to appeal.</p>
<p lang="nb">Vi svarer innen tre uker og sender vedtaket til deg i posten.</p>
</main></body></html>
"""


def test_a_web_pages_text_in_another_language_is_asked_to_be_marked_with_lang() -> None:
    # WCAG 3.1.2: a part in another language must say so in the markup, or a screen reader reads English with
    # Swedish pronunciation; the notice of the unmarked paragraph says how, the marked ones' do not. The page's
    # short heading and title stay Swedish, as its markup says, though most of its words are not.
    report = lint_text(UNMARKED_PAGE, fmt="html").files[0]
    assert [(n.line, n.message) for n in report.notices] == [
        (
            5,
            'Text på engelska har inte granskats (rad 5): klarlint granskar svensk text. Märk den med lang="en" i '
            "sidans kod, så att en skärmläsare läser den med rätt uttal.",
        ),
        (6, "Text på engelska har inte granskats (rad 6): klarlint granskar svensk text."),
        (7, "Text på norska (bokmål) har inte granskats (rad 7): klarlint granskar svensk text."),
    ]
    document = read_text(UNMARKED_PAGE, "html")
    blocks = language.document_languages(document).blocks
    assert [(b.text, lang) for b, lang in zip(document.blocks, blocks, strict=True) if b.text == "Bygglov"] == [
        ("Bygglov", "sv"),
        ("Bygglov", "sv"),
    ]


def test_a_markdown_pages_front_matter_declares_its_language() -> None:
    # a static site generator's page says its language in its front matter (lang: en), as <html lang> does
    english = lint_text(
        "---\ntitle: Building permits\nlang: en\n---\n\n# Building permits\n\nYou need a permit.\n", fmt="markdown"
    )
    assert english.files[0].language == "en" and english.files[0].findings == []
    swedish = lint_text(
        '---\ntitle: Bygglov\nlanguage: "en-GB"\n---\n\n# Bygglov\n\nDu kan söka bygglov i vår e-tjänst. Vi svarar '
        "inom tre veckor och skickar beslutet till dig.\n",
        fmt="markdown",
    ).files[0]
    [finding] = [f for f in swedish.findings if f.rule == "lang-attribute"]
    assert finding.line == 6 and '(lang="en-GB")' in finding.message


def test_a_cms_locale_in_lang_is_read_as_its_language() -> None:
    # *sv_SE* is a locale, not BCP 47's *sv-SE*, but some content management systems write it: a page marked so
    # had been dropped whole as "another language", unsaid
    page = WRONG_LANG_PAGE.replace('lang="en"', 'lang="sv_SE"')
    report = lint_text(page, fmt="html").files[0]
    assert report.language == "sv" and report.notices == [] and report.stats.words > 30
    assert not [f for f in report.findings if f.rule == "lang-attribute"]


PAGE_BODY = (
    "<head><title>Bygglov – Exempelby kommun</title></head><body><main><h1>Bygglov</h1><p>Du kan söka bygglov i "
    "vår e-tjänst. Vi svarar inom tre veckor och skickar beslutet till dig.</p></main></body></html>"
)


@pytest.mark.parametrize(
    ("html", "said"),
    [
        ("<!doctype html><html>", "<html> saknar attributet lang"),
        ('<html lang="">', 'attributet lang på elementet <html> är tomt (lang="")'),
        ("<HTML class='no-js'>", "<html> saknar attributet lang"),
    ],
)
def test_a_whole_page_without_a_language_is_told_once_on_its_title(html: str, said: str) -> None:
    # WCAG 3.1.1: a screen reader falls back on its user's default language (axe's html-has-lang)
    report = lint_text(html + PAGE_BODY, fmt="html").files[0]
    [finding] = [f for f in report.findings if f.rule == "lang-attribute"]
    assert finding.subcheck == "lang-missing" and finding.text == "Bygglov – Exempelby kommun"
    assert said in finding.message and finding.suggestion == 'Skriv <html lang="sv">'
    untitled = lint_text(html + PAGE_BODY.replace("<title>Bygglov – Exempelby kommun</title>", ""), fmt="html")
    [finding] = [f for f in untitled.files[0].findings if f.rule == "lang-attribute"]
    assert finding.text == "Bygglov"  # the first paragraph (the heading) where there is no title


@pytest.mark.parametrize(
    "page",
    [
        '<html lang="sv">' + PAGE_BODY,
        '<html xml:lang="sv-SE">' + PAGE_BODY,
        PAGE_BODY.replace("</html>", ""),  # a fragment (a CMS's body text) is not a page
        "<p>Du kan söka bygglov i vår e-tjänst. Vi svarar inom tre veckor.</p>",
    ],
)
def test_a_page_that_declares_its_language_or_is_no_page_is_not_told(page: str) -> None:
    report = lint_text(page, fmt="html").files[0]
    assert report.language == "sv" and report.stats.words > 5
    assert not [f for f in report.findings if f.rule == "lang-attribute"]


def test_an_english_page_without_a_language_is_skipped_not_told() -> None:
    # no Swedish rule reads an English page, this one neither: the notice says the page was not checked
    page = "<html><head><title>Building permits</title></head><body><p>" + "You need a building permit. " * 5
    report = lint_text(page + "</p></body></html>", fmt="html").files[0]
    assert report.language == "en" and report.findings == [] and report.notices


def test_a_swedish_paragraph_between_two_english_ones_splits_the_notice() -> None:
    # *rad 1–3* had claimed the Swedish line 2 unchecked while the same run reported a finding on it
    text = (
        "- The application must be submitted to the building committee, which will process it within four weeks.\n"
        "- Vi erhöll din ansökan i tid och vi behandlar den nu.\n"
        "- This is the second English list item, and it explains how you can appeal against the decision.\n"
    )
    report = lint_text(text, fmt="markdown").files[0]
    assert [n.message.split(":")[0] for n in report.notices] == [
        "Text på engelska har inte granskats (rad 1)",
        "Text på engelska har inte granskats (rad 3)",
    ]
    assert [f.line for f in report.findings if f.rule == "jargon"] == [2]
    english = text + "- Then the committee will write to you when it has decided what to do with the application.\n"
    notices = lint_text(english, fmt="markdown").files[0].notices  # consecutive English lines stay one stretch
    assert [n.message.split(":")[0] for n in notices] == [
        "Text på engelska har inte granskats (rad 1)",
        "Text på engelska har inte granskats (rad 3–4)",
    ]


# A municipality's page for readers of other languages: a short Swedish introduction, then a section in each language.
OTHER_LANGUAGES_PAGE = """# Information om bostäder

Kommunen hjälper dig som vill flytta hit. Du skall kontakta oss på telefon eller via e-post.

## Po polsku

Gmina oferuje pomoc dla osób, które chcą się przeprowadzić do naszego miasta. Możesz skontaktować się z nami przez
telefon lub pocztę elektroniczną. My pomagamy w sprawach mieszkaniowych, a to jest bezpłatne.

## Bosanski

Općina nudi pomoć svima koji žele da se presele u naš grad. Možete nas kontaktirati telefonom ili e-poštom. Mi
pomažemo u stambenim pitanjima i to je besplatno za sve stanovnike.

## Español

El municipio ofrece ayuda a las personas que quieren mudarse a nuestra ciudad. Puede contactarnos por teléfono o
correo electrónico. Ayudamos con asuntos de vivienda y es gratis para todos.

## Kurdî

Şaredarî alîkarî dide hemû kesên ku dixwazin bêne bajarê me. Hûn dikarin bi telefonê an e-nameyê bi me re têkilî
daynin. Em di mijarên xaniyan de alîkarî dikin û ev belaş e.
"""


def test_a_page_in_many_languages_lints_its_swedish_part_and_names_the_others() -> None:
    # the sections had been linted as Swedish (Kurdish *ev* an unexplained abbreviation), Polish called English; and
    # once they were known, their points together had made the Swedish heading and paragraph Kurdish, unchecked
    report = lint_text(OTHER_LANGUAGES_PAGE, fmt="markdown").files[0]
    assert [(f.rule, f.text) for f in report.findings] == [("skall", "skall")]
    assert [n.message.split(" har ")[0] for n in report.notices] == [
        "Text på polska",
        "Text på bosniska",
        "Text på spanska",
        "Text på kurdiska",
    ]


# --- a page for readers of other languages, as a tester wrote them (session 40) ------------------------------------


def _languages(text: str, fmt: str = "markdown") -> tuple[str, list[tuple[str, str]]]:
    document = read_text(text, fmt)
    languages = language.document_languages(document)
    return languages.language, list(zip([b.text for b in document.blocks], languages.blocks, strict=True))


@pytest.mark.parametrize(
    "section",
    [
        "## Kurdî\n\nZarokê we mafê wî heye ku here dibistanê. Eger pirsên we hebin, ji me re telefon bikin.\n",
        "## In English\n\nYour child has the right to go to school. If you have any questions, please call us and "
        "we will help you.\n",
    ],
)
def test_a_named_section_in_another_language_does_not_make_the_page_its_language(section: str) -> None:
    # its points had made the whole page Kurdish or English: the Swedish title, the contact heading and the short
    # lines under it skipped as such
    text = f"# Skolval\n\nAnsök om skolplats senast den 15 februari.\n\n{section}\n## Kontakt\n\nRing oss.\n"
    page, blocks = _languages(text)
    assert page == "sv"
    swedish = [text for text, decided in blocks if decided == "sv"]
    assert swedish == ["Skolval", "Ansök om skolplats senast den 15 februari.", "Kontakt", "Ring oss."]


def test_a_page_declared_swedish_keeps_its_swedish_heading_beside_an_english_section() -> None:
    page = (
        '<html lang="sv"><head><title>Skolval</title></head><body><h1>Skolval</h1>'
        "<p>Ansök om skolplats senast den 15 februari.</p><h2>In English</h2>"
        "<p>Your child has the right to go to school. Apply for a place before the 15th of February.</p>"
        "<p>If you have any questions, please call us and we will help you.</p></body></html>"
    )
    report = lint_text(page, fmt="html").files[0]
    assert report.language == "sv"
    [notice] = [n for n in report.notices if n.code == "other-language"]
    assert "engelska" in notice.message and "rad 1" in notice.message  # the English text's lines, forwards


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Norwegian and Danish short of a decision's lead over Swedish, named by their headings
        ("## Norsk\n\nSkolen starter i august. Elevene får gratis skyss dersom skoleveien er lang.\n", "nb"),
        ("## Dansk\n\nSkolen begynder i august. Eleverne får gratis buskort, hvis skolevejen er lang.\n", "da"),
        # eight lower-case words or more with at most one Swedish among them
        ("Uw kind kan naar school gaan. Het afval wordt elke twee weken opgehaald.\n", "und"),
        ("O seu filho pode ir à escola. O lixo é recolhido de duas em duas semanas.\n", "und"),
        ("Permohonan dapat diajukan secara online. Informasi lebih lanjut ada di situs web kami.\n", "und"),
    ],
)
def test_short_foreign_paragraphs_in_a_swedish_page_are_not_linted(text: str, expected: str) -> None:
    _, blocks = _languages("# Kommunen informerar\n\nVi har samlat information om skolan och avfallet här.\n\n" + text)
    assert blocks[-1][1] == expected


def test_a_few_words_repeated_are_not_an_unknown_language() -> None:
    # ten links *Läs mer* in a paragraph had been *Text på ett annat språk*, and their link-text findings gone
    links = " ".join(f'<a href="/nyhet-{n}">Läs mer</a>' for n in range(12))
    page = f'<html lang="sv"><body><p>Ansökan ska lämnas in senast den 1 maj.</p><p>{links}</p></body></html>'
    report = lint_text(page, fmt="html").files[0]
    assert not report.notices and [f.rule for f in report.findings].count("link-text") == 12
    _, blocks = _languages("# Sidor\n\nHär finns alla sidor.\n\n" + " ".join(f"sida {n}" for n in range(200)) + "\n")
    assert blocks[-1][1] != "und"


def test_names_are_no_function_words() -> None:
    # Kurdish *li, di, ji, ku* as Chinese and Korean names had made a preschool's staff list Kurdish
    page, blocks = _languages("# Personal\n\nKontakta Li Wang, Di Chen eller Ji Ku.\n\n- Wan Bi, vaktmästare\n")
    assert page == "sv" and {decided for _, decided in blocks} == {"sv"}


def test_a_page_of_thirty_languages_names_each_of_them() -> None:
    sections = "".join(
        f"## Avsnitt {n}\n\nVi har samlat information om skolan här.\n\n## Suomeksi\n\nKoulu alkaa elokuussa, ja "
        "lisätietoja saat meiltä puhelimitse.\n\n"
        for n in range(30)
    )
    notices = [n for n in lint_text(sections, fmt="markdown").files[0].notices if n.code == "other-language"]
    assert len(notices) == 30 and all(n.line > 0 for n in notices)  # twenty had been named, the rest at line 0


def test_a_yiddish_heading_and_a_declared_thai_section_are_named() -> None:
    _, blocks = _languages("## ייִדיש\n\nאײַער קינד האָט דאָס רעכט צו גײן אין שול.\n")
    assert [decided for _, decided in blocks] == ["yi", "yi"]
    page = '<html lang="sv"><body><p>Vi har samlat information här.</p><p lang="th">ในกรณีฉุกเฉินโทร 112</p></body></html>'
    [notice] = lint_text(page, fmt="html").files[0].notices
    assert notice.message.startswith("Text på thailändska")
