"""Language detection and lang advice after session 48's re-tests (retest-lang, retest-crisis): a crisis page's
update line, a Finnish page without lang, Yiddish in Latin letters, pages told only by their script, a short Danish
line."""

from __future__ import annotations

import pytest

from klarlint.language import document_languages
from klarlint.linter import lint_text
from klarlint.readers import read_text


def _languages(source: str, fmt: str = "markdown") -> tuple[str, dict[str, str]]:
    document = read_text(source, fmt)
    found = document_languages(document)
    return found.language, {block.text: lang for block, lang in zip(document.blocks, found.blocks, strict=True)}


def _notices(source: str, fmt: str = "markdown") -> list[str]:
    report = lint_text(source, fmt=fmt).files[0]
    return [n.message for n in report.notices if n.code == "other-language"]


UPDATE_LINE = "Vi uppdaterar sidan minst var tredje timme. Senast uppdaterad 7 december kl. 12.45."


@pytest.mark.parametrize(
    "text",
    [
        UPDATE_LINE,
        "Senast uppdaterad 7 december kl. 12.45. Vi uppdaterar sidan minst var tredje timme.",
        "Vi ringer upp senast klockan tolv i morgon. Mejla gärna kommunens servicecenter.",
        "Vi uppdaterar informationen löpande under kvällen. Senast uppdaterad 3 mars kl. 18.00.",
    ],
)
def test_a_swedish_line_with_one_lower_case_swedish_word_is_swedish(text: str) -> None:
    # its first word (*Vi*) is Swedish evidence too: with one Swedish word among eight lower-case ones, a crisis
    # page's update line had been skipped as an unknown language (retest-crisis WRONG 4)
    assert _languages(f"<main><p>{text}</p></main>", "html")[1][text] == "sv"
    assert not _notices(f"<main><p>{text}</p></main>", "html")


@pytest.mark.parametrize(
    "text",
    [
        # Dutch and Portuguese open sentences with words Swedish writes (*De, Men, Om, Em*): no Swedish evidence
        "Men zegt dat het water hier schoon is. Er zijn geen problemen gemeld door de bewoners.",
        "Om een afspraak te maken belt u het klantcentrum. De medewerkers helpen u graag verder.",
        "Em caso de dúvida contacte a escola do seu filho. De manhã a escola abre cedo para todos.",
        "Nu este nevoie să trimiteți documentele prin poștă. De asemenea puteți veni personal la birou.",
        "Vi preghiamo di compilare il modulo online. Per domande potete contattare il nostro ufficio.",
    ],
)
def test_an_unknown_language_with_swedish_looking_openers_stays_unknown(text: str) -> None:
    assert _languages(text)[1][text] == "und"


ARTICLE = (
    "# Samarbete över gränsen\n\nKommunen har skrivit ett avtal med grannkommunen om gemensam räddningstjänst. "
    "Avtalet gäller från den 1 januari.\n\n"
)


@pytest.mark.parametrize("line", ["Tak for samarbejdet!", "Tusind tak for samarbejdet.", "Venlig hilsen"])
def test_a_short_danish_line_is_danish(line: str) -> None:
    # *tak, tusind, samarbejdet* are Danish only (Swedish *tack, tusen, samarbetet*): it had been linted as Swedish
    assert _languages(f"{ARTICLE}{line}\n")[1][line] == "da"
    assert _languages(f"{line}\n")[0] == "da"


@pytest.mark.parametrize(
    "line", ["Tack för samarbetet!", "Tak för samarbetet!", "Nytt tak på skolan.", "Tak", "Tak och fasad"]
)
def test_a_swedish_line_with_tak_stays_swedish(line: str) -> None:
    assert _languages(f"{ARTICLE}{line}\n")[1][line] == "sv"
    assert _languages(f"{line}\n")[0] == "sv"


@pytest.mark.parametrize("line", ["Tusen takk for samarbeidet!", "Vennlig hilsen"])
def test_a_short_norwegian_line_is_norwegian(line: str) -> None:
    # *takk, samarbeidet, vennlig* are Norwegian only: linted as Swedish too
    assert _languages(f"{ARTICLE}{line}\n")[1][line] in {"nb", "nn"}


FINNISH_BODY = (
    "<main><h1>Tervetuloa kirjastoon</h1><p>Kirjasto on avoinna maanantaista perjantaihin kello 10–19 ja "
    "lauantaisin kello 11–15. Kesällä aukioloajat ovat lyhyemmät.</p><p>Satutunti suomeksi järjestetään joka toinen "
    "keskiviikko. Tilaisuus on maksuton, eikä ennakkoilmoittautumista tarvita.</p>"
    "<p>Sidan uppdaterades: 2026-11-09</p></main>"
)


def _page(html_open: str, title: str, body: str) -> str:
    return f"<!DOCTYPE html>\n{html_open}\n<head><title>{title}</title></head>\n<body>\n{body}\n</body></html>\n"


def _lang_findings(source: str) -> list[tuple[str, str | None]]:
    report = lint_text(source, fmt="html").files[0]
    return [(f.subcheck or "", f.suggestion) for f in report.findings if f.rule == "lang-attribute"]


def _placed_notices(source: str) -> list[tuple[int, str]]:
    report = lint_text(source, fmt="html").files[0]
    return sorted((n.line, n.message) for n in report.notices if n.code == "other-language")


def test_a_finnish_page_without_lang_is_told_lang_fi_on_its_title() -> None:
    # the lang-missing finding had sat on the Swedish status line with *Skriv <html lang="sv">* (retest-lang WRONG 1)
    source = _page("<html>", "Kirjasto – aukioloajat", FINNISH_BODY)
    assert not any('lang="sv"' in (suggestion or "") for _, suggestion in _lang_findings(source))
    notices = _placed_notices(source)
    assert notices[0][0] == 3  # the title's line
    assert 'Skriv <html lang="fi">' in notices[0][1]
    assert sum('lang="fi"' in message for _, message in notices) == 1


def test_a_finnish_page_under_lang_sv_is_advised_on_its_title() -> None:
    # the title had had its own notice without advice before the body's (retest-lang 7f)
    notices = _placed_notices(_page('<html lang="sv">', "Kirjasto – aukioloajat", FINNISH_BODY))
    assert notices[0][0] == 3
    assert 'Ändra till <html lang="fi">' in notices[0][1]
    assert sum('lang="fi"' in message for _, message in notices) == 1


def test_a_swedish_page_without_lang_keeps_its_finding() -> None:
    body = "<main><h1>Bibliotek</h1><p>Biblioteket är öppet alla vardagar. Du kan låna böcker och filmer.</p></main>"
    assert _lang_findings(_page("<html>", "Biblioteket – öppettider", body)) == [
        ("lang-missing", 'Skriv <html lang="sv">')
    ]


YIDDISH_LATIN = (
    "<h2>Yidish</h2><p>Yidish iz eyne fun Shvedns finf natsionale minoritet-shprakhn. Di komune vil shtitsn di vos "
    "redn yidish un zeyere kinder.</p><p>Oyb ir vilt az ayer kind zol lernen yidish in shul, kent ir zikh farbindn "
    "mit der shul.</p>"
)
SWEDISH_INTRO = (
    "<h1>Nationella minoriteter</h1><p>Jiddisch är ett av Sveriges fem nationella minoritetsspråk. Här finns "
    "information på jiddisch.</p>"
)


@pytest.mark.parametrize("lang", ["yi-Latn", "yi"])
def test_yiddish_in_latin_letters_marked_yi_is_trusted(lang: str) -> None:
    # it had been *ett annat språk* and *tyska*, told *Märk den med lang="de"* (retest-lang WRONG 2)
    source = _page(
        '<html lang="sv">',
        "Nationella minoriteter",
        f'<main>{SWEDISH_INTRO}<div lang="{lang}">{YIDDISH_LATIN}</div></main>',
    )
    notices = [message for _, message in _placed_notices(source)]
    assert notices and all("jiddisch" in message and "Märk" not in message for message in notices)
    assert not _lang_findings(source)


def test_a_declared_latin_script_is_trusted_for_text_of_no_listed_language() -> None:
    text = "Shvedn hot finf natsionale minoritetn: yidn, romen, samen, tornedaler un shvedishe finen."
    source = _page('<html lang="sv">', "Minoriteter", f'<main>{SWEDISH_INTRO}<p lang="yi-Latn">{text}</p></main>')
    assert all("Märk" not in message for _, message in _placed_notices(source))


def test_swedish_marked_yi_latn_is_still_swedish() -> None:
    text = "Du kan läsa mer om nationella minoriteter och deras rättigheter på vår webbplats."
    source = _page('<html lang="sv">', "Minoriteter", f'<main>{SWEDISH_INTRO}<p lang="yi-Latn">{text}</p></main>')
    assert [subcheck for subcheck, _ in _lang_findings(source)] == ["lang-wrong"]


def test_yiddish_in_latin_letters_alone_is_one_notice_and_not_swedish() -> None:
    # notices *kurdiska*, *tyska*, *danska* and the language sv though nothing Swedish was linted (retest-lang WRONG 4)
    text = (
        "Yidish in der komune\n\nYidish iz eyne fun Shvedns finf natsionale minoritet-shprakhn. Di komune vil shtitsn "
        "di vos redn yidish un zeyere kinder.\n\nOyb ir vilt az ayer kind zol lernen yidish in shul, kent ir zikh "
        "farbindn mit der shul. Di lektsyes zenen umzist, un es iz nit neytik tsu kenen yidish frier.\n\nIn der "
        "biblyotek gefint ir bikher af yidish far kinder un dervaksene. Mir hobn oykh a leyenkrayz yedn dritn dinstik "
        "in khoydesh.\n"
    )
    report = lint_text(text).files[0]
    assert report.language == "yi"
    assert len([n for n in report.notices if n.code == "other-language"]) == 1


def test_a_text_of_other_languages_none_most_of_it_is_no_swedish_document() -> None:
    report = lint_text("Sweden and the EU\n\nMehr auf Deutsch!\n").files[0]
    assert report.language == "und"  # had been sv, nothing Swedish linted
    assert len([n for n in report.notices if n.code == "other-language"]) == 2  # each stretch still named


PERSIAN = (
    "<h1>ثبت نام در مدرسه</h1><p>همه کودکانی که در سوئد زندگی می‌کنند باید به مدرسه بروند. برای اطلاعات بیشتر با "
    "مدرسه تماس بگیرید.</p>"
)
UKRAINIAN = (
    "<h1>Запис до школи</h1><p>Усі діти, які живуть у Швеції, повинні ходити до школи. Ви можете записати дитину "
    "через електронну службу на сайті комуни.</p>"
)
RUSSIAN = (
    "<h1>Запись в школу</h1><p>Все дети, которые живут в Швеции, должны ходить в школу. Вы можете записать ребёнка "
    "через электронную службу на сайте коммуны.</p>"
)
TIGRINYA = "<h1>ምዝገባ ቤት ትምህርቲ</h1><p>ኩሎም ቆልዑ ኣብ ሽወደን ዝነብሩ ናብ ቤት ትምህርቲ ክኸዱ ኣለዎም።</p>"
HEBREW = "<h1>רישום לבית הספר</h1><p>כל הילדים שגרים בשוודיה צריכים ללכת לבית הספר. אפשר לרשום את הילד באתר.</p>"
YIDDISH_SCHOOL = "<h1>שולע</h1><p>אַלע קינדער וואָס וווינען אין שוועדן דאַרפֿן גיין אין שולע.</p>"
YIDDISH = "<h1>ייִדיש אין שוועדן</h1><p>ייִדיש איז איינע פֿון די נאַציאָנאַלע מינאָריטעט־שפּראַכן אין שוועדן.</p>"


@pytest.mark.parametrize(
    ("body", "advice"),
    [
        (PERSIAN, 'lang="fa" (persiska, som bokstäverna tyder på)'),
        (UKRAINIAN, 'lang="uk" (ukrainska, som bokstäverna tyder på)'),
        (YIDDISH, 'lang="yi"'),  # its heading names it
        (YIDDISH_SCHOOL, 'lang="yi" (jiddisch, som bokstäverna tyder på)'),
        (RUSSIAN, "Ange i sidans kod vilket språk sidan är på"),
        (TIGRINYA, "Ange i sidans kod vilket språk sidan är på"),
        (HEBREW, "Ange i sidans kod vilket språk sidan är på"),
    ],
)
@pytest.mark.parametrize("html_open", ['<html lang="sv">', "<html>"])
def test_a_page_told_by_its_script_is_told_its_lang(body: str, advice: str, html_open: str) -> None:
    # a wrong or missing lang had gone unsaid on pages told only by their script (retest-lang WRONG 3)
    source = _page(html_open, "Skola", f"<main>{body}</main>")
    notices = [message for _, message in _placed_notices(source)]
    assert len(notices) == 1 and advice in notices[0]
    assert not _lang_findings(source)  # no *Skriv <html lang="sv">* on such a page


def test_a_page_told_by_its_script_with_a_swedish_status_line_is_advised_once() -> None:
    body = f"<main>{PERSIAN}<p>Sidan uppdaterades: 2026-11-09</p></main>"
    notices = [message for _, message in _placed_notices(_page('<html lang="sv">', "ثبت نام در مدرسه", body))]
    assert sum('<html lang="fa">' in message for message in notices) == 1
    assert 'men sidans kod säger <html lang="sv">' in "".join(notices)


@pytest.mark.parametrize("lang", ["ar", "fa", "uk", "ti"])
def test_text_told_by_its_script_and_marked_is_not_advised(lang: str) -> None:
    source = _page(f'<html lang="{lang}">', "Skola", f"<main>{PERSIAN if lang in ('ar', 'fa') else TIGRINYA}</main>")
    if lang == "uk":
        source = _page('<html lang="uk">', "Skola", f"<main>{UKRAINIAN}</main>")
    assert all("lang=" not in message and "Ange" not in message for _, message in _placed_notices(source))


SWEDISH_BODY = (
    "<main><h1>Bygglov</h1><p>Du behöver bygglov om du vill bygga ett nytt hus. Vi svarar inom tre veckor och "
    "skickar beslutet till dig.</p></main>"
)


@pytest.mark.parametrize(
    ("lang", "said"),
    [("no", 'på norska (lang="no")'), ("nb", 'på norska, bokmål (lang="nb")'), ("en", 'på engelska (lang="en")')],
)
def test_lang_wrong_names_the_declared_language_as_written(lang: str, said: str) -> None:
    # *norska (bokmål) (lang="no")*: a double parenthesis, and a bokmål the markup never said (retest-lang 7b)
    report = lint_text(_page(f'<html lang="{lang}">', "Bygglov", SWEDISH_BODY), fmt="html").files[0]
    [message] = [f.message for f in report.findings if f.rule == "lang-attribute"]
    assert said in message


ROMANI = (
    "<p>Kai tu keres kăko foro, tu si tut o čačimos te vorbis romanes kana tu aves ka amende. Amen das tut informàcia "
    "pa školaki, pa sastimos thaj pa buti.</p><p>Te si tut pučimata, šaj te akhares amen po telefòno. Jekh manuš kaj "
    "vorbil romanes ažutil tut luja thaj marci, katar e enja dži ka e deš thaj duj.</p><p>O romane šave šaj te "
    "siklon pengi čhib and-i škola. Te kames te des tut anav, vorbisar e direktorosa katar i škola.</p>"
)


def test_a_swedish_page_with_a_longer_marked_part_is_swedish() -> None:
    # its language had been reported as rom (retest-lang 7e)
    intro = "<h1>Romani chib</h1><p>Här finns information på romani chib (kalderash).</p>"
    body = f'<main>{intro}<div lang="rom">{ROMANI}</div></main>'
    report = lint_text(_page('<html lang="sv">', "Romani chib", body), fmt="html").files[0]
    assert report.language == "sv"
    assert [n.line for n in report.notices if n.code == "other-language"] == [5]  # the Romani part only


def test_a_romani_page_is_still_romani() -> None:
    report = lint_text(_page('<html lang="rom">', "Romani chib", f"<main>{ROMANI}</main>"), fmt="html").files[0]
    assert report.language == "rom"
