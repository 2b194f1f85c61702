"""Swedish abbreviations common in public-sector texts.

One list serves three purposes: tokenizer exceptions (an abbreviation stays one
token), sentence-boundary hints (most abbreviations never end a sentence) and
the rules that talk about abbreviations. Keeping them in one place means the
tokenizer and the rules cannot disagree about what an abbreviation is.
"""

from __future__ import annotations

# Abbreviations that practically never end a sentence: the word after them
# continues the same sentence ("t.ex. en ansökan", "kl. 13.00", "ca 20").
NON_FINAL: tuple[str, ...] = (
    "t.ex.",
    "bl.a.",
    "s.k.",
    "kl.",
    "ca",
    "c:a",
    "resp.",
    "fr.o.m.",
    "t.o.m.",
    "p.g.a.",
    "pga.",
    "enl.",
    "jfr",
    "jfr.",
    "nr",
    "nr.",
    "tel.",
    "tfn",
    "tfn.",
    "ang.",
    "inkl.",
    "exkl.",
    "dvs.",
    "d.v.s.",
    "f.d.",
    "fd.",
    "f.n.",
    "ev.",
    "t.v.",
    "t.h.",
    "o.d.",
    "obs.",
    "Obs.",
    "OBS.",
    "kap.",
    "st.",
    "resp",
    "bl.a",
    "t.ex",
    "s.",
    "sid.",
    "fig.",
    "tab.",
    "avd.",
    "adr.",
    "mob.",
    "e.d.",
    "m.a.o.",
    "i.o.m.",
    "f.ö.",
    "vs.",
    "v.g.",
    "p.s.s.",
    "f.v.b.",
    "u.p.",
    "ff.",
    "bet.",
    "prop.",
    "SFS",
    "dnr",
    "Dnr",
    "dnr.",
    "Dnr.",
    "mnkr",
    "mkr",
    "tkr",
    "kr.",
    "forts.",
    "förf.",
    "uppl.",
    "red.",
    "ca.",
    "from.",  # a writer's *fr.o.m.* (HR re-test s49: *genomföras from. den 1 mars* was cut in two)
)

# Abbreviations that often close a list and may end a sentence ("äpplen m.m.").
MAY_END: tuple[str, ...] = (
    "m.m.",
    "etc.",
    "o.s.v.",
    "osv.",
    "m.fl.",
    "o.dyl.",
    "m.m",
    "etc",
    "osv",
)

ALL: tuple[str, ...] = NON_FINAL + MAY_END

# Units after a number whose period is the sentence's too when a sentence opens after them (*… en avgift på 100 kr.
# Om du …*): otherwise they never end one (*100 kr. per månad*). The legal and utility re-tests s49: two sentences
# read as one of 31 and 41 words.
UNIT_MAY_END: frozenset[str] = frozenset({"kr."})

# Abbreviations spaCy's Swedish tokenizer keeps whole with their period that are also ordinary words: *el.* is
# *eller* and the noun *el* (electricity), *min.* is *minut* and the pronoun *min*, *kor.* is *korinthierbrevet* and
# the plural of *ko*. Before a capitalised word that is no name the period is the word's and ends the sentence (*…
# förbrukning av el. Om balansen …*: the energy re-test s53 got one sentence of 37 words, a long-sentence error);
# the abbreviation goes on with a lower-case word, a number or a name (*1 el. 2*, *Anna el. Per*).
WORD_MAY_END: frozenset[str] = frozenset({"el.", "min.", "kor.", "ung.", "bet.", "red.", "lat."})


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def tokenizer_exceptions() -> list[str]:
    """Abbreviations that need a tokenizer special case (contain a period or colon).

    Both the lower-case form and the sentence-initial capitalised form are
    returned ("T.ex. kan du ...").
    """
    forms: set[str] = set()
    for abbr in ALL:
        if "." not in abbr and ":" not in abbr:
            continue
        forms.add(abbr)
        forms.add(_capitalised(abbr))
    return sorted(forms)


NON_FINAL_LOWER: frozenset[str] = frozenset(a.lower() for a in NON_FINAL)
MAY_END_LOWER: frozenset[str] = frozenset(a.lower() for a in MAY_END)


# Punctuation that closes what comes before it: a sentence never starts with it ("… anställda ‖ . Mötena"). Here,
# without spaCy, for the sentence hints and for the backend, which joins a sentence the parser opened at one anyway.
NEVER_STARTS_SENTENCE = frozenset({".", ",", ":", ";", "?", "!", ")", "]", "/", "…", "”"})
