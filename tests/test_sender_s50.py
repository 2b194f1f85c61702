"""A steering document's *Ansvarig:* head line names its owner (verification s50: the care re-test's fall-prevention
routine was asked for a contact route once it was read as a document); not on a web page or in a letter."""

from __future__ import annotations

from klarlint import lint_text

ROUTINE = (
    "# Rutin: Förebygga fall hos brukare i ordinärt och särskilt boende\n\n"
    "Gäller för: undersköterskor, vårdbiträden, sjuksköterskor och arbetsterapeuter i äldreomsorgen\n"
    "Fastställd: 2026-09-01 av MAS\n{owner}\n\n## Syfte\n\n"
    "Rutinen ska minska antalet fall och skador av fall hos de brukare som vi ger vård och omsorg. "
    + "Sjuksköterskan gör en riskbedömning inom 14 dagar efter inflyttning och gör om den när hälsan ändras. "
    * 8
    + "\n\n## Åtgärder\n\nOm brukaren har förhöjd risk tar sjuksköterska, arbetsterapeut och fysioterapeut fram en "
    "åtgärdsplan tillsammans med brukaren. Åtgärder kan till exempel vara att ta bort mattor och sätta upp "
    "ledstänger.\n"
)


def sender(text: str) -> list[str]:
    return [f.message for f in lint_text(text, fmt="markdown").findings if f.rule == "missing-sender"]


def test_a_routines_owner_line_is_its_sender() -> None:
    assert lint_text(ROUTINE.format(owner="Ansvarig: MAS"), fmt="markdown").files[0].genre == "dokument"
    assert sender(ROUTINE.format(owner="Ansvarig: medicinskt ansvarig sjuksköterska (MAS)")) == []


def test_a_routine_without_an_owner_line_still_needs_one() -> None:
    assert sender(ROUTINE.format(owner="Version: 2"))


def test_a_letters_ansvarig_line_is_no_sender() -> None:
    letter = (
        "Hej Anna!\n\nAnsvarig: handläggaren i ditt ärende\n\n"
        + "Vi har tagit emot din ansökan om bygglov. Du får ett beslut inom tio veckor efter att ansökan är komplett. "
        * 12
        + "\n\nMed vänliga hälsningar\nAnna Berg\n"
    )
    assert lint_text(letter).files[0].genre == "brev"
    assert [f for f in lint_text(letter).findings if f.rule == "missing-sender"]
