"""``--report report.html``: one self-contained page about a whole run, e.g. a web site's pages.

Written for the web editor who asks "which pages should we rewrite first?": a
row per page with its readability numbers and findings, the worst pages first
(most findings per 1,000 words, then highest LIX; pages shorter than
``MIN_RANKED_WORDS`` after all others, so ten-word stubs do not top the list),
charts of how the pages are distributed, and then every page's findings to work
through: the sentence with the flagged words marked, the rule, the advice and a
link to the place on the page. Filters by rule and severity work without
JavaScript (CSS ``:has()``); a few lines of inline script only keep the counts
and empty pages up to date. Given the previous run's JSON, the report marks what
is new and lists what was fixed. The file carries its own CSS and inline SVG and references
nothing outside itself, so it can be mailed, archived or opened offline; its
content is deterministic (no timestamp), so two reports can be diffed. It is
written to a temporary file and moved into place, so a reader (or a web server)
never sees half a report.
"""

from __future__ import annotations

import os
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote

from klarlint import __version__
from klarlint.atomic import write_atomically
from klarlint.baseline import Key, finding_key, portable_path
from klarlint.errors import KlarlintError, os_reason
from klarlint.report import FileReport, Finding, Report, Stats, per_1000_words
from klarlint.reporters import absolute, is_file_path
from klarlint.reporters.terminal import lix_label
from klarlint.swedish_numbers import decimal, grouped, percent

LIX_BINS = (0, 20, 30, 40, 50, 60)  # lower edges; the last bin is open
RATE_BINS = (0, 5, 10, 20, 40)  # findings per 1,000 words
NUMERIC = ' class="num"'
SEVERITY_COLUMNS = (("error", "Fel"), ("warning", "Varningar"), ("info", "Info"))
SEVERITY_LABELS = {"error": "Fel", "warning": "Varning", "info": "Info"}
# Pages shorter than this come after all others in the "worst first" ranking: on a ten-word
# stub one finding is 100 per 1,000 words, which says nothing about where work is needed.
MIN_RANKED_WORDS = 100
OPEN_PAGES = 5  # the worst pages' findings are shown open; the rest are a click away
FRAGMENT_WORDS = 3  # words of context on each side of a text fragment's match


@dataclass(frozen=True)
class Previous:
    """The previous run's findings (its ``--format json`` output), to tell new findings from fixed ones."""

    counts: Counter[Key]
    findings: dict[Key, dict[str, object]]  # one recorded finding per key, to show what was fixed
    # False for a report from a klarlint that wrote no sentence (``context``): then both sides are matched
    # by page, rule and text only, since a key with the sentence on one side only would never match.
    has_context: bool = True
    paths: frozenset[str] = frozenset()  # every page or file of the previous run, findings or not

    def key(self, path: str, finding: Finding) -> Key:
        return finding_key(path, finding.rule, finding.text, finding.context if self.has_context else "")


# Said on stderr and in the report when no page of the previous run is one of this run's (unmatched_previous): a
# crawl of the same content on another port had said "Nya 31, Åtgärdade 1 173" with no word of why.
UNMATCHED = (
    "{path}: ingen sida i förra körningen (till exempel {example}) finns i den här, så alla anmärkningar räknas "
    "som nya och alla gamla som åtgärdade; jämför med en körning av samma adress"
)


def unmatched_previous(report: Report, previous: Previous) -> str | None:
    """A page of the previous run when none of its pages is one of this run's (another host, port or folder), and
    both have some; else None."""
    paths = {portable_path(r.path) for r in report.files}
    if not previous.paths or not paths or previous.paths & paths:
        return None
    return sorted(previous.paths)[0]


# Said on stderr when the previous report has no sentences to match on (see Previous.has_context).
WITHOUT_CONTEXT = (
    "{path}: förra rapporten saknar meningarna (en äldre klarlint), så anmärkningarna jämförs bara på sida, "
    "regel och markerad text"
)


def read_previous(path: Path) -> Previous:
    """Read a ``--format json`` report; raises :class:`KlarlintError` with a one-line reason."""
    import json

    not_a_report = f"{path}: inte en JSON-rapport från klarlint --format json"
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = [(f["path"], finding) for f in data["files"] for finding in f.get("findings", [])]
        paths = frozenset(portable_path(f["path"]) for f in data["files"])
        has_context = all("context" in finding for _, finding in entries)
        counts: Counter[Key] = Counter()
        findings: dict[Key, dict[str, object]] = {}
        for page, finding in entries:
            context = finding["context"] if has_context else ""
            key = finding_key(page, finding["rule"], finding["text"], context)
            counts[key] += 1
            findings.setdefault(key, {**finding, "path": page})
    except OSError as exc:
        raise KlarlintError(f"{path}: förra körningen kan inte läsas ({os_reason(exc)})") from None
    except UnicodeDecodeError:
        raise KlarlintError(f"{not_a_report} (filen är inte UTF-8)") from None
    except json.JSONDecodeError as exc:  # where, in Swedish; Python's own words are English
        raise KlarlintError(f"{not_a_report} (ogiltig JSON på rad {exc.lineno}, kolumn {exc.colno})") from None
    except (ValueError, KeyError, TypeError, AttributeError):  # JSON, but not a report's shape
        raise KlarlintError(not_a_report) from None
    return Previous(counts, findings, has_context, paths)


@dataclass(frozen=True)
class Changes:
    new: frozenset[tuple[int, int]]  # (file index, finding index) of findings not in the previous run
    fixed: list[tuple[Key, int, dict[str, object]]]  # previous findings no longer found, with how many


def compare(report: Report, previous: Previous) -> Changes:
    remaining = Counter(previous.counts)
    new = set()
    for file_report in report.files:  # what a --baseline hides is still there, not fixed
        for finding in getattr(file_report, "baseline_known", ()):
            key = previous.key(file_report.path, finding)
            remaining[key] -= 1 if remaining[key] > 0 else 0
    for file_index, file_report in enumerate(report.files):
        for index, finding in enumerate(file_report.findings):
            key = previous.key(file_report.path, finding)
            if remaining[key] > 0:
                remaining[key] -= 1
            else:
                new.add((file_index, index))
    fixed = [(key, count, previous.findings[key]) for key, count in sorted(remaining.items()) if count > 0]
    return Changes(frozenset(new), fixed)


@dataclass(frozen=True)
class PageRow:
    """One linted file's numbers, as the report shows them."""

    path: str
    href: str
    stats: Stats  # the file's own numbers (words, LIX, …), not copies of them
    findings: int
    per_1000_words: float
    by_severity: Counter[str]
    index: int = 0  # the file's place in the report, for the findings section's anchor
    notices: int = 0  # stretches of text not linted (another language, filler text, too long …)
    # A crawled page's text directive per finding (klarlint.crawl.fragments); None: work it out from the sentence
    fragments: dict[tuple[int, int, str], str] | None = None
    also_at: tuple[str, ...] = ()  # other addresses that gave the same page
    title: str = ""  # the page's own name (FileReport.title): what an editor knows it by

    @classmethod
    def of(cls, report: FileReport, href: str, index: int = 0) -> PageRow:
        return cls(
            path=report.path,
            href=href,
            stats=report.stats,
            findings=len(report.findings),
            per_1000_words=per_1000_words(len(report.findings), report.stats.words),
            by_severity=Counter(f.severity.value for f in report.findings),
            index=index,
            notices=len(report.notices),
            fragments=getattr(report, "fragments", None),
            also_at=tuple(getattr(report, "also_at", ())),
            title=report.title or "",
        )

    @property
    def ranked(self) -> bool:
        return self.stats.words >= MIN_RANKED_WORDS


def page_rows(report: Report, output: Path) -> list[PageRow]:
    """The readable files, worst first: most findings per 1,000 words, then highest LIX, then path.

    Pages with findings come before pages without (a 98-word news item with 13 findings had ranked below a clean
    page of 113 words); among those with findings, pages under ``MIN_RANKED_WORDS`` words come after the longer
    ones (ranked the same way among themselves).
    """
    rows = [
        PageRow.of(r, _href(r.path, output), i)
        for i, r in enumerate(report.files)
        if not r.error and not r.skipped and not _template_pages(r)
    ]
    return sorted(
        rows, key=lambda row: (not row.findings, not row.ranked, -row.per_1000_words, -row.stats.lix, row.path)
    )


def template_rows(report: Report, output: Path) -> list[PageRow]:
    """The site's template (text most crawled pages share, klarlint.crawl.template), reported once."""
    return [PageRow.of(r, _href(r.path, output), i) for i, r in enumerate(report.files) if _template_pages(r)]


def _template_pages(report: FileReport) -> int:
    return getattr(report, "template_pages", 0)


def write(report: Report, path: Path, previous: Previous | None = None) -> None:
    """Write the report to ``path`` atomically; raises :class:`KlarlintError` when it cannot."""
    path = Path(path)
    text = render(report, path, previous)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise KlarlintError(f"{path}: kan inte skriva rapporten ({os_reason(exc)})") from None


def render(report: Report, output: Path, previous: Previous | None = None) -> str:
    rows = page_rows(report, output)
    template = template_rows(report, output)
    failed = [r for r in report.files if r.error]
    titles = {info.id: info.title for info in report.rules}
    changes = compare(report, previous) if previous is not None else None
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Klarspråksrapport – klarlint</title>",
        f"<style>{CSS}{_filter_css(report)}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<h1>Klarspråksrapport</h1>",
        f'<p class="lead">Granskat med klarlint {escape(__version__)} enligt Myndigheternas skrivregler.</p>',
        _summary(report, rows, template, changes),
        _cut_short(report),
        _unmatched_note(report, previous),
    ]
    if rows:
        parts += [
            '<section aria-labelledby="fordelning"><h2 id="fordelning">Fördelning</h2><div class="charts">',
            _histogram(
                [row.stats.lix for row in rows if row.stats.words],
                LIX_BINS,
                "LIX per sida",
                "Antal sidor per LIX-intervall. Under 40 är lättläst, över 50 svårt.",
            ),
            _histogram(
                [row.per_1000_words for row in rows if row.stats.words],
                RATE_BINS,
                "Anmärkningar per 1\u00a0000 ord",
                "Antal sidor per intervall av anmärkningar per 1\u00a0000 ord.",
            ),
            "</div></section>",
            _page_table(rows),
            _rule_table(report, titles),
            _template_section(report, template, titles, changes),
            _findings_section(report, rows, titles, changes, template),
            _not_checked_section(report, rows + template),
        ]
    if changes is not None:
        parts.append(_fixed_section(changes))
    if failed:
        parts.append(_failed_table(failed))
    parts += [_footer(), "</main>", f"<script>{SCRIPT}</script>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _summary(
    report: Report, rows: Sequence[PageRow], template: Sequence[PageRow], changes: Changes | None = None
) -> str:
    failed = [r for r in report.files if r.error]
    words = sum(row.stats.words for row in rows)
    findings = sum(row.findings for row in rows)
    sentences = sum(row.stats.sentences for row in rows)
    passive = sum(row.stats.passive_share * row.stats.sentences for row in rows)
    lix_values = [row.stats.lix for row in rows if row.stats.words]
    items = [
        ("Sidor", grouped(len(rows))),
        ("Ord", grouped(words)),
        ("Anmärkningar", grouped(findings)),
        ("Anmärkningar per 1\u00a0000 ord", decimal(1000 * findings / words if words else 0.0)),
        ("LIX, median", decimal(statistics.median(lix_values)) if lix_values else "–"),
        ("Ord per mening", decimal(words / sentences) if sentences else "–"),
        ("Meningar med passiv", percent(passive / sentences) if sentences else "–"),
    ]
    if changes is not None:
        items.append(("Nya sedan förra körningen", grouped(len(changes.new))))
        items.append(("Åtgärdade sedan förra körningen", grouped(sum(count for _, count, _ in changes.fixed))))
    if template:
        items.append(
            (
                f"Anmärkningar i mallen (på {grouped(_template_pages(report.files[template[0].index]))} sidor)",
                grouped(sum(row.findings for row in template)),
            )
        )
    if failed:
        items.append(("Kunde inte granskas", grouped(len(failed))))
    if unread := _not_checked_count(report, [*rows, *template]):  # what the section lists, no more, no less
        items.append(("Sidor med text som inte granskades", grouped(unread)))
    if not_fetched := getattr(report, "not_fetched", 0):
        items.append((f"Inte hämtade (--max-pages {grouped(getattr(report, 'max_pages', 0))})", grouped(not_fetched)))
    cells = "".join(f"<div><dt>{escape(k)}</dt><dd>{escape(v)}</dd></div>" for k, v in items)
    return f'<section aria-label="Sammanfattning"><dl class="summary">{cells}</dl></section>'


def _page_table(rows: Sequence[PageRow]) -> str:
    head = "".join(
        f'<th scope="col"{NUMERIC if numeric else ""}>{escape(label)}</th>'
        for label, numeric in (
            ("Sida", False),
            ("Ord", True),
            ("LIX", True),
            ("Ord per mening", True),
            ("Passiv", True),
            ("Anm. per 1\u00a0000 ord", True),
            ("Anmärkningar", True),
            *((label, True) for _, label in SEVERITY_COLUMNS),
        )
    )
    body = []
    for row in rows:
        level = _lix_class(row.stats.lix) if row.stats.words else ""
        severities = "".join(f'<td class="num">{grouped(row.by_severity[key])}</td>' for key, _ in SEVERITY_COLUMNS)
        body.append(
            f'<tr class="page" data-path="{escape(row.path)}">'
            f'<th scope="row">{_named_link(row)}{_also(row)}</th>'
            f'<td class="num">{grouped(row.stats.words)}</td>'
            f'<td class="num {level}" title="{escape(lix_label(row.stats.lix)) if row.stats.words else ""}">'
            f"{decimal(row.stats.lix) if row.stats.words else '–'}</td>"
            f'<td class="num">{decimal(row.stats.mean_sentence_length) if row.stats.words else "–"}</td>'
            f'<td class="num">{percent(row.stats.passive_share) if row.stats.words else "–"}</td>'
            f'<td class="num rate">{decimal(row.per_1000_words) if row.stats.words else "–"}</td>'
            f'<td class="num">{_findings_link(row)}</td>'
            f"{severities}</tr>"
        )
    return (
        '<section aria-labelledby="sidor"><h2 id="sidor">Sidor, de som behöver mest arbete först</h2>'
        '<div class="scroll"><table class="pages">'
        "<caption>Sorterat efter anmärkningar per 1\u00a0000 ord och sedan LIX. Sidor med färre än "
        f"{MIN_RANKED_WORDS} ord kommer efter de längre, och sidor utan anmärkningar sist.</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div></section>"
    )


def _rule_table(report: Report, titles: dict[str, str]) -> str:
    counts = Counter(f.rule for f in report.findings)
    if not counts:
        return "<section><h2>Anmärkningar per regel</h2><p>Inga anmärkningar.</p></section>"
    pages = Counter(rule for r in report.files for rule in {f.rule for f in r.findings})
    body = "".join(
        f'<tr><th scope="row"><code>{escape(rule)}</code></th><td>{escape(titles.get(rule, ""))}</td>'
        f'<td class="num">{grouped(count)}</td><td class="num">{grouped(pages[rule])}</td></tr>'
        for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )
    return (
        '<section aria-labelledby="regler"><h2 id="regler">Anmärkningar per regel</h2><table>'
        '<thead><tr><th scope="col">Regel</th><th scope="col">Vad</th><th scope="col" class="num">Antal</th>'
        f'<th scope="col" class="num">Sidor</th></tr></thead><tbody>{body}</tbody></table></section>'
    )


def _not_checked_count(report: Report, rows: Sequence[PageRow]) -> int:
    return sum(1 for row in rows if row.notices) + sum(1 for r in report.files if r.skipped)


def _unmatched_note(report: Report, previous: Previous | None) -> str:
    example = unmatched_previous(report, previous) if previous is not None else None
    if example is None:
        return ""
    return (
        '<p class="note" role="note"><strong>Ingen sida i förra körningen finns i den här</strong> (till exempel '
        f"{escape(example)}), så alla anmärkningar räknas som nya och alla gamla som åtgärdade.</p>"
    )


def _cut_short(report: Report) -> str:
    """A crawl that --max-pages stopped says so where the totals are: they are not the whole site's."""
    not_fetched = getattr(report, "not_fetched", 0)
    if not not_fetched:
        return ""
    return (
        '<p class="note" role="note"><strong>Genomsökningen stannade vid '
        f"--max-pages {grouped(getattr(report, 'max_pages', 0))}.</strong> "
        f"{grouped(not_fetched)} adresser som länkarna ledde till hämtades inte, så siffrorna gäller bara de hämtade "
        "sidorna. Kör igen med ett högre --max-pages för att granska hela webbplatsen.</p>"
    )


# A notice on this many pages or more is one line with the count, its pages a click away: 132 pages' "Rader med
# bara länkar …" (each article's related links) had buried the five English pages and the draft among 1,000 lines
# (ten, not five: a few English pages stay listed one by one).
GROUPED_AT = 10


def _not_checked_section(report: Report, rows: Sequence[PageRow]) -> str:
    """What was read but not linted, page by page (text in another language, a template's filler text, a line
    too long to analyse …): nothing is left out of the report without a word, and a staging site's *Lorem ipsum*
    shows here. A notice many pages share is one line with their count (see GROUPED_AT), after the others."""
    # Addresses and files not read at all, each with its reason (robots.txt, a redirect off the site, a link out
    # of the folder …): the report had given a crawl's only as counts
    entries = [(_link(row), report.files[row.index].notices) for row in rows if row.notices]
    entries += [(escape(r.path), r.notices) for r in report.files if r.skipped]
    if not entries:
        return ""
    pages_of: dict[str, list[str]] = {}
    for name, notices in entries:
        for message in dict.fromkeys(notice.message for notice in notices):
            pages_of.setdefault(message, []).append(name)
    repeated = {message for message, names in pages_of.items() if len(names) >= GROUPED_AT}
    items = ""
    for name, notices in entries:
        own = [notice.message for notice in notices if notice.message not in repeated]
        if own:
            items += f'<li><span class="page-name">{name}</span><ul>'
            items += "".join(f"<li>{escape(message)}</li>" for message in own) + "</ul></li>"
    for message in (m for m in pages_of if m in repeated):
        names = pages_of[message]
        pages = "".join(f'<li><span class="page-name">{name}</span></li>' for name in names)
        items += (
            f'<li class="grouped"><details><summary>{escape(message)} <strong>{grouped(len(names))} sidor</strong>'
            f"</summary><ul>{pages}</ul></details></li>"
        )
    return (
        '<section aria-labelledby="inte-granskat"><h2 id="inte-granskat">Text som inte granskades</h2>'
        "<p>klarlint granskar svensk löptext. Det här lästes inte eller granskades inte; anmärkningarna ovan "
        "gäller resten av sidorna. Det som gäller många sidor står sist, en gång, med antalet sidor (klicka för "
        f'att se dem).</p><ul class="not-checked">{items}</ul></section>'
    )


def _failed_table(failed: Sequence[FileReport]) -> str:
    """What could not be read: a crawl's broken links with the page that links to them, a folder's files."""
    items = "".join(f"<li>{_failure(r)}</li>" for r in failed)
    web = all(r.path.startswith(("http://", "https://")) for r in failed)
    heading = "Sidor och adresser som inte kunde granskas" if web else "Filer som inte kunde granskas"
    return f'<section aria-labelledby="fel"><h2 id="fel">{heading}</h2><ul>{items}</ul></section>'


def _failure(report: FileReport) -> str:
    message = report.error or report.path
    linked_from = getattr(report, "linked_from", None)
    known = " <em>(finns i baslinjen)</em>" if getattr(report, "in_baseline", False) else ""
    if not linked_from:
        return escape(message) + known
    # the page that links to the address, as a link, where the message names it (a hint after it had made the
    # message say *(länkas från X)* twice)
    said = f" (länkas från {linked_from})"
    before, found, after = message.partition(said)
    link = f' (länkas från <a href="{escape(linked_from)}">{escape(linked_from)}</a>)'
    return f"{escape(before)}{link}{escape(after)}{known}" if found else f"{escape(message)}{link}{known}"


def _footer() -> str:
    return (
        "<footer><p><strong>LIX</strong> (läsbarhetsindex) är antal ord per mening plus andelen långa ord "
        "(fler än sex bokstäver) i procent: under 30 mycket lättläst, 30–40 lättläst, 40–50 medelsvår, "
        "50–60 svår, över 60 mycket svår. <strong>Passiv</strong> är andelen meningar med minst ett verb i "
        "passiv form.</p></footer>"
    )


def _histogram(values: Sequence[float], edges: Sequence[float], title: str, description: str) -> str:
    """An inline SVG bar chart: how many values fall in each bin (the last bin is open-ended)."""
    counts = [0] * len(edges)
    for value in values:
        counts[max(i for i, edge in enumerate(edges) if value >= edge or i == 0)] += 1
    labels = [f"{_num(lo)}–{_num(hi)}" for lo, hi in zip(edges, edges[1:], strict=False)] + [f"{_num(edges[-1])}+"]
    width, height, top, bottom, left = 420, 220, 28, 36, 8
    slot = (width - 2 * left) / len(counts)
    tallest = max(counts) or 1
    bars = []
    for i, (count, label) in enumerate(zip(counts, labels, strict=True)):
        bar_height = (height - top - bottom) * count / tallest
        x = left + i * slot + 4
        y = height - bottom - bar_height
        bars.append(
            f"<g><title>{escape(label)}: {count} sidor</title>"
            f'<rect class="bar bar{i}" x="{x:.1f}" y="{y:.1f}" width="{slot - 8:.1f}" height="{bar_height:.1f}"/>'
            f'<text x="{x + (slot - 8) / 2:.1f}" y="{y - 6:.1f}" text-anchor="middle">{count}</text>'
            f'<text x="{x + (slot - 8) / 2:.1f}" y="{height - bottom + 18:.1f}" text-anchor="middle">'
            f"{escape(label)}</text></g>"
        )
    return (
        f'<figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}: {escape(description)}">'
        f'<line class="axis" x1="{left}" y1="{height - bottom}" x2="{width - left}" y2="{height - bottom}"/>'
        f"{''.join(bars)}</svg><figcaption><strong>{escape(title)}</strong>. {escape(description)}"
        "</figcaption></figure>"
    )


def _findings_link(row: PageRow) -> str:
    if not row.findings:
        return "0"
    return f'<a href="#sida-{row.index}">{grouped(row.findings)}</a>'


def _rule_classes(report: Report) -> dict[str, str]:
    """Each rule's class name for the filters (see _filter_css)."""
    return {rule: f"r{i}" for i, rule in enumerate(sorted({f.rule for f in report.findings}))}


def _template_section(
    report: Report, template: Sequence[PageRow], titles: dict[str, str], changes: Changes | None
) -> str:
    """The template's findings once, in a section of their own (they had come once per page)."""
    if not template:
        return ""
    pages = grouped(_template_pages(report.files[template[0].index]))
    rule_class = _rule_classes(report)
    sections = "".join(
        _page_findings(report.files[row.index], row, titles, rule_class, changes, True, f"Mallen, läst från {row.href}")
        for row in template
        if row.findings
    )
    return (
        f'<section aria-labelledby="mallen"><h2 id="mallen">Mallen: finns på {pages} sidor</h2>'
        "<p>Text som finns på minst hälften av sidorna (och sidtitelns webbplatsnamn) är webbplatsens mall. "
        "Anmärkningarna i den visas en gång, här, och mallens ord räknas inte med i sidornas siffror. Rättar ni "
        "mallen blir alla sidor bättre på en gång.</p>"
        # what was checked, truthfully: on a site with <main> the sidebar's *Klicka här* outside it was never read,
        # and this section had claimed the cookie banner, header, footer and menus as checked
        "<p>Mallen är bara den text som klarlint läser som sidornas innehåll: har sidorna ett &lt;main&gt; (eller "
        "&lt;article&gt;) bara texten i det. Sidhuvud, menyer, sidospalt och sidfot utanför det har inte "
        "granskats, och kakrutan, &lt;nav&gt; och sidans eget &lt;header&gt; och &lt;footer&gt; granskas aldrig.</p>"
        f"{sections or '<p>Inga anmärkningar i mallen.</p>'}</section>"
    )


def _findings_section(
    report: Report,
    rows: Sequence[PageRow],
    titles: dict[str, str],
    changes: Changes | None,
    template: Sequence[PageRow] = (),
) -> str:
    """Every page's findings, worst page first, each with its sentence, the flagged words marked and the advice."""
    pages = [row for row in rows if row.findings]
    if not pages and not any(row.findings for row in template):
        return ""
    rules = sorted({f.rule for f in report.findings})
    rule_class = _rule_classes(report)
    filters = "".join(
        f'<label><input type="checkbox" id="f-{key}" checked> {escape(label)}</label>'
        for key, label in SEVERITY_LABELS.items()
    )
    rule_filters = "".join(
        f'<label title="{escape(titles.get(rule, ""))}"><input type="checkbox" id="f-{rule_class[rule]}" checked> '
        f"<code>{escape(rule)}</code></label>"
        for rule in rules
    )
    only_new = '<label><input type="checkbox" id="f-new"> Bara nya sedan förra körningen</label>' if changes else ""
    total = sum(row.findings for row in [*pages, *template])  # the template's are shown, and filtered, too
    sections = [
        _page_findings(report.files[row.index], row, titles, rule_class, changes, position < OPEN_PAGES)
        for position, row in enumerate(pages)
    ]
    return (
        '<section aria-labelledby="anmarkningar"><h2 id="anmarkningar">Anmärkningarna, sida för sida</h2>'
        '<form class="filters" aria-label="Filter"><fieldset><legend>Allvarlighet</legend>'
        f"{filters}{only_new}</fieldset><fieldset><legend>Regler</legend>{rule_filters}</fieldset>"
        f'<p class="shown" aria-live="polite">{_findings_count(total)}</p></form>'
        f"{''.join(sections)}</section>"
    )


def _page_findings(
    file_report: FileReport,
    row: PageRow,
    titles: dict[str, str],
    rule_class: dict[str, str],
    changes: Changes | None,
    open_: bool,
    name: str = "",
) -> str:
    items = []
    for index, finding in enumerate(file_report.findings):
        new = changes is not None and (row.index, index) in changes.new
        items.append(_finding_item(finding, row, titles, rule_class[finding.rule], new))
    link = _link(row)
    shown = escape(name or row.title or row.path)
    numbers = (
        f"{_findings_count(row.findings)}, {decimal(row.per_1000_words)} per 1\u00a0000 ord, "
        f"{grouped(row.stats.words)} ord"
    )
    return (
        f'<details class="page-findings" id="sida-{row.index}"{" open" if open_ else ""}>'
        f'<summary><span class="page-name">{shown}</span> <span class="muted">{numbers}</span>'
        f'</summary><p class="page-link">Öppna sidan: {link}{_also(row)}</p><ol class="findings">{"".join(items)}</ol>'
        "</details>"
    )


def _findings_count(count: int) -> str:
    """*1 anmärkning*, *2 anmärkningar* (the template's card had said *1 anmärkningar*)."""
    return f"{grouped(count)} anmärkning{'' if count == 1 else 'ar'}"


def _also(row: PageRow) -> str:
    """The other addresses of the same page (linted once)."""
    if not row.also_at:
        return ""
    links = ", ".join(f'<a href="{escape(url)}">{escape(url)}</a>' for url in row.also_at)
    return f' <span class="muted">(samma sida finns också på {links})</span>'


def _finding_item(finding: Finding, row: PageRow, titles: dict[str, str], rule_class: str, new: bool) -> str:
    severity = finding.severity.value
    place = _place(finding)
    href = _finding_href(row, finding)
    where = f'<a href="{escape(href)}">{escape(place)}</a>' if href else escape(place)
    badge = '<span class="badge new-badge">Ny</span> ' if new else ""
    suggestion = (
        f'<p class="suggestion"><strong>Förslag:</strong> {escape(finding.suggestion)}</p>'
        if finding.suggestion
        else ""
    )
    title = titles.get(finding.rule, "")
    return (
        f'<li class="finding {severity} {rule_class}{" new" if new else ""}" data-rule="{escape(finding.rule)}" '
        f'data-severity="{severity}">'
        f'<p class="meta">{badge}<span class="badge {severity}">{SEVERITY_LABELS[severity]}</span> '
        f'<code>{escape(finding.rule)}</code> <span class="muted">{escape(title)}</span> · {where}</p>'
        f"{_marked_context(finding)}"
        f'<p class="message">{escape(finding.message)}</p>{suggestion}</li>'
    )


def _place(finding: Finding) -> str:
    location = finding.location
    if location is not None and location.page is not None:
        return f"sida {location.page}, rad {location.paragraph}"
    if location is not None:
        return f"stycke {location.paragraph}"
    return f"rad {finding.line}, kolumn {finding.column}"


def _finding_href(row: PageRow, finding: Finding) -> str:
    """The page, and on a web page the flagged words (a text fragment: the browser scrolls to and marks them, with
    the words around them so that the right one of several is marked); on a PDF the page."""
    if not row.href:
        return ""
    if row.fragments is not None and row.href.startswith(("http://", "https://")):  # a crawled web page
        base = row.href.split("#", 1)[0]
        directive = row.fragments.get((finding.start, finding.end, finding.rule))
        return f"{base}#:~:text={directive}" if directive else base  # not on the page as shown (<title>): the page
    if finding.location is not None and finding.location.page is not None:
        return f"{row.href}#page={finding.location.page}"  # PDF viewers open the page
    if finding.location is not None:
        return row.href  # a Word document: no address inside it (the finding names its paragraph)
    if row.href.startswith(("http://", "https://")) and finding.text.strip() and "\n" not in finding.text:
        base = row.href.split("#", 1)[0]
        return f"{base}#:~:text={_text_directive(finding)}"
    return row.href


def _text_directive(finding: Finding) -> str:
    """``prefix-,text,-suffix``: up to three words on each side from the finding's sentence (a repeated word, *ges*
    three times on a page, had always led to the first)."""
    around = _around(finding)
    before = around[0].split()[-FRAGMENT_WORDS:] if around else []
    after = around[2].split()[:FRAGMENT_WORDS] if around else []
    parts = [f"{_fragment_part(' '.join(before))}-"] if before else []
    parts.append(_fragment_part(" ".join(finding.text.split())))
    if after:
        parts.append(f"-{_fragment_part(' '.join(after))}")
    return ",".join(parts)


def _fragment_part(words: str) -> str:
    return quote(words, safe="").replace("-", "%2D")  # '-' and ',' are the directive's syntax (quote escapes ',')


def _marked_context(finding: Finding) -> str:
    """The sentence, with the flagged words in <mark> (when the sentence holds them as written)."""
    context = " ".join(finding.context.split())
    if not context:
        return ""
    around = _around(finding)
    if around is None:
        return f'<blockquote class="context">{escape(context)}</blockquote>'
    before, text, after = around
    return f'<blockquote class="context">{escape(before)}<mark>{escape(text)}</mark>{escape(after)}</blockquote>'


def _around(finding: Finding) -> tuple[str, str, str] | None:
    """The finding's sentence as (before, flagged words, after), white space made single; None where the sentence
    does not hold the words as written (the first place it does: the finding keeps no offset into it)."""
    context, text = " ".join(finding.context.split()), " ".join(finding.text.split())
    at = context.find(text) if text else -1
    return (context[:at], text, context[at + len(text) :]) if at >= 0 else None


def _fixed_section(changes: Changes) -> str:
    if not changes.fixed:
        return (
            '<section aria-labelledby="atgardat"><h2 id="atgardat">Åtgärdat sedan förra körningen</h2>'
            "<p>Inga anmärkningar från förra körningen har försvunnit.</p></section>"
        )
    items = []
    for (path, rule, text, context), count, data in changes.fixed:
        times = f" ({count} gånger)" if count > 1 else ""
        items.append(
            f'<li><span class="page-name">{escape(path)}</span> · <code>{escape(rule)}</code>{escape(times)}'
            f'<blockquote class="context">{escape(context or text)}</blockquote>'
            f'<p class="message">{escape(str(data.get("message", "")))}</p></li>'
        )
    return (
        '<section aria-labelledby="atgardat"><h2 id="atgardat">Åtgärdat sedan förra körningen</h2>'
        f'<ul class="fixed">{"".join(items)}</ul></section>'
    )


def _filter_css(report: Report) -> str:
    """Filters without JavaScript: an unchecked box hides its findings (CSS :has())."""
    selectors = [f"body:has(#f-{key}:not(:checked)) .finding.{key}" for key in SEVERITY_LABELS]
    selectors += [f"body:has(#f-{name}:not(:checked)) .finding.{name}" for name in _rule_classes(report).values()]
    selectors.append("body:has(#f-new:checked) .finding:not(.new)")
    return ",\n".join(selectors) + "{display:none}\n"


def _named_link(row: PageRow) -> str:
    """The page by its title, linked, with its address or path under it; by the address alone when it has no title."""
    if not row.title:
        return _link(row)
    name = f'<a href="{escape(row.href)}">{escape(row.title)}</a>' if row.href else escape(row.title)
    return f'{name}<br><span class="muted path">{escape(row.path)}</span>'


def _link(row: PageRow) -> str:
    if not row.href:
        return escape(row.path)
    return f'<a href="{escape(row.href)}">{escape(row.path)}</a>'


def _href(path: str, output: Path) -> str:
    """A link from the report's folder to the page, so a reader can open it next to the numbers."""
    if path.startswith(("http://", "https://")):  # a crawled page: its address
        return path
    if not is_file_path(path):  # <stdin>: nothing to link to
        return ""
    try:  # the file as linted, not a link's target
        relative = os.path.relpath(absolute(path), absolute(output).parent)
    except ValueError:  # another drive on Windows
        return absolute(path).as_uri()
    return quote(Path(relative).as_posix())


def _lix_class(lix: float) -> str:
    return "lix-" + ("0" if lix < 30 else "1" if lix < 40 else "2" if lix < 50 else "3" if lix < 60 else "4")


def _num(value: float) -> str:
    return f"{value:g}"


CSS = """
:root{color-scheme:light;--ink:#1d1d1f;--muted:#5b5b66;--line:#d9d9e0;--accent:#1f5fa8}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fafafa}
main{max-width:72rem;margin:0 auto;padding:1.5rem}
h1{margin:.2rem 0}.lead{color:var(--muted);margin-top:0}
h2{margin-top:2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
.summary{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0;padding:0}
.summary div{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.5rem .9rem;min-width:9rem}
.summary dt{font-size:.8rem;color:var(--muted)}.summary dd{margin:0;font-size:1.35rem;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
figure{margin:0;flex:1 1 20rem;max-width:32rem;background:#fff;border:1px solid var(--line);border-radius:6px}
figure{padding:.5rem}
figure svg{width:100%;height:auto}figcaption{font-size:.85rem;color:var(--muted)}
svg text{font-size:12px;fill:var(--ink)}svg .axis{stroke:#888}
.bar{fill:var(--accent)}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:#fff}
caption{text-align:left;color:var(--muted);font-size:.85rem;padding:.3rem 0}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f0f0f4;font-size:.85rem}
tbody th{font-weight:normal;word-break:break-all}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.rate{font-weight:600}
.lix-0,.lix-1{background:#e3f4e6}.lix-2{background:#fff6d6}.lix-3{background:#fde3cf}.lix-4{background:#f9d0d0}
footer{margin-top:2rem;color:var(--muted);font-size:.9rem}
.muted{color:var(--muted)}.path{font-size:.85em;word-break:break-all}
.filters{position:sticky;top:0;z-index:1;background:#fafafa;padding:.4rem 0;border-bottom:1px solid var(--line)}
.filters fieldset{border:0;margin:0;padding:.2rem 0;display:flex;flex-wrap:wrap;gap:.3rem .9rem}
.filters legend{font-weight:600;font-size:.85rem;float:left;margin-right:.6rem}
.filters label{font-size:.9rem;white-space:nowrap}.shown{margin:.2rem 0;font-size:.85rem;color:var(--muted)}
.page-findings{background:#fff;border:1px solid var(--line);border-radius:6px;margin:.7rem 0;padding:.3rem .8rem}
.page-findings summary{cursor:pointer;padding:.3rem 0}.page-name{font-weight:600;word-break:break-all}
.page-findings.empty{display:none}
.findings{padding-left:1.4rem}.finding{margin:.2rem 0 .9rem}.finding p{margin:.15rem 0}
.context{margin:.3rem 0;padding:.3rem .6rem;border-left:3px solid var(--line);background:#f6f6f9}
mark{background:#ffe08a;padding:0 .1em}
.badge{display:inline-block;font-size:.75rem;font-weight:600;border-radius:3px;padding:0 .35rem}
.badge.error{background:#f9d0d0}.badge.warning{background:#fde3cf}.badge.info{background:#e3ecf7}
.new-badge{background:#1f5fa8;color:#fff}.suggestion{color:#185c2b}
.fixed li{margin-bottom:.6rem}
.note{background:#fff6d6;border:1px solid #e8d48a;border-radius:6px;padding:.5rem .9rem}
"""

# Only keeps the shown count and the empty pages up to date; the filters themselves are CSS.
SCRIPT = """
(function(){var form=document.querySelector('.filters');if(!form)return;
function update(){var shown=0;document.querySelectorAll('.page-findings').forEach(function(page){
var n=0;page.querySelectorAll('.finding').forEach(function(f){if(getComputedStyle(f).display!=='none')n++;});
page.classList.toggle('empty',n===0);shown+=n;});
form.querySelector('.shown').textContent=shown+(shown===1?' anmärkning visas':' anmärkningar visas');}
form.addEventListener('change',update);update();})();
"""
