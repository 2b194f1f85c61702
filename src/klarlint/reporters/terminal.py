"""Rich terminal output: each finding with its sentence underlined, then a summary."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from klarlint.limits import NOTICE_LABELS, Notice
from klarlint.location import Location
from klarlint.report import FileReport, Finding, ParagraphStats, Report, Stats, per_1000_words
from klarlint.reporters import one_line, safe
from klarlint.swedish_numbers import decimal, percent

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
LABEL = {"error": "fel", "warning": "varning", "info": "info"}
LABELS = {**NOTICE_LABELS, "redirect": "leder vidare"}  # a crawl's link to an address that redirects
MAX_CONTEXT = 240
MIN_WORDS_FOR_PARAGRAPH_LIX = 30  # below this, one long word moves a paragraph's LIX by several points


def write(report: Report, console: Console) -> None:
    for file_report in report.files:
        write_file(file_report, console)
    write_total(report, console)


def write_file(file_report: FileReport, console: Console) -> None:
    """One file's findings, notices and summary: printed as soon as the file is done (klarlint.output.Live)."""
    if file_report.error:
        return
    for finding in file_report.findings:
        _finding(console, file_report.path, finding)
    for notice in file_report.notices:
        _notice(console, file_report.path, notice)
    # under a baseline, a file with nothing new has no numbers block either (a crawl had printed 33 blocks of 11
    # lines around the 6 findings that were new)
    quiet = hasattr(file_report, "baseline_known") and not file_report.findings and not file_report.notices
    if not file_report.skipped and not quiet:
        _summary(console, file_report)


def write_total(report: Report, console: Console) -> None:
    """The run's last line: findings and files (a crawl's: pages) counted."""
    total = len(report.findings)
    read = [r for r in report.files if not r.error and not r.skipped]
    files = len(read)
    web = bool(read) and all(r.path.startswith(("http://", "https://")) for r in read)
    unit = ("sida", "sidor") if web else ("fil", "filer")
    console.print(f"[bold]{total} anmärkning{'ar' if total != 1 else ''} i {files} {unit[files != 1]}.[/bold]")


def _finding(console: Console, path: str, finding: Finding) -> None:
    head = Text()
    head.append(_place(path, finding), style="bold")
    head.append("  ")
    head.append(LABEL[finding.severity.value], style=STYLE[finding.severity.value])
    head.append(f"  {finding.rule}" + (f" ({finding.subcheck})" if finding.subcheck else ""), style="dim")
    console.print(head)
    console.print(Text("  " + safe(finding.message)))
    context = _underlined(finding)
    if context is not None:
        console.print(context)
    if finding.suggestion:
        console.print(Text("  Förslag: ", style="green") + Text(safe(finding.suggestion)))
    console.print()


def _notice(console: Console, path: str, notice: Notice) -> None:
    """Text that was not linted: said as plainly as a finding, so nothing is skipped without a word."""
    head = Text()
    where = _where(path, notice.line, notice.column, notice.location) if notice.line else one_line(path)
    head.append(where, style="bold")
    head.append("  ")
    head.append(LABELS.get(notice.code, "granskades inte"), style="magenta")
    head.append(f"  {notice.code}", style="dim")
    console.print(head)
    console.print(Text("  " + safe(notice.message)))
    console.print()


def _place(path: str, finding: Finding) -> str:
    return _where(path, finding.line, finding.column, finding.location)


def _where(path: str, line: int, column: int, location: Location | None) -> str:
    """``path:line:column``; in a Word document or a PDF its location in words (see _located)."""
    if location is None:
        return one_line(f"{path}:{line}:{column}")
    return one_line(f"{path}: {_located(location, with_offset=True)}")


def _located(location: Location, with_offset: bool = False) -> str:
    """A location as a writer finds it: in a Word document the paragraph and its heading path (Word has no line
    numbers), in a PDF the page and its line; ``with_offset``, the character in it too."""
    place = (
        f"sida {location.page}, rad {location.paragraph}"
        if location.page is not None
        else f"stycke {location.paragraph}"
    )
    if with_offset:
        place += f", tecken {location.offset + 1}"
    return f"{place} ({location.heading})" if location.page is None and location.heading else place


def _underlined(finding: Finding) -> Text | None:
    context = safe(" ".join(finding.context.split()))
    needle = safe(" ".join(finding.text.split()))
    if not context or not needle:
        return None
    index = context.find(needle)
    if len(context) > MAX_CONTEXT:
        window_start = max(0, min(index, len(context)) - 60) if index >= 0 else 0
        context = ("…" if window_start else "") + context[window_start : window_start + MAX_CONTEXT] + "…"
        index = context.find(needle)
    text = Text("  > ", style="dim")
    if index < 0:
        text.append(context)
        return text
    text.append(context[:index])
    text.append(context[index : index + len(needle)], style="underline " + STYLE[finding.severity.value])
    text.append(context[index + len(needle) :])
    return text


def _summary(console: Console, report: FileReport) -> None:
    stats = report.stats
    table = Table(
        title=Text(f"Sammanfattning: {one_line(report.path)}"),
        title_justify="left",
        show_header=False,
        box=None,
        padding=(0, 2),
    )
    if report.genre is not None:
        table.add_row("Texttyp", report.genre)  # what passive voice, sender and summary are judged by (--genre)
    table.add_row("Ord", str(stats.words))
    table.add_row("Meningar", str(stats.sentences))
    # no words linted (a page in another language, only a template): no measure, not *LIX 0 (mycket lättläst)*
    none = not stats.words
    table.add_row("Medellängd (ord/mening)", "–" if none else decimal(stats.mean_sentence_length))
    table.add_row("LIX", "–" if none else f"{stats.lix:.0f} ({lix_label(stats.lix)})")
    table.add_row("OVIX (ordvariation)", "–" if stats.ovix is None else f"{stats.ovix:.0f}")
    ratio = stats.nominal_ratio
    nominal = "– (inga verb)" if ratio is None else f"{decimal(ratio, 2)} ({nominal_label(ratio)})"
    table.add_row("Nominalkvot", "–" if none else nominal)
    table.add_row("Andel långa ord (> 6 bokstäver)", "–" if none else percent(stats.long_word_share))
    table.add_row("Andel meningar med passiv", "–" if none else percent(stats.passive_share))
    findings_per_1000 = "–" if none else decimal(per_1000_words(len(report.findings), stats.words))
    table.add_row("Anmärkningar per 1 000 ord", findings_per_1000)
    hardest = _hardest_paragraph(stats)
    if hardest is not None:
        place = _paragraph_place(hardest)
        table.add_row("Svåraste stycket", f"{place}, LIX {hardest.lix:.0f} ({lix_label(hardest.lix)})")
    for rule, count in sorted(Counter(f.rule for f in report.findings).items()):
        table.add_row(f"  {rule}", str(count))
    console.print(table)
    for error in report.rule_errors:
        console.print(Text(f"  {safe(error)}", style="red"))
    console.print()


def _paragraph_place(paragraph: ParagraphStats) -> str:
    """Where a paragraph is: its line, or in a Word document or a PDF its location in words (see _located)."""
    return f"rad {paragraph.line}" if paragraph.location is None else safe(_located(paragraph.location))


def _hardest_paragraph(stats: Stats) -> ParagraphStats | None:
    """The paragraph with the highest LIX among those long enough for LIX to mean something."""
    candidates = [p for p in stats.paragraphs if p.words >= MIN_WORDS_FOR_PARAGRAPH_LIX]
    if len(candidates) < 2:
        return None
    return max(candidates, key=lambda p: p.lix)


def nominal_label(ratio: float) -> str:
    if ratio < 1.0:
        return "verbal stil"
    if ratio <= 1.5:
        return "normal"
    return "tung nominalstil"


def lix_label(lix: float) -> str:
    if lix < 30:
        return "mycket lättläst"
    if lix < 40:
        return "lättläst"
    if lix < 50:
        return "medelsvår"
    if lix < 60:
        return "svår"
    return "mycket svår"
