"""What a crawl knows beyond a folder's lint: which page links to a broken address, the addresses with the same
page, the site's template, and whether ``--max-pages`` cut the crawl short. Reporters read these fields with
``getattr`` (a folder's plain reports have none), so they need not import the crawler."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from klarlint.report import FileReport, Report

TEMPLATE_ANCHOR = "#mall"  # the template's report is named by the page it was read from, plus this


@dataclass
class PageReport(FileReport):
    also_at: list[str] = field(default_factory=list)  # other addresses that gave the same page (linted once)
    linked_from: str | None = None  # an address that failed: a page (or sitemap) that links to it
    status: int | None = None  # an address that failed: the server's status, if it answered
    template_pages: int = 0  # > 0: this is the site's template, found on this many pages
    in_baseline: bool = False  # a broken link the baseline knows: reported, but it does not fail the run
    # Each finding's text directive (fragments.fragment_key → "prefix-,text,-suffix"); a finding not in it is not
    # on the page as shown (the <title>): its link opens the page. Not in JSON: the report's links only.
    fragments: dict[tuple[int, int, str], str] = field(default_factory=dict)

    @classmethod
    def of(cls, report: FileReport) -> PageReport:
        if isinstance(report, PageReport):
            return report
        return cls(**{f.name: getattr(report, f.name) for f in fields(FileReport)})

    @property
    def broken_link(self) -> bool:
        return self.status is not None and 400 <= self.status < 500

    def to_json(self) -> dict[str, object]:
        data = super().to_json()
        if self.also_at:
            data["also_at"] = list(self.also_at)
        if self.linked_from:
            data["linked_from"] = self.linked_from
        if self.status is not None:
            data["status"] = self.status
        if self.template_pages:
            data["template"] = {"pages": self.template_pages}
        if self.in_baseline:
            data["in_baseline"] = True
        return data


@dataclass
class SiteReport(Report):
    max_pages: int = 0
    not_fetched: int = 0  # addresses found but not fetched: --max-pages was reached
    template_pages: int = 0  # pages the template was found on (0: no template)

    def to_json(self) -> dict[str, object]:
        crawl = {"max_pages": self.max_pages, "not_fetched": self.not_fetched, "template_pages": self.template_pages}
        return {**super().to_json(), "crawl": crawl}
