// klarlint's writers' page: a textarea with a highlight layer behind it, the findings beside it.
// Plain JavaScript, no build step, no external requests: everything comes from this server's /api.
"use strict";

const DEBOUNCE_MS = 500;
const WIDE_SPAN = 60; // findings longer than this (whole sentences) get a faint tint and a thin line (app.css)
const SEVERITIES = { error: "Fel", warning: "Varning", info: "Info" };
const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
const SEVERITY_COUNTED = { error: ["fel", "fel"], warning: ["varning", "varningar"], info: ["info", "info"] };
const TOKEN_KEY = "klarlint-token";

const $ = (id) => document.getElementById(id);
const editor = $("editor");
const backdrop = $("backdrop");
const highlights = $("highlights");

const state = {
  findings: [], // findings of the last check, with s/e: UTF-16 offsets into the editor's current text
  report: null, // the last /api/lint answer, as the server sent it (downloaded as JSON)
  checkedText: null, // the text that answer is for
  shownText: editor.value, // the text the findings' offsets currently refer to
  openKey: null, // the finding whose details are open (also the selected highlight)
  openFinding: null, // that finding itself: a re-check finds it again by rule and place (keepOpenFinding)
  // The list's current finding, its one Tab stop (makeCurrent): kept by key, by rule and place, or by index
  currentFinding: { key: null, finding: null, index: 0 },
  seq: 0,
  timer: null,
  rules: new Map(), // rule id -> rule info (titles for the list, explanations for the details)
  ignored: new Set(), // rule + words the writer chose to ignore (for the tab: kept with the draft)
  fileName: "",
  // The Format select was set for this text (by an opened file, or by Granska som HTML), not chosen in the select:
  // it goes with the text, and a new text pasted over it is plain text again (unless it is HTML source too).
  formatFromFile: false,
  baseline: null, // LIX and number of findings at the first check of this text
  failed: false, // the last check of this text failed: the panel says so, not "Kontrollerar …"
  // The texts the page set as the editor's value (an opened file, the text before it; openFile), with their format
  // and file name: {entries, at, edited}. At these texts the page undoes and redoes itself (pageHistoryStep).
  history: null,
  fixingAll: false, // Ersätt alla is editing the text
  // The opened Word file and its text as opened: the Word download is made from the file on the server
  wordFile: null,
  wordText: null,
};

// --- offsets -------------------------------------------------------------------------------------

/** A function from the API's code-point offsets to JavaScript's UTF-16 indices into `text`. */
function codePointToUtf16(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const table = [0];
  let u16 = 0;
  for (const ch of text) {
    u16 += ch.length;
    table.push(u16);
  }
  return (cp) => table[Math.min(cp, table.length - 1)];
}

/** Moves the findings along with an edit so highlights stay on their words until the next check. */
function shiftFindings(before, after) {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  const oldEnd = before.length - suffix;
  const delta = after.length - before.length;
  // An edit that touches a finding's edge touches the finding: deleting the space after *icke* had kept it, and
  // its fix then wrote *intetillåtet*. Only findings wholly clear of the edit keep their place.
  state.findings = state.findings.filter((f) => {
    if (f.e < prefix) return true;
    if (f.s > oldEnd) {
      f.s += delta;
      f.e += delta;
      return true;
    }
    return false; // the edit touched this finding: it waits for the re-check
  });
  return { prefix, oldEnd, newEnd: oldEnd + delta };
}

// --- talking to the server -----------------------------------------------------------------------

class AuthNeeded extends Error {}

/** A failure that may pass if the same request is sent again: no answer, or the server's own trouble (5xx). */
class TryAgain extends Error {}

async function api(path, options = {}) {
  const headers = new Headers(options.headers || {});
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  let response;
  try {
    response = await fetch(path, { ...options, headers });
  } catch {
    // To the writer, not to whoever runs the server: "kontrollera att klarlint serve körs" meant nothing to them.
    throw new TryAgain("Servern svarar inte. Försök igen om en stund, eller kontakta den som driver klarlint hos er.");
  }
  if (response.status === 401) {
    askForToken(Boolean(token));
    throw new AuthNeeded();
  }
  if (options.raw && response.ok) return response; // a file (the Word copy), not JSON
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const message = (data && data.error) || `Servern svarade med fel ${response.status}.`;
    // The time limit is a 503 too, but the same text runs into it again: its advice is to split the text, and
    // Försök igen had stood beside it (workbench s43 §7).
    const again = response.status >= 500 && !TIME_LIMIT.test(message);
    const error = again ? new TryAgain(message) : new Error(message);
    error.status = response.status;
    throw error;
  }
  return data;
}

/** The server's lower-case one-line message (as the command line's) as a sentence of its own. */
function asSentence(message) {
  // A capital only for a word of ours, never for a file's name: *beslut.doc: filen är …* had been shown as
  // *Beslut.doc* (a name the writer does not have). The server puts a file's name first, before a colon.
  const named = /^[^:\n]*\.[\p{L}\d]{1,8}: /u.test(message);
  const text = named ? message : message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

const TIME_LIMIT = /granskningen tog för lång tid/i; // app.time_limit_message

let retryAction = null; // what Försök igen does: the check or the start that failed

/** Shows `message` (or clears it); `retry`, a function, puts Försök igen beside it. */
function showError(message, retry = null) {
  $("error").textContent = message ? asSentence(message) : "";
  $("error-box").hidden = !message;
  retryAction = message ? retry : null;
  const button = $("retry");
  const hadFocus = document.activeElement === button;
  button.hidden = !retryAction;
  if (hadFocus && button.hidden) $("summary").focus(); // the button went: the result says how it went
  // The status line told of the last success (*beslut.pdf är öppnad.*): after an error it had stood as if still so.
  if (message) notice("");
}

$("retry").addEventListener("click", () => {
  const action = retryAction;
  showError("");
  if (action) action();
});

function notice(message) {
  $("caret-status").textContent = message;
}

function askForToken(wasWrong) {
  const form = $("token-form");
  const wasHidden = form.hidden;
  form.hidden = false;
  showError(wasWrong ? "Nyckeln är fel. Skriv in den igen." : ""); // the form says what is needed
  // Empty, not the refused key: it had stood in the field when the server's key changed during the visit.
  if (wasWrong) $("token").value = "";
  if (wasHidden || wasWrong) $("token").focus();
}

$("token-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const value = $("token").value.trim();
  if (!value) return;
  sessionStorage.setItem(TOKEN_KEY, value);
  $("token").value = "";
  $("token-form").hidden = true;
  showError("");
  start();
});

async function loadProfiles() {
  const data = await api("/api/profiles");
  const select = $("profile");
  select.replaceChildren(
    ...data.profiles.map((name) => {
      const option = new Option(name, name);
      option.selected = name === data.default;
      return option;
    }),
  );
}

async function loadRules() {
  const data = await api("/api/rules");
  for (const rule of data.rules) state.rules.set(rule.id, rule);
}

// The rules for careful review (LanguageTool's "picky" level, off by default), as the server describes them.
function pickyRules() {
  const rules = [...state.rules.values()];
  return [
    ...rules.filter((rule) => rule.picky).map((rule) => rule.id),
    ...rules.flatMap((rule) => rule.picky_subchecks || []), // a rule's careful-review part (nominal-ratio)
  ];
}

async function ruleInfo(id) {
  if (state.rules.has(id) && state.rules.get(id).explanation !== undefined) return state.rules.get(id);
  const rule = await api(`/api/rules/${encodeURIComponent(id)}`);
  state.rules.set(id, rule);
  return rule;
}

// --- checking ------------------------------------------------------------------------------------

function scheduleCheck(delay = DEBOUNCE_MS) {
  clearTimeout(state.timer);
  state.timer = setTimeout(check, delay);
}

async function check() {
  clearTimeout(state.timer);
  const text = editor.value;
  saveDraft(); // every change comes here (typing, settings, a file): what a reload brings back
  const seq = ++state.seq;
  if (!text.trim()) {
    state.findings = [];
    state.report = null;
    state.baseline = null;
    state.failed = false;
    state.shownText = text;
    $("busy").hidden = true; // a check still under way answers a text that is gone
    render();
    return;
  }
  $("busy").hidden = false;
  try {
    const report = await api("/api/lint", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        // A stray NUL from a PDF or an old system is read as a space (the server takes a NUL for a binary file,
        // and one had refused 2,000 words); the length, and so every position, stays the same.
        text: text.replaceAll("\u0000", " "),
        format: $("format").value,
        profile: $("profile").value || null,
        genre: $("genre").value || null, // the kind of text; none: the server recognises it
        enable: $("picky").checked ? pickyRules() : [], // careful review: the rules that are off by default
      }),
    });
    if (seq !== state.seq || editor.value !== text) return; // the writer typed on: a newer check is due
    const file = report.files[0];
    if (file.error) throw new Error(file.error);
    const toU16 = codePointToUtf16(text);
    state.report = report;
    state.checkedText = text;
    if (!state.baseline) state.baseline = { lix: file.stats.lix, total: file.findings.length };
    state.shownText = text;
    const seen = new Set();
    state.findings = file.findings.map((finding) => {
      const s = toU16(finding.start);
      const e = toU16(finding.end);
      let key = `${finding.rule}-${s}-${e}`;
      while (seen.has(key)) key += "b";
      seen.add(key);
      return { ...finding, s, e, key };
    });
    state.failed = false;
    keepOpenFinding();
    showError("");
    render();
  } catch (error) {
    if (seq !== state.seq) return;
    // The panel must not go on describing another text: what was found before is gone with the error (a refused
    // key too: the old count had stood for a text that was not checked).
    state.findings = [];
    state.report = null;
    state.failed = true;
    state.shownText = text;
    render();
    if (error instanceof AuthNeeded) return; // the key's form says what is needed
    // The server names pasted text as the CLI names stdin. Once the server is back, Försök igen checks again (the
    // error had stood until the writer typed something).
    showError(error.message.replace(/^<stdin>: /, ""), error instanceof TryAgain ? () => check() : null);
  } finally {
    if (seq === state.seq) $("busy").hidden = true;
  }
}

/** After a re-check the open finding gets a new key: find it again by rule and position. */
function keepOpenFinding() {
  if (!state.openFinding) return;
  const old = state.openFinding;
  const same = state.findings.find((f) => sameFinding(f, old));
  state.openKey = same ? same.key : null;
}

// --- filters -------------------------------------------------------------------------------------

/** The findings the severity and rule filters let through, ignored ones included. */
function filteredFindings() {
  const severities = new Set([...document.querySelectorAll("input[name=severity]:checked")].map((i) => i.value));
  const rule = $("rule-filter").value;
  return state.findings.filter((f) => severities.has(f.severity) && (!rule || f.rule === rule));
}

function visibleFindings() {
  return filteredFindings().filter((f) => !state.ignored.has(ignoreKey(f)));
}

/** Ignoring a finding ignores the same rule on the same words everywhere, for this visit (as LanguageTool). */
const ignoreKey = (f) => `${f.rule}\u0000${f.text}`;

function ignore(f) {
  state.ignored.add(ignoreKey(f));
  // Closed, with the finding kept for re-checks: left behind, the next re-check (keepOpenFinding) had opened it
  // again, and Visa ignorerade brought it back already open.
  state.openKey = null;
  state.openFinding = null;
  notice(`Ignorerad: ${ruleTitle(f.rule)} ”${shorten(f.text, 40)}”.`);
  render();
  saveDraft();
}

function ruleTitle(id) {
  const rule = state.rules.get(id);
  return rule && rule.title ? rule.title : id;
}

function renderRuleFilter() {
  const select = $("rule-filter");
  const current = select.value;
  const counts = new Map();
  for (const f of state.findings) counts.set(f.rule, (counts.get(f.rule) || 0) + 1);
  const options = [new Option("Alla regler", "")];
  for (const [id, count] of [...counts].sort((a, b) => b[1] - a[1])) {
    options.push(new Option(`${ruleTitle(id)} (${count})`, id));
  }
  if (current && !counts.has(current)) options.push(new Option(`${ruleTitle(current)} (0)`, current));
  select.replaceChildren(...options);
  select.value = current;
}

// --- rendering -----------------------------------------------------------------------------------

function render() {
  renderRuleFilter();
  const shown = visibleFindings();
  renderHighlights(shown);
  renderList(shown);
  renderStats();
  renderSummary(shown);
  renderNotices();
  renderGenre();
  renderWordDownload();
}

/** *känn igen (webbsida)*: the kind of text the server recognised. It decides how passive voice, sender and summary
 * are judged, and the same passive had been a warning in one paste and info in the next without a word why. */
function renderGenre() {
  const recognised = state.report && state.report.files[0].genre;
  const option = $("genre").options[0];
  const text = recognised && !$("genre").value ? `känn igen (${recognised})` : "känn igen";
  if (option.textContent !== text) option.textContent = text;
}

// HTML source: several tags of a web page's text (a CMS's <p>, <h1>, <a href>). Pasted as Text, the tags were
// judged as words and the text as a *dokument*: its passives warnings, where as HTML (*webbsida*) they are info.
const HTML_TAG = /<\/?(?:p|h[1-6]|a|div|span|ul|ol|li|br|strong|em|b|i|table|tr|td|th|img|section|article|main|nav|header|footer|blockquote|figure|html|head|body|title|meta)\b[^<>]*>/gi;

function looksLikeHtml(text) {
  let tags = 0;
  for (const _ of text.matchAll(HTML_TAG)) if (++tags >= 3) return true;
  return false;
}

// Markdown source (a CMS's source view, a README): headings (*## Så ansöker du*), links (*[blanketten](https://…)*)
// and bold. Pasted as Text, the link texts were not checked (*Klicka här*) and the text was a *dokument* (workbench
// s43 §6). Two signs, one a heading or a link: one *# * line alone may be a plain text's own.
// Not an agenda's *# 1 Val av justerare* nor a reference's *[1](s.12)*, *[2](2023:45)* (retest1): a heading's
// text starts with no digit, a link goes to a web address, a path or a file.
const MD_HEADING = /^#{1,6}[ \t]+[^\s\d]/gm;
const MD_LINK = /\[[^\]\n]+\]\((?:(?:https?:\/\/|mailto:|tel:|www\.|\.{0,2}\/|#)[^\s()]*|[^\s()]*\.[a-z]{2,5})\)/gi;
const MD_BOLD = /\*\*[^*\n]+\*\*/g;

function looksLikeMarkdown(text) {
  let signs = 0;
  for (const pattern of [MD_HEADING, MD_LINK]) for (const _ of text.matchAll(pattern)) if (++signs >= 2) return true;
  if (signs === 0) return false;
  for (const _ of text.matchAll(MD_BOLD)) return true;
  return false;
}

/** Granska som HTML (or Markdown): the format goes with this text, as an opened file's does. */
function checkAs(format, name) {
  $("format").value = format;
  state.formatFromFile = true;
  $("format").focus(); // the button goes with the offer: the select shows what changed, and can change it back
  notice(`Formatet är ${name}.`);
  state.baseline = null; // the LIX counted with the tags as words is not where the writer started
  check();
}

/** What the server read but did not check (another language, filler text, a line too long …), said in its words:
 * a text in English is not "Inga anmärkningar" without a word. */
function renderNotices() {
  const notices = state.report ? state.report.files[0].notices || [] : [];
  const list = $("notices");
  const items = notices.map((notice) => {
    const item = document.createElement("li");
    // A sentence of its own, as the page's other lines (the command line's *texten är för lång …* is lower case).
    const message = notice.message.charAt(0).toUpperCase() + notice.message.slice(1);
    if (!notice.line) {
      item.textContent = message;
      return item;
    }
    // Where it is, and a way there, as a finding has: in 20 pages the writer could not find the skipped link.
    const button = el("button", "notice-go", message);
    button.type = "button";
    if (!/\(rad \d+/.test(notice.message)) button.append(" ", el("span", "notice-where", `(rad ${notice.line})`));
    button.addEventListener("click", () => goToLine(notice.line, notice.column));
    item.append(button);
    return item;
  });
  const offer = state.shownText.trim() ? formatOffer($("format").value, state.shownText) : null;
  if (offer) {
    const item = el("li", "notice-offer", `${offer.what} `);
    const button = el("button", "button", `Granska som ${offer.name}`);
    button.type = "button";
    button.addEventListener("click", () => checkAs(offer.format, offer.name));
    item.append(button);
    items.unshift(item);
  }
  list.replaceChildren(...items);
  list.hidden = items.length === 0;
}

/** Another format to check the text in, if the one chosen does not fit it: HTML source pasted as Text, or (the
 * reverse) a plain text pasted over HTML source while the writer's own choice, HTML, stayed: read as one HTML
 * paragraph, it had a false *Långt stycke* and its English paragraph went unsaid (s48 WRONG 1). */
function formatOffer(format, text) {
  if (format === "text") return sourceOffer(text);
  if (format !== "html" || HTML_SIGN.test(text)) return null;
  const other = sourceOffer(text) || { format: "text", name: "Text" };
  return { ...other, what: "Texten granskas som HTML men har inga HTML-taggar." };
}

const HTML_SIGN = /<\/?[a-z][a-z0-9]*\b[^<>]*>|&(?:[a-z]+|#\d+|#x[\da-f]+);/i; // a tag or an entity: HTML source

/** The format a text pasted as Text looks to be written in, if not plain text. */
function sourceOffer(text) {
  if (looksLikeHtml(text)) {
    return { format: "html", name: "HTML", what: "Texten ser ut att vara HTML-kod från en webbsida." };
  }
  if (looksLikeMarkdown(text)) {
    return { format: "markdown", name: "Markdown", what: "Texten ser ut att vara Markdown." };
  }
  return null;
}

function renderSummary(shown) {
  const total = state.findings.length;
  let text;
  if (!state.report && state.failed) text = "Texten kunde inte kontrolleras.";
  else if (!state.report) text = editor.value.trim() ? "Granskar …" : "Ingen text ännu.";
  // An edit took the last findings away: the re-check has not said there are none (a paste had said *Inga
  // anmärkningar.* for half a second, in a live region, next to the old text's figures: s47 bench WRONG 5).
  else if (total === 0 && editor.value !== state.checkedText) text = "Granskar …";
  else if (total === 0) text = "Inga anmärkningar.";
  else {
    const counts = ["error", "warning", "info"]
      .map((severity) => [severity, state.findings.filter((f) => f.severity === severity).length])
      .filter(([, count]) => count > 0)
      .map(([severity, count]) => `${count} ${SEVERITY_COUNTED[severity][count === 1 ? 0 : 1]}`);
    text = `${total} ${total === 1 ? "anmärkning" : "anmärkningar"}: ${counts.join(", ")}`;
  }
  if (state.report && shown.length !== total) text += ` (${shown.length} visas)`;
  // Written only when it changes: it is a live region, and the same count had been read out at every pause in the
  // writer's typing (s49 a11y WRONG 3).
  if ($("summary").textContent !== text) $("summary").textContent = text;
  // Only while the button would bring something back into view: after a new text it had said Visa ignorerade (0)
  // and did nothing. The words stay ignored for the visit: a text that has them again shows the button again.
  const ignored = filteredFindings().length - shown.length;
  $("unignore").hidden = ignored === 0;
  $("unignore").textContent = `Visa ignorerade (${ignored})`;
  const fixes = oneClickFixes().length;
  $("fix-all").hidden = fixes < 2; // one fix is its finding's own button
  $("fix-all").textContent = `Ersätt alla (${fixes})`;
}

/** The findings shown with one replacement that may go in as it is, in text order, none overlapping another. */
function oneClickFixes() {
  const fixes = [];
  let end = -1;
  for (const f of [...visibleFindings()].sort((a, b) => a.s - b.s || a.e - b.e)) {
    if (!f.fixable || f.replacements.length !== 1 || f.s < end) continue;
    fixes.push(f);
    end = f.e;
  }
  return fixes;
}

/**
 * Ersätt alla: every one-click fix shown at once, as one edit through the browser's editing (one Ctrl+Z undoes them
 * all), then a re-check. The letter's 6 *skall* had taken 6 rounds of open and click (s47 bench WRONG 18).
 */
function fixAll() {
  const text = editor.value;
  const fixes = oneClickFixes().filter((f) => text.slice(f.s, f.e) === state.shownText.slice(f.s, f.e));
  if (!fixes.length) return;
  const from = fixes[0].s;
  const to = fixes[fixes.length - 1].e;
  let middle = "";
  let pos = from;
  for (const f of fixes) {
    middle += text.slice(pos, f.s) + f.replacements[0];
    pos = f.e;
  }
  middle += text.slice(pos, to);
  state.fixingAll = true; // the same text, fixed: its name and format stay (afterEdit)
  try {
    editor.focus();
    editor.setSelectionRange(from, to);
    if (!document.execCommand("insertText", false, middle) || editor.value === text) {
      editor.setRangeText(middle, from, to, "end");
      afterEdit();
    }
  } finally {
    state.fixingAll = false;
  }
  $("summary").focus(); // the button goes with the fixes: the summary tells of the re-check
  notice(`${fixes.length} ersättningar gjorda. Ctrl+Z i texten ångrar dem.`);
  check();
}

$("fix-all").addEventListener("click", fixAll);

/** The layer behind the textarea: the same text, transparent, with marks where findings are. */
function renderHighlights(shown) {
  const text = editor.value;
  const fragment = layerNodes(text, shown, 0, text.length);
  // A final newline needs something after it, or the layer is one line shorter than the textarea.
  fragment.append(document.createTextNode(padding(text)));
  highlights.replaceChildren(fragment);
  syncScroll();
}

const padding = (text) => (text.endsWith("\n") ? " " : "");

/** Text nodes and marks for text[from:to], with the findings that overlap it cut to it. */
function layerNodes(text, shown, from, to) {
  const events = new Map();
  const at = (pos) => events.get(pos) || events.set(pos, { open: [], close: [] }).get(pos);
  for (const f of shown) {
    if (f.e <= f.s || f.e > text.length || f.e <= from || f.s >= to) continue;
    at(Math.max(f.s, from)).open.push(f);
    at(Math.min(f.e, to)).close.push(f);
  }
  const points = [...events.keys(), from, to].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  const active = new Set();
  let pos = from;
  for (const point of points) {
    if (point > pos) {
      fragment.append(segment(text.slice(pos, point), active));
      pos = point;
    }
    const event = events.get(point);
    if (event) {
      event.close.forEach((f) => active.delete(f));
      event.open.forEach((f) => active.add(f));
      events.delete(point);
    }
  }
  return fragment;
}

/**
 * After an edit of [prefix, oldEnd) into [prefix, newEnd): rebuilds only the layer's nodes the edit
 * touched. Rebuilding the whole layer on every keystroke makes typing slow in a long document.
 */
function patchHighlights({ prefix, oldEnd, newEnd }) {
  const nodes = highlights.childNodes;
  const count = nodes.length - 1; // the last node is the padding after a final newline
  let pos = 0;
  let first = -1;
  let firstStart = 0;
  for (let i = 0; i < count; i++) {
    const end = pos + nodes[i].textContent.length;
    if (first < 0 && end >= prefix) {
      first = i;
      firstStart = pos;
    }
    // Past oldEnd (or the last node): a mark that began right at the edit's end may have gone with it.
    if (first >= 0 && (end > oldEnd || (end === oldEnd && i === count - 1))) {
      const text = editor.value;
      const fragment = layerNodes(text, visibleFindings(), firstStart, end + newEnd - oldEnd);
      const range = document.createRange();
      range.setStartBefore(nodes[first]);
      range.setEndAfter(nodes[i]);
      range.deleteContents();
      range.insertNode(fragment);
      highlights.lastChild.textContent = padding(text);
      requestAnimationFrame(syncScroll); // with the next frame's layout, not a forced one now
      return;
    }
    pos = end;
  }
  renderHighlights(visibleFindings()); // an empty layer, or it did not match the text: start afresh
}

function segment(text, active) {
  if (active.size === 0) return document.createTextNode(text);
  const mark = document.createElement("mark");
  let narrow = null;
  let wide = null;
  for (const f of active) {
    const target = f.e - f.s > WIDE_SPAN ? "wide" : "narrow";
    const current = target === "wide" ? wide : narrow;
    if (!current || SEVERITY_RANK[f.severity] > SEVERITY_RANK[current.severity]) {
      if (target === "wide") wide = f;
      else narrow = f;
    }
    if (f.key === state.openKey) mark.classList.add("is-open");
  }
  if (narrow) mark.classList.add(`n-${narrow.severity}`);
  if (wide) mark.classList.add(`w-${wide.severity}`);
  mark.textContent = text;
  return mark;
}

function syncScroll() {
  backdrop.scrollTop = editor.scrollTop;
  backdrop.scrollLeft = editor.scrollLeft;
}

const itemFindings = new WeakMap(); // a list item -> its finding, whose s/e follow the edits until the re-check

function renderList(shown) {
  const list = $("findings");
  const focused = document.activeElement && document.activeElement.closest("#findings li");
  const focusedIndex = focused ? [...list.children].indexOf(focused) : -1;
  const was = focused && itemFindings.get(focused);
  list.replaceChildren(...shown.map(findingItem));
  const items = [...list.children];
  if (focusedIndex >= 0) {
    // The writer stays on the same finding: after a re-check it has a new key (keys hold the positions the
    // check gave), so it is found by rule and place, as keepOpenFinding does. Gone: go on to the next one.
    const target =
      items.find((li) => li.dataset.key === focused.dataset.key) ||
      (was && items.find((li) => sameFinding(itemFindings.get(li), was))) ||
      items[Math.min(focusedIndex, items.length - 1)];
    if (target) makeCurrent(target);
    (target ? target.querySelector(".finding-head") : editor).focus();
  } else {
    // Focus elsewhere (the writer types): Tab back into the list still comes to the finding they were on.
    const { key, finding, index } = state.currentFinding;
    const target =
      items.find((li) => li.dataset.key === key) ||
      (finding && items.find((li) => sameFinding(itemFindings.get(li), finding))) ||
      items[Math.min(index, items.length - 1)];
    if (target) makeCurrent(target);
  }
}

/**
 * The findings list is one Tab stop (roving tabindex, as the paragraph strip is): the current finding's header has
 * tabindex 0, the others -1, and the arrows move between them. Every finding a Tab stop had taken 29 Shift+Tab
 * from finding 20 back to the text (s49 a11y WRONG 6). The open finding's buttons are Tab stops while it is current.
 */
function makeCurrent(li) {
  const items = [...$("findings").children];
  for (const item of items) item.querySelector(".finding-head").tabIndex = item === li ? 0 : -1;
  const open = $("findings").querySelector(":scope > li.is-open");
  if (open) buttonStops(open);
  state.currentFinding = { key: li.dataset.key, finding: itemFindings.get(li), index: items.indexOf(li) };
}

/** An open finding's buttons are Tab stops while it is the current finding only: with the arrows moved on to
 * another, Tab from there had still passed them (s49 a11y, left then). */
function buttonStops(li) {
  const stop = li.querySelector(".finding-head").tabIndex === 0 ? 0 : -1;
  for (const button of li.querySelectorAll(".finding-body button")) button.tabIndex = stop;
}

/** A new text (a file opened, the whole text replaced, a step back to another text): the list's Tab stop is its
 * first finding again, not the index the text before had (s49 a11y, left then). */
function newText() {
  state.currentFinding = { key: null, finding: null, index: 0 };
}

// Focus in a finding by any way (arrows, click, a fix going on to the next, Escape) makes it the current one.
$("findings").addEventListener("focusin", (event) => {
  const li = event.target.closest("#findings > li");
  if (li && li.querySelector(".finding-head").tabIndex !== 0) makeCurrent(li);
});

// Up and down arrows (Home, End) from one finding's header to the next: Tab alone had passed the 3 buttons of every
// opened finding on the way (s47 WRONG 19).
$("findings").addEventListener("keydown", (event) => {
  const head = event.target.closest && event.target.closest(".finding-head");
  const moves = { ArrowDown: 1, ArrowUp: -1 };
  if (!head || event.altKey || event.ctrlKey || event.metaKey) return;
  const heads = [...$("findings").querySelectorAll(".finding-head")];
  const from = heads.indexOf(head);
  let to;
  if (event.key in moves) to = Math.max(0, Math.min(heads.length - 1, from + moves[event.key]));
  else if (event.key === "Home") to = 0;
  else if (event.key === "End") to = heads.length - 1;
  else return;
  event.preventDefault();
  heads[to].focus();
  heads[to].scrollIntoView({ block: "nearest" });
});

const sameFinding = (a, b) => a.rule === b.rule && a.s === b.s && a.e === b.e;

function findingItem(f) {
  const li = document.createElement("li");
  li.className = `finding sev-${f.severity}`;
  li.dataset.key = f.key;
  itemFindings.set(li, f);
  const open = f.key === state.openKey;
  li.classList.toggle("is-open", open); // as toggleFinding sets it: an item open after a re-check looks open
  const id = `detail-${f.key.replace(/[^a-z0-9]/gi, "-")}`;
  const head = document.createElement("button");
  head.type = "button";
  head.className = "finding-head";
  head.tabIndex = -1; // renderList makes one current (makeCurrent)
  head.setAttribute("aria-expanded", String(open));
  head.setAttribute("aria-controls", id);
  const badge = el("span", `badge badge-${f.severity}`, SEVERITIES[f.severity] || f.severity);
  const title = el("span", "finding-title", ruleTitle(f.rule));
  // state.shownText, not editor.value: reading a long textarea's value copies it, a thousand times here.
  const snippet = el("span", "finding-text", `”${shorten(words(state.shownText.slice(f.s, f.e)), 60)}”`);
  const where = el("span", "finding-where", `rad ${f.line}`);
  head.append(badge, " ", title, " ", snippet, " ", where);
  head.addEventListener("click", () => toggleFinding(f.key));
  li.append(head);
  const body = el("div", "finding-body");
  body.id = id;
  body.hidden = !open;
  if (open) fillDetails(body, f);
  li.append(body);
  li.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && state.openKey === f.key) {
      event.preventDefault();
      toggleFinding(f.key, false);
      li.querySelector(".finding-head").focus();
    }
  });
  return li;
}

const decoder = document.createElement("textarea"); // RCDATA: entities decoded, nothing else parsed or run

/** The words of a span of the editor's text: in HTML source without its tags and entities (workbench s43 §7: an
 * opened .html had listed *”erh&aring;llit”* and *”Med <em>anledning</em> d&auml;rav”*). */
function words(source) {
  if ($("format").value !== "html" || !/[<&]/.test(source)) return source;
  decoder.innerHTML = source.replace(/<[^<>]*>/g, "").replace(/<[^<>]*$/, "");
  return decoder.value;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function shorten(text, length) {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function fillDetails(body, f) {
  // The message describes the buttons that act on it: Tab to *Ersätt med ”ska”* had read the button alone.
  const message = el("p", "finding-message", f.message);
  message.id = `${body.id}-message`;
  const described = (button) => (button.setAttribute("aria-describedby", message.id), button);
  body.replaceChildren(message);
  if (f.fixable) {
    // fixable: the finding has replacements, and they may go in as they are
    const fixes = el("div", "fixes");
    for (const replacement of f.replacements) {
      const button = el("button", "button primary fix", `Ersätt med ”${replacement}”`);
      button.type = "button";
      button.addEventListener("click", () => applyReplacement(f, replacement));
      fixes.append(described(button));
    }
    body.append(fixes);
  } else if (f.suggestion) {
    body.append(el("p", "finding-suggestion", `Förslag: ${f.suggestion}`));
  }
  if (f.reference) body.append(el("p", "finding-reference", `Skrivregler: ${f.reference}`));
  const show = el("button", "button link", "Visa i texten");
  show.type = "button";
  show.addEventListener("click", () => {
    editor.focus();
    editor.setSelectionRange(f.s, f.e);
    scrollEditorTo(f.s);
  });
  const skip = el("button", "button link", "Ignorera");
  skip.type = "button";
  skip.addEventListener("click", () => ignore(f));
  body.append(show, " ", described(skip));
  // Not a live region: its 600 characters had been read out when a rule's explanation first came from the server,
  // and F8 had been read twice (the status line and this). It is there to read when the writer goes to it.
  const explanation = el("div", "explanation");
  body.append(explanation);
  ruleInfo(f.rule)
    .then((rule) => fillExplanation(explanation, rule))
    .catch((error) => {
      if (!(error instanceof AuthNeeded)) explanation.textContent = "Förklaringen kunde inte hämtas.";
    });
}

function fillExplanation(box, rule) {
  const parts = [el("h3", "explanation-title", `Varför? ${rule.title || rule.id}`)];
  if (rule.explanation) parts.push(el("p", null, rule.explanation));
  if (rule.example_before || rule.example_after) {
    const examples = el("dl", "examples");
    if (rule.example_before) examples.append(el("dt", null, "Före"), exampleText("before", rule.example_before));
    if (rule.example_after) examples.append(el("dt", null, "Efter"), exampleText("after", rule.example_after));
    parts.push(examples);
  }
  // The Swedish name first; the id is what klarlint.toml needs (*Regel: passive-voice* had read as English).
  parts.push(el("p", "rule-id", `Regel: ${rule.title || rule.id} (i klarlint.toml: ${rule.id})`));
  box.replaceChildren(...parts);
}

/**
 * An example as written, line breaks kept (app.css: pre-wrap). long-paragraph's *Efter* is its *Före* in two
 * paragraphs, and the two had looked the same (workbench s43 §3). Markdown headings are shown as headings, without
 * their *#*, to a writer who does not write Markdown: *# Du kan få hjälp …* had been shown raw to plain text.
 */
function exampleText(className, text) {
  const dd = el("dd", className);
  const markdown = $("format").value === "markdown";
  text.replace(/\n+$/, "").split("\n").forEach((line, index) => {
    if (index > 0) dd.append("\n");
    const heading = markdown ? null : /^#{1,6}[ \t]+(.*)$/.exec(line);
    dd.append(heading ? el("strong", "example-heading", heading[1]) : line);
  });
  return dd;
}

function toggleFinding(key, open = state.openKey !== key) {
  state.openKey = open ? key : null;
  state.openFinding = open ? state.findings.find((f) => f.key === key) : null;
  for (const li of $("findings").children) {
    const isOpen = li.dataset.key === state.openKey;
    const head = li.querySelector(".finding-head");
    const body = li.querySelector(".finding-body");
    const wasOpen = head.getAttribute("aria-expanded") === "true";
    head.setAttribute("aria-expanded", String(isOpen));
    li.classList.toggle("is-open", isOpen);
    body.hidden = !isOpen;
    if (isOpen && !wasOpen && state.openFinding) {
      fillDetails(body, state.openFinding);
      buttonStops(li); // opened from the text (a highlight), not the current finding
    }
  }
  renderHighlights(visibleFindings());
  if (state.openFinding) scrollEditorTo(state.openFinding.s);
}

function applyReplacement(f, replacement) {
  const text = editor.value;
  // A finding an edit touched is no longer in state.findings (shiftFindings): its place is not known any more.
  const stale = !state.findings.includes(f);
  if (stale || (text.slice(f.s, f.e) !== f.text && text.slice(f.s, f.e) !== state.shownText.slice(f.s, f.e))) {
    showError("Texten har ändrats sedan kontrollen. Försök igen efter nästa kontroll.");
    scheduleCheck(0);
    return;
  }
  // Through the browser's editing, so Ctrl+Z undoes the fix; then back to where the writer was. The editor must
  // have focus for that, so the list re-rendered by the edit cannot keep the writer's place by itself.
  const before = document.activeElement;
  const item = before && before.closest("#findings li");
  const following = item ? followingKeys(item) : new Set();
  editor.focus();
  editor.setSelectionRange(f.s, f.e);
  if (!document.execCommand("insertText", false, replacement) || editor.value === text) {
    editor.setRangeText(replacement, f.s, f.e, "end");
    afterEdit();
  }
  if (item) {
    // From the list (keyboard or mouse): on to the next finding's header, not into the text, so a keyboard
    // user goes on through the findings (the fix's button went with its finding). renderList keeps it there
    // across the re-check.
    const items = [...$("findings").children];
    const next = items.find((li) => following.has(li.dataset.key)) || items[items.length - 1];
    (next ? next.querySelector(".finding-head") : editor).focus();
  } else if (before && before !== document.body && before.isConnected) before.focus();
  // The way back, said: Ersätt alla said it, a single fix had not (s49 a11y WRONG 6)
  notice(`Ersatt med ”${replacement}”. Ctrl+Z i texten ångrar.`);
  check();
}

/** The keys of the list items after `item`. */
function followingKeys(item) {
  const items = [...$("findings").children];
  return new Set(items.slice(items.indexOf(item) + 1).map((li) => li.dataset.key));
}

function afterEdit() {
  const text = editor.value;
  const old = state.shownText;
  const count = state.findings.length;
  const edit = shiftFindings(old, text);
  // Most of the text replaced (a new text pasted): "from the start" starts again, and no file name is shown for it.
  const replaced = !state.fixingAll && edit.oldEnd - edit.prefix > old.length / 2;
  if (replaced) {
    state.baseline = null;
    // The old text's figures go with it (LIX, paragraphs, kind of text): the panel says the new one is being checked.
    state.report = null;
    state.failed = false;
    state.fileName = "";
    state.wordFile = null;
    $("file-name").textContent = "";
    // The status line told of the text before (*beslut.pdf är öppnad.*): it had stood after an Undo of the opening.
    notice("");
    // The format the file set goes with the file: a paste into the textarea is plain text, and a letter pasted
    // over an opened HTML page had been checked as HTML (one paragraph, other findings) without the writer
    // seeing why. A format the writer chose themselves stays: they chose it for what they paste (Markdown from
    // their editor). The status line says so, since the select changes without the writer touching it.
    // HTML source pasted over HTML keeps HTML: it had been set back to Text, its tags then judged as words.
    const format = $("format").value;
    if (
      state.formatFromFile &&
      ((format === "html" && looksLikeHtml(text)) || (format === "markdown" && looksLikeMarkdown(text)))
    ) {
      // the format stays, and goes with this text as with the one before (Markdown too, workbench s43 §6)
    } else {
      if (state.formatFromFile && $("format").value !== "text") {
        $("format").value = "text";
        notice("Ny text: formatet är Text igen.");
      }
      state.formatFromFile = false;
    }
  }
  state.shownText = text;
  if (replaced) {
    render(); // the whole panel: the old text's figures are gone
    return;
  }
  patchHighlights(edit);
  if (state.findings.length !== count) {
    // The edit touched findings: their items go until the re-check (a fix from one would land in the wrong place).
    const shown = visibleFindings();
    renderList(shown);
    renderSummary(shown);
  }
}

/** Scrolls the textarea so that the UTF-16 offset `offset` is in view, measured in the layer. */
function scrollEditorTo(offset) {
  const walker = document.createTreeWalker(highlights, NodeFilter.SHOW_TEXT);
  let left = offset;
  let node = walker.nextNode();
  while (node && left > node.length) {
    left -= node.length;
    node = walker.nextNode();
  }
  if (!node) return;
  const range = document.createRange();
  range.setStart(node, Math.min(left, node.length));
  range.collapse(true);
  const rect = range.getBoundingClientRect();
  const top = rect.top - highlights.getBoundingClientRect().top;
  const view = editor.clientHeight;
  if (top < editor.scrollTop || top > editor.scrollTop + view - 40) {
    editor.scrollTop = Math.max(0, top - view / 3);
    syncScroll();
  }
  // In one column the page scrolls too: the caret's line in the window, not only in the textarea.
  const line = range.getBoundingClientRect();
  if (line.top < 0 || line.bottom > innerHeight) window.scrollBy(0, line.top - innerHeight / 3);
}

// --- readability ---------------------------------------------------------------------------------

const LIX_SCALE = [
  [30, "mycket lättläst"],
  [40, "lättläst"],
  [50, "medelsvår"],
  [60, "svår"],
  [Infinity, "mycket svår"],
];

function lixLabel(lix) {
  return LIX_SCALE.find(([limit]) => lix < limit)[1];
}

function lixLevel(lix) {
  return LIX_SCALE.findIndex(([limit]) => lix < limit);
}

const number = (value, digits = 1) =>
  value === null || value === undefined
    ? "–"
    : Number(value).toLocaleString("sv-SE", { maximumFractionDigits: digits, minimumFractionDigits: 0 });

function renderStats() {
  const stats = state.report ? state.report.files[0].stats : null;
  const set = (id, value) => ($(id).textContent = value);
  if (!stats || !stats.words) {
    for (const id of ["lix-value", "m-ovix", "m-nominal", "m-passive", "m-length", "m-per1000", "m-words"]) set(id, "–");
    set("lix-label", "");
    set("lix-change", "");
    $("lix-marker").hidden = true;
    $("heat").replaceChildren();
    return;
  }
  set("lix-value", number(stats.lix, 0));
  set("lix-label", lixLabel(stats.lix));
  // The writer sees the text get easier: the LIX it had when they started.
  const start = state.baseline && Math.round(state.baseline.lix);
  set("lix-change", start !== null && start !== Math.round(stats.lix) ? `(var ${start} från början)` : "");
  const marker = $("lix-marker");
  marker.hidden = false;
  marker.style.left = `${Math.max(0, Math.min(100, ((stats.lix - 20) / 50) * 100))}%`;
  set("m-ovix", number(stats.ovix, 0));
  set("m-nominal", number(stats.nominal_ratio, 2));
  set("m-passive", `${number(stats.passive_share * 100, 0)}\u00a0%`); // no *21 ⏎ %*
  set("m-length", number(stats.mean_sentence_length, 1));
  set("m-per1000", number(stats.findings_per_1000_words, 0));
  set("m-words", number(stats.words, 0));
  renderHeat(stats.paragraphs || []);
}

// As the terminal report: below this many words one long word moves a paragraph's LIX by several points.
const MIN_WORDS_FOR_PARAGRAPH_LIX = 30;

function renderHeat(paragraphs) {
  const items = paragraphs.map((p, index) => {
    const li = document.createElement("li");
    li.style.flexGrow = String(Math.max(1, p.words));
    const short = p.words < MIN_WORDS_FOR_PARAGRAPH_LIX;
    const button = el("button", `heat-cell ${short ? "level-short" : `level-${lixLevel(p.lix)}`}`);
    button.type = "button";
    const lix = short ? "för kort för LIX" : `LIX ${number(p.lix, 0)} (${lixLabel(p.lix)})`;
    const label =
      `Stycke ${index + 1}, rad ${p.line}: ${lix}, ` +
      `${p.words} ord, ${p.findings} ${p.findings === 1 ? "anmärkning" : "anmärkningar"}`;
    button.setAttribute("aria-label", label);
    button.title = label;
    button.addEventListener("click", () => goToLine(p.line));
    // One Tab stop for the whole strip, arrow keys within it (a long text has a thousand paragraphs: Tab had
    // stopped at each on the way from the text to the findings)
    button.tabIndex = index === 0 ? 0 : -1;
    li.append(button);
    return li;
  });
  $("heat").replaceChildren(...items);
  $("heat-label").hidden = true; // its cell is gone (a removed cell's focus may go without a focusout)
}

$("heat").addEventListener("keydown", (event) => {
  const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  const cells = [...$("heat").querySelectorAll(".heat-cell")];
  const from = cells.indexOf(document.activeElement);
  if (from < 0) return;
  let to = from;
  if (event.key in moves) to = Math.max(0, Math.min(cells.length - 1, from + moves[event.key]));
  else if (event.key === "Home") to = 0;
  else if (event.key === "End") to = cells.length - 1;
  else return;
  event.preventDefault();
  cells[from].tabIndex = -1;
  cells[to].tabIndex = 0;
  cells[to].focus();
});

// The focused cell's LIX shown as text under the strip: a sighted keyboard user had seen only its colour (the label
// was in aria-label, and in a title that only a mouse shows; s49 a11y WRONG 8).
$("heat").addEventListener("focusin", (event) => {
  const label = event.target.getAttribute && event.target.getAttribute("aria-label");
  $("heat-label").textContent = label || "";
  $("heat-label").hidden = !label;
});
$("heat").addEventListener("focusout", () => {
  $("heat-label").hidden = true;
});

/** Puts the caret at `line` (and `column`, counted in code points as the API counts) and scrolls there. */
function goToLine(line, column = 1) {
  const text = editor.value;
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) break;
    offset = next + 1;
  }
  for (let c = 1; c < column && offset < text.length && text[offset] !== "\n"; c++) {
    offset += text.codePointAt(offset) > 0xffff ? 2 : 1;
  }
  editor.focus();
  editor.setSelectionRange(offset, offset);
  scrollEditorTo(offset);
}

// --- the editor ----------------------------------------------------------------------------------

editor.addEventListener("input", (event) => {
  afterEdit();
  const historyStep = event.inputType === "historyUndo" || event.inputType === "historyRedo";
  if (historyStep && state.history && atEntry(state.history)) {
    // The browser's undo of a text pasted over the file: the file's format and name with its text, not Text
    restoreFormat(state.history.entries[state.history.at], event.inputType === "historyUndo");
  } else if (!historyStep && state.history) {
    // The writer's own edit: the browser's undo has it; the texts after this one in the page's history are gone,
    // as a redo is after an edit.
    state.history.edited = true;
    state.history.entries.length = state.history.at + 1;
    // The text as edited, for a redo after an undo back past it: setting the text before as the value clears the
    // browser's redo, and a redo had brought the file back without the 9 fixes made to it (s47 WRONG 10).
    state.history.entries[state.history.at].latest = editor.value;
  }
  if (state.history) showUndoOpen(); // edited: the button would throw the edits away; an undo back shows it again
  scheduleCheck();
});
// A clipboard with HTML but no plain text (some web editors' copy) had pasted nothing, without a word (s48 WRONG 5):
// its text is taken from the HTML, a paragraph to a paragraph; parsed by DOMParser, which runs no script.
editor.addEventListener("paste", (event) => {
  const data = event.clipboardData;
  if (!data || data.types.includes("text/plain") || !data.types.includes("text/html")) return;
  event.preventDefault();
  const text = htmlText(data.getData("text/html"));
  if (!text.trim() || !document.execCommand("insertText", false, text)) {
    notice("Det gick inte att klistra in texten som vanlig text.");
  }
});

const HTML_BLOCKS = new Set(["P", "DIV", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TABLE"]);

/** The text of an HTML fragment: a blank line between blocks, a line break at <br>, runs of white space as one. */
function htmlText(html) {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.data.replace(/\s+/g, " "));
    else if (node.nodeName === "BR") parts.push("\n");
    else if (!["SCRIPT", "STYLE", "TEMPLATE"].includes(node.nodeName)) {
      const block = HTML_BLOCKS.has(node.nodeName);
      if (block) parts.push("\n\n");
      node.childNodes.forEach(walk);
      if (block) parts.push("\n\n");
    }
  };
  walk(body);
  return parts
    .join("")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
editor.addEventListener("scroll", syncScroll);
new ResizeObserver(() => {
  backdrop.style.height = `${editor.offsetHeight}px`;
  syncScroll();
}).observe(editor);

/** The finding under the caret: the narrowest one shown that contains it. */
function findingAt(offset) {
  let best = null;
  for (const f of visibleFindings()) {
    if (f.s <= offset && offset <= f.e && (!best || f.e - f.s < best.e - best.s)) best = f;
  }
  return best;
}

function selectFromCaret(open) {
  if (editor.selectionStart !== editor.selectionEnd) return;
  const f = findingAt(editor.selectionStart);
  if (!f || f.key === state.openKey) return;
  notice(`${SEVERITIES[f.severity]}: ${f.message}`);
  if (!open) return;
  toggleFinding(f.key, true);
  revealInList([...$("findings").children].find((item) => item.dataset.key === f.key));
}

/**
 * Scrolls the findings' own scroll area (the side, beside the text on a wide screen) to `item`, never the page:
 * in one column (under 861 px, or 200 % zoom) scrollIntoView had scrolled the page down to the finding, and the text
 * with its selected word went out of view while the writer typed on in it (s49 a11y WRONG 2).
 */
function revealInList(item) {
  const side = document.querySelector(".side");
  if (!item || !side || side.scrollHeight <= side.clientHeight) return;
  if (!/auto|scroll/.test(getComputedStyle(side).overflowY)) return;
  const box = side.getBoundingClientRect();
  const rect = item.getBoundingClientRect();
  if (rect.top < box.top) side.scrollTop -= box.top - rect.top;
  else if (rect.bottom > box.bottom) side.scrollTop += Math.min(rect.bottom - box.bottom, rect.top - box.top);
}

editor.addEventListener("click", () => selectFromCaret(true));
editor.addEventListener("keydown", (event) => {
  if (historyKey(event) && pageHistoryStep(historyKey(event))) {
    event.preventDefault();
  } else if (event.key === "Escape" && state.openKey) {
    event.preventDefault();
    toggleFinding(state.openKey, false);
  } else if (event.key === "F8") {
    event.preventDefault();
    jumpToFinding(event.shiftKey ? -1 : 1);
  }
});

/** "undo" for Ctrl+Z (Cmd+Z), "redo" for Ctrl+Shift+Z and Ctrl+Y; else null. */
function historyKey(event) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  return key === "y" && event.ctrlKey && !event.shiftKey ? "redo" : null;
}

// Undo and Redo from the browser's menus. The keys are taken at keydown: with nothing in the browser's own undo
// (a file opened into the page as loaded), Ctrl+Z may give no beforeinput at all.
editor.addEventListener("beforeinput", (event) => {
  const kind = { historyUndo: "undo", historyRedo: "redo" }[event.inputType];
  if (kind && event.cancelable && pageHistoryStep(kind)) event.preventDefault();
  // the whole text replaced (a paste over Ctrl+A, or into an empty editor): a new text
  const whole = editor.selectionStart === 0 && editor.selectionEnd === editor.value.length;
  if (!kind && event.inputType.startsWith("insert") && whole) newText();
});

/** F8 / Shift+F8 in the text (as in VS Code): select the next or previous finding and say what it is. */
function jumpToFinding(direction) {
  const shown = visibleFindings();
  if (!shown.length) {
    notice("Inga anmärkningar.");
    return;
  }
  // In text order (start, then end), the first finding after (or last before) the current selection.
  const { selectionStart: start, selectionEnd: end } = editor;
  const ordered = [...shown].sort((a, b) => a.s - b.s || a.e - b.e);
  const after = (f) => f.s > start || (f.s === start && f.e > end);
  const before = (f) => f.s < start || (f.s === start && f.e < end);
  const next =
    direction > 0
      ? ordered.find(after) || ordered[0]
      : ordered.findLast(before) || ordered[ordered.length - 1];
  editor.setSelectionRange(next.s, next.e);
  toggleFinding(next.key, true);
  revealInList([...$("findings").children].find((li) => li.dataset.key === next.key));
  notice(`${SEVERITIES[next.severity]}: ${next.message}`);
}
editor.addEventListener("keyup", (event) => {
  if (event.key.startsWith("Arrow") || ["Home", "End", "PageUp", "PageDown"].includes(event.key)) {
    selectFromCaret(false);
  }
});

// --- files ---------------------------------------------------------------------------------------

async function openFile(file) {
  const form = new FormData();
  form.append("file", file, file.name);
  $("busy").hidden = false;
  try {
    const data = await api("/api/extract", { method: "POST", body: form });
    if (!data.text.trim() || data.too_long) {
      // Kept, the text in the box: an empty file had replaced it with nothing, and its name had stayed (s47 WRONG 9);
      // a file longer than one check covers had frozen the page and was lost on a reload (WRONG 11).
      showError(data.too_long || `${data.name || file.name}: filen är tom`);
      return;
    }
    const before = currentEntry();
    const history = state.history;
    const unedited = history && !history.edited && atEntry(history);
    editor.focus();
    // Set as the value, not through the browser's editing (insertText), so the page keeps the text before: Ctrl+Z
    // and a button bring it back (pageHistoryStep). Chromium's insertText is superlinear (a 192,000-character text
    // had frozen the tab for 71 s; a paste of it takes 0.5 s); and its undo of a short file's insertText brought
    // back the text before as Text without its file name, its redo an empty editor (retest1 R2).
    editor.value = data.text;
    editor.setSelectionRange(0, 0);
    $("format").value = data.format;
    state.formatFromFile = true;
    state.fileName = data.name || file.name;
    $("file-name").textContent = state.fileName;
    const word = /\.docx$/i.test(state.fileName);
    state.wordFile = word ? file : null;
    state.wordText = word ? data.text : null;
    // Opened over a text the page set itself, unedited: one more step back (a few, for the memory's sake)
    const entries = unedited ? history.entries.slice(0, history.at + 1).slice(-3) : [before];
    state.history = { entries: [...entries, currentEntry()], at: entries.length, edited: false };
    state.findings = [];
    state.report = null;
    state.baseline = null;
    state.openKey = null;
    state.openFinding = null; // a finding of the text before the file (keepOpenFinding would look for it again)
    newText();
    state.shownText = editor.value;
    editor.scrollTop = 0;
    render();
    showError("");
    notice(`${state.fileName} är öppnad.`);
    showUndoOpen();
    await check();
  } catch (error) {
    if (error instanceof AuthNeeded) return;
    // The body limit answers before the file is read, without its name: every other file error names the file.
    const tooLarge = error.status === 413;
    const message = tooLarge ? `${file.name}: filen är för stor (${limitOf(error.message)})` : error.message;
    showError(message, error instanceof TryAgain ? () => openFile(file) : null);
  } finally {
    $("busy").hidden = true;
  }
}

/** The editor's text with its format and file name: what undo and redo bring back with a text. */
function currentEntry() {
  const { formatFromFile, fileName, wordFile, wordText } = state;
  return { text: editor.value, format: $("format").value, formatFromFile, fileName, wordFile, wordText };
}

/** The editor holds the page's history's current text (a length first: the text may be 20 MB). */
function atEntry(history) {
  const entry = history.entries[history.at];
  return editor.value.length === entry.text.length && editor.value === entry.text;
}

function applyEntry(entry) {
  $("format").value = entry.format;
  state.formatFromFile = entry.formatFromFile;
  state.fileName = entry.fileName;
  state.wordFile = entry.wordFile;
  state.wordText = entry.wordText;
  $("file-name").textContent = state.fileName;
}

/** Ta tillbaka: shown while the text is the file just opened and there was a text before it. */
function showUndoOpen() {
  const history = state.history;
  const offer = Boolean(history && history.at > 0 && history.entries[history.at - 1].text.trim() && atEntry(history));
  if ($("undo-open").hidden === offer) $("undo-open").hidden = !offer;
  return offer;
}

/**
 * Undo or redo at a text the page set as the value: the page's own step (or none), never the browser's. Chromium's
 * undo steps hold on to the text they were made in: after a long file was set as the value, Ctrl+Z, Ctrl+Z,
 * Ctrl+Shift+Z redid the insertText of the file before it into the text brought back, and the editor held that
 * text and a copy with every line doubled (retest1 R1). Past an edit of the writer's, the browser's own undo has it.
 * Returns whether the page took the step.
 */
function pageHistoryStep(kind) {
  const history = state.history;
  if (!history || !atEntry(history)) return false;
  // Redo after an edit the writer undid: the browser's redo has it (an edit cleared its older steps).
  if (kind === "redo" && history.edited) return false;
  moveInHistory(kind === "undo" ? -1 : 1);
  return true;
}

/** The undo-open button: the text before the file. */
function undoOpen() {
  if (state.history && atEntry(state.history)) moveInHistory(-1);
}

/** Brings back the text (and its format and file name) `step` away in the page's history, if there is one. */
function moveInHistory(step) {
  const history = state.history;
  const to = history.at + step;
  if (to < 0 || to >= history.entries.length) return;
  history.at = to;
  history.edited = false;
  const entry = history.entries[to];
  if (entry.latest !== undefined) {
    // Forward again to a text the writer had edited: with its edits (the browser's undo steps of them are gone).
    entry.text = entry.latest;
    delete entry.latest;
  }
  editor.value = entry.text;
  editor.setSelectionRange(0, 0);
  editor.scrollTop = 0;
  newText();
  applyEntry(entry);
  showUndoOpen();
  state.findings = [];
  state.report = null;
  state.baseline = null;
  state.openKey = null;
  state.openFinding = null;
  state.shownText = editor.value;
  render();
  showError("");
  editor.focus();
  notice(backAgain(entry, step < 0));
  check();
}

function backAgain(entry, undo) {
  if (undo) return "Texten du hade innan är tillbaka.";
  return entry.fileName ? `${entry.fileName} är öppnad igen.` : "Texten är tillbaka.";
}

/** `entry`'s format and file name, if the editor's text (entry's) has lost them. */
function restoreFormat(entry, undo) {
  if (entry.format === $("format").value && entry.fileName === state.fileName) return;
  applyEntry(entry);
  notice(backAgain(entry, undo));
}

$("undo-open-button").addEventListener("click", undoOpen);

/** *gränsen är 20 MB* from the server's message, or that the file is over the limit. */
const limitOf = (message) => (/gränsen är [^)]*/.exec(message) || ["över gränsen"])[0];

$("file").addEventListener("change", (event) => {
  const [file] = event.target.files;
  if (file) openFile(file);
  event.target.value = "";
});

const wrap = $("editor-wrap");
wrap.addEventListener("dragover", (event) => {
  if (![...event.dataTransfer.types].includes("Files")) return;
  event.preventDefault();
  $("drop-hint").hidden = false;
});
wrap.addEventListener("dragleave", (event) => {
  if (!wrap.contains(event.relatedTarget)) $("drop-hint").hidden = true;
});
wrap.addEventListener("drop", (event) => {
  $("drop-hint").hidden = true;
  const [file] = event.dataTransfer.files;
  if (!file) return;
  event.preventDefault();
  openFile(file);
});

// --- copy and download ---------------------------------------------------------------------------

$("copy").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(editor.value);
  } catch {
    // No clipboard API (a plain-http address other than localhost): the older way, through a selection.
    const { selectionStart, selectionEnd } = editor;
    editor.focus();
    editor.select();
    // not named *copied*: that had hidden the function below, and its message threw instead of being shown
    const done = document.execCommand("copy");
    editor.setSelectionRange(selectionStart, selectionEnd);
    if (!done) {
      copied("Texten kunde inte kopieras automatiskt. Den är markerad: tryck Ctrl+C.");
      editor.select();
      return;
    }
  }
  copied("Texten är kopierad.");
});

/** What the copy did, next to its button and on the status line (read out there). */
function copied(message) {
  notice(message);
  $("copy-status").textContent = message;
  clearTimeout(copied.timer);
  copied.timer = setTimeout(() => ($("copy-status").textContent = ""), 8000);
}

// The report as downloaded: named by the opened file, and pasted text by what the page calls it, *Din text* (the
// server names it <stdin> as the command line does, which told a writer nothing: workbench s43), and for a Word
// document or a PDF, whose text the page shows with a blank line between paragraphs, a note that lines count that
// text (the command line's lines count the document's paragraphs one to a line: a colleague's "rad 2" was "rad 3").
const PASTED_TEXT_NAME = "Din text";

function downloadedReport() {
  if (!state.fileName) {
    const files = state.report.files.map((file) => ({ ...file, path: PASTED_TEXT_NAME }));
    return { ...state.report, files };
  }
  const extracted = /\.(docx|docm|dotx|pdf)$/i.test(state.fileName);
  const files = state.report.files.map((file) => ({ ...file, path: state.fileName }));
  const note = "Rad och kolumn räknas i texten som klarlints sida visar, med en tom rad mellan styckena.";
  return extracted ? { ...state.report, files, note } : { ...state.report, files };
}

$("download").addEventListener("click", () => {
  if (!state.report) {
    notice("Det finns inga anmärkningar att ladda ner ännu.");
    return;
  }
  const blob = new Blob([JSON.stringify(downloadedReport(), null, 2)], { type: "application/json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = `${(state.fileName || "text").replace(/\.[^.]*$/, "")}-klarlint.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  notice(`${link.download} är nedladdad.`); // as the Word download says: the JSON's had said nothing (s49 a11y WRONG 7)
});

// The Word copy of an opened .docx, made on the server from the file's bytes as `klarlint FILE.docx --annotate`
// (or --suggest) makes it, with this page's profile, careful review and ignored findings. It holds the findings of
// the file as opened: once the text is edited here, the line beside the buttons says so (s48 WRONG 2).
function renderWordDownload() {
  const shown = Boolean(state.wordFile);
  if ($("word-download").hidden === shown) $("word-download").hidden = !shown;
  const edited = shown && editor.value !== state.wordText;
  const note = edited ? "Word-filen får anmärkningarna i filen som du öppnade den, inte dina ändringar här." : "";
  if ($("word-note").textContent !== note) $("word-note").textContent = note;
}

async function downloadWord(mode) {
  const file = state.wordFile;
  if (!file) return;
  const form = new FormData();
  form.append("file", file, file.name);
  form.append("mode", mode);
  form.append("profile", $("profile").value);
  form.append("genre", $("genre").value);
  form.append("enable", ($("picky").checked ? pickyRules() : []).join(","));
  form.append("ignored", JSON.stringify([...state.ignored].map((key) => key.split("\u0000"))));
  $("busy").hidden = false;
  try {
    const blob = await (await api("/api/word", { method: "POST", body: form, raw: true })).blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `${file.name.replace(/\.[^.]*$/, "")}.klarlint.docx`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    notice(`${link.download} är nedladdad.`);
  } catch (error) {
    if (error instanceof AuthNeeded) return;
    const tooLarge = error.status === 413;
    const message = tooLarge ? `${file.name}: filen är för stor (${limitOf(error.message)})` : error.message;
    showError(message, error instanceof TryAgain ? () => downloadWord(mode) : null);
  } finally {
    $("busy").hidden = true;
  }
}

$("word-comments").addEventListener("click", () => downloadWord("comments"));
$("word-changes").addEventListener("click", () => downloadWord("changes"));

// --- settings ------------------------------------------------------------------------------------

// A new setting is a new check: the status line's last message (*Ny text: formatet är Text igen.*) had stood after
// it as if it told of this one (workbench s43 §7).
const checkWithSetting = () => {
  notice("");
  state.baseline = null; // "from the start" is this check's: the LIX of the old format had stood beside it (s47 WRONG 7)
  check();
};
$("profile").addEventListener("change", checkWithSetting);
$("genre").addEventListener("change", checkWithSetting);
$("picky").addEventListener("change", checkWithSetting);
// What careful review adds, one text for both: the tooltip for the mouse, the description for a screen reader.
$("picky-label").title = $("picky-help").textContent.replace(/\s+/g, " ").trim();
$("genre-label").title = $("genre-help").textContent.replace(/\s+/g, " ").trim();
$("format").addEventListener("change", () => {
  state.formatFromFile = false; // the writer's own choice: a new text pasted keeps it
  checkWithSetting();
});
// The filters are settings too, kept with the draft: a reload had ticked Info again and shown every rule (s48 WRONG 3)
const renderAndSave = () => {
  render();
  saveDraft();
};
for (const box of document.querySelectorAll("input[name=severity]")) box.addEventListener("change", renderAndSave);
$("rule-filter").addEventListener("change", renderAndSave);
$("unignore").addEventListener("click", () => {
  state.ignored.clear();
  render();
  saveDraft();
  $("summary").focus();
});

// --- the draft: kept in this tab (sessionStorage) so a reload or Back does not lose the writer's text ------------

const DRAFT_KEY = "klarlint-draft";
const DRAFT_FIELDS = ["profile", "genre", "format"];
let draftRefused = false; // the tab's storage could not hold the text, and the page said so

function saveDraft() {
  const draft = {
    text: editor.value,
    picky: $("picky").checked,
    fileName: state.fileName,
    formatFromFile: state.formatFromFile,
    // Ignored with the text they were ignored in: a reload had brought them all back (s47 bench WRONG 8).
    ignored: [...state.ignored],
    hiddenSeverities: [...document.querySelectorAll("input[name=severity]:not(:checked)")].map((box) => box.value),
    ruleFilter: $("rule-filter").value,
  };
  for (const id of DRAFT_FIELDS) draft[id] = $(id).value;
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    draftRefused = false;
  } catch {
    sessionStorage.removeItem(DRAFT_KEY); // a text too large for the tab's storage is not kept (nor an old one)
    // Said once (until a text is kept again): a reload had lost an 11.8 MB text without a word (s47 WRONG 11).
    if (!draftRefused) notice("Texten är för stor för att sparas i fliken: den finns inte kvar om du laddar om sidan.");
    draftRefused = true;
  }
}

function restoreDraft() {
  let draft = null;
  try {
    draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY) || "null");
  } catch {
    return;
  }
  if (!draft || editor.value.trim() || typeof draft.text !== "string") return;
  for (const id of DRAFT_FIELDS) {
    if ([...$(id).options].some((option) => option.value === draft[id])) $(id).value = draft[id];
  }
  $("picky").checked = Boolean(draft.picky);
  editor.value = draft.text;
  state.shownText = draft.text;
  state.fileName = draft.fileName || "";
  state.formatFromFile = Boolean(draft.formatFromFile);
  $("file-name").textContent = state.fileName;
  if (Array.isArray(draft.ignored)) state.ignored = new Set(draft.ignored.filter((key) => typeof key === "string"));
  restoreFilters(draft);
}

/** The severity boxes and the rule filter as the draft left them (the rule's option until the check lists it). */
function restoreFilters(draft) {
  const hidden = Array.isArray(draft.hiddenSeverities) ? draft.hiddenSeverities : [];
  for (const box of document.querySelectorAll("input[name=severity]")) box.checked = !hidden.includes(box.value);
  if (typeof draft.ruleFilter === "string" && draft.ruleFilter) {
    $("rule-filter").append(new Option(ruleTitle(draft.ruleFilter), draft.ruleFilter));
    $("rule-filter").value = draft.ruleFilter;
  }
}

async function start() {
  try {
    // Without the rule titles the page still works (it shows rule ids); without profiles it cannot check.
    const rules = loadRules().catch((error) => {
      if (error instanceof AuthNeeded) throw error;
    });
    await Promise.all([loadProfiles(), rules]);
    $("token-form").hidden = true;
    restoreDraft();
    if (editor.value.trim()) await check();
    else render();
  } catch (error) {
    if (!(error instanceof AuthNeeded)) showError(error.message, error instanceof TryAgain ? start : null);
  }
}

start();
