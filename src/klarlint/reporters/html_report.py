"""``--report report.html``: one self-contained page about a whole run, e.g. a web site's pages.

Written for the web editor who asks "which pages should we rewrite first?": a
row per page with its readability numbers and findings, the worst pages first
(most findings per 1,000 words, then highest LIX), and charts of how the pages
are distributed. The file carries its own CSS and inline SVG and references
nothing outside itself, so it can be mailed, archived or opened offline; its
content is deterministic (no timestamp), so two reports can be diffed. It is
written to a temporary file and moved into place, so a reader (or a web server)
never sees half a report.
"""

from __future__ import annotations

import os
import statistics
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote

from klarlint import __version__
from klarlint.errors import KlarlintError
from klarlint.report import FileReport, Report
from klarlint.reporters.terminal import lix_label

LIX_BINS = (0, 20, 30, 40, 50, 60)  # lower edges; the last bin is open
RATE_BINS = (0, 5, 10, 20, 40)  # findings per 1,000 words
NUMERIC = ' class="num"'
SEVERITY_COLUMNS = (("error", "Fel"), ("warning", "Varningar"), ("info", "Info"))


@dataclass(frozen=True)
class PageRow:
    """One linted file's numbers, as the report shows them."""

    path: str
    href: str
    words: int
    sentences: int
    lix: float
    mean_sentence_length: float
    passive_share: float
    findings: int
    per_1000_words: float
    by_severity: Counter[str]

    @classmethod
    def of(cls, report: FileReport, href: str) -> PageRow:
        stats = report.stats
        return cls(
            path=report.path,
            href=href,
            words=stats.words,
            sentences=stats.sentences,
            lix=stats.lix,
            mean_sentence_length=stats.mean_sentence_length,
            passive_share=stats.passive_share,
            findings=len(report.findings),
            per_1000_words=1000 * len(report.findings) / stats.words if stats.words else 0.0,
            by_severity=Counter(f.severity.value for f in report.findings),
        )


def page_rows(report: Report, output: Path) -> list[PageRow]:
    """The readable files, worst first: most findings per 1,000 words, then highest LIX, then path."""
    rows = [PageRow.of(r, _href(r.path, output)) for r in report.files if not r.error]
    return sorted(rows, key=lambda row: (-row.per_1000_words, -row.lix, row.path))


def write(report: Report, path: Path, previous: Previous | None = None) -> None:
    """Write the report to ``path`` atomically; raises :class:`KlarlintError` when it cannot."""
    path = Path(path)
    text = render(report, path, previous)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(path, text)
    except OSError as exc:
        raise KlarlintError(f"{path}: kan inte skriva rapporten ({exc.strerror or exc})") from None


def render(report: Report, output: Path, previous: Previous | None = None) -> str:
    rows = page_rows(report, output)
    failed = [r for r in report.files if r.error]
    titles = {info.id: info.title for info in report.rules}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Klarspråksrapport – klarlint</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<h1>Klarspråksrapport</h1>",
        f'<p class="lead">Granskat med klarlint {escape(__version__)} enligt Myndigheternas skrivregler.</p>',
        _summary(rows, failed),
    ]
    if rows:
        parts += [
            '<section aria-labelledby="fordelning"><h2 id="fordelning">Fördelning</h2><div class="charts">',
            _histogram(
                [row.lix for row in rows if row.words],
                LIX_BINS,
                "LIX per sida",
                "Antal sidor per LIX-intervall. Under 40 är lättläst, över 50 svårt.",
            ),
            _histogram(
                [row.per_1000_words for row in rows if row.words],
                RATE_BINS,
                "Anmärkningar per 1\u00a0000 ord",
                "Antal sidor per intervall av anmärkningar per 1\u00a0000 ord.",
            ),
            "</div></section>",
            _page_table(rows),
            _rule_table(report, titles),
        ]
    if failed:
        parts.append(_failed_table(failed))
    parts += [_footer(), "</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _summary(rows: Sequence[PageRow], failed: Sequence[FileReport]) -> str:
    words = sum(row.words for row in rows)
    findings = sum(row.findings for row in rows)
    sentences = sum(row.sentences for row in rows)
    passive = sum(row.passive_share * row.sentences for row in rows)
    lix_values = [row.lix for row in rows if row.words]
    items = [
        ("Sidor", _int(len(rows))),
        ("Ord", _int(words)),
        ("Anmärkningar", _int(findings)),
        ("Anmärkningar per 1\u00a0000 ord", _dec(1000 * findings / words if words else 0.0)),
        ("LIX, median", _dec(statistics.median(lix_values)) if lix_values else "–"),
        ("Ord per mening", _dec(words / sentences) if sentences else "–"),
        ("Meningar med passiv", _percent(passive / sentences) if sentences else "–"),
    ]
    if failed:
        items.append(("Kunde inte granskas", _int(len(failed))))
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
            *((label, True) for _, label in SEVERITY_COLUMNS),
        )
    )
    body = []
    for row in rows:
        level = _lix_class(row.lix) if row.words else ""
        severities = "".join(f'<td class="num">{_int(row.by_severity[key])}</td>' for key, _ in SEVERITY_COLUMNS)
        body.append(
            f'<tr class="page" data-path="{escape(row.path)}">'
            f'<th scope="row">{_link(row)}</th>'
            f'<td class="num">{_int(row.words)}</td>'
            f'<td class="num {level}" title="{escape(lix_label(row.lix)) if row.words else ""}">'
            f"{_dec(row.lix) if row.words else '–'}</td>"
            f'<td class="num">{_dec(row.mean_sentence_length) if row.words else "–"}</td>'
            f'<td class="num">{_percent(row.passive_share) if row.words else "–"}</td>'
            f'<td class="num rate">{_dec(row.per_1000_words) if row.words else "–"}</td>'
            f"{severities}</tr>"
        )
    return (
        '<section aria-labelledby="sidor"><h2 id="sidor">Sidor, de som behöver mest arbete först</h2>'
        '<div class="scroll"><table class="pages">'
        "<caption>Sorterat efter anmärkningar per 1\u00a0000 ord och sedan LIX.</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div></section>"
    )


def _rule_table(report: Report, titles: dict[str, str]) -> str:
    counts = Counter(f.rule for f in report.findings)
    if not counts:
        return "<section><h2>Anmärkningar per regel</h2><p>Inga anmärkningar.</p></section>"
    pages = Counter(rule for r in report.files for rule in {f.rule for f in r.findings})
    body = "".join(
        f'<tr><th scope="row"><code>{escape(rule)}</code></th><td>{escape(titles.get(rule, ""))}</td>'
        f'<td class="num">{_int(count)}</td><td class="num">{_int(pages[rule])}</td></tr>'
        for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )
    return (
        '<section aria-labelledby="regler"><h2 id="regler">Anmärkningar per regel</h2><table>'
        '<thead><tr><th scope="col">Regel</th><th scope="col">Vad</th><th scope="col" class="num">Antal</th>'
        f'<th scope="col" class="num">Sidor</th></tr></thead><tbody>{body}</tbody></table></section>'
    )


def _failed_table(failed: Sequence[FileReport]) -> str:
    items = "".join(f"<li>{escape(r.error or r.path)}</li>" for r in failed)
    return f'<section aria-labelledby="fel"><h2 id="fel">Filer som inte kunde granskas</h2><ul>{items}</ul></section>'


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


def _link(row: PageRow) -> str:
    if not row.href:
        return escape(row.path)
    return f'<a href="{escape(row.href)}">{escape(row.path)}</a>'


def _href(path: str, output: Path) -> str:
    """A link from the report's folder to the page, so a reader can open it next to the numbers."""
    if path.startswith("<"):  # <stdin>: nothing to link to
        return ""
    try:
        relative = os.path.relpath(Path(path).resolve(), Path(output).resolve().parent)
    except ValueError:  # another drive on Windows
        return Path(path).resolve().as_uri()
    return quote(Path(relative).as_posix())


def _write_atomically(path: Path, text: str) -> None:
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes the file private; a report is for sharing
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _lix_class(lix: float) -> str:
    return "lix-" + ("0" if lix < 30 else "1" if lix < 40 else "2" if lix < 50 else "3" if lix < 60 else "4")


def _int(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


def _dec(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _percent(value: float) -> str:
    return f"{100 * value:.0f}\u00a0%"


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
"""
