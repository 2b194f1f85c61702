"""``klarlint corpus-report``: a corpus run aggregated per site, as one self-contained HTML page.

Per site: pages, pages with errors, words, the distributions of LIX and of findings
per 1,000 words (5th, 25th, 50th, 75th and 95th percentiles), the most common rules
and the worst pages, among pages of at least ``min_words`` words so that stubs (a
title and a date) do not top the list. The charts are drawn by matplotlib as SVG
and put inline; the page loads nothing from anywhere (its Content-Security-Policy
says so too) and every text from the corpus is escaped.

The statistics table is read once in columns (a few hundred MB for ten million
pages); the findings table, far larger, is read one part at a time, two columns of it.
"""

from __future__ import annotations

import html
import io
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from klarlint.corpus.run import FINDINGS_DIR, MANIFEST, STATS_DIR
from klarlint.errors import KlarlintError, os_reason
from klarlint.language import SWEDISH, language_name
from klarlint.swedish_numbers import grouped

PERCENTILES = (5, 25, 50, 75, 95)
MAX_CHART_SITES = 30
TOP_RULES_CHART = 15
STATS_COLUMNS = ["url", "site", "words", "lix", "findings_per_1000_words", "error"]
UNCHECKED_COLUMNS = ["language", "notices"]  # since output format 2 (klarlint.corpus.run.FORMAT)
NOTICES_SHOWN = 3  # a page's notices listed in the report; the rest counted


@dataclass
class SiteSummary:
    site: str
    pages: int
    errors: int
    words: int
    lix: tuple[float, ...] | None  # PERCENTILES of LIX over pages with words; None when there are none
    per_1000: tuple[float, ...] | None  # the same for findings per 1,000 words
    rules: Counter[str] = field(default_factory=Counter)  # findings per rule, every rule
    worst: list[tuple[str, int, float, float]] = field(default_factory=list)  # url, words, LIX, findings/1000
    languages: Counter[str] = field(default_factory=Counter)  # pages in another language than Swedish, by language
    partly: int = 0  # Swedish pages with some text not checked
    noticed: int | None = None  # pages with a notice (None: the run did not record them, output format 1)
    unchecked: list[tuple[str, list[str]]] = field(default_factory=list)  # url, its notices: the first ``top`` pages
    failed: list[tuple[str, str]] = field(default_factory=list)  # url, its error: the first ``top`` pages with one


@dataclass
class CorpusSummary:
    sites: list[SiteSummary]
    rules: Counter[str]
    lix: np.ndarray  # every page's LIX (pages with words), for the overall histogram
    complete: bool
    min_words: int
    top: int = 10  # rules and worst pages shown per site
    knows_unchecked: bool = True  # False for a run of output format 1, which did not record what it skipped


def write_report(folder: Path, output: Path, *, min_words: int = 200, top: int = 10) -> None:
    summary = summarize(folder, min_words=min_words, top=top)
    page = render(summary, folder)
    temporary = output.with_name(f".{output.name}.tmp")
    try:
        temporary.write_text(page, encoding="utf-8")
        os.replace(temporary, output)
    except OSError as exc:
        raise KlarlintError(f"{output}: rapporten kan inte skrivas ({os_reason(exc)})") from None


def summarize(folder: Path, *, min_words: int = 200, top: int = 10) -> CorpusSummary:
    stats = _read_stats(folder)
    rules = _rule_counts(folder)
    sites = _site_summaries(stats, rules, min_words, top)
    words = stats.column("words").to_numpy()
    ok = _ok(stats) & (words > 0)
    return CorpusSummary(
        sites=sites,
        rules=sum((s.rules for s in sites), Counter()),
        lix=stats.column("lix").to_numpy()[ok],
        complete=_complete(folder),
        min_words=min_words,
        top=top,
        knows_unchecked="language" in stats.column_names,
    )


def _read_stats(folder: Path) -> pa.Table:
    if not (folder / STATS_DIR).is_dir():
        raise KlarlintError(f"{folder}: ingen korpuskörning här (mappen stats saknas; skapa den med klarlint corpus)")
    try:
        # a run of output format 1 has no language or notices: its report says so instead of failing
        names = pq.ParquetDataset(folder / STATS_DIR).schema.names
        return pq.read_table(folder / STATS_DIR, columns=STATS_COLUMNS + [c for c in UNCHECKED_COLUMNS if c in names])
    except (OSError, pa.ArrowException) as exc:
        raise KlarlintError(f"{folder}: statistiken kan inte läsas ({exc})") from None


def _rule_counts(folder: Path) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {}
    for part in sorted((folder / FINDINGS_DIR).glob("part-*.parquet")):
        try:
            grouped = (
                pq.read_table(part, columns=["site", "rule"]).group_by(["site", "rule"]).aggregate([("rule", "count")])
            )
        except (OSError, pa.ArrowException) as exc:
            raise KlarlintError(f"{part}: kan inte läsas ({exc})") from None
        for row in grouped.to_pylist():
            counts.setdefault(row["site"], Counter())[row["rule"]] += row["rule_count"]
    return counts


def _ok(stats: pa.Table) -> np.ndarray:
    return stats.column("error").is_null().to_numpy(zero_copy_only=False)


def _site_summaries(stats: pa.Table, rules: dict[str, Counter[str]], min_words: int, top: int) -> list[SiteSummary]:
    site = np.asarray(stats.column("site").to_pylist(), dtype=object)
    names, inverse = np.unique(site, return_inverse=True)
    order = np.argsort(inverse, kind="stable")  # each site's pages side by side, so a site is one slice
    bounds = np.searchsorted(inverse[order], np.arange(len(names) + 1))
    columns = {
        "url": np.asarray(stats.column("url").to_pylist(), dtype=object)[order],
        "words": stats.column("words").to_numpy()[order],
        "lix": stats.column("lix").to_numpy()[order],
        "per_1000": stats.column("findings_per_1000_words").to_numpy()[order],
        "ok": _ok(stats)[order],
        "row": order,
    }
    if "language" in stats.column_names:
        # an index into a handful of languages per page, not ten million strings; -1 for a page with an error
        encoded = pc.dictionary_encode(stats.column("language").combine_chunks())  # one dictionary for every part
        columns["language"] = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False)[order]
        languages = encoded.dictionary.to_pylist()
        columns["notices"] = pc.list_value_length(stats.column("notices")).fill_null(0).to_numpy()[order]
    summaries = []
    for number, name in enumerate(names):
        part = {key: values[bounds[number] : bounds[number + 1]] for key, values in columns.items()}
        summary = _site(str(name), part, rules.get(name, Counter()), min_words, top)
        summary.failed = [
            (str(part["url"][i]), str(stats.column("error")[int(part["row"][i])].as_py()))
            for i in np.flatnonzero(~part["ok"])[:top]
        ]
        if "language" in part:
            _unchecked(summary, part, languages, stats.column("notices"), top)
        summaries.append(summary)
    return sorted(summaries, key=lambda s: (-s.pages, s.site))


def _site(name: str, part: dict[str, np.ndarray], rules: Counter[str], min_words: int, top: int) -> SiteSummary:
    ok, words = part["ok"], part["words"]
    measured = ok & (words > 0)
    long_enough = np.flatnonzero(ok & (words >= min_words))
    worst = long_enough[np.argsort(-part["per_1000"][long_enough], kind="stable")[:top]]
    return SiteSummary(
        site=name,
        pages=len(ok),
        errors=int((~ok).sum()),
        words=int(words.sum()),
        lix=_percentiles(part["lix"][measured]),
        per_1000=_percentiles(part["per_1000"][measured]),
        rules=rules,  # all of them: the totals count every finding; a site's section shows the ``top``
        worst=[(part["url"][i], int(words[i]), float(part["lix"][i]), float(part["per_1000"][i])) for i in worst],
    )


def _unchecked(
    site: SiteSummary, part: dict[str, np.ndarray], languages: list[str], notices: pa.ChunkedArray, top: int
) -> None:
    """The site's pages in other languages, by language (``part["language"]`` indexes ``languages``), and its first
    ``top`` pages with text not checked."""
    noticed = part["notices"] > 0
    swedish = part["language"] == (languages.index(SWEDISH) if SWEDISH in languages else -2)
    other = (part["language"] >= 0) & ~swedish  # not an error's -1
    indices, counts = np.unique(part["language"][other], return_counts=True)
    site.languages = Counter({languages[i]: int(n) for i, n in zip(indices, counts, strict=True)})
    site.partly = int((swedish & noticed).sum())
    site.noticed = int(noticed.sum())
    shown = np.flatnonzero(noticed)[:top]
    site.unchecked = [
        (str(part["url"][i]), [n["message"] for n in notices[int(part["row"][i])].as_py()]) for i in shown
    ]


def _percentiles(values: np.ndarray) -> tuple[float, ...] | None:
    return tuple(float(v) for v in np.percentile(values, PERCENTILES)) if len(values) else None


def _complete(folder: Path) -> bool:
    try:
        return bool(json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get("complete"))
    except (OSError, ValueError):
        return False


# --- charts ----------------------------------------------------------------------------------------


def _svg(figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buffer.getvalue()
    return text[text.index("<svg") :]  # inline: without the XML declaration and doctype


def _figure(width: float, height: float):
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _box_chart(sites: list[SiteSummary], attribute: str, label: str) -> str | None:
    """One box per site from its precomputed percentiles (whiskers at the 5th and 95th)."""
    shown = [s for s in sites[:MAX_CHART_SITES] if getattr(s, attribute) is not None]
    if not shown:
        return None
    boxes = []
    for s in reversed(shown):
        p5, p25, p50, p75, p95 = getattr(s, attribute)
        boxes.append({"whislo": p5, "q1": p25, "med": p50, "q3": p75, "whishi": p95, "fliers": [], "label": ""})
    figure = _figure(8, 1 + 0.32 * len(shown))
    axes = figure.add_subplot()
    axes.bxp(boxes, orientation="horizontal", showfliers=False)
    axes.set_yticks(range(1, len(shown) + 1), [s.site for s in reversed(shown)], parse_math=False)
    axes.set_xlabel(label, parse_math=False)
    axes.grid(axis="x", alpha=0.3)
    return _svg(figure)


def _rules_chart(rules: Counter[str]) -> str | None:
    common = rules.most_common(TOP_RULES_CHART)
    if not common:
        return None
    figure = _figure(8, 1 + 0.3 * len(common))
    axes = figure.add_subplot()
    axes.barh(range(len(common)), [n for _, n in reversed(common)], color="#3a6ea5")
    axes.set_yticks(range(len(common)), [r for r, _ in reversed(common)], parse_math=False)
    axes.set_xlabel("anmärkningar", parse_math=False)
    return _svg(figure)


def _histogram(values: np.ndarray) -> str | None:
    if not len(values):
        return None
    figure = _figure(8, 3)
    axes = figure.add_subplot()
    axes.hist(values, bins=np.arange(0, max(80.0, float(values.max())) + 5, 5), color="#3a6ea5")
    axes.set_xlabel("LIX", parse_math=False)
    axes.set_ylabel("sidor", parse_math=False)
    return _svg(figure)


# --- HTML ------------------------------------------------------------------------------------------

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0 2rem; } figure svg { max-width: 100%; height: auto; }
.warn { background: #fff3cd; padding: 0.5rem 1rem; } a { word-break: break-all; }
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def render(summary: CorpusSummary, folder: Path) -> str:
    e = _escape
    pages = sum(s.pages for s in summary.sites)
    words = sum(s.words for s in summary.sites)
    errors = sum(s.errors for s in summary.sites)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="sv"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>Klarspråk i korpusen {e(folder.name)}</title><style>{STYLE}</style></head><body>",
        f"<h1>Klarspråk i korpusen {e(folder.name)}</h1>",
    ]
    if not summary.complete:
        parts.append('<p class="warn">Körningen är inte klar: rapporten gäller bara de sidor som har granskats.</p>')
    parts.append(
        f"<p>{_pages(pages)} på {grouped(len(summary.sites))} "
        f"{_plural(len(summary.sites), 'webbplats', 'webbplatser')}, {grouped(words)} ord, "
        f"{grouped(sum(summary.rules.values()))} anmärkningar. "
        f"{_pages(errors)} kunde inte granskas.</p>"
    )
    parts.append(_unchecked_summary(summary))
    parts += _charts(summary)
    parts += _site_table(summary.sites)
    for site in summary.sites:
        parts += _site_section(site, summary.min_words, summary.top)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _charts(summary: CorpusSummary) -> list[str]:
    more = len(summary.sites) > MAX_CHART_SITES
    note = f" (de {MAX_CHART_SITES} största webbplatserna)" if more else ""
    charts = [
        (
            "LIX per webbplats" + note + "; lådan: 25–75 %, strecket: median, morrhåren: 5–95 %",
            _box_chart(summary.sites, "lix", "LIX"),
        ),
        (
            "Anmärkningar per 1 000 ord per webbplats" + note,
            _box_chart(summary.sites, "per_1000", "anmärkningar per 1 000 ord"),
        ),
        ("LIX för alla sidor", _histogram(summary.lix)),
        ("Vanligaste reglerna i hela korpusen", _rules_chart(summary.rules)),
    ]
    return [f"<figure>{svg}<figcaption>{_escape(caption)}</figcaption></figure>" for caption, svg in charts if svg]


def _unchecked_summary(summary: CorpusSummary) -> str:
    if not summary.knows_unchecked:
        return (
            '<p class="warn">Körningen gjordes av en äldre version av klarlint och säger inte vilka sidor som var på '
            "andra språk eller vilken text som inte granskades. Kör korpusen igen för att se det.</p>"
        )
    languages = sum((s.languages for s in summary.sites), Counter())
    said = unchecked_said(sum(languages.values()), sum(s.partly for s in summary.sites), languages)
    if not said:
        return "<p>All text på sidorna granskades.</p>"
    return f"<p>Granskades inte: {_escape(said)}. Avsnittet för varje webbplats visar var.</p>"


def _site_table(sites: list[SiteSummary]) -> list[str]:
    rows = [
        "<h2>Webbplatser</h2><table><tr><th>webbplats</th><th>sidor</th><th>fel</th><th>andra språk</th><th>ord</th>"
        "<th>LIX (median)</th><th>anmärkningar per 1 000 ord (median)</th><th>vanligaste regler</th></tr>"
    ]
    for s in sites:
        rules = ", ".join(rule for rule, _ in s.rules.most_common(3))
        rows.append(
            f'<tr><td><a href="#{_anchor(s.site)}">{_escape(s.site or "(okänd)")}</a></td>'
            f'<td class="n">{grouped(s.pages)}</td>'
            f'<td class="n">{grouped(s.errors)}</td><td class="n">{_other_languages(s)}</td>'
            f'<td class="n">{grouped(s.words)}</td><td class="n">{_median(s.lix)}</td>'
            f'<td class="n">{_median(s.per_1000)}</td><td>{_escape(rules)}</td></tr>'
        )
    rows.append("</table>")
    return rows


def _site_section(site: SiteSummary, min_words: int, top: int) -> list[str]:
    e = _escape
    parts = [f'<h2 id="{_anchor(site.site)}">{e(site.site or "(okänd)")}</h2>']
    if site.rules:
        parts.append("<table><tr><th>regel</th><th>anmärkningar</th></tr>")
        parts += [
            f'<tr><td>{e(rule)}</td><td class="n">{grouped(n)}</td></tr>' for rule, n in site.rules.most_common(top)
        ]
        parts.append("</table>")
    if site.worst:
        parts.append(f"<h3>Sämsta sidorna (minst {grouped(min_words)} ord)</h3>")
        parts.append("<table><tr><th>sida</th><th>ord</th><th>LIX</th><th>anmärkningar per 1 000 ord</th></tr>")
        parts += [
            f'<tr><td>{_link(url)}</td><td class="n">{grouped(words)}</td><td class="n">{lix:.0f}</td>'
            f'<td class="n">{per_1000:.1f}</td></tr>'
            for url, words, lix, per_1000 in site.worst
        ]
        parts.append("</table>")
    return parts + _failed_section(site) + _unchecked_section(site)


def _failed_section(site: SiteSummary) -> list[str]:
    """The pages that could not be checked, and why: the report had counted them and named none (page 8 being
    invalid JSON was to be found only in the Parquet)."""
    if not site.failed:
        return []
    shown = f" De första {grouped(len(site.failed))}:" if len(site.failed) < site.errors else ""
    parts = [
        "<h3>Sidor som inte kunde granskas</h3>",
        f"<p>{_pages(site.errors)} kunde inte granskas.{shown}</p>",
        "<table><tr><th>sida</th><th>fel</th></tr>",
    ]
    parts += [f"<tr><td>{_link(url)}</td><td>{_escape(error)}</td></tr>" for url, error in site.failed]
    parts.append("</table>")
    return parts


def _other_languages(site: SiteSummary) -> str:
    return "–" if site.noticed is None else grouped(sum(site.languages.values()))


def _unchecked_section(site: SiteSummary) -> list[str]:
    """What the lint did not check on this site: nothing skipped goes unsaid (as in ``klarlint check``)."""
    if not site.unchecked:
        return []
    said = unchecked_said(sum(site.languages.values()), site.partly, site.languages)
    shown = f" De första {grouped(len(site.unchecked))}:" if len(site.unchecked) < (site.noticed or 0) else ""
    parts = [
        "<h3>Text som inte granskades</h3>",
        f"<p>{_escape(said[0].upper() + said[1:])}.{shown}</p>",
        "<table><tr><th>sida</th><th>varför</th></tr>",
    ]
    for url, messages in site.unchecked:
        more = len(messages) - NOTICES_SHOWN
        said = " ".join(_escape(m) for m in messages[:NOTICES_SHOWN])
        said += f" (och {grouped(more)} till)" if more > 0 else ""
        parts.append(f"<tr><td>{_link(url)}</td><td>{said}</td></tr>")
    parts.append("</table>")
    return parts


def _escape(text: object) -> str:
    return html.escape(str(text), quote=True)


def _link(url: str) -> str:
    """A link only for http(s) addresses: a javascript: or data: URL in a crawl stays text."""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{_escape(url)}" rel="noopener noreferrer">{_escape(url)}</a>'
    return _escape(url)


def _anchor(site: str) -> str:
    return "webbplats-" + "".join(c if c.isalnum() or c in ".-" else "_" for c in site)


def _median(values: tuple[float, ...] | None) -> str:
    return "–" if values is None else f"{values[2]:.1f}"


def unchecked_said(other: int, partly: int, languages: Counter[str] | None = None) -> str:
    """*2 sidor på andra språk (engelska 1, arabisk skrift 1) och delar av 1 sida*; empty when all was checked (also
    the corpus run's last line)."""
    said = []
    if other:
        named = ", ".join(f"{language_name(code)} {grouped(n)}" for code, n in (languages or Counter()).most_common())
        said.append(f"{_pages(other)} på andra språk" + (f" ({named})" if named else ""))
    if partly:
        said.append(f"delar av {_pages(partly)}")
    return " och ".join(said)


def _pages(count: int) -> str:
    return f"{grouped(count)} {_plural(count, 'sida', 'sidor')}"


def _plural(count: int, one: str, more: str) -> str:
    return one if count == 1 else more
