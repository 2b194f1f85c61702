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

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from klarlint.errors import ModelError
from klarlint.nlp.backend import CONTROL_TO_SPACE, MAX_CHARS_PER_BATCH, SpacyBackend, batches

if TYPE_CHECKING:
    from spacy.tokens import Doc

PROCESSORS = ("tokenize", "pos", "lemma", "depparse")
SMALL_MODEL_META = "klarlint_stanza.json"
INSTALL_HINT = 'pip install "klarlint[stanza]"'
DOWNLOAD_HINT = (
    "hämta dem på en dator med internet med python -c 'import stanza; stanza.download(\"sv\")' "
    "och kopiera mappen stanza_resources hit, eller ange mappen med stanza_dir i klarlint.toml "
    "eller KLARLINT_STANZA_DIR"
)


def default_model_dir() -> Path:
    configured = os.environ.get("KLARLINT_STANZA_DIR") or os.environ.get("STANZA_RESOURCES_DIR")
    return Path(configured).expanduser() if configured else Path.home() / "stanza_resources"


def model_info(model_dir: Path | None = None) -> dict[str, Any]:
    """What is installed in ``model_dir``: layout, processors and their files (no model is loaded)."""
    model_dir = model_dir or default_model_dir()
    info: dict[str, Any] = {"dir": str(model_dir), "installed": False}
    small = model_dir / SMALL_MODEL_META
    if small.is_file():
        meta = json.loads(small.read_text(encoding="utf-8"))
        files = {p: model_dir / f for p, f in meta.get("processors", {}).items()}
        info.update(layout="klarlint", name=meta.get("name"), meta=meta)
        info["processors"] = {p: str(f) for p, f in files.items() if f.is_file()}
    elif (model_dir / "resources.json").is_file() and (model_dir / "sv").is_dir():
        info.update(layout="stanza", name="Stanza sv")
        info["processors"] = {p.name: str(p) for p in sorted((model_dir / "sv").iterdir()) if p.is_dir()}
    else:
        return info
    info["installed"] = all(p in info["processors"] for p in PROCESSORS)
    return info


def load_pipeline(model_dir: Path | None = None) -> Any:
    """Stanza's pipeline from ``model_dir``; a one-line Swedish :class:`ModelError` when it cannot be had."""
    try:
        import stanza
    except ImportError:
        raise ModelError(f"Stanza är inte installerat; installera det med {INSTALL_HINT}") from None
    model_dir = model_dir or default_model_dir()
    info = model_info(model_dir)
    if not info["installed"]:
        raise ModelError(f"Stanzas svenska modeller saknas i {model_dir}; {DOWNLOAD_HINT}")
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
    try:
        return stanza.Pipeline(**options)
    except Exception as exc:  # Stanza raises many kinds; the user needs one line either way
        raise ModelError(f"Stanzas modeller i {model_dir} kunde inte läsas: {_first_line(exc)}") from None


class StanzaBackend(SpacyBackend):
    """Stanza analyses; the spaCy backend's reader (and klarlint's post-processing) does the rest."""

    name = "stanza"

    def __init__(self, model_dir: Path | None = None, batch_size: int = 32, pipeline: Any = None) -> None:
        from klarlint.nlp.lazy_spacy import import_spacy

        spacy = import_spacy()
        self.pipeline = pipeline if pipeline is not None else load_pipeline(model_dir)
        self.model_dir = model_dir or default_model_dir()
        self.nlp = spacy.blank("sv")  # only its vocabulary: Stanza does the analysis
        self.batch_size = batch_size
        self._post = _post_processing()

    def _docs(self, pieces: list[str]) -> Iterator[Doc]:
        import stanza

        for batch in batches(pieces, self.batch_size, MAX_CHARS_PER_BATCH):
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
    """klarlint's rule-based components that follow the parser in the spaCy model, with its word list."""
    from klarlint.nlp.components import DeponentFilter, PassiveLemmas, UntaggedPassives
    from klarlint.nlp.lemma_lexicon import LemmaLexicon
    from klarlint.nlp.lexicon import deponent_lemmas
    from klarlint.nlp.model import MODEL_DIR

    lexicon = LemmaLexicon().from_disk(MODEL_DIR / "klarlint_lemma_lexicon").fallback
    return [UntaggedPassives(lambda: lexicon), PassiveLemmas(), DeponentFilter(deponent_lemmas(), lambda: lexicon)]


def _to_doc(vocab: Any, text: str, document: Any) -> Doc:
    """A spaCy Doc of ``text`` with Stanza's annotations; white space between tokens becomes SPACE tokens.

    spaCy needs words and trailing spaces that rebuild the text exactly; Stanza
    gives character offsets. Heads are absolute token indices; Stanza's ``root``
    is spaCy's ``ROOT`` (the label the shipped model and the rules use).
    White space tokens hang on the token before them (or after, at the start),
    so they stay inside that token's sentence.
    """
    from spacy.tokens import Doc

    rows: list[dict[str, Any]] = []
    position = 0
    for sentence in document.sentences:
        first = len(rows)
        ids: dict[int, int] = {}
        for token in sentence.tokens:
            position = _add_gap(rows, text, position, token.start_char)
            word = token.words[0]  # Swedish has no multiword tokens; keep the first word's analysis if one comes
            ids.update({w.id: len(rows) for w in token.words})
            rows.append(_row(text[token.start_char : token.end_char], word, sentence_first=first))
            position = token.end_char
        for row in rows[first:]:
            if "head_id" in row:
                head_id = row.pop("head_id")
                row["head"] = ids.get(head_id, len(rows) - 1) if head_id else rows.index(row)
    _add_gap(rows, text, position, len(text))
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


def _row(form: str, word: Any, sentence_first: int) -> dict[str, Any]:
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
