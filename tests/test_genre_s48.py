"""Session 48: a regulation has no summary to put first; organisations' names of several words, their acronyms and
more endings name a sender; *vi* with a way to reach them is a sender's voice; an easy-to-read text's short opening
lines are its summary; the kind of a report, a pupil's plan and a letter written in Markdown."""

from __future__ import annotations

import pytest

from conftest import lint_text
from klarlint.genre import detect_genre
from klarlint.readers import read_text

SHORT = {"rules": {"missing-summary": {"min_words": 40}}}


def findings(text: str, rule: str, fmt: str = "text", **settings):  # noqa: ANN201 (a list of Finding)
    return [f for f in lint_text(text, fmt, **settings).findings if f.rule == rule]


# A regulation (the agency re-tester's 05-foreskrifter.docx written anew): its series and title in its head, its
# paragraphs, and a statute's formula; the same paragraphs under a page's title have neither.
PARAGRAPHS = (
    "1 § Dessa föreskrifter gäller för den som bedriver hemtjänst enligt socialtjänstlagen i hela landet.\n\n"
    "2 § Den som bedriver hemtjänst ska ha rutiner för hur insatserna planeras och följs upp varje månad.\n\n"
    "3 § Rutinerna ska dokumenteras och vara kända av all personal som arbetar med insatserna hos den enskilde.\n\n"
    "4 § Den som bedriver hemtjänst ska utse en person som ansvarar för att rutinerna följs i det dagliga arbetet.\n\n"
)
REGULATION = (
    "Socialstyrelsens författningssamling\n\nSOSFS 2026:5 (S)\n\n"
    "Socialstyrelsens föreskrifter om rutiner i hemtjänsten;\n\nbeslutade den 3 mars 2026.\n\n"
    f"Socialstyrelsen föreskriver följande.\n\n{PARAGRAPHS}"
    "Denna författning träder i kraft den 1 juli 2026.\n\nPå Socialstyrelsens vägnar\n\nOLIVIA WIGZELL\n"
)


def test_a_regulation_is_not_asked_for_a_summary() -> None:
    assert not findings(REGULATION, "missing-summary", **SHORT)


def test_the_same_paragraphs_without_a_statutes_formula_still_need_a_summary() -> None:
    about = REGULATION.replace("Denna författning träder i kraft", "Reglerna gäller från")
    about = about.replace("På Socialstyrelsens vägnar", "Socialstyrelsen")
    assert findings(about, "missing-summary", **SHORT)


def sender_messages(text: str, fmt: str = "text", **settings) -> list[str]:
    return [f.message for f in findings(text, "missing-sender", fmt, **settings)]


# A correction letter (the agency re-tester's 12-rattelse.txt written anew): its letterhead names the agency in two
# words and its acronym, and its signature names it again.
CORRECTION = (
    "{name}\n851 82 Sundsvall\nTelefon: 0771-276 000\n\n2026-11-18\n\nTill: Elin Johansson\n\n"
    "Rättelse av beslut om studiemedel\n\n"
    "I beslutet som vi skickade till dig den 4 november 2026 stod det att du får studiemedel för 40 veckor. Det var "
    "fel. Du får studiemedel för 20 veckor, från den 19 januari till den 7 juni 2027. Det beror på att din utbildning "
    "är en termin, inte två.\n\nDu får samma belopp varje månad som tidigare. Det är bara tiden som ändras. Du "
    "behöver inte göra något. Om du anser att själva beslutet om studiemedel är fel kan du begära omprövning. Det "
    "ska du göra inom tre veckor från den dag du fick del av beslutet.\n\nVi ber om ursäkt för felet.\n\n"
    "Med vänlig hälsning\n\n{signature}\n"
)
PRESS = (
    "Pressmeddelande, 2026-05-12\n\nFler unga får sommarjobb genom ny satsning\n\n"
    "I sommar kan 4 000 fler ungdomar få ett sommarjobb i kommuner och regioner. {agency} fördelar nu 120 miljoner "
    "kronor till 150 kommuner och alla regioner.\n\nRegeringen har gett {agency} i uppdrag att fördela pengar till "
    "kommuner och regioner som anordnar sommarjobb för ungdomar mellan 15 och 19 år. Pengarna ska särskilt gå till "
    "unga som bor i områden med låg sysselsättning.\n\n– Ett första jobb betyder mycket. Man får referenser, "
    "egna pengar och en känsla av att behövas. Därför är vi glada att kunna ge fler unga den chansen i sommar.\n\n"
    "Kommunerna ansöker om pengarna senast den 1 april. Sommarjobben "
    "ska pågå i minst tre veckor och ge ungdomarna en meningsfull sysselsättning inom äldreomsorg eller parkskötsel."
    "\n\nKontakt\n\nPresstjänsten, {agency}, 010-486 10 00\n"
)


@pytest.mark.parametrize(
    ("name", "signature"),
    [
        ("Centrala studiestödsnämnden (CSN)", "Centrala studiestödsnämnden"),
        ("Centrala studiestödsnämnden", "Handläggare Jonas Ek"),
        ("Myndigheten för delaktighet (MFD)", "Handläggare Jonas Ek"),
    ],
)
def test_a_name_of_several_words_or_with_its_acronym_names_the_sender(name: str, signature: str) -> None:
    assert not sender_messages(CORRECTION.format(name=name, signature=signature))


def test_an_agency_whose_name_ends_in_formedlingen_names_the_sender() -> None:
    assert not sender_messages(PRESS.format(agency="Arbetsförmedlingen"))
    assert sender_messages(PRESS.format(agency="myndigheten"))  # (a word for it names none)


@pytest.mark.parametrize(
    ("name", "signature"),
    [
        # a quantifier or a pronoun before a body's name names no one; an acronym in a sentence is another's
        ("Alla nämnder har fått beslutet.", "Handläggare Jonas Ek"),
        ("Berörda förvaltningen har fått beslutet.", "Handläggare Jonas Ek"),
        ("Beslutet gäller enligt regler från Europeiska unionen (EU) och Sverige.", "Handläggare Jonas Ek"),
    ],
)
def test_words_that_only_look_like_a_name_name_no_sender(name: str, signature: str) -> None:
    messages = sender_messages(CORRECTION.format(name=name, signature=signature))
    assert messages and messages[0].startswith("Texten har kontaktuppgifter men säger inte vem som är avsändare")


# The bench re-tester's 6-felfri.txt written anew: a page's text in plain text, *vi* and a telephone number.
BINS = (
    "Vi tömmer dina sopor varannan vecka\n\n"
    "Vi tömmer ditt kärl för mat och restavfall varannan vecka. Du ser din tömningsdag i appen Mina sidor.\n\n"
    "Ställ ut kärlet senast klockan sex på morgonen. Handtaget ska peka ut mot gatan. Locket måste gå att stänga.\n\n"
    "Om vi inte kan tömma ditt kärl, får du ett meddelande i appen. Där ser du också varför vi inte kunde tömma det."
    "\n\n{contact}\n\nDu kan också lämna grovsopor på återvinningscentralen. Där tar vi emot möbler, metall, trä och "
    "elavfall. Det kostar inget att lämna det.\n"
)


def test_vi_beside_a_contact_route_is_information_at_most() -> None:
    found = findings(
        BINS.format(
            contact="Har du frågor? Ring oss på 0123-200 00. Vi svarar på vardagar mellan klockan åtta och fyra."
        ),
        "missing-sender",
    )
    assert [f.severity.value for f in found] == ["info"]


@pytest.mark.parametrize(
    ("contact", "genre"),
    [
        # a number no *vi* claims (another's), and a letter or a decision, which must say who sends it
        (
            "Har du frågor om appen? Supporten svarar på 0123-200 00 på vardagar mellan klockan åtta och fyra.",
            None,
        ),
        ("Har du frågor? Ring oss på 0123-200 00. Vi svarar på vardagar mellan klockan åtta och fyra.", "brev"),
        ("Har du frågor? Ring oss på 0123-200 00. Vi svarar på vardagar mellan klockan åtta och fyra.", "beslut"),
    ],
)
def test_a_contact_route_without_vi_or_in_a_letter_is_still_a_warning(contact: str, genre: str | None) -> None:
    settings = {"genre": genre} if genre else {}
    found = findings(BINS.format(contact=contact), "missing-sender", **settings)
    assert [f.severity.value for f in found] == ["warning"]


# The school re-tester's easy-to-read text (12-kulturskolan-lattlast.txt written anew): short lines under the title
# that say what the text is about, then sections each opening with a question on its own line.
EASY = (
    "Kulturskolan\n\nKulturskolan är en skola på fritiden.\nDär kan du lära dig musik, dans, teater och bild.\n"
    "Du kan gå i kulturskolan om du är mellan 6 och 19 år.\n\n"
    "Vad kan jag göra i kulturskolan?{sep}Du kan spela ett instrument.\nTill exempel gitarr, piano, fiol eller "
    "trummor.\nDu kan sjunga i en kör.\nDu kan dansa eller spela teater.\nDu kan måla och teckna.\n\n"
    "När är kulturskolan?\nKulturskolan är efter skolan.\nDu går en gång i veckan.\nLektionen är 30 minuter.\n\n"
    "Vad kostar det?\nDet kostar 400 kronor för en termin.\nDu kan låna ett instrument av oss.\nDet kostar 200 "
    "kronor för en termin.\n\nHur anmäler jag mig?\nDu anmäler dig på kommunens webbplats.\nEn vuxen måste hjälpa "
    "dig om du är under 18 år.\nDu får ett brev när det finns en plats till dig.\n"
)


def test_an_easy_to_read_texts_short_opening_lines_above_a_question_line_are_its_summary() -> None:
    assert not findings(EASY.format(sep="\n"), "missing-summary", profile="lättläst", **SHORT)


def test_a_question_inside_a_line_is_no_heading_and_the_opening_is_still_the_bodys_start() -> None:
    found = findings(EASY.format(sep=" "), "missing-summary", profile="lättläst", **SHORT)
    assert found and "början på brödtexten" in found[0].message


def kind(text: str, fmt: str = "markdown") -> str:
    return detect_genre(read_text(text, fmt))


SECTIONS = (
    "## Bygglov\n\nAntalet ansökningar ökade med 29 procent. En digital e-tjänst för ansökan infördes i mars.\n\n"
    "## Ekonomi\n\nNettokostnaden blev 48,3 miljoner kronor, vilket är 2,1 miljoner kronor lägre än budget.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Verksamhetsberättelse 2025 i korthet – Samhällsbyggnadsförvaltningen",
        "Individuell utvecklingsplan – vårterminen 2027",
        "Årsredovisning 2025",
    ],
)
def test_a_report_on_a_period_under_its_title_is_a_document(title: str) -> None:
    assert kind(f"# {title}\n\n{SECTIONS}") == "dokument"


@pytest.mark.parametrize(
    "title",
    [
        "Verksamhetsberättelsen visar ett överskott",  # a page's headline about the report: no period
        "Årsredovisning 2025: kommunen gick med överskott",  # a news item's headline after the kind and year
        "Så läser du vår årsredovisning för 2025",  # the kind not first
    ],
)
def test_a_page_about_a_report_is_still_a_page(title: str) -> None:
    assert kind(f"# {title}\n\n{SECTIONS}") == "webbsida"


CONSULTATION = (
    "---\ntitle: Samråd om detaljplan för Norra Strandparken\ndescription: Kommunen vill veta vad du tycker.\n"
    "lang: sv\n---\n\n# Samråd om detaljplan för Norra Strandparken\n\n{opening}\n\n## Kort om förslaget\n\n"
    "- Cirka 120 nya bostäder i flerbostadshus.\n- En ny förskola med sex avdelningar.\n\n## Så lämnar du synpunkter"
    "\n\nSkicka dina synpunkter senast den 28 februari 2027 till samhallsbyggnad@ekstad.se.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Du får det här brevet eftersom du äger en fastighet nära området som planen gäller.",
        "Vi skickar detta brev till alla som bor nära området som planen gäller.",
    ],
)
def test_a_text_that_calls_itself_a_letter_is_a_letter(opening: str) -> None:
    assert kind(CONSULTATION.format(opening=opening)) == "brev"


@pytest.mark.parametrize(
    "opening",
    [
        "Här kan du läsa om förslaget och lämna synpunkter på det.",
        # a page that tells of a letter
        "Alla som bor nära området får ett brev om samrådet. Du kan också läsa om förslaget här.",
    ],
)
def test_a_page_that_does_not_call_itself_a_letter_is_a_page(opening: str) -> None:
    assert kind(CONSULTATION.format(opening=opening)) == "webbsida"


# A guideline for case officers (the writer's re-tester's 06-riktlinje-strandskydd.docx written anew), its facts in a
# table above its sections; the sender is named but no way to reach them is given.
GUIDELINE = (
    "| Dokumentnamn | Riktlinje för handläggning av strandskyddsdispenser |\n|---|---|\n"
    "| Fastställd av | Byggnadsnämnden 2026-09-17, § 142 |\n| {label} | Miljö- och byggchef |\n\n"
    "# Riktlinje för handläggning av strandskyddsdispenser\n\n## 1 Syfte\n\n"
    "Riktlinjen ska säkerställa att ansökningar om strandskyddsdispens handläggs på ett likvärdigt och rättssäkert "
    "sätt. Den vänder sig till handläggare på miljö- och byggavdelningen.\n\n## 2 Utgångspunkter\n\n"
    "Strandskyddet regleras i 7 kap. miljöbalken. Dispens får endast ges om det finns särskilda skäl och om åtgärden "
    "är förenlig med strandskyddets syften. Byggnadsnämnden ska vara restriktiv med dispenser i områden som är "
    "viktiga för friluftslivet. Handläggaren ska alltid besöka platsen innan ett beslut fattas och dokumentera "
    "besöket med foton. Beslutet ska skickas till länsstyrelsen samma dag som det fattas, så att länsstyrelsen kan "
    "pröva det inom tre veckor.\n\n## 3 Bedömning\n\nHandläggaren ska pröva om platsen redan är ianspråktagen, om "
    "åtgärden behövs för att tillgodose ett angeläget allmänt intresse och om den kan ske utan att växt- och djurlivet "
    "påverkas. Bedömningen ska framgå av beslutet, så att den sökande förstår varför dispens ges eller inte ges.\n"
)


def test_a_guideline_whose_facts_name_its_owner_needs_no_contact_route() -> None:
    assert not sender_messages(GUIDELINE.format(label="Dokumentansvarig"), "markdown")


def test_a_guideline_without_an_owner_still_needs_a_contact_route() -> None:
    assert sender_messages(GUIDELINE.format(label="Giltig till"), "markdown")


FAQ = (
    "<html lang='sv'><body><main><h1>Frågor och svar om rotavdrag</h1>"
    "<p>Skatteverket svarar här på vanliga frågor om rotavdrag för arbete i ditt hem.</p>"
    "<h2>Vem kan få rotavdrag?</h2><p>Du kan få rotavdrag om du äger bostaden och bor i den, eller om du äger ett "
    "fritidshus som du använder själv. Avdraget är 30 procent av kostnaden för arbetet, högst 50 000 kronor per "
    "person och år.</p><h2>Hur får jag avdraget?</h2><p>Företaget som gör arbetet drar av beloppet på fakturan och "
    "begär sedan resten av pengarna från oss. Du behöver inte göra något själv, men du ska kontrollera att uppgifterna "
    "på fakturan stämmer. Om ni är två som äger bostaden kan ni båda få rotavdrag.</p>"
    "<h2>Mer information</h2><p>{more}</p></main></body></html>"
)


def test_a_link_to_the_contact_page_is_a_way_to_reach_the_sender() -> None:
    more = 'Du kan också <a href="/kontakt">klicka här</a> för att kontakta oss.'
    assert not sender_messages(FAQ.format(more=more), "html")


def test_the_words_without_a_link_are_no_way_to_reach_the_sender() -> None:
    more = "Du kan också kontakta oss om du har fler frågor."
    assert sender_messages(FAQ.format(more=more), "html")
