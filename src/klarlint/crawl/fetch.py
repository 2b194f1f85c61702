"""Fetching a site politely: robots.txt, sitemaps, same-site links, a rate limit, retries, conditional requests.

Built on httpx's async client: one event loop runs ``concurrency`` fetchers that
share a connection pool and a rate limiter. The crawler only fetches; what it
finds (a page, or a problem with an address) goes to ``emit``, and the caller
lints it (see :mod:`klarlint.crawl`).

Only addresses on the start URL's own site (scheme, host and port) are fetched.
Redirects are not followed blindly: a redirect's target is scheduled like a link,
so it is checked against the site, robots.txt and the include/exclude patterns
before anything is sent to it.
"""

from __future__ import annotations

import asyncio
import math
import re
import sys
import xml.etree.ElementTree as ElementTree
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from urllib.parse import quote, urldefrag, urljoin, urlsplit

import httpx
from protego import Protego

from klarlint import __version__
from klarlint.crawl.cache import Cache, Entry, content_hash
from klarlint.readers import MAX_DOCX_BYTES, MAX_FILE_BYTES

# ASCII: HTTP headers are. No address: klarlint has no page of its own to point to, and the PyPI name it had pointed
# to is not klarlint's (a stranger may publish under it), where a site owner looking up the crawler would land
USER_AGENT = f"klarlint/{__version__} (plain-language linter)"
ROBOTS_AGENT = "klarlint"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
DOCX_TYPES = frozenset({"application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
NOT_TEXT_TYPES = frozenset({"text/css", "text/javascript", "application/javascript", "application/json"})
# What a server says about a file it does not describe: its address decides (a .docx sent as octet-stream)
UNDESCRIBED_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/download"})
RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
MAX_SITEMAP_DEPTH = 3  # sitemap index → sitemap index → sitemap
MAX_ROBOTS_REDIRECTS = 5  # RFC 9309: follow at least five
# RFC 9309 2.5: parse at least the first 500 KiB of robots.txt. Over the page limit, an endless or gzip-bomb
# robots.txt had been "could not be read", and then no page may be fetched: one oversize file blocked the site.
MAX_ROBOTS_BYTES = 500 * 1024
# Redirects in a row a page may take, as browsers (ERR_TOO_MANY_REDIRECTS) and httpx stop: /chain/N → /chain/N+1
# had used one --max-pages address a hop without a word, and as the start page had been exit 0 with nothing linted.
MAX_REDIRECTS = 20
ESCAPES = re.compile(r"(?:%[0-9a-fA-F]{2})+")
# Sitemap files read in one crawl: indexes listing indexes had fanned out to thousands of requests before a page
# was linted (and --max-pages did not stop them).
MAX_SITEMAPS = 100
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemap protocol's limit, also for a gzipped one once unpacked
MAX_RETRY_AFTER = 30.0  # seconds: a server's Retry-After is honoured up to this
SITEMAP_NS = re.compile(r"^\{[^}]*\}")


@dataclass(frozen=True)
class CrawlOptions:
    start: str
    max_pages: int = 1000
    # link steps from the start page; None: no limit (and a page only a sitemap lists, at no known step, is read)
    max_depth: int | None = None
    include: tuple[str, ...] = ()  # regular expressions; when given, only matching addresses are linted
    exclude: tuple[str, ...] = ()  # regular expressions; matching addresses are not fetched
    rate: float | None = None  # requests per second; None: as fast as ``concurrency`` allows
    concurrency: int = 4
    timeout: float = 20.0  # seconds per request, the whole answer included
    retries: int = 2  # extra attempts after a timeout, a dropped connection, 429 or 5xx
    backoff: float = 0.5  # seconds before the first retry; doubles with each retry
    headers: tuple[tuple[str, str], ...] = ()
    robots: bool = True
    sitemap: bool = True


@dataclass
class Page:
    """A fetched page to lint (``body``), or one that has not changed (``body`` None, ``entry`` has its findings)."""

    url: str
    kind: str  # "html", "pdf" or "docx"
    body: bytes | None
    charset: str | None = None
    entry: Entry | None = None  # the cache entry, when the page has not changed since it was made
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    links: list[str] = field(default_factory=list)
    lint: bool = True  # False: fetched only to find links (the start page outside --include)


@dataclass(frozen=True)
class Problem:
    """An address that could not be linted; ``error``: it should have been (404, timeout), else a note."""

    url: str
    message: str
    error: bool = True
    named: bool = True  # a note the report names the address with (not for addresses outside --include)
    kind: str = ""  # "robots", "off-site", "not-text", "broken" (the server answered 4xx or 5xx); "" other
    linked_from: str | None = None  # a page (or sitemap) that links to the address
    status: int | None = None  # the server's answer, if it gave one


@dataclass
class Counts:
    fetched: int = 0
    not_modified: int = 0
    robots: int = 0
    not_text: int = 0
    limited: int = 0  # not fetched because of --max-pages
    beyond_depth: int = 0  # sitemap addresses not fetched: no link within --max-depth leads to them


@dataclass
class _Response:
    url: str
    status: int
    headers: httpx.Headers
    body: bytes
    cut: bool = False  # only the first ``cut_at`` bytes were read (robots.txt)


def crawl(options: CrawlOptions, cache: Cache | None, emit: Callable[[Page | Problem], None]) -> Counts:
    """Crawl the site; every page and problem goes to ``emit``; returns what was counted on the way."""
    return asyncio.run(_crawl(options, cache, emit))


async def _crawl(options: CrawlOptions, cache: Cache | None, emit: Callable[[Page | Problem], None]) -> Counts:
    headers = {"User-Agent": USER_AGENT, **dict(options.headers)}
    limits = httpx.Limits(max_connections=options.concurrency, max_keepalive_connections=options.concurrency)
    async with httpx.AsyncClient(headers=headers, timeout=options.timeout, limits=limits) as client:
        crawler = _Crawler(options, cache, client, emit)
        await crawler.run()
        return crawler.counts


class _Crawler:
    def __init__(self, options: CrawlOptions, cache: Cache | None, client: httpx.AsyncClient, emit) -> None:
        self.options = options
        self.cache = cache
        self.client = client
        self.emit = emit
        self.site = _site(options.start)
        self.include = [re.compile(p) for p in options.include]
        self.exclude = [re.compile(p) for p in options.exclude]
        self.robots: _Robots | None = None  # None: no robots.txt (or --ignore-robots), everything allowed
        self.sitemaps: list[str] = []
        self.sitemaps_read: set[str] = set()
        self.sitemaps_left: list[str] = []  # not read: over MAX_SITEMAPS, or --max-pages already reached
        self.seen: set[str] = set()
        self.blocked: set[str] = set()  # disallowed by robots.txt
        self.redirects: dict[str, str] = {}  # address → where it redirects (on the site)
        self.redirects_told: set[str] = set()  # links told to lead on to another address
        self.chain_start: dict[str, str] = {}  # a redirect's target → the first address of its chain of redirects
        self.hops: dict[str, int] = {}  # a redirect's target → the redirects in a row that led to it
        start = _normalize(options.start)
        self.start_chain = {start}  # the start address and where it redirects: a problem there ends the crawl
        self.start_not_text: tuple[str, str] | None = None  # (address, media type): the start is no page to read
        self.referrers: dict[str, str] = {}  # address → the first page that linked to it (else its sitemap)
        self.in_sitemap: set[str] = set()  # with --max-depth: sitemap addresses, fetched only when a link leads there
        self.held: list[Problem] = []  # problems with an address a sitemap listed: told when all links are known
        self.limited: set[str] = set()  # left out by --max-pages
        self.queue: asyncio.Queue[tuple[str, int]] = asyncio.Queue()
        self.counts = Counts()
        self.next_slot = 0.0
        self.interval = 1 / options.rate if options.rate else 0.0  # seconds between requests (--rate, Crawl-delay)
        self.rate_lock = asyncio.Lock()

    async def run(self) -> None:
        start = _normalize(self.options.start)
        if self.options.robots:
            await self._load_robots()
        if self.robots is not None and not self.robots.allows(start):
            self.counts.robots += 1
            message = (
                f"{start}: robots.txt tillåter inte att sidan hämtas; använd --ignore-robots för er egen webbplats"
            )
            self.emit(Problem(start, message))
            return
        self._schedule(start, 0, force=True)
        if self.options.sitemap:
            for sitemap in self.sitemaps or [urljoin(start, "/sitemap.xml")]:
                await self._read_sitemap(sitemap, 0, explicit=bool(self.sitemaps))
            self._note_sitemaps_left()
        workers = [asyncio.create_task(self._worker()) for _ in range(max(1, self.options.concurrency))]
        await self.queue.join()
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        self._note_start_not_text()
        self._tell_held()
        self.counts.beyond_depth = sum(1 for url in self.in_sitemap - self.seen - self.limited if self._fetchable(url))

    def _note_start_not_text(self) -> None:
        """A start page that is no web page, PDF or Word document: an error when no page was read at all (a
        *text/plain* start page had been "0 sidor granskade", exit 0, so a CI gate passed with nothing checked, where
        a start page redirecting off the site is exit 2), else a note like any other such address."""
        if self.start_not_text is None:
            return
        url, media_type = self.start_not_text
        what = f"är inte HTML, PDF eller Word ({media_type or 'okänd typ'})"
        if self.counts.fetched == 0:
            self.emit(Problem(url, f"{url}: startsidan {what}, och ingen sida kunde granskas"))
        elif _may_hold_text(media_type):
            message = f"{url}: {what} och lästes inte"
            self.emit(Problem(url, message, error=False, named=self._wanted(url), kind="not-text"))

    # --- what is fetched ---

    def _schedule(self, url: str, depth: int, force: bool = False, referrer: str | None = None) -> None:
        url = _normalize(url)
        if referrer is not None and url != referrer and self._better_referrer(url, referrer):
            self.referrers[url] = referrer  # a broken link's report names the page to mend
        if url in self.seen or not url.startswith(("http://", "https://")) or _site(url) != self.site:
            return
        if not force:
            if self.options.max_depth is not None and depth > self.options.max_depth:
                return
            if any(p.search(url) for p in self.exclude):
                return
            if self.robots is not None and not self.robots.allows(url):
                if url not in self.blocked:  # counted and named once, and not against --max-pages
                    self.blocked.add(url)
                    self.counts.robots += 1
                    message = f"{url}: robots.txt tillåter inte att sidan hämtas"
                    self.emit(Problem(url, message, error=False, named=self._wanted(url), kind="robots"))
                return
        if len(self.seen) >= self.options.max_pages:
            if url not in self.limited:  # an address many pages link to is one page left out
                self.limited.add(url)
                self.counts.limited += 1
            return
        self.seen.add(url)
        self.queue.put_nowait((url, depth))

    def _better_referrer(self, url: str, referrer: str) -> bool:
        """The first page that links to ``url``; a page's link before a sitemap's (a timeout had been *länkas från
        …/sitemap.xml*, read first, while the main menu of every page linked to it)."""
        known = self.referrers.get(url)
        return known is None or (known in self.sitemaps_read and referrer not in self.sitemaps_read)

    def _tell(self, problem: Problem) -> None:
        """Emit a problem; one linked from a sitemap waits until the crawl is over, when a page may link to it."""
        if problem.linked_from is not None and problem.linked_from in self.sitemaps_read:
            self.held.append(problem)
        else:
            self.emit(problem)

    def _tell_held(self) -> None:
        for problem in self.held:
            old, new = problem.linked_from, self.referrers.get(problem.url, problem.linked_from)
            message = problem.message.replace(f"(länkas från {old})", f"(länkas från {new})")
            self.emit(replace(problem, message=message, linked_from=new))

    def _fetchable(self, url: str) -> bool:
        """On the site, not excluded and allowed by robots.txt: an address a link could have led the crawl to."""
        if _site(url) != self.site or any(p.search(url) for p in self.exclude):
            return False
        return self.robots is None or self.robots.allows(url)

    def _wanted(self, url: str) -> bool:
        return not self.include or any(p.search(url) for p in self.include)

    async def _worker(self) -> None:
        while True:
            url, depth = await self.queue.get()
            try:
                await self._visit(url, depth)
            except Exception as exc:  # one page's surprise must not stop the crawl
                self.emit(Problem(url, f"{url}: internt fel när sidan hämtades: {exc}"))
            finally:
                self.queue.task_done()

    async def _visit(self, url: str, depth: int) -> None:
        entry = self.cache.get(url) if self.cache else None
        response = await self._get(url, entry.validators() if entry else {})
        wanted = self._wanted(url)  # outside --include: fetched for its links, a note at most, never named
        linked_from = self.referrers.get(url)
        if isinstance(response, Problem):  # outside --include: a note
            message = _linked(response.message, linked_from) + EXCLUDE_HINT
            self._tell(Problem(url, message, wanted, wanted, linked_from=linked_from))
            return
        if response.status in REDIRECT_STATUS:
            target = urljoin(url, response.headers.get("location") or "")
            if _site(target) == self.site:
                self._redirect(url, _normalize(target), depth, linked_from)
                self._tell_redirect(url, _normalize(target), response.status, linked_from)
            elif url in self.start_chain:  # the whole crawl would end here: say so
                self.emit(Problem(url, f"{url}: omdirigeras till {target}, utanför webbplatsen; ange den adressen"))
            else:
                message = f"{url}: omdirigeras till {target}, utanför webbplatsen"
                self.emit(Problem(url, message, error=False, named=wanted, kind="off-site"))
            return
        if response.status == 304 and entry is not None:
            self.counts.not_modified += 1
            page = Page(url, entry.kind or "html", None, entry=entry, links=list(entry.links), lint=wanted)
            page.etag, page.last_modified, page.content_hash = entry.etag, entry.last_modified, entry.content_hash
        elif response.status >= 400 or response.status == 304:
            reason = httpx.codes.get_reason_phrase(response.status)
            message = _linked(f"{url}: servern svarade {response.status} {reason}".rstrip(), linked_from)
            status = response.status
            if status in (401, 403):
                message += login_hint(response.headers.get("www-authenticate", ""))
            elif status >= 500:
                message += EXCLUDE_HINT
            self._tell(Problem(url, message, wanted, wanted, "broken", linked_from, status))
            return
        else:
            page = self._page(url, response, entry)
            if page is None:
                self.counts.not_text += 1
                media_type, _ = _content_type(response.headers.get("content-type", ""))
                if url in self.start_chain:  # an error or a note once the crawl is over (_note_start_not_text)
                    self.start_not_text = (url, media_type)
                elif _may_hold_text(media_type):  # a document, not a picture, a style sheet or a script
                    message = f"{url}: är inte HTML, PDF eller Word ({media_type or 'okänd typ'}) och lästes inte"
                    self.emit(Problem(url, message, error=False, named=wanted, kind="not-text"))
                return
        self.counts.fetched += 1
        self.emit(page)
        for link in page.links:
            self._schedule(link, depth + 1, referrer=url)

    def _redirect(self, url: str, target: str, depth: int, linked_from: str | None) -> None:
        """A redirect on the site: its target scheduled like a link, unless the redirects go round in a loop or
        on past MAX_REDIRECTS (both an error naming them)."""
        self.redirects[url] = target
        if linked_from is not None:  # the page to mend is the one with the link, not the redirect
            self.referrers.setdefault(target, linked_from)
        if url in self.start_chain:
            self.start_chain.add(target)
        first, hops = self.chain_start.get(url, url), self.hops.get(url, 0) + 1
        if self._redirect_loop(url):  # its pages lead nowhere: had been dropped unsaid, the start page's whole crawl
            # named by the address a page links to, with that page (it had been the loop's last hop, */loop-b*, which
            # no page links to, and no page: the editor could not find the link to mend)
            chain = [first]
            while chain[-1] not in chain[:-1]:
                chain.append(self.redirects[chain[-1]])
            linked_from = self.referrers.get(first)
            message = _linked(f"{first}: omdirigeringarna går i en slinga ({' → '.join(chain)})", linked_from)
            self.emit(Problem(first, message + EXCLUDE_HINT, linked_from=linked_from))
            return
        if hops > MAX_REDIRECTS:
            chain = [first]
            while chain[-1] != url:
                chain.append(self.redirects[chain[-1]])
            chain.append(target)
            linked_from = self.referrers.get(first)
            message = f"{first}: för många omdirigeringar i rad, fler än {MAX_REDIRECTS} ({_chain_text(chain)})"
            self.emit(Problem(first, _linked(message, linked_from) + EXCLUDE_HINT, linked_from=linked_from))
            return
        if target not in self.seen:  # a page reached some other way starts no chain
            self.chain_start[target], self.hops[target] = first, hops
        self._schedule(target, depth)

    def _tell_redirect(self, url: str, target: str, status: int, linked_from: str | None) -> None:
        """A link on the site that leads on to another address: information, one line for the link (not for each
        hop after it, nor for the start address given), that the link should be updated (a 301 had been followed
        without a word, and the editor never learnt that the menu pointed to an old address)."""
        if linked_from is None or url in self.start_chain or url in self.chain_start or url in self.redirects_told:
            return
        self.redirects_told.add(url)
        message = _linked(f"{url}: leder vidare till {target} ({status}); uppdatera länken", linked_from)
        self._tell(Problem(url, message, False, self._wanted(url), "redirect", linked_from, status))

    def _redirect_loop(self, url: str) -> list[str]:
        """The addresses from ``url`` back to itself when its redirects come round to it, else []."""
        chain = [url]
        while (following := self.redirects.get(chain[-1])) is not None and len(chain) <= len(self.redirects):
            chain.append(following)
            if following == url:
                return chain
        return []

    def _page(self, url: str, response: _Response, entry: Entry | None) -> Page | None:
        media_type, charset = _content_type(response.headers.get("content-type", ""))
        kind = _kind(media_type, url)
        if kind is None:
            return None
        page = Page(
            url,
            kind,
            response.body,
            charset=charset,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            content_hash=content_hash(response.body),
            lint=self._wanted(url),
        )
        if entry is not None and entry.content_hash == page.content_hash:
            page.entry, page.body = entry, None  # the server ignored our validators, but nothing changed
            page.links = list(entry.links)
            self.counts.not_modified += 1
        elif kind == "html":
            page.links = extract_links(_decoded(response.body, charset), url)
        return page

    # --- robots.txt and sitemaps ---

    async def _load_robots(self) -> None:
        """robots.txt as RFC 9309 has it: redirects on the site followed (up to five; more, or a loop: as if there
        were none, 2.3.1.2), 4xx: everything allowed, 5xx or no answer: nothing allowed (said once, with how to crawl
        one's own site anyway); only the first 500 KiB read (2.5)."""
        url = urljoin(self.options.start, "/robots.txt")
        chain = [url]
        for _ in range(MAX_ROBOTS_REDIRECTS + 1):
            response = await self._get(url, {}, raw=True, cut_at=MAX_ROBOTS_BYTES)
            if isinstance(response, Problem) or response.status not in REDIRECT_STATUS:
                break
            url = _normalize(urljoin(url, response.headers.get("location") or ""))
            if _site(url) != self.site:
                return  # robots.txt elsewhere: not read, as the crawl never leaves the site (RFC 9309: as if 4xx)
            chain.append(url)
            if url in chain[:-1]:  # a loop (/robots.txt → /robots.txt) leads to no file however far it is followed
                break
        if isinstance(response, _Response) and response.status in REDIRECT_STATUS:
            # RFC 9309 2.3.1.2: after more than five redirects a crawler may take robots.txt as unavailable, as a 4xx:
            # everything allowed (it had been "unreachable", as a 5xx: nothing allowed, named only by "svarade 302")
            how = "i en slinga" if url in chain[:-1] else f"fler än {MAX_ROBOTS_REDIRECTS} gånger i rad"
            message = (
                f"{chain[0]}: omdirigeras {how} ({_chain_text(chain)}); då räknas robots.txt som saknad "
                "(RFC 9309), och alla sidor får hämtas"
            )
            self.emit(Problem(chain[0], message, error=False))
            return
        if isinstance(response, Problem) or response.status >= 500:
            reason = response.message if isinstance(response, Problem) else f"{url}: svarade {response.status}"
            self.robots = _Robots(None)
            self.emit(
                Problem(
                    url,
                    f"{reason}; robots.txt kunde inte läsas, och då får ingen sida hämtas (RFC 9309): "
                    "använd --ignore-robots för er egen webbplats",
                )
            )
            return
        if response.status >= 400:
            return  # no robots.txt: everything is allowed
        body = response.body
        if response.cut:  # a rule cut off in the middle is not the rule that was written: the last line goes
            body = body[: body.rfind(b"\n") + 1]
            message = f"{url}: robots.txt är större än 500 KiB; bara reglerna i början lästes (RFC 9309)"
            self.emit(Problem(url, message, error=False))
        self.robots = _Robots(Protego.parse(body.decode("utf-8", errors="replace")))
        self._keep_crawl_delay()
        # A relative Sitemap: line (/karta.xml) is read against robots.txt's address, as major crawlers do: the
        # protocol asks for a whole address, and it had been skipped without a word
        sitemaps = (urljoin(url, s.strip()) for s in self.robots.rules.sitemaps)
        self.sitemaps = [s for s in sitemaps if _site(s) == self.site]

    def _keep_crawl_delay(self) -> None:
        """robots.txt's Crawl-delay as the shortest time between requests, unless --rate asks for longer (not in RFC
        9309, but many CMS hosts set it: it had been ignored, up to 219 requests in a second), said on stderr, as it
        may make a crawl much slower."""
        assert self.robots is not None and self.robots.rules is not None
        try:
            delay = float(self.robots.rules.crawl_delay(ROBOTS_AGENT) or 0)
        except (TypeError, ValueError):
            return
        if not (math.isfinite(delay) and delay > self.interval):
            return
        self.interval = delay
        seconds = "1 sekund" if delay == 1 else f"{delay:g} sekunder"
        print(
            f"klarlint: robots.txt ber om {seconds} mellan hämtningarna (Crawl-delay), och klarlint väntar så länge; "
            "för er egen webbplats: --ignore-robots",
            file=sys.stderr,
        )

    def _note_sitemaps_left(self) -> None:
        if not self.sitemaps_left:
            return
        many = len(self.sitemaps_read) >= MAX_SITEMAPS
        why = f"fler än {MAX_SITEMAPS} kartor" if many else "--max-pages nått"
        message = f"{len(self.sitemaps_left)} webbplatskartor lästes inte ({why})"
        self.emit(Problem(self.sitemaps_left[0], message, error=False))

    async def _read_sitemap(self, url: str, level: int, explicit: bool) -> None:
        url = _normalize(url)
        if level > MAX_SITEMAP_DEPTH or _site(url) != self.site or url in self.sitemaps_read:
            return
        if len(self.sitemaps_read) >= MAX_SITEMAPS or len(self.seen) >= self.options.max_pages:
            self.sitemaps_left.append(url)
            return
        self.sitemaps_read.add(url)
        response = await self._get(url, {}, raw=True)
        if isinstance(response, Problem) or response.status >= 400:
            if explicit:
                message = response.message if isinstance(response, Problem) else f"svarade {response.status}"
                self.emit(Problem(url, f"{url}: webbplatskartan kunde inte läsas ({message})", error=False))
            return
        try:
            root = ElementTree.fromstring(_unpacked(response.body))
        except ValueError:
            self.emit(Problem(url, f"{url}: webbplatskartan är för stor eller trasig (gzip)", error=False))
            return
        except ElementTree.ParseError as exc:
            line, column = exc.position  # (the parser's own words are English)
            message = f"{url}: webbplatskartan är inte giltig XML (rad {line}, tecken {column + 1})"
            self.emit(Problem(url, message, error=False))
            return
        kind = SITEMAP_NS.sub("", root.tag)
        locations = [(el.text or "").strip() for el in root.iter() if SITEMAP_NS.sub("", el.tag) == "loc"]
        for location in filter(None, locations):
            if kind == "sitemapindex":
                await self._read_sitemap(urljoin(url, location), level + 1, explicit=True)
            elif self.options.max_depth is not None:  # a page is as many link steps away as a link leads to it
                self.in_sitemap.add(_normalize(urljoin(url, location)))
            else:
                self._schedule(urljoin(url, location), 0, referrer=url)

    # --- HTTP ---

    async def _get(
        self, url: str, headers: dict[str, str], raw: bool = False, cut_at: int | None = None
    ) -> _Response | Problem:
        """GET with retries and backoff; the body is read up to the size limit of its format.

        Only pages that can be linted are downloaded (``raw``: any body, for robots.txt and sitemaps); ``cut_at``:
        the body read no further than that (the rest is not downloaded), the answer marked ``cut``.
        """
        message = ""
        for attempt in range(self.options.retries + 1):
            await self._throttle()
            delay = self.options.backoff * 2**attempt
            try:
                # The whole answer within the time, not each read: a server sending a byte a second had held the
                # crawl for ever (httpx's timeout restarts with every chunk)
                async with asyncio.timeout(self.options.timeout):
                    async with self.client.stream("GET", url, headers=headers) as response:
                        if response.status_code in RETRY_STATUS and attempt < self.options.retries:
                            delay = max(delay, _retry_after(response.headers.get("retry-after")))
                            message = f"{url}: servern svarade {response.status_code}"
                        else:
                            body = await _read_body(response, url, raw, cut_at)
                            if isinstance(body, Problem):
                                return body
                            cut = cut_at is not None and len(body) > cut_at
                            body = body[:cut_at] if cut else body
                            return _Response(str(response.url), response.status_code, response.headers, body, cut)
            except (httpx.TimeoutException, TimeoutError):
                message = f"{url}: svarade inte inom {self.options.timeout:g} sekunder"
            except httpx.HTTPError as exc:
                message = f"{url}: {_network_problem(exc)}"
            if attempt < self.options.retries:
                await asyncio.sleep(delay)
        tries = self.options.retries + 1
        return Problem(url, f"{message} (försökte {tries} {'gång' if tries == 1 else 'gånger'})")

    async def _throttle(self) -> None:
        if not self.interval:
            return
        loop = asyncio.get_running_loop()
        async with self.rate_lock:
            now = loop.time()
            start = max(now, self.next_slot)
            self.next_slot = start + self.interval
        if start > now:
            await asyncio.sleep(start - now)


async def _read_body(response: httpx.Response, url: str, raw: bool, cut_at: int | None = None) -> bytes | Problem:
    """The body, up to the limit of its kind (a Problem past it); ``cut_at``: no further than one byte past that."""
    media_type, _ = _content_type(response.headers.get("content-type", ""))
    limit = MAX_DOCX_BYTES if _kind(media_type, url) in ("pdf", "docx") else MAX_FILE_BYTES
    if response.status_code >= 300 or (_kind(media_type, url) is None and not raw):
        return b""  # nothing to lint: do not download it
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if cut_at is not None and size > cut_at:
            chunks.append(chunk)
            return b"".join(chunks)[: cut_at + 1]
        if size > limit:
            return Problem(url, f"{url}: sidan är för stor (gränsen är {limit // (1024 * 1024)} MB)")
        chunks.append(chunk)
    return b"".join(chunks)


# What to do about an error a baseline cannot hold (only a 4xx is a broken link it records): a site with one 500, one
# redirect loop or one scanned PDF in an old decision had failed every run of a --baseline gate, with no way out
# named. Page read errors (crawl.lint_page) end with it too.
EXCLUDE_HINT = " – kan inte läggas i en baslinje: hoppa över adressen med --exclude tills felet är rättat"
# A login form's session: its cookie, from a browser that has logged in
LOGIN_HINT = ' – sidan kräver inloggning: logga in i en webbläsare och skicka kakan med --header "Cookie: namn=värde"'


def login_hint(challenge: str) -> str:
    """How to send a login, by what the server asks for (WWW-Authenticate): *Basic* or *Bearer* is an
    Authorization header (a Basic login had been told to send a cookie); a login form's session, a cookie."""
    scheme = challenge.strip().split(" ", 1)[0].split(",", 1)[0].lower()
    if scheme == "basic":
        return ' – sidan kräver inloggning (Basic): skicka den med --header "Authorization: Basic …"'
    if scheme == "bearer":
        return ' – sidan kräver inloggning (Bearer): skicka den med --header "Authorization: Bearer …"'
    return LOGIN_HINT


def _linked(message: str, linked_from: str | None) -> str:
    return f"{message} (länkas från {linked_from})" if linked_from else message


def _chain_text(chain: list[str]) -> str:
    """Addresses one after another, a long chain by its first two and its last."""
    shown = chain if len(chain) <= 4 else [chain[0], chain[1], "…", chain[-1]]
    return " → ".join(shown)


def _network_problem(exc: httpx.HTTPError) -> str:
    """What went wrong, in Swedish: the exception's class and its English text (*DecodingError: Error -3 while
    decompressing data: incorrect header check*, *RemoteProtocolError: Receive buffer too long*) had been the
    message."""
    text = str(exc)
    if isinstance(exc, httpx.DecodingError):
        return "svarets Content-Encoding stämmer inte med innehållet"
    if isinstance(exc, httpx.RemoteProtocolError):
        if "buffer too long" in text:  # h11's limit on a message's head
            return "svarshuvudena är för stora"
        if "without sending a response" in text:
            return "servern stängde förbindelsen utan att svara"
        if "peer closed connection" in text:
            return "servern stängde förbindelsen innan hela svaret hade kommit"
        return "servern svarade inte enligt HTTP-protokollet"
    if isinstance(exc, httpx.ConnectError):
        lowered = text.lower()
        if "certificate" in lowered:
            return "serverns certifikat kunde inte godkännas"
        if "ssl" in lowered or "tls" in lowered:
            return "en krypterad förbindelse (TLS) kunde inte upprättas"
        if "name or service not known" in lowered or "name resolution" in lowered or "nodename" in lowered:
            return "servernamnet kunde inte slås upp (DNS)"
        return "kunde inte ansluta till servern"
    if isinstance(exc, httpx.NetworkError):
        return "förbindelsen bröts"
    return "kunde inte hämtas (nätverksfel)"


def fetch_again(options: CrawlOptions, url: str) -> bytes | None:
    """A page's body once more, unconditionally: its cached report was made without another template (the share
    of pages a block is on changed), and a 304 had given no body to lint again. None when it cannot be had."""
    headers = {"User-Agent": USER_AGENT, **dict(options.headers)}
    try:
        response = httpx.get(url, headers=headers, timeout=options.timeout)
    except httpx.HTTPError:
        return None
    return response.content if response.status_code == 200 and len(response.content) <= MAX_FILE_BYTES else None


def _retry_after(value: str | None) -> float:
    try:
        return min(float(value or 0), MAX_RETRY_AFTER)
    except ValueError:
        return 0.0


def _content_type(value: str) -> tuple[str, str | None]:
    media_type, _, parameters = value.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        key, _, val = parameter.strip().partition("=")
        if key.lower() == "charset" and val:
            charset = val.strip('"').strip()
    return media_type.strip().lower(), charset


def _kind(media_type: str, url: str) -> str | None:
    """What klarlint reads the answer as: a web page, a PDF or a Word document (blanketter and beslut that a
    municipality's pages link to: these had been counted as "not HTML or PDF" and never read); None: not read."""
    if media_type in HTML_TYPES:
        return "html"
    if media_type in PDF_TYPES:
        return "pdf"
    if media_type in DOCX_TYPES:
        return "docx"
    if media_type in UNDESCRIBED_TYPES:  # judge by the address
        path = urlsplit(url).path.lower()
        if path.endswith(".pdf"):
            return "pdf"
        if path.endswith(".docx"):
            return "docx"
        if not media_type and path.endswith((".html", ".htm", "/")):
            return "html"
    return None


def _may_hold_text(media_type: str) -> bool:
    """A kind of file a reader may expect the check to have read (an .odt, a .doc, plain text), unlike a picture,
    a sound, a font, a style sheet or a script, which no report needs to name."""
    kind = media_type.split("/", 1)[0]
    return kind not in ("image", "audio", "video", "font") and media_type not in NOT_TEXT_TYPES


def _site(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


def _normalize(url: str) -> str:
    """One spelling per address (RFC 3986 6.2.2): without the fragment, an empty path "/", dot segments removed,
    the host in lower case, escaped letters written as letters and other escapes in upper case, so */för-dig.html*
    and */f%c3%b6r-dig.html* are one page (they had been crawled and reported twice)."""
    url = urldefrag(url.strip())[0]
    parts = urlsplit(url)
    if not parts.netloc:
        return url
    path = _dot_segments_removed(_escaped(parts.path)) or "/"
    return parts._replace(netloc=parts.netloc.lower(), path=path, query=_escaped(parts.query)).geturl()


def _escaped(text: str) -> str:
    """Escapes of letters written as the letters (*f%C3%B6r* → *för*, readable in the report; httpx escapes them
    again when it asks), every other escape kept, in upper case (*%2F* stays: it is not a path's slash)."""
    return ESCAPES.sub(_unescaped, text)


def _unescaped(match: re.Match[str]) -> str:
    try:
        decoded = bytes.fromhex(match.group().replace("%", "")).decode("utf-8")
    except UnicodeDecodeError:
        return match.group().upper()
    return "".join(c if c.isalnum() or c in "-._~" else quote(c, safe="").upper() for c in decoded)


def _dot_segments_removed(path: str) -> str:
    if "." not in path:
        return path
    out: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if len(out) > 1:
                out.pop()
        elif segment != ".":
            out.append(segment)
    if path.endswith(("/.", "/..")):
        out.append("")
    return "/".join(out)


class _LinkParser(HTMLParser):
    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.links: list[str] = []
        self.nofollow = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "base" and values.get("href"):
            self.base = urljoin(self.base, values["href"] or "")
        elif tag in ("a", "area") and values.get("href"):
            href = (values["href"] or "").strip()
            if not href.lower().startswith(("mailto:", "tel:", "javascript:", "data:")):
                self.links.append(urljoin(self.base, href))
        elif tag == "meta" and (values.get("name") or "").lower() == "robots":
            self.nofollow = "nofollow" in (values.get("content") or "").lower()


def extract_links(html: str, base: str) -> list[str]:
    """The page's links, absolute, in page order (none when the page says ``nofollow``)."""
    parser = _LinkParser(base)
    parser.feed(html)
    parser.close()
    return [] if parser.nofollow else parser.links


def _decoded(body: bytes, charset: str | None) -> str:
    """The page's text for its links: in the charset it declares, or UTF-8 where that is no charset Python knows
    (*charset=foo-bar* had been an internal error; the reader copes with it the same way)."""
    try:
        return body.decode(charset or "utf-8", errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


@dataclass
class _Robots:
    """What robots.txt allows klarlint, read by Protego (RFC 9309: the longest matching rule decides, ``*`` and ``$``
    in paths; the standard library's parser takes the first match and knows no wildcards). ``rules`` None: the
    file could not be read, so nothing is allowed."""

    rules: Protego | None

    def allows(self, url: str) -> bool:
        return self.rules is not None and self.rules.can_fetch(url, ROBOTS_AGENT)


def _unpacked(body: bytes) -> bytes:
    """A sitemap's XML: a gzipped one (*sitemap.xml.gz*, which had been "not valid XML") unpacked, within the
    protocol's 50 MB; ValueError for one larger or broken."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    unpacker = zlib.decompressobj(wbits=31)
    try:
        data = unpacker.decompress(body, MAX_SITEMAP_BYTES + 1)
    except zlib.error:
        raise ValueError("broken gzip") from None
    if len(data) > MAX_SITEMAP_BYTES:
        raise ValueError("too large")
    return data
