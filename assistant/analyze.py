"""Dutch text analysis for BM25 and term overlap: tokens, stopwords, compounds, stems.

* Stopwords: the packaged Snowball lists for Dutch and (short) English words (stop-words), minus
  negations and question words that change meaning (niet, geen, wel, nooit, ...).
* Compounds: Dutch glues words together ("stagevergoeding"); a word is also
  indexed as its parts when both are known Dutch words (wordfreq's list plus the
  corpus vocabulary), so "vergoeding voor mijn stage" finds "stagevergoeding".
* Stems: the classic Snowball Dutch (Porter) stemmer from PyStemmer; the newer "dutch" one strips
  "ge" inside words (begeleiding -> beleid), which merges unrelated words.

>>> a = Analyzer()
>>> a.terms("Krijg ik een stagevergoeding?")
['krijg', 'stagevergoed', 'stag', 'vergoed']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
KEEP = frozenset(
    [
        "niet",
        "geen",
        "wel",
        "nooit",
        "niets",
        "niemand",
        "geen",
        "zonder",
        "wanneer",
        "waarom",
        "hoeveel",
        "hoe",
        "welke",
        "wie",
        "waar",
        "wat",
        "not",
        "no",
        "never",
        "without",
        "when",
        "why",
        "how",
        "many",
        "much",
        "who",
        "where",
        "what",
        "which",
    ]
)
# Subordinating conjunctions the stop-word list lacks: they join clauses and name nothing (a question's "voordat ik
# dat doe" is not about "Want het kost tijd voordat ...").
CONJUNCTIONS = frozenset(
    ["voordat", "nadat", "totdat", "zodat", "terwijl", "hoewel", "doordat", "zodra", "tenzij", "indien", "mits"]
)
_LINKERS = ("s", "e", "en")
# Derivations that share a root: a verb in -eren and its noun in -atie/-ering ("discrimineert" / "discriminatie",
# "financieren" / "financiering"); a person in -iair and the thing ("stagiairs" / "stage").
_FAMILY = re.compile(r"^(?P<root>[a-z]{5,}?)(?:eerden|eerde|eerd|eert|eren|ering|eringen|atie|aties)$")
_PARTICIPLE = re.compile(r"^ge(?P<root>[a-z]{5,}?)e?erd(?:e|en)?$")  # "gediscrimineerd", "gefinancierd"
# A weak verb's past participle, after a separable prefix or none: ge- + the verb's stem + -d/-t ("gemeld",
# "aangemeld", "gewerkt"); its family is the verb's ("melden"). Adjectives of that shape are not.
_WEAK_PARTICIPLE = re.compile(
    r"^(?P<prefix>aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg)?ge(?P<root>[a-z]{3,}[dt])$"
)
_NOT_PARTICIPLES = frozenset(["gemiddeld", "gezond", "gebied", "geschikt", "gewoon", "gelijk", "gedacht"])
_PERSON = re.compile(r"^(?P<root>[a-z]{3,})iaires?$|^(?P<root2>[a-z]{3,})iairs?$")
# One who does it, named by the present participle, with or without a verb prefix: "(een) verzorgende" (zorg),
# "werkenden" (werk)
_DOER = re.compile(r"^(?:ver|be|ont|her|ge)?(?P<root>[a-z]{4,}?)enden?$")
# Heads that name the same kind of thing in a compound (general Dutch): a compound the corpus never writes is
# searched as the one it does write with the same first part ("stagegeld" as "stagevergoeding", "stageplaats" as
# "stageplek"), not by its bare head ("geld" would find every passage about money).
_SAME_HEADS = (
    frozenset({"geld", "vergoeding", "loon", "salaris", "toelage"}),
    frozenset({"plek", "plaats"}),
    frozenset({"begeleider", "begeleiding", "coach", "mentor"}),
    frozenset({"tekort", "gebrek"}),
)
MAX_COMPOUND_CHARS = 48  # longer "words" are not split (no Dutch compound is; "xxxx..." would recurse deeply)
MAX_TYPOS = 10_000  # remembered corrections (bounded memory)
TYPO_MIN_CHARS = 7  # a shorter word one letter off another is often a different word ("stage" / "stagr")


_DEVOICED = {"v": "f", "z": "s"}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one letter added, dropped or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from stop_words import get_stop_words

    dutch = set(get_stop_words("dutch"))
    # Short English function words, but none that is more common as a Dutch word ("brief", "stage").
    english = {w for w in get_stop_words("english") if len(w) <= 6 and not _more_dutch_than_english(w)}
    return frozenset(fold(w) for w in dutch | english if w not in KEEP)


def _more_dutch_than_english(word: str) -> bool:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - optional refinement
        return False
    return zipf_frequency(word, "nl") > zipf_frequency(word, "en")


@lru_cache(maxsize=1)
def _common_dutch() -> frozenset[str]:
    try:
        import wordfreq
    except ImportError:  # pragma: no cover - optional refinement
        return frozenset()
    return frozenset(wordfreq.top_n_list("nl", 30000))


@lru_cache(maxsize=1)
def _dutch_vocabulary() -> frozenset[str]:
    """Common Dutch words of 4+ letters (for compound splitting); empty when wordfreq is missing."""
    stop = _stopwords()
    return frozenset(fold(w) for w in _common_dutch() if len(w) >= 4 and w.isalpha() and w not in stop)


def fold(text: str) -> str:
    """Lowercase and strip accents (geïnvesteerd -> geinvesteerd)."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


_DEFINED = re.compile(r"\(([A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,6})\)")


def _long_form(short: str, before: str) -> str | None:
    """The words before "(SHORT)" that it abbreviates, if its letters occur there in order (Schwartz & Hearst,
    2003): "loopbaanoriëntatie en -begeleiding" for LOB."""
    text = fold(before)
    s, i = len(short) - 1, len(text) - 1
    while s >= 0:
        c = fold(short[s])
        while i >= 0 and (text[i] != c or (s == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i, s = i - 1, s - 1
    start = before.rfind(" ", 0, i + 1) + 1
    long = before[start:].strip()
    return long if len(long.split()) <= len(short) + 2 and len(long) > len(short) else None


def find_abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """Abbreviations the texts define ("Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB)"), folded
    short form -> long form.

    >>> find_abbreviations(["geïnvesteerd in loopbaanoriëntatie en -begeleiding (LOB). Zie LOB."])
    {'lob': 'loopbaanoriëntatie en -begeleiding'}
    """
    out: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            short = m.group(1)
            words = text[: m.start()].split()[-(len(short) + 2) :]
            long = _long_form(short, " ".join(words))
            if long is not None:
                out.setdefault(fold(short), long)
    return out


class Analyzer:
    """Turns text into index terms; ``extra_vocabulary`` adds corpus words for compound splitting;
    ``abbreviations`` (short -> long form, see :func:`find_abbreviations`) index an abbreviation also as the
    words it stands for, so "loopbaanbegeleiding" finds "LOB"."""

    def __init__(self, extra_vocabulary: Iterable[str] = (), abbreviations: dict[str, str] | None = None) -> None:
        import Stemmer

        porter = Stemmer.Stemmer("dutch_porter").stemWord

        def stem(word: str) -> str:
            # the voiced stem of a plural is the voiceless one of the singular and of a compound's first part
            # ("bedrijven" / "bedrijf", "bedrijfsbezoeken"; "reizen" / "reis"): one term
            s = porter(word)
            if s != word and s in stopwords:
                return word  # "overheid" is no "over", "eenheid" no "een"
            return s[:-1] + _DEVOICED[s[-1]] if len(s) > 3 and s[-1] in _DEVOICED else s

        stopwords = _stopwords()
        self._stem = stem
        self.stopwords = stopwords
        self.vocabulary = set(_dutch_vocabulary())
        self.vocabulary.update(fold(w) for w in extra_vocabulary if len(w) >= 4 and w not in self.stopwords)
        self._split_cache: dict[str, tuple[str, ...]] = {}
        self.corpus_words: frozenset[str] = frozenset()  # set by the searcher: see :meth:`same_kind`
        self._typos: dict[str, str | None] = {}
        self._same_heads = [({self._stem(k) for k in kind}, kind) for kind in _SAME_HEADS]  # (stems, heads)
        self.abbreviations: dict[str, list[str]] = {}
        for short, long in (abbreviations or {}).items():
            self.abbreviations[short] = [t for t in self.terms(self._unelide(long)) if t != short]

    def _unelide(self, text: str) -> str:
        """Add the compound a Dutch elision stands for: "loopbaanoriëntatie en -begeleiding" also gives
        "loopbaanbegeleiding"."""
        m = re.search(r"(\w+) (?:en|of) -(\w+)", text)
        if m and (parts := self.split_compound(fold(m.group(1)))):
            return f"{text} {parts[0]}{m.group(2)}"
        return text

    def words(self, text: str) -> list[str]:
        """Content words: folded, no stopwords, no one-letter tokens."""
        out = []
        for w in _WORD.findall(fold(text)):
            for part in w.split("-") if "-" in w else (w,):
                if (len(part) > 1 or part.isdigit()) and part not in self.stopwords:
                    out.append(part)
        return out

    def split_compound(self, word: str) -> tuple[str, ...]:
        """The parts of a compound word, or () when it is not one we recognise."""
        if word in self._split_cache:
            return self._split_cache[word]
        best: tuple[str, ...] = ()
        if 8 <= len(word) <= MAX_COMPOUND_CHARS and word.isalpha():
            vocab = self.vocabulary
            # A common word is only split into long parts (minister is not mini + ster).
            best_score = 4 if word in vocab else 0
            for i in range(4, len(word) - 3):
                left, right = word[:i], word[i:]
                candidates = [(left, right)]
                candidates += [
                    (left, right[len(k) :]) for k in _LINKERS if right.startswith(k) and len(right) - len(k) >= 4
                ]
                for lft, rgt in candidates:
                    if lft in vocab and rgt in vocab:
                        score = min(len(lft), len(rgt))
                        if score > best_score:
                            best, best_score = (lft, rgt), score
                    elif lft in vocab and len(rgt) >= 8 and (sub := self.split_compound(rgt)):
                        score = min(len(lft), *(len(s) for s in sub))
                        if score > best_score:
                            best, best_score = (lft, *sub), score
        self._split_cache[word] = best
        return best

    def terms(self, text: str) -> list[str]:
        """Stemmed index terms: each word, then the parts of a compound."""
        out: list[str] = []
        for w in self.words(text):
            if fixed := self.corrected(w):
                out.extend(self.terms(fixed))  # "stagevergoding": the corpus's "stagevergoeding"
                continue
            stem = self._stem(w)
            out.append(stem)
            if doer := self.doer_root(w):
                out.append(self._stem(doer))  # "verzorgende ig": the corpus's "zorg"
            # an abbreviation's Dutch plural or person, "bbl'ers", "pc's": also the abbreviation itself
            if "'" in w and (head := w.split("'")[0]) and len(head) > 1:
                out.append(self._stem(head))
            # Dutch verbs add -t (bepaalt, wordt): also index the form without it (bepaal -> bepal).
            if len(w) > 5 and w.endswith("t") and (alt := self._stem(w[:-1])) != stem:
                out.append(alt)
            # The one who does it and the doing: "begeleider(s)" also as "begeleid" (begeleiding -> begeleid).
            base = self._stem(w[: w.rindex("er")]) if len(w) > 7 and w.endswith(("er", "ers")) else ""
            if len(base) >= 5 and base != stem:
                out.append(base)
                tail = self.split_compound(w)[-1:]
                out.extend(self._stem(p[: p.rindex("er")]) for p in tail if p.endswith(("er", "ers")))
            # (not a person's root, "stagiair" -> "stage": every passage about the thing would match the person)
            if (family := self.family(w, person=False, verb=False)) and family != stem:
                out.append(family)
            parts = self.split_compound(w)
            if len(parts) == 2 and (same := self.same_kind(w, parts)):
                out.extend(self.terms(same[0]))  # as the corpus's word is indexed
            else:
                out.extend(self._stem(p) for p in parts)
            out.extend(self.abbreviations.get(w, ()))
        return out

    def doer_root(self, word: str) -> str:
        """The corpus's word a person named by a present participle the corpus never writes is derived from
        ("verzorgende": "zorg"), or "".

        >>> a = Analyzer()
        >>> a.corpus_words = frozenset({"zorg", "werk"})
        >>> a.doer_root("verzorgende"), a.doer_root("werkenden"), a.doer_root("zorg"), a.doer_root("bevestigende")
        ('zorg', 'werk', '', '')
        """
        if not self.corpus_words or word in self.corpus_words or (m := _DOER.match(word)) is None:
            return ""
        return m.group("root") if m.group("root") in self.corpus_words else ""

    def corrected(self, word: str) -> str | None:
        """The one word of the corpus a long word that is neither the corpus's nor common Dutch is a typo of (one
        letter added, dropped or changed), or None.

        >>> a = Analyzer()
        >>> a.corpus_words = frozenset({"stagevergoeding", "stagebegeleiding"})
        >>> a.corrected("stagevergoding"), a.corrected("stagevergoeding"), a.corrected("stageplekken")
        ('stagevergoeding', None, None)
        """
        if len(word) < TYPO_MIN_CHARS or not self.corpus_words or word in self.corpus_words or word in self.vocabulary:
            return None
        if word not in self._typos:  # (a question's words are read by several stages)
            found = [c for c in self.corpus_words if abs(len(c) - len(word)) <= 1 and _one_edit(word, c)]
            if len(self._typos) > MAX_TYPOS:
                self._typos.clear()
            self._typos[word] = found[0] if len(found) == 1 else None
        return self._typos[word]

    def person_acronym(self, word: str) -> str | None:
        """The corpus's compound for a person that an acronym's person ("slb'er") the corpus never writes stands for:
        the compound's parts start with the acronym's letters, or all but its first (a part the corpus leaves out), and
        no other such compound does; else None.

        >>> a = Analyzer()
        >>> a.corpus_words = frozenset({"loopbaanbegeleiders", "leerbedrijven", "lob"})
        >>> a.person_acronym("slb'er"), a.person_acronym("lob'ers"), a.person_acronym("slb")
        ('loopbaanbegeleider', None, None)
        """
        m = re.fullmatch(r"([a-z]{2,5})['’]ers?", fold(word))
        if not m or not self.corpus_words or m.group(1) in self.corpus_words:
            return None
        short = m.group(1)
        found = set()
        for w in self.corpus_words:
            if re.search(r"(?:er|aar)s?$", w) and len(parts := self.split_compound(w)) >= 2:
                initials = "".join(p[0] for p in parts)
                if initials == short or (len(short) >= 3 and initials == short[1:]):
                    found.add(w[:-1] if w.endswith("s") else w)  # the singular
        return found.pop() if len(found) == 1 else None

    def same_kind(self, word: str, parts: tuple[str, ...]) -> tuple[str, str] | None:
        """The corpus's compound with the same first part and a head of the same kind, and that head, for a
        compound the corpus never writes ("stagegeld" -> "stagevergoeding"), or None.

        >>> a = Analyzer()
        >>> a.corpus_words = frozenset({"stagevergoeding"})
        >>> a.same_kind("stagegeld", ("stage", "geld")), a.same_kind("stagevergoeding", ("stage", "vergoeding"))
        (('stagevergoeding', 'vergoeding'), None)
        """
        if not self.corpus_words or word in self.corpus_words:
            return None
        first, head = parts
        stem = self._stem(head)  # "plekken" is a "plek"
        for stems, kind in self._same_heads:
            if stem in stems:
                for other in sorted(k for k in kind if self._stem(k) != stem):
                    for link in ("", *_LINKERS):
                        candidate = f"{first}{link}{other}"
                        for form in (candidate, f"{candidate}en", f"{candidate}s"):  # or its plural
                            if form in self.corpus_words:
                                return form, other
        return None

    def family(self, word: str, *, person: bool = True, verb: bool = True) -> str:
        """The root a word shares with its derivations (with ``person``, also a person's with the thing: "stagiair"
        and "stage"; with ``verb``, a weak participle's verb: "gemeld" and "melden"), or "" (a folded word).

        >>> a = Analyzer()
        >>> a.family("discrimineert"), a.family("discriminatie"), a.family("stagiairs"), a.family("stage")
        ('discrimin', 'discrimin', 'stag', '')
        >>> a.family("gediscrimineerd"), a.family("gefinancierd"), a.family("financiering")
        ('discrimin', 'financi', 'financi')
        >>> a.family("gemeld"), a.family("gevraagd"), a.family("aangemeld"), a.family("gemiddeld")
        ('meld', 'vrag', 'aanmeld', '')
        """
        if m := _PARTICIPLE.match(word):
            return m.group("root")
        if m := _FAMILY.match(word):
            return m.group("root")
        if verb and (m := _WEAK_PARTICIPLE.match(word)) and word not in _NOT_PARTICIPLES:
            return self._verb_of(m.group("prefix") or "", m.group("root"))
        if person and (m := _PERSON.match(word)):
            return self._stem((m.group("root") or m.group("root2")) + "e")
        return ""

    def _verb_of(self, prefix: str, root: str) -> str:
        """The stem of the common verb a weak participle's root ("meld", "werkt", "haald") is of, or "".

        The participle adds -t after a voiceless stem ("werk", "stop": 't kofschip), else -d ("bel", "haal"),
        and nothing after a stem in -d/-t ("meld", "start")."""
        bare = root[:-1]
        if root.endswith("t") and not re.search(r"(?:[kfsp]|ch)$", bare):
            bare = root  # "gestart": "starten", not "staren"
        undoubled = re.sub(r"([aeou])\1(?=[^aeiou]$)", r"\1", bare)  # "haal": "halen"
        voiced = undoubled[:-1] + {"s": "z", "f": "v"}.get(undoubled[-1], undoubled[-1])  # "reis": "reizen"
        for verb in (f"{bare}en", f"{undoubled}en", f"{voiced}en", f"{bare}{bare[-1]}en", f"{root}en"):
            if f"{prefix}{verb}" in self.vocabulary or verb in self.vocabulary:
                return self._stem(f"{prefix}{verb}")
        return ""

    def term_set(self, text: str) -> set[str]:
        return set(self.terms(text))
