"""The Stanza backend: Stanza's Swedish pipeline behind the same :class:`~klarlint.nlp.backend.Backend`.

Stanza (tokenize, pos, lemma, depparse) analyses the text; its sentences are
turned into spaCy Docs with the same attributes the shipped spaCy model sets
(UPOS, XPOS, FEATS, lemma, head, relation, sentences), and klarlint's own
post-processing (passive lemmas, the deponent and noun-in-s filter) runs on
them exactly as in the spaCy pipeline. From there the spaCy backend's reader
builds the Analysis, so every rule, reporter and the language server work
unchanged whichever backend analysed the text.

Why not spacy-stanza: its last release (1.0.4) requires Stanza below 1.7,
years older than the Stanza this is tested with (1.15); the conversion it
would do is the short ``_to_doc`` below.

The models are found in ``model_dir`` (the ``stanza_dir`` setting, else
``$KLARLINT_STANZA_DIR``, else Stanza's own default folder). Two layouts are
read: Stanza's (``resources.json`` and ``sv/…``, as ``stanza.download("sv")``
leaves it) and klarlint's small test model (``klarlint_stanza.json`` naming the
four model files; ``training/stanza/train_stanza.py`` makes it).
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from klarlint.errors import ModelError
from klarlint.limits import check_active
from klarlint.nlp.backend import CONTROL_TO_SPACE, MAX_CHARS_PER_BATCH, SpacyBackend, batches

if TYPE_CHECKING:
    from spacy.tokens import Doc

PROCESSORS = ("tokenize", "pos", "lemma", "depparse")
SMALL_MODEL_META = "klarlint_stanza.json"
INSTALL_HINT = 'pip install "klarlint[stanza]"'
# PyPI's torch for Linux is the build for graphics cards (several GB); Stanza here runs on the CPU.
TORCH_CPU_HINT = "pip install torch --index-url https://download.pytorch.org/whl/cpu"
DOWNLOAD_HINT = (
    "hämta dem på en dator med internet med python -c 'import stanza; stanza.download(\"sv\")' "
    "(de hamnar i mappen stanza_resources i hemmappen) och kopiera den mappen till den här datorn, "
    "eller ange mappen med stanza_dir i klarlint.toml eller KLARLINT_STANZA_DIR"
)
# What Stanza says when a model file does not load (every trainer logs it before it re-raises).
_CANNOT_LOAD = re.compile(r"Cannot load model from (.+)")
# The warning a pipeline of klarlint's small model gives on every load (it is loaded as an unknown language: no
# catalogue entry of Stanza's); English, and nothing a user can act on (session 41: it reached every CLI run).
_UNKNOWN_LANGUAGE = "unsupported language"


def default_model_dir() -> Path:
    configured = os.environ.get("KLARLINT_STANZA_DIR") or os.environ.get("STANZA_RESOURCES_DIR")
    return Path(configured).expanduser() if configured else Path.home() / "stanza_resources"


def import_stanza() -> Any:
    """The ``stanza`` module; a one-line Swedish :class:`ModelError` naming what to install when it cannot be had."""
    try:
        import stanza
    except ImportError as exc:
        if exc.name == "torch" or not _torch_installed():
            # installing the extra first would pull PyTorch's graphics-card build, which the README warns against
            raise ModelError(
                f"PyTorch (paketet torch), som Stanza behöver, är inte installerat; installera först PyTorchs "
                f"CPU-version med {TORCH_CPU_HINT} och sedan Stanza med {INSTALL_HINT}"
            ) from None
        raise ModelError(f"Stanza är inte installerat; installera det med {INSTALL_HINT}") from None
    return stanza


def _torch_installed() -> bool:
    try:
        return importlib.util.find_spec("torch") is not None
    except (ImportError, ValueError):  # ValueError: torch is None in sys.modules (hidden, or its import failed)
        return False


def model_info(model_dir: Path | None = None) -> dict[str, Any]:
    """What is installed in ``model_dir``: layout, processors and their files (no model is loaded).

    ``files`` lists every file the pipeline would load (for Stanza's layout also the pretrained vectors and
    character models the processors depend on, as Stanza resolves them), ``missing`` those not on disk and
    ``problem`` why the folder cannot be read; ``installed`` is true only when every file is there (session 41:
    a folder without its model file had counted as installed)."""
    model_dir = model_dir or default_model_dir()
    info: dict[str, Any] = {"dir": str(model_dir), "installed": False, "processors": {}, "missing": []}
    small = model_dir / SMALL_MODEL_META
    if small.is_file():
        try:
            meta = json.loads(small.read_text(encoding="utf-8"))
            files = {p: model_dir / f for p, f in meta.get("processors", {}).items()}
        except (OSError, ValueError, AttributeError, TypeError):
            info["problem"] = f"{small} kan inte läsas"
            return info
        info.update(layout="klarlint", name=meta.get("name"), meta=meta)
    elif (model_dir / "resources.json").is_file() and (model_dir / "sv").is_dir():
        info.update(layout="stanza", name="Stanza sv")
        try:
            files = _stanza_layout_files(model_dir)
        except Exception:  # noqa: BLE001 - Stanza's catalogue reader fails with KeyError, TypeError, ValueError …
            # a bare "'packages'" (the KeyError's text) had been all the message said (session 41)
            info["problem"] = f"{model_dir / 'resources.json'} saknar uppgifterna om de svenska modellerna"
            return info
    else:
        return info
    info["files"] = {name: str(path) for name, path in files.items()}
    info["processors"] = {p: str(files[p]) for p in PROCESSORS if p in files and files[p].is_file()}
    info["missing"] = [str(model_dir / "sv" / p) for p in PROCESSORS if p not in files]
    info["missing"] += [str(path) for path in files.values() if not path.is_file()]
    info["installed"] = not info["missing"]
    return info


def _stanza_layout_files(model_dir: Path) -> dict[str, Path]:
    """The files Stanza loads for the Swedish default pipeline from its layout, by processor (``tokenize``) and
    dependency (``pos_pretrain``), resolved with Stanza's own catalogue code."""
    from stanza.pipeline.core import build_default_config
    from stanza.resources.common import (
        add_dependencies,
        load_resources_json,
        maintain_processor_list,
        process_pipeline_parameters,
    )

    lang, folder, package, processors = process_pipeline_parameters("sv", str(model_dir), None, ",".join(PROCESSORS))
    resources = load_resources_json(folder, str(model_dir / "resources.json"))
    lang = resources[lang].get("alias", lang)
    load_list = add_dependencies(resources, lang, maintain_processor_list(resources, lang, package, processors))
    config = build_default_config(resources, lang, folder, load_list)
    return {key.removesuffix("_model_path").removesuffix("_path"): Path(path) for key, path in config.items()
            if key.endswith("_path") and isinstance(path, str)}  # fmt: skip


def missing_message(info: dict[str, Any]) -> str:
    """The one Swedish line for models :func:`model_info` did not find complete: where it looked, what is missing."""
    where = info["dir"]
    if "problem" in info:
        return f"Stanzas svenska modeller i {where} kan inte användas: {info['problem']}; {DOWNLOAD_HINT}"
    missing = info.get("missing") or []
    if "layout" in info and missing:
        more = f" (och {len(missing) - 1} filer till)" if len(missing) > 1 else ""
        return f"Stanzas svenska modeller i {where} är ofullständiga: {missing[0]} saknas{more}; {DOWNLOAD_HINT}"
    return f"Stanzas svenska modeller saknas i {where}; {DOWNLOAD_HINT}"


def check_installed(model_dir: Path | None = None) -> None:
    """Stanza, PyTorch and complete models in ``model_dir``, checked without loading them: :class:`ModelError`
    (``klarlint serve`` says so at start, in one line, before its workers load the pipeline)."""
    import_stanza()
    info = model_info(model_dir or default_model_dir())
    if not info["installed"]:
        raise ModelError(missing_message(info))


def load_pipeline(model_dir: Path | None = None) -> Any:
    """Stanza's pipeline from ``model_dir``; a one-line Swedish :class:`ModelError` when it cannot be had."""
    stanza = import_stanza()
    use_one_torch_thread()
    model_dir = model_dir or default_model_dir()
    info = model_info(model_dir)
    if not info["installed"]:
        raise ModelError(missing_message(info))
    options: dict[str, Any] = {
        "lang": "sv",
        "processors": ",".join(PROCESSORS),
        "download_method": None,
        "use_gpu": False,
        "logging_level": "WARN",
    }
    if info["layout"] == "klarlint":
        # No resources.json of Stanza's catalogue: an empty one, and each model file named.
        options.update({f"{p}_model_path": info["processors"][p] for p in PROCESSORS})
        options.update(pos_pretrain_path=None, depparse_pretrain_path=None, allow_unknown_language=True)
        options.update(dir=str(model_dir), resources_filepath=str(model_dir / "resources.json"))
    else:
        options["dir"] = str(model_dir)
    with _stanza_log() as records:
        try:
            return stanza.Pipeline(**options)
        except Exception as exc:  # Stanza raises many kinds; the user needs one line either way
            raise ModelError(_load_error(model_dir, exc, records)) from None


def use_one_torch_thread() -> None:
    """One PyTorch thread per process, unless ``OMP_NUM_THREADS`` says otherwise.

    klarlint runs in parallel with processes (``-j``), one per core. PyTorch's default, a thread per core in
    each process, made Stanza about ten times slower on a busy two-core machine (session 41: 18–22 words/s
    against 186–226 with one thread, and ten times the CPU time, spinning), and a process forked after those
    threads ran deadlocks (see ``StanzaBackend.fork_safe``). Set before the pipeline does any work."""
    if not os.environ.get("OMP_NUM_THREADS"):
        import torch

        torch.set_num_threads(1)


@contextlib.contextmanager
def _stanza_log() -> Iterator[list[logging.LogRecord]]:
    """Stanza's log records while a pipeline loads, kept from the terminal (English, and the error it logs comes
    back as the exception); warnings other than the small model's unknown-language one are passed on after."""
    logger = logging.getLogger("stanza")
    records: list[logging.LogRecord] = []
    keep = logging.Handler()
    keep.emit = records.append  # type: ignore[method-assign]
    handlers, propagate = logger.handlers[:], logger.propagate
    logger.handlers, logger.propagate = [keep], False
    failed = False
    try:
        yield records
    except BaseException:
        failed = True
        raise
    finally:
        logger.handlers, logger.propagate = handlers, propagate
        if not failed:
            for record in records:
                if record.levelno >= logging.WARNING and _UNKNOWN_LANGUAGE not in record.getMessage():
                    logger.handle(record)


def _load_error(model_dir: Path, exc: BaseException, records: list[logging.LogRecord]) -> str:
    """One Swedish line for a pipeline that did not load: the file that would not load, when Stanza names it.

    Not Stanza's or PyTorch's own text: a corrupt file gave PyTorch's advice to re-run ``torch.load`` with
    ``weights_only=False`` ("can result in arbitrary code execution"; session 41), no advice for a case officer."""
    for record in records:
        found = _CANNOT_LOAD.match(record.getMessage())
        if found:
            path = found.group(1).strip()
            return f"Stanzas modellfil {path} kunde inte läsas (trasig eller ofullständig); {DOWNLOAD_HINT}"
    filename = getattr(exc, "filename", None)
    if isinstance(exc, FileNotFoundError) and filename:
        return f"Stanzas svenska modeller i {model_dir} är ofullständiga: {filename} saknas; {DOWNLOAD_HINT}"
    reason = _first_line(exc)
    if "weights_only" in reason or "Weights only" in reason:
        reason = "en modellfil är trasig"
    return f"Stanzas modeller i {model_dir} kunde inte läsas ({reason}); {DOWNLOAD_HINT}"


class StanzaBackend(SpacyBackend):
    """Stanza analyses; the spaCy backend's reader (and klarlint's post-processing) does the rest."""

    name = "stanza"
    # Never forked with its model loaded: once PyTorch has run its OpenMP thread pool, a forked child that uses it
    # waits for good on a lock of the parent's threads (libgomp; session 41: `--backend stanza` on a long
    # document hung, and SIGTERM did not end it). klarlint.nlp.parallel analyses it in this process.
    fork_safe = False

    def __init__(self, model_dir: Path | None = None, batch_size: int = 32, pipeline: Any = None) -> None:
        from klarlint.nlp.lazy_spacy import import_spacy

        spacy = import_spacy()
        self.pipeline = pipeline if pipeline is not None else load_pipeline(model_dir)
        self.model_dir = model_dir or default_model_dir()
        self.nlp = spacy.blank("sv")  # only its vocabulary: Stanza does the analysis
        self.batch_size = batch_size
        self._post = _post_processing()

    def _docs(self, pieces: list[str]) -> Iterator[Doc]:
        stanza = import_stanza()
        for batch in batches(pieces, self.batch_size, MAX_CHARS_PER_BATCH):
            check_active()  # a lint's time budget or cancel (klarlint.limits), between batches as the spaCy backend
            texts = [piece.translate(CONTROL_TO_SPACE) for piece in batch]
            analysed = self.pipeline.bulk_process([stanza.Document([], text=t) for t in texts])
            for text, document in zip(texts, analysed, strict=True):
                doc = _to_doc(self.nlp.vocab, text, document)
                for component in self._post:
                    doc = component(doc)
                yield doc

    @property
    def vocab(self) -> Any:
        return self.nlp.vocab

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        """Texts analysed as spaCy Docs, as ``Language.pipe`` gives them (``klarlint model evaluate``)."""
        return self._docs(list(texts))


def _post_processing() -> list[Any]:
    """klarlint's rule-based components of the spaCy model that work on a finished analysis, with its word lists.

    The lemma lexicon first (in the spaCy model it follows the lemmatizer): it repairs the lemmas of words the
    lemmatizer never saw (*handläggningstiden, överklagas*), which the passive components then read. The sentence
    hints run in :func:`_to_doc`, where the sentences are still Stanza's and can be joined or split."""
    from klarlint.nlp.components import DeponentFilter, PassiveLemmas, UntaggedPassives
    from klarlint.nlp.lemma_lexicon import LemmaLexicon
    from klarlint.nlp.lexicon import deponent_lemmas
    from klarlint.nlp.model import MODEL_DIR

    lemmas = LemmaLexicon().from_disk(MODEL_DIR / "klarlint_lemma_lexicon")
    lexicon = lemmas.fallback
    return [
        lemmas,
        UntaggedPassives(lambda: lexicon),
        PassiveLemmas(),
        DeponentFilter(deponent_lemmas(), lambda: lexicon),
    ]


def _to_doc(vocab: Any, text: str, document: Any) -> Doc:
    """A spaCy Doc of ``text`` with Stanza's annotations; white space between tokens becomes SPACE tokens.

    spaCy needs words and trailing spaces that rebuild the text exactly; Stanza
    gives character offsets. Heads are absolute token indices; Stanza's ``root``
    is spaCy's ``ROOT`` (the label the shipped model and the rules use).
    White space tokens hang on the token before them (or after, at the start),
    so they stay inside that token's sentence. An abbreviation Stanza cut from its
    period is one token again, and klarlint's sentence hints correct Stanza's
    sentences, as they constrain the spaCy model's parser (:func:`_resegment`).
    """
    from spacy.tokens import Doc

    rows: list[dict[str, Any]] = []
    starts: list[int] = []  # the row of each Stanza sentence's first token
    position = 0
    for sentence in document.sentences:
        first = len(rows)
        ids: dict[int, int] = {}
        for start, end, words in _tokens(text, sentence.tokens):
            position = _add_gap(rows, text, position, start)
            if not ids:
                starts.append(len(rows))
            word = _head_word(words)
            ids.update({w.id: len(rows) for w in words})
            rows.append(_row(text[start:end], word))
            position = end
        for index in range(first, len(rows)):
            row = rows[index]
            if "head_id" in row:
                head_id = row.pop("head_id")
                # a root heads itself: its own index (rows.index(row) found an equal earlier row, so the second
                # *Tack* of "Tack. Det var allt. Tack." hung on the first and the sentences ran together)
                row["head"] = ids.get(head_id, len(rows) - 1) if head_id else index
    _add_gap(rows, text, position, len(text))
    _resegment(vocab, rows, starts)
    for index, row in enumerate(rows):
        if row["head"] is None:  # white space: on its neighbour
            row["head"] = index - 1 if index else min(1, len(rows) - 1)
    return Doc(
        vocab,
        words=[row["text"] for row in rows],
        spaces=[row.get("space", False) for row in rows],
        pos=[row["pos"] for row in rows],
        tags=[row["tag"] for row in rows],
        morphs=[row["morph"] for row in rows],
        lemmas=[row["lemma"] for row in rows],
        heads=[row["head"] for row in rows],
        deps=[row["dep"] for row in rows],
    )


MAX_ABBREVIATION_TOKENS = 6  # *o.s.v.* as Stanza may cut it: o . s . v .


def _tokens(text: str, tokens: list[Any]) -> list[tuple[int, int, list[Any]]]:
    """Stanza's tokens as (start, end, words), an abbreviation cut from its period joined again.

    The spaCy tokenizer keeps klarlint's abbreviations one token (*kap.*, *Enl.*, *t.ex.*); Stanza gave *kap* and
    *.*, and the period ended the sentence: "Enligt 4 kap. 1 § socialtjänstlagen …" became two sentences, so
    long-sentence reported another span and the statistics more sentences (session 41)."""
    forms = _abbreviation_forms()
    found: list[tuple[int, int, list[Any]]] = []
    i = 0
    while i < len(tokens):
        last = i
        for j in range(i + 1, min(i + MAX_ABBREVIATION_TOKENS, len(tokens))):
            if tokens[j].start_char != tokens[j - 1].end_char:
                break
            if text[tokens[i].start_char : tokens[j].end_char] in forms:
                last = j
        found.append((tokens[i].start_char, tokens[last].end_char, [w for t in tokens[i : last + 1] for w in t.words]))
        i = last + 1
    return found


_FORMS: list[frozenset[str]] = []


def _abbreviation_forms() -> frozenset[str]:
    if not _FORMS:
        from klarlint.nlp.abbreviations import tokenizer_exceptions

        _FORMS.append(frozenset(tokenizer_exceptions()))
    return _FORMS[0]


def _head_word(words: list[Any]) -> Any:
    """The word whose analysis a token gets: the first whose head is outside the token (*kap*, not its period).

    Swedish has no multiword tokens, so this is the one word but for an abbreviation joined by :func:`_tokens`."""
    if len(words) == 1:
        return words[0]
    ids = {w.id for w in words}
    return next((w for w in words if w.head not in ids), words[0])


def _resegment(vocab: Any, rows: list[dict[str, Any]], starts: list[int]) -> None:
    """Stanza's sentences corrected by klarlint's sentence hints (:class:`~klarlint.nlp.components.SentenceHints`).

    The spaCy model's parser must respect the hints: no sentence starts after an abbreviation that does not end
    one, after a list bullet, inside a quotation or before a lower-case word; one does after a blank line. Here
    the sentences are Stanza's, so where a hint differs the tree is cut to fit: in each sentence the first word
    whose head lay outside it (its root, if it has one) becomes the root and the others hang on it (two roots
    joined: ``parataxis``, UD's relation for clauses side by side)."""
    from spacy.attrs import SENT_START
    from spacy.tokens import Doc

    from klarlint.nlp.components import SentenceHints

    if not starts:
        return
    doc = Doc(vocab, words=[r["text"] for r in rows], spaces=[r.get("space", False) for r in rows],
              pos=[r["pos"] for r in rows])  # fmt: skip
    hints = SentenceHints()(doc).to_array([SENT_START]).astype("int64").tolist()
    words = [i for i, row in enumerate(rows) if row["head"] is not None]
    wanted = set(starts)
    for i in words[1:]:
        if hints[i] < 0:
            wanted.discard(i)
        elif hints[i] > 0:
            wanted.add(i)
    wanted.add(words[0])
    if wanted == set(starts):
        return
    segment_of: dict[int, int] = {}
    segments: list[list[int]] = []
    for i in words:
        if i in wanted:
            segments.append([])
        segments[-1].append(i)
        segment_of[i] = len(segments) - 1
    for segment in segments:
        here = segment_of[segment[0]]
        loose = [i for i in segment if rows[i]["head"] == i or segment_of.get(rows[i]["head"]) != here]
        if not loose:  # (a tree always has one: a head chain that stays inside ends at a root)
            continue
        root = next((i for i in loose if rows[i]["dep"] == "ROOT"), loose[0])
        for i in loose:
            row = rows[i]
            if i == root:
                row["head"], row["dep"] = i, "ROOT"
            else:
                row["head"], row["dep"] = root, "parataxis" if row["dep"] == "ROOT" else row["dep"]


def _row(form: str, word: Any) -> dict[str, Any]:
    dep = word.deprel or "dep"
    return {
        "text": form,
        "pos": word.upos or "X",
        "tag": word.xpos or "_",
        "morph": word.feats or "",
        "lemma": word.lemma or form,
        "dep": "ROOT" if dep == "root" else dep,
        "head": 0,
        "head_id": word.head,
    }


def _add_gap(rows: list[dict[str, Any]], text: str, start: int, end: int) -> int:
    """The text between two tokens: one space is the previous token's trailing space (as spaCy has it);
    the rest is a token of its own (white space, or what Stanza left out)."""
    if end > start and rows and text[start] == " " and not rows[-1].get("space"):
        rows[-1]["space"] = True
        start += 1
    if end > start:
        gap = text[start:end]
        pos = "SPACE" if gap.isspace() else "X"
        rows.append({"text": gap, "pos": pos, "tag": "_SP", "morph": "", "lemma": gap, "dep": "dep", "head": None})
    return max(start, end)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
