"""The location extractor: one pass over the words of a report, then resolution by context.

Matching works on words. For each capitalised word, the longest run of
words whose folded spelling is a gazetteer key wins (at most
:attr:`Gazetteer.max_words` dictionary look-ups per word), so the cost grows
with the text, not with the gazetteer. Then, for each match:

1. its *type* is settled by the words around it: a type word after it
   (``Kaluga region``, ``Valuysky district``, ``Kazan airport``), a list that
   shares a plural type word (``the Bryansk, Kursk and Oryol regions``,
   ``four districts—Borovsky, Dumnichsky, ...``), a hint (``Kursk governor``),
   or a cue before it (``the village of Volfino``);
2. its *place* is chosen among the candidates of that type by the regions the
   report mentions (``Ulyanovsky`` district in a report about Kaluga Oblast is
   Kaluga's), then by size; when nothing decides, the mention is marked
   ambiguous and lists its candidates.

Small places (villages) match only inside a region the report mentions, or
after a cue such as ``village of``; misspelt names are looked up fuzzily only
among the places of those regions, so an unknown village never becomes a
look-alike elsewhere.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import threading
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import NamedTuple

import attrs
import regex

from incidentkit.models import Document, Findings, LocationMention, Place, Span
from incidentkit.text import offset_code, paragraphs, scan_timeout, sentences
from incidentkit.vocab import Stage

from . import _words as words
from ._fold import fold, light_fold, russian_key
from .gazetteer import Entry, FuzzyChoices, Gazetteer, default_gazetteer

__all__ = ["LocationExtractor"]

#: A word: letters, with inner hyphens or apostrophes ("Slavyansk-na-Kubani", "Ukraine's").
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:[\-‐‑'’ʼ]\p{L}[\p{L}\p{M}]*)*(?:-\d+\b)?")
#: Words joined by single spaces, found as one match and split on the spaces: the same words as
#: :data:`_WORD` finds one by one (a word holds no space), with a few times fewer matches.
_WORD_RUN = regex.compile(f"{_WORD.pattern}(?: {_WORD.pattern})*")
#: What may stand between the words of one name: a space, a hyphen, an abbreviation dot
#: ("St. Petersburg"), a possessive ("Donetsk People's Republic").
_NAME_GAP = regex.compile(r"[ \u00a0]|[\-‐‑]|\.[ \u00a0]?|['’]s[ \u00a0]")
#: What may stand between the names of a list: commas, "and", "or" ("Bryansk, Kursk and Oryol"),
#: after a soft sign written as an apostrophe at the end of a name ("Ternopil' and Khmel'nyts'kyi").
_LIST_GAP = regex.compile(r"['ʼ]?\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&|as well as)\s+|/)\s*")
#: A comma after a plural type word that may start a list in apposition ("airports, A, B and C,").
_APPOSITION_GAP = regex.compile(r",[ \u00a0]+")
#: What may stand between a plural type word and the list it introduces ("districts—Borovsky").
_INTRO_GAP = regex.compile(r"\s*[—–:\-]\s*|\s+of\s+(?:the\s+)?")
#: A dash or colon after the holder of a list ("districts of Kharkiv: A and B").
_HOLDER_GAP = regex.compile(r"[ \u00a0]*[—–:][ \u00a0]*|[ \u00a0]+-[ \u00a0]+")
#: A count right before "over" a name: "10 over Kaluga", "one each over Tula" (regions, in ministry lists).
_COUNT_OVER = regex.compile(
    r"(?:\b\d+|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|each))"
    r"\s+(?:\w+\s+){0,2}over\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]+(?:,\s*|,?\s+and\s+))*$")
#: A count right after a name, perhaps after its type word: an item of a count by region
#: ("Bryansk – 23", "Kursk region: 12", "Oryol - 8").
_COUNT_TYPE = r"(?i:region|oblast|krai|republic|province)"
_COUNT_DASH = r"[ \u00a0]*(?:[–—:]|[ \u00a0]-)"
_COUNT_AFTER = regex.compile(rf"(?:[ \u00a0]+{_COUNT_TYPE})?{_COUNT_DASH}[ \u00a0]*\d+\b")
#: A list of such items ("Bryansk – 23, Kursk – 12 and Oryol – 8"), each name of at most three words.
_COUNT_ITEM = (r"\p{Lu}[\p{L}'’\-]*(?:[ \u00a0]\p{Lu}[\p{L}'’\-]*){0,2}"
               rf"(?:[ \u00a0]+{_COUNT_TYPE})?{_COUNT_DASH}[ \u00a0]*\d+\b")
_COUNT_LIST = regex.compile(
    rf"{_COUNT_ITEM}(?:(?:[ \u00a0]*[,;][ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+){_COUNT_ITEM})+")
#: A type word inside an item of such a list.
_COUNT_TYPED = regex.compile(rf"\p{{L}}[ \u00a0]+{_COUNT_TYPE}{_COUNT_DASH}")
#: The head before such a list that says its names are regions ("over Russian regions: ", "by region — ").
_COUNT_HEAD = regex.compile(
    r"\b(?i:regions|oblasts|provinces|by[ \u00a0]+region)\b[^.\n\d]{0,30}[:—–\-][ \u00a0]*$")
#: What stands between a town and the district or region it lies in ("in the", "of the").
_CONTAINER_GAP = regex.compile(r"\s+(?:in|of)\s+(?:the\s+)?")
#: The lower-case end of a capitalised compound modifier ("Lukoil-owned", "Houthi-run", "Kyiv-based").
_MODIFIER_TAIL = regex.compile(r"-\p{Ll}+$")
#: Street words that make a street with the capitalised words before them even in lower case
#: ("Sumska street"); not "highway" ("the Kharkiv highway" is the road to the city).
_LOWER_STREET_HEADS = words.STREET_HEADS - {"highway"} | words.LANDFORM_HEADS
#: The adjective that names a Russian road ("the Kashirskoye highway", Kashirskoye shosse), unlike a
#: town's name before "highway".
_ROAD_ADJECTIVE = regex.compile(r"(?:sk|ck|ov|ev|in)(?:oye|oe|oje)$")
#: Plural type words of lists of villages: each name of "the villages of A, B and C" is a village's.
_VILLAGE_LISTS = frozenset({"villages", "hamlets"})
#: Plural words that introduce lists of villages, whose unknown names are still kept.
_VILLAGE_WORD = regex.compile(r"\b(?:villages|settlements|hamlets)\b", regex.IGNORECASE)
#: Plural words of airport lists, and the singular that names one airport of the list.
_AIRPORT_WORDS = {"airports": "Airport", "airfields": "Airfield", "air bases": "Air Base",
                  "airbases": "Air Base",
                  "air": "Air Base",  # (a list remembers the first word of "air bases")
                  "refineries": "Oil Refinery"}  # "the Syzran and Novokuibyshevsk refineries"
#: A number after a feature's head word ("City Hospital No. 4", "School No 12", "Lyceum #3").
_FEATURE_NUMBER = regex.compile(r"\s+(?:No\.?|Nr\.?|#|Number)\s*\d+\b")
#: Names of airports among features.
_AIRPORT_NAME = regex.compile(r"\b(?:Airport|Airfield)\b")
#: Words of a sentence about air traffic ("Flights were restricted at Tunoshna").
_FLIGHT_WORDS = regex.compile(
    r"\b(?:flights?|departures?|arrivals?|air traffic|take-offs?|landings?"
    r"|(?<!internet )restrictions(?! on (?:mobile )?internet))\b", regex.IGNORECASE)
#: Possessive endings left out of a word ("Ukraine's" → "Ukraine").
_POSSESSIVE_ENDS = ("'s", "’s")
#: A line written in title case (headline), where capitalised words are no evidence of a name.
_TITLE_WORD = regex.compile(r"\b\p{Lu}")

#: Settlements at least this large (or curated) match without regional context.
NOTABLE_POPULATION = 15_000
#: A city this large beats a namesake village that only a neighbouring town's region suggests.
GIANT_POPULATION = 200_000
#: A city this large beats a namesake hamlet (50 times smaller) that only a town nearby suggests.
CITY_POPULATION = 100_000
#: After "the village of", settlements at least this large are not meant (a namesake village is).
VILLAGE_POPULATION = 50_000
#: Fuzzy matches must score at least this (rapidfuzz ratio, 0-100).
FUZZY_CUTOFF = 85.0

#: Countries whose place names reach the news romanised from Cyrillic (or through Russian), in
#: the many spellings the fold merges; a place elsewhere matches only by its own spellings.
_TRANSLITERATED = frozenset({None, "RU", "UA", "BY", "MD", "KZ", "KG", "TJ", "TM", "UZ", "AZ", "AM", "GE",
                             "EE", "LV", "LT", "MN", "BG", "RS", "MK", "ME", "BA"})

#: The ending of a Russian adjective in a town's name of two words ("Krasnaya", "Stary", "Bolshoye").
_ADJECTIVE_END = regex.compile(r"(?:aia|oie|oe|iie|ie|y|ii|oi)$")

#: The first word of a village's name of two words, a Russian or Ukrainian adjective ("Novoe",
#: "Staraya", "Velyka", "Verkhnyaya"), folded.
_NAME_ADJECTIVE = regex.compile(
    r"(?:nov|star|mal|bolsh|velyk|verhn|nizhn|krasn|sredn|chervon)\p{L}*(?:aia|oie|oe|iie|ie|y|ii|oi|a|e)$")
#: Words after a name that make it a village's ("in Kozacha Lopan village").
_VILLAGE_AFTER = frozenset({"village", "hamlet"})
#: The most names of a list an unknown name is read in with its towns ("struck Tokmak, ..., Pologi and
#: Enerhodar": a governor's list of the day's shelled villages runs to ten).
_LIST_NAMES = 10
#: Head words of a site named by a name the gazetteer lacks right before them ("the Azot plant").
_BARE_PLANT_HEADS = frozenset({"plant", "factory", "works"})
#: Prepositions before a village's name ("a field near Periprava").
_PLACE_PREPOSITIONS = frozenset({"near", "outside", "around", "in"})
#: A first-level division or district named with its type word right after a name ("in Tulcea county").
_NAMED_CONTAINER = regex.compile(
    r"(?:[ \u00a0]\p{Lu}[\p{L}'’\-]*){0,2}[ \u00a0]+(?:in|of)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"\p{Lu}[\p{L}'’\-]*(?:[ \u00a0]\p{Lu}[\p{L}'’\-]*)?"
    r"[ \u00a0]+(?:region|oblast|province|krai|county|voivodeship|governorate|district|raion|rayon)\b")

#: What may start a line before a region's name that heads a section of a post ("- ", "🔴 ", "In the ").
_LINE_HEAD = regex.compile(r"[^\p{L}\n]{0,6}(?:(?i:in|over|on)[ \u00a0]+)?(?:(?i:the)[ \u00a0]+)?")
#: The end of a line that a sentence goes on from ("... drones over the", "... the Kursk,").
_LINE_GOES_ON = regex.compile(
    r"(?:[,\-–—]|\b(?i:the|of|in|over|on|and|or|near|from|to|at|a|an|by|with|for))[ \t]*$")

_ADMIN_TYPE_WORDS = ("Oblast", "Krai", "Republic", "Okrug", "Autonomous", "Region", "Territory", "Province",
                     "County", "Voivodeship", "Governorate", "District", "Municipality")


class _Form(NamedTuple):
    """A word of the text without its position: one object for every occurrence of the word."""

    text: str  # without a possessive ending
    lower: str
    key: str
    capital: bool


class _Word(NamedTuple):
    start: int
    text: str  # without a possessive ending
    lower: str
    key: str
    capital: bool

    @property
    def end(self) -> int:
        """Where the word ends: computed, not stored (one int object less per word of the text)."""
        return self.start + len(self.text)


class _Match(NamedTuple):
    """A run of words that names (or may name) a place, before resolution."""

    first: int  # word index
    last: int  # word index, inclusive
    start: int
    end: int
    ids: tuple[int, ...]
    primary: frozenset[int]  # ids matched by their own name, not an alias
    forced: str | None  # type required by the words around
    hint: str | None  # "admin1" or "city" or "settlement": a preference
    cue: bool  # a settlement cue precedes (small places allowed)
    key: str  # the folded name words (for fuzzy look-up when ids is empty)
    typed_by: str = ""  # "word" (a type word in the span) or "list" (a shared plural type word)
    unit: str = ""  # "hromada" when the type word names a Ukrainian hromada, not a raion


class LocationExtractor:
    """Finds place names and resolves them against a gazetteer.

    :param loader: returns the gazetteer to use; called once, on first use, so the
        packaged index is read only when a document needs it.
    """

    name: str = "locations"
    stage: Stage = Stage.LOCATIONS

    def __init__(self, loader: Callable[[], Gazetteer] = default_gazetteer) -> None:
        self.loader = loader
        self._cache: list[Gazetteer] = []
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"LocationExtractor(name={self.name!r})"

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer in use, loaded on first access."""
        if not self._cache:
            with self._lock:
                if not self._cache:
                    self._cache.append(self.loader())
        return self._cache[0]

    def extract(self, document: Document, found: Findings) -> list[LocationMention]:
        """Return the place mentions of ``document`` in text order."""
        return _Run(self.gazetteer, document.text, self.name).mentions()


class _Run:
    """The work on one document (never shared between documents or threads)."""

    def __init__(self, gazetteer: Gazetteer, text: str, name: str = "locations") -> None:
        self.gaz = gazetteer
        self.text = text
        self.name = name  # the extractor's, stamped on each mention here (no copy by the core)
        #: the words of the text, each as its forms (one object per distinct word: a 1 MB text
        #: has some 150,000 words and 2,000 distinct ones), and where each starts
        self.forms, self.starts = _word_table(text)
        #: gap_before[k]: the text between word k - 1 and word k (before the first word: "")
        # (one string object per distinct gap: most are one character, which Python shares anyway)
        gaps: dict[str, str] = {}
        share = gaps.setdefault
        starts = self.starts
        self.gap_before = [""] + [
            gap if len(gap := text[start + len(left.text):starts[k]]) < 2 else share(gap, gap)
            for k, (start, left) in enumerate(zip(starts[:-1], self.forms, strict=False), 1)]
        self.name_gaps: dict[str, bool] = {}  # gap -> whether it may stand inside a name (see _joins)
        #: indices of the capitalised words, the only ones that start a name
        self.capitals = array("i", [k for k, word in enumerate(self.forms) if word.capital])
        self.title_lines = _title_spans(text)
        self.title_starts = [start for start, _end in self.title_lines]
        self.forced: dict[int, str] = {}  # word index -> type required by a list
        self.list_word: dict[int, str] = {}  # word index -> the list's plural type word
        self.claimed = bytearray(len(self.forms))  # words already inside a mention
        self.paragraphs = paragraphs(text)
        self.people: set[str] = set()  # surnames that are also town names ("Gusev")
        # names right after a vessel noun ("the cruiser Moskva")
        self.ships = {ws.key for prev, ws, gap in zip(self.forms, self.forms[1:], self.gap_before[1:],
                                                      strict=False)
                      if prev.lower in words.VESSEL_BEFORE and ws.capital and gap == " "}
        self.local: dict[int, Counter[str]] = {}  # paragraph number -> regions it names
        self.sentences = sentences(text)
        self.paragraph_ends = [span.end - 1 for span in self.paragraphs]
        self.sentence_ends = [span.end - 1 for span in self.sentences]
        self.near: dict[int, Counter[str]] = {}  # sentence number -> regions it names
        self.explicit: dict[int, Counter[str]] = {}  # paragraph number -> regions it names as regions
        self.named: Counter[str] = Counter()  # the regions the report names as regions
        #: paragraph number -> (start, region) of the names of one region as a region, in text order
        self.explicit_at: dict[int, list[tuple[int, str]]] = {}
        self.own: dict[int, set[str]] = {}  # match start -> the regions the match itself adds
        self.village_sentences: dict[int, bool] = {}  # sentence number -> whether it says "villages"
        self.flight_words: list[tuple[int, int]] | None = None  # spans of "flights", "air traffic"...
        #: (name key, entry numbers) -> the entries named so by their own name, not an alias
        self.primary: dict[tuple[str, tuple[int, ...]], frozenset[int]] = {}
        self.fuzzy_found: dict[tuple[str, str], list[tuple[int, Entry]]] = {}  # (key, type) -> _fuzzy's
        #: match start -> the one region of the district or region named right after it as its container
        #: ("Ternivka in the Pavlohrad district", "Lomakovka of the Klimovo municipal district")
        self.container: dict[int, str] = {}
        #: starts of the names listed right before or after a region's ("the Donetsk region and Zaporizhzhia")
        self.region_peers: set[int] = set()
        #: match start -> the regions whose village a big city's name listed among villages is
        self.listed_in: dict[int, frozenset[str]] = {}
        #: (start, end, whether by region) of the counts by region found so far (_count_by_region)
        self.count_lists: list[tuple[int, int, bool]] = []
        #: (start, country code) of the names of countries, in text order
        self.countries: list[tuple[int, str]] = []

    def _end(self, k: int) -> int:
        """Where word ``k`` ends (its possessive ending left out)."""
        return self.starts[k] + len(self.forms[k].text)

    # ------------------------------------------------------------------ driver

    def mentions(self) -> list[LocationMention]:
        """Lists first (they fix types), then streets and sites, then gazetteer names, in text order."""
        self._find_lists()
        features = self._features()
        matches = self._matches()
        self._split_sections(matches)
        context = self._context(matches)
        self.countries = [(match.start, self.gaz.entries[match.ids[0]].country or "") for match in matches
                          if match.ids and match.forced is None
                          and all(self.gaz.entries[e].type == "country" for e in match.ids)]
        self._find_containers(matches, context)
        resolved = [m for m in (self._resolve(match, context) for match in matches) if m is not None]
        resolved.sort(key=lambda m: m.span.start)
        starts = [m.span.start for m in resolved]
        placed = [self._feature(start, end, name_words, resolved, starts, context)
                  for start, end, name_words in features]
        return _drop_overlaps(sorted(resolved + placed, key=lambda m: m.span.start))

    def _split_sections(self, matches: Sequence[_Match]) -> None:
        """End a paragraph's scope at a line that starts with a region's name.

        A Telegram post pasted line by line is one paragraph ("Kharkiv region:" on one line, its
        towns and districts on the next, then "Zaporizhzhia region:" and its own): each region's
        lines are a section of their own, so the districts of one region are not weighed against
        the next region's. A line that goes on from the one before it (a hard-wrapped sentence
        "... over the" / "Kursk region") starts no section.
        """
        text, entries = self.text, self.gaz.entries
        if all(text.find("\n", span.start, span.end) < 0 for span in self.paragraphs):
            return  # (most reports: no line breaks inside a paragraph)
        cuts: list[int] = []
        for match in matches:
            if match.forced != "admin1" and not (match.forced is None and match.ids
                                                 and all(entries[e].type == "admin1" for e in match.ids)):
                continue
            line = text.rfind("\n", max(0, match.start - 16), match.start)
            if line <= 0 or not _LINE_HEAD.fullmatch(text, line + 1, match.start):
                continue
            paragraph = self.paragraphs[min(self._paragraph_of(match.start), len(self.paragraphs) - 1)]
            if paragraph.start > line or _LINE_GOES_ON.search(text, max(paragraph.start, line - 12), line):
                continue  # the paragraph's first line, or the same sentence wrapped
            cuts.append(line)
        if not cuts:
            return
        spans: list[Span] = []
        for span in self.paragraphs:
            start = span.start
            for cut in cuts:
                if span.start < cut < span.end:
                    spans.append(Span(start, len(text[:cut].rstrip())))
                    start = cut + 1
            spans.append(Span(start, span.end))
        self.paragraphs = tuple(spans)
        self.paragraph_ends = [span.end - 1 for span in spans]

    # ------------------------------------------------------------------ lists

    def _find_lists(self) -> None:
        """Mark the names of lists that share a plural type word with that type."""
        ws = self.forms
        for i, word in enumerate(ws):
            if word.lower not in _PLURAL_STARTS:
                continue
            kind = words.PLURAL_TYPES.get(word.lower)
            if kind is None and i + 1 < len(ws):
                kind = words.PLURAL_TYPES.get(f"{word.lower} {ws[i + 1].lower}")
            if kind is None:
                continue
            # names before: "the Bryansk, Kursk and Oryol regions", "... and Kursk border regions"
            j = i - 1
            if j >= 1 and ws[j].lower in words.LIST_ADJECTIVES and not ws[j].capital:
                j -= 1
            gap_ok = j >= 0 and self.gap_before[j + 1].strip() in ("", "'", "ʼ")  # ("Volyn' regions")
            listed_before = False
            items: list[int] = []  # word indices of the names before
            names = 0
            while gap_ok and j >= 0:
                item = self._item_before(j)
                if item is None:
                    break
                listed_before = True
                names += 1
                for k in range(item, j + 1):
                    self.forced[k] = kind
                    self.list_word[k] = word.lower
                    items.append(k)
                j = item - 1
                while j >= 0 and ws[j].lower in words.CONNECTORS and item - j <= 3:
                    j -= 1
                if j < 0 or not _LIST_GAP.fullmatch(self.text[self._end(j):self.starts[item]]):
                    break
            # names after: "four districts—Borovsky, Dumnichsky, and Tarussky", "the regions of A and B"
            j = i + 1
            while j < len(ws) and ws[j].lower in ("of", "the") and j - i <= 2:
                j += 1
            if kind == "feature" and names == 1:
                # one name: "all four Moscow airports" are the city's airports, not a list of airports
                for k in items:
                    self.forced.pop(k, None)
                    self.list_word.pop(k, None)
            gap = self.text[self._end(i):self.starts[j]] if j < len(ws) else ""
            if listed_before and "of" in gap.split():
                continue  # "the Slobidskyi and Osnovianskyi districts of Kharkiv": Kharkiv holds them
            if j < len(ws) and (not listed_before or (kind == "feature" and names == 1)) \
                    and _APPOSITION_GAP.fullmatch(gap):
                self._apposition(i, j, kind)
                continue
            if j < len(ws) and not listed_before and kind == "feature" and gap == " ":
                self._apposition(i, j, kind, closed=False)  # "Moscow's airports Vnukovo and Domodedovo"
                continue
            if j < len(ws) and _INTRO_GAP.fullmatch(gap):
                j = self._past_holder(j, gap)
                while j < len(ws):
                    last = self._item_after(j)
                    if last is None:
                        break
                    for k in range(j, last + 1):
                        self.forced[k] = kind
                        self.list_word[k] = word.lower
                    j = last + 1
                    while j < len(ws) and ws[j].lower in words.CONNECTORS and j - last <= 3:
                        j += 1
                    if j >= len(ws) or not _LIST_GAP.fullmatch(self.text[self._end(last):self.starts[j]]):
                        break

    def _past_holder(self, j: int, gap: str) -> int:
        """First word of the list after "districts of X:", or ``j`` when no holder comes first.

        "two districts of Kharkiv: Kyivskyi and Slobidskyi", "five districts of the capital —
        Sviatoshynskyi, ...": the name (or a noun such as `capital`) after `of` holds the list
        that a dash or colon introduces; it is not one of the list's names.
        """
        if "of" not in gap.split():
            return j
        ws = self.forms
        last = self._item_after(j) if ws[j].capital else j
        if last is None or last + 1 >= len(ws):
            return j
        if _HOLDER_GAP.fullmatch(self.text[self._end(last):self.starts[last + 1]]) \
                and ws[last + 1].capital:
            return last + 1
        return j

    def _apposition(self, i: int, j: int, kind: str, closed: bool = True) -> None:
        """Type the names of a list set off by commas after plural type word ``i`` from word ``j`` on.

        "all four Moscow airports, Sheremetyevo, Vnukovo, Domodedovo and Zhukovsky, were closed":
        only a whole list of two names or more, joined by "and" or "or" and closed by a comma,
        full stop or bracket, is the type word's list (not "in two regions, Gladkov said"). A list
        right after the type word, with no comma ("the airports Vnukovo and Domodedovo were
        closed"), need not be ``closed``.
        """
        ws = self.forms
        items: list[tuple[int, int]] = []
        joined = False
        while j < len(ws) and len(items) < 12:
            last = self._item_after(j)
            if last is None:
                return
            items.append((j, last))
            if joined:
                break  # the item after "and" ends the list
            k = last + 1
            while k < len(ws) and ws[k].lower in words.CONNECTORS and k - last <= 3:
                joined = joined or ws[k].lower in ("and", "or")
                k += 1
            if k >= len(ws) or not _LIST_GAP.fullmatch(self.text[self._end(last):self.starts[k]]):
                return
            j = k
        closing = self.text[self._end(items[-1][1]):self._end(items[-1][1]) + 1] if items else ""
        if not joined or len(items) < 2 or (closed and closing not in (",", ".", ")", ";", "")):
            return
        if not closed and not all(self._lookup_run(first, last) for first, last in items):
            return  # each a place's name ("airports Vnukovo and Domodedovo"), not "airports Sunday and ..."
        for first, last in items:
            for k in range(first, last + 1):
                self.forced[k] = kind
                self.list_word[k] = ws[i].lower

    def _item_before(self, j: int) -> int | None:
        """First word of the capitalised name ending at word ``j`` (at most three words)."""
        ws = self.forms
        if not ws[j].capital or ws[j].lower in words.LEADING_STOP:
            return None
        first = j
        while first - 1 >= 0 and j - first < 2 and ws[first - 1].capital \
                and ws[first - 1].lower not in words.LEADING_STOP \
                and self._joins(first - 1, first):
            first -= 1
        return first

    def _item_after(self, j: int) -> int | None:
        ws = self.forms
        if not ws[j].capital or ws[j].lower in words.LEADING_STOP:
            return None
        last = j
        while last + 1 < len(ws) and last - j < 2 and ws[last + 1].capital \
                and self._joins(last, last + 1):
            last += 1
        return last

    # ------------------------------------------------------------------ features

    def _features(self) -> list[tuple[int, int, tuple[int, int]]]:
        """Streets, sites and plants named by capitalised words and a head word.

        Returns (start, end, (first name word, last name word)) and claims the words.
        """
        ws = self.forms
        found: list[tuple[int, int, tuple[int, int]]] = []
        resume = 0  # the words before it are passed over or inside a feature
        for i in self.capitals:
            word = ws[i]
            if i < resume or word.lower in words.LEADING_STOP or self.claimed[i]:
                continue
            # a run of capitalised words
            last = i
            while last + 1 < len(ws) and last - i < 4 and ws[last + 1].capital \
                    and self.gap_before[last + 1] in (" ", "\u00a0", "-"):
                last += 1
            head = None
            for k in range(last, i, -1):  # "Taganrog Art Museum": head word is capitalised
                lower = ws[k].lower
                if (lower in words.FEATURE_HEADS or ("-" in lower and lower[-1:].isdigit()
                                                     and lower.rpartition("-")[0] in words.FEATURE_HEADS)) \
                        and not self._in_title(self.starts[k]):  # ("the Kharkiv TPP-5")
                    head = k
                    break
            if head is None and last + 1 < len(ws) and (
                    ws[last + 1].lower in _LOWER_STREET_HEADS
                    or (ws[last + 1].lower == "highway" and _ROAD_ADJECTIVE.search(ws[last].lower))) \
                    and not ws[last + 1].capital and self.gap_before[last + 1] == " ":
                # "on Sumska street", "Natalii Uzhvii street": a street written in lower case;
                # "the Tarkhankut peninsula", "the Kinburn spit": a landform
                head = last + 1
            if head is not None and ws[head].lower in words.INSTITUTION_HEADS and not any(
                    self.gaz.ids(ws[k].key) for k in range(i, head)):
                head = None  # "Royal United Services Institute" is an organisation, not a site
            if head is not None and head + 1 < len(ws) and ws[head + 1].capital \
                    and ws[head + 1].lower in words.ORG_AFTER and self.gap_before[head + 1] == " ":
                resume = head + 2
                continue  # "the Wall Street Journal", "the Red Square Times": an outlet's name
            if head is not None and self._names_other_than_feature(i, head):
                head = None  # "Crimean Peninsula" is Crimea
            if head is not None and " ".join(w.key for w in ws[i:head + 1]) in words.METONYMS \
                    and self._metonymy(head):
                head = None  # "White House officials": the institution
            if head is not None and _MODIFIER_TAIL.search(word.text):
                continue  # "the Lukoil-owned Kirishi Refinery": the site's name starts after it
            if head is not None:
                end_word = head
                number = _FEATURE_NUMBER.match(self.text, self._end(head))
                # "Poltava Military Institute of Communications"
                if head + 2 < len(ws) and ws[head + 1].lower == "of" and ws[head + 2].capital \
                        and self.gap_before[head + 1] == " ":
                    end_word = head + 2
                end = self._end(end_word)
                if number is not None and end_word == head:  # "City Hospital No. 4", "School No 12"
                    end = number.end()
                    while end_word + 1 < len(ws) and self.starts[end_word + 1] < end:
                        end_word += 1
                found.append((self.starts[i], end, (i, head - 1)))
                for k in range(i, end_word + 1):
                    self.claimed[k] = 1
                resume = end_word + 1
                continue
            # "Kazan airport", "Lazurnye Nebesa residential complex": lower-case descriptor;
            # "the Kremniy El microelectronics plant": what it makes, then its head word
            tail = self._phrase_after(last, _FEATURE_TAILS)
            if tail is None and i not in self.forced:
                plant = self._plant_after(last)  # only for names the gazetteer lacks: "the Bryansk oil
                # depot" stays the town of Bryansk
                if plant is not None and not self._lookup_run(i, last):
                    tail = plant
            if tail is not None and _MODIFIER_TAIL.search(word.text):
                continue  # "the Lukoil-owned refinery", "a Gazprom-run terminal": no name of the site
            if tail is not None and not (last == i and ws[i].lower in words.FEATURE_BEFORE):
                ids = self._lookup_run(i, last)
                plural_item = i in self.forced
                if not plural_item and (self._is_feature_name(i, tail) or not ids
                                        or any(self.gaz.entries[e].type == "settlement" for e in ids)):
                    found.append((self.starts[i], self._end(tail), (i, last)))
                    for k in range(i, tail + 1):
                        self.claimed[k] = 1
                    resume = tail + 1
                    continue
            # "Cape Khersones", "Lake Onega"
            if ws[i].lower in words.FEATURE_BEFORE and last > i:
                found.append((self.starts[i], self._end(last), (i + 1, last)))
                for k in range(i, last + 1):
                    self.claimed[k] = 1
                resume = last + 1
                continue
            resume = last + 1
        return found

    def _plant_after(self, last: int) -> int | None:
        """Index of the head word of "<what it makes> plant" right after word ``last``, if any.

        The words of what it makes may be left out before "plant", "factory" and "works" ("the
        Slavyansk ECO plant"): only names the gazetteer lacks are asked (see :meth:`_features`).
        """
        ws = self.forms
        k = last + 1
        while k < len(ws) and k - last <= 2 and ws[k].lower in words.PLANT_DESCRIPTORS \
                and self.gap_before[k] == " ":
            k += 1
        if k >= len(ws) or ws[k].lower not in words.PLANT_HEADS or self.gap_before[k] != " " \
                or (k == last + 1 and ws[k].lower not in _BARE_PLANT_HEADS):
            return None
        return k

    def _names_other_than_feature(self, first: int, last: int) -> bool:
        """Whether words ``first``..``last`` are a gazetteer name of a region or town, not a feature."""
        ids = self._lookup_run(first, last)
        return bool(ids) and all(self.gaz.entries[e].type != "feature" for e in ids)

    def _is_feature_name(self, first: int, tail: int) -> bool:
        key = " ".join(w.key for w in self.forms[first:tail + 1])
        return any(self.gaz.entries[e].type == "feature" for e in self.gaz.ids(key))

    def _lookup_run(self, first: int, last: int) -> tuple[int, ...]:
        return self.gaz.ids(" ".join(w.key for w in self.forms[first:last + 1]))

    def _phrase_after(self, j: int, phrases: _Phrases, longest: int = 4) -> int | None:
        """Index of the last word of the longest phrase of ``phrases`` right after word ``j``."""
        ws = self.forms
        if j + 1 >= len(ws) or ws[j + 1].lower not in phrases.beginnings:
            return None  # no phrase begins with the next word (most often)
        best = None
        text = ""
        for k in range(j + 1, min(len(ws), j + 1 + longest)):
            if self.gap_before[k] not in (" ", "\u00a0", "-"):
                break
            text = f"{text} {ws[k].lower}" if text else ws[k].lower
            if text not in phrases.beginnings:
                break  # no phrase begins so
            if text in phrases.phrases:
                best = k
        return best

    # ------------------------------------------------------------------ gazetteer matches

    def _matches(self) -> list[_Match]:
        ws = self.forms
        out: list[_Match] = []
        resume = 0  # the words before it are passed over or inside a match
        n = self.gaz.max_words
        key_starts = self.gaz.key_starts
        abroad = self.gaz.abroad_of.get  # (True when not yet known)
        for i in self.capitals:
            word = ws[i]
            if i < resume or self.claimed[i] or (
                    word.lower in words.LEADING_STOP and i not in self.forced):
                continue
            best: tuple[int, tuple[int, ...], bool] | None = None  # last word, ids, typed
            key = ""
            for j in range(i, min(len(ws), i + n)):
                if j > i and (self.claimed[j]
                              or not self._joins(j - 1, j)):
                    break
                key = f"{key} {ws[j].key}" if key else ws[j].key
                ids = self.gaz.ids(key)
                if ids:
                    best = (j, ids, False)
                elif best is None:
                    typed = self.gaz.ids(key, typed=True)
                    if typed and (self._phrase_after(j, _ADMIN2_AFTER) is not None
                                  or self.forced.get(i) == "admin2"):
                        best = (j, typed, True)
                if key not in key_starts:
                    break  # no longer key begins so
            if best is None:
                match = self._unknown(i)
                if match is not None:
                    out.append(match)
                    resume = match.last + 1
                continue
            last, ids, _typed = best
            if abroad(ids, True):
                ids = self._own_spellings(i, last, ids)
            if not ids:  # "Operation Rising Lion": no place spelled so
                match = self._unknown(i)
                if match is not None:
                    out.append(match)
                    resume = match.last + 1
                continue
            if last == i and _NAME_ADJECTIVE.match(word.key) and i + 1 < len(ws) and ws[i + 1].capital \
                    and not self.claimed[i + 1] and self.gap_before[i + 1] == " " \
                    and (self._cue_before(i) or self._listed_after_cue(i)):
                # "the settlements of Gulyaipole and Novoe Zaporozhye": one village's name, which the
                # gazetteer lacks, not the village Nove and the city of Zaporizhzhia
                key = f"{word.key} {ws[i + 1].key}"
                out.append(_Match(i, i + 1, self.starts[i], self._end(i + 1), (), frozenset(), "settlement",
                                  None, True, key))
                self.claimed[i] = self.claimed[i + 1] = 1
                resume = i + 2
                continue
            if self._org_or_adjective(last) or self._club(i) or self._ship(i, last) \
                    or self._person_name(i, last):
                resume = last + 1
                continue
            match = self._typed_match(i, last, ids)
            out.append(match)
            for k in range(i, match.last + 1):
                self.claimed[k] = 1
            resume = match.last + 1
        return out

    def _own_spellings(self, first: int, last: int, ids: tuple[int, ...]) -> tuple[int, ...]:
        """``ids`` less the places abroad that the words spell only by the fold's transliteration rules.

        The fold merges the spellings of names romanised from Cyrillic (``Graivoron`` and
        ``Grayvoron``); a place elsewhere matches only by its own spellings, its name or a listed
        alias (``Lion`` is not Lyon, though both fold to one key). Curated places keep every
        spelling that folds to theirs.
        """
        foreign = self.gaz.spelled_abroad(ids, _TRANSLITERATED)
        if not foreign:
            return ids  # (most names)
        key = " ".join(w.key for w in self.forms[first:last + 1])
        spelled = light_fold(self.text[self.starts[first]:self._end(last)])
        entries = self.gaz.entries
        kept = tuple(e for e in ids if e not in foreign or fold(entries[e].name) != key
                     or light_fold(entries[e].name) == spelled)
        return kept if len(kept) != len(ids) else ids

    def _typed_match(self, first: int, last: int, ids: tuple[int, ...]) -> _Match:
        """Settle the match's type from the words around it; extend it over a type word."""
        ws = self.forms
        name_key = " ".join(w.key for w in ws[first:last + 1])
        primary = self.primary.get((name_key, ids))
        if primary is None:  # once per name in a report
            primary = self.primary[(name_key, ids)] = frozenset(
                e for e in ids
                if name_key in self.gaz.keys_of(e)[:1] or fold(self.gaz.entries[e].name) == name_key)
        forced = self.forced.get(first)
        typed_by = "list" if forced else ""
        end_word = last
        hint = None
        after = self._phrase_after(last, _ADMIN1_AFTER)
        after2 = self._phrase_after(last, _ADMIN2_AFTER)
        after_feature = self._phrase_after(last, _FEATURE_AFTER)
        run = [w.lower for w in ws[first:last + 1]]
        inner1 = len(run) > 1 and (run[-1] in words.ADMIN1_AFTER or " ".join(run[-2:]) in words.ADMIN1_AFTER)
        inner2 = len(run) > 1 and (run[-1] in words.ADMIN2_AFTER or " ".join(run[-2:]) in words.ADMIN2_AFTER)
        if (inner1 or inner2) and any(self.gaz.entries[e].type == "country" for e in ids):
            inner1 = inner2 = False  # "the Czech Republic", "the Dominican Republic": a country's own name
        if inner2 and after2 is None:
            after2 = last
        if inner1 and after is None and run[0] != "republic":
            after = last
        unit = ""
        if after2 is not None and (after is None or after2 >= after):
            forced, end_word, typed_by = "admin2", after2, "word"
            unit = self._unit(last, after2)
        elif after is not None:
            forced, end_word, typed_by = "admin1", after, "word"
            hint = "region"
        elif after_feature is not None and (site := self._site_of(ids, name_key, last, after_feature)):
            forced, end_word, typed_by = "feature", after_feature, "word"
            ids = site
        elif self._hint_after(last, words.ADMIN1_HINTS) or self._border_after(last):
            hint = "admin1"
        elif first >= 2 and ws[first - 1].lower == "of" and ws[first - 2].lower == "governor" \
                and self.gap_before[first] == " " and self.gap_before[first - 1] == " ":
            hint = "admin1"  # "the Governor of Belgorod" governs the region, as "the Belgorod governor" does
        elif _COUNT_OVER.search(self.text, max(0, self.starts[first] - 40), self.starts[first]):
            hint = "admin1"  # "10 over Kaluga, 8 over Bryansk": a ministry's count by region
        elif _COUNT_AFTER.match(self.text, self._end(last)) and self._count_by_region(self.starts[first]):
            hint = "admin1"  # "over Russian regions: Bryansk – 23, Kursk – 12": the regions
        elif last + 1 < len(ws) and ws[last + 1].lower in words.CITY_HINTS \
                and self.gap_before[last + 1] == " ":
            hint = "city"
        if forced == "admin1" and hint is None:
            hint = "region"
        if typed_by == "list" and self.list_word.get(first) == "hromadas":
            unit = "hromada"  # "the Krasnopillia and Bilopillia hromadas"
        community = typed_by == "list" and self.list_word.get(first, "") in words.COMMUNITY_WORDS
        if not community and forced is None and last + 1 < len(ws) and ws[last + 1].lower == "community" \
                and self.gap_before[last + 1] == " ":
            community, end_word, typed_by = True, last + 1, "word"
        if community:
            if any(self.gaz.entries[e].type == "settlement" and self.gaz.entries[e].country == "UA"
                   for e in ids):  # "the Kramatorsk and Sloviansk communities": their hromadas
                forced, unit = "admin2", "hromada"
            else:  # "the Druze community": no hromada
                forced, typed_by, end_word = None, "", last
        # "the Chasiv Yar direction": the town, however small; "in Volna village": a village
        cue = self._cue_before(first) or self._front_sector(_Match(first, last, 0, 0, (), frozenset(), None,
                                                                   None, False, "")) \
            or self._village_after(last)
        if cue and forced is None:
            hint = "settlement"
        if forced == "admin2":  # "Odintsovo district", "the Shostka and Konotop districts"
            typed = self.gaz.ids(name_key, typed=True)
            ids = tuple(dict.fromkeys(ids + typed))
        return _Match(first, end_word, self.starts[first], self._end(end_word), ids, primary, forced, hint,
                      cue, name_key, typed_by, unit)

    def _site_of(self, ids: tuple[int, ...], name_key: str, last: int, tail_end: int) -> tuple[int, ...]:
        """The features named by a town's name and the words after it up to ``tail_end`` ("Kazan airport").

        A town spelt in another way than the feature's own name is looked up by its canonical
        name too ("the Zaporozhye NPP" is the Zaporizhzhia Nuclear Power Plant).
        """
        tail = " ".join(w.key for w in self.forms[last + 1:tail_end + 1])
        entries = self.gaz.entries
        found = self.gaz.ids(f"{name_key} {tail}")
        if any(entries[e].type == "feature" for e in found):
            return found
        for e in ids:
            if entries[e].type == "settlement" and (canonical := fold(entries[e].name)) != name_key:
                found = self.gaz.ids(f"{canonical} {tail}")
                if any(entries[n].type == "feature" for n in found):
                    return found
        return ()

    def _village_after(self, last: int) -> bool:
        """Whether "village" follows the name in lower case ("in Volna village")."""
        k = last + 1
        return k < len(self.forms) and self.forms[k].lower in _VILLAGE_AFTER and not self.forms[k].capital \
            and self.gap_before[k] == " "

    def _front_sector(self, match: _Match) -> bool:
        """Whether the name names a front sector ("the Lyman direction", "the Kupiansk and Lyman axes")."""
        ws = self.forms
        after = match.last + 1
        return self.list_word.get(match.first, "") in words.FRONT_WORDS or (
            after < len(ws) and ws[after].lower in words.FRONT_WORDS and self.gap_before[after] == " ")

    def _count_by_region(self, start: int) -> bool:
        """Whether the name at ``start`` is an item of a count by region.

        "52 drones over Russian regions: Bryansk – 23, Kursk – 12, Belgorod – 9": every item a
        name, a dash or colon and a number, after a head that says "regions", or with a type word
        in one of its items ("Bryansk region – 23, Kursk – 12"), names a region, not its capital.
        """
        lists = self.count_lists
        for first, last, by_region in lists:
            if first <= start < last:
                return by_region
        window = max(0, start - 400)
        for found in _COUNT_LIST.finditer(self.text, window, min(len(self.text), start + 400),
                                          timeout=scan_timeout(800)):
            if found.start() <= start < found.end():
                by_region = _COUNT_TYPED.search(found.group()) is not None or _COUNT_HEAD.search(
                    self.text, max(0, found.start() - 60), found.start()) is not None
                lists.append((found.start(), found.end(), by_region))
                return by_region
        return False

    def _unknown(self, i: int) -> _Match | None:
        """A capitalised name the gazetteer lacks, kept when a type word or list says what it is."""
        ws = self.forms
        if ws[i].lower in words.LEADING_STOP:
            return None
        listed = False
        unsaid = i not in self.forced and not self._cue_before(i)
        if unsaid:
            # a type word after a name of at most three words, or a list going on after the name
            # (one loop, no generator: most capitalised words of a report come here)
            gaps = self.gap_before
            follows = False
            in_name = True
            for k in range(i + 1, min(len(ws), i + 4)):
                word = ws[k]
                if word.lower in _TYPE_WORD_STARTS or (
                        word.lower in _VILLAGE_AFTER and self._village_after(k - 1)):
                    unsaid = False
                    break
                if in_name and not word.capital:
                    in_name = False
                    follows = "," in gaps[k] or word.lower in _AND_OR
        if unsaid:
            before = "," in self.gap_before[i] or (i >= 1 and ws[i - 1].lower in _AND_OR)
            listed = before and self._listed_after_cue(i)
            if not listed and not before and not follows and not (
                    i > 0 and ws[i - 1].lower in _PLACE_PREPOSITIONS and self._in_named_container(i, i)):
                # no list, cue or type word says what it is
                return self._spelt_in_russian(i) if i and ws[i - 1].lower in _PLACE_PREPOSITIONS else None
        last = i
        while last + 1 < len(ws) and last - i < 2 and ws[last + 1].capital and not self.claimed[last + 1] \
                and self._joins(last, last + 1):
            if self.gaz.ids(ws[last + 1].key) and not self._cue_before(i) \
                    and ws[i].lower not in words.NAME_PREFIXES:
                return None  # "Russian Kursk region": the name starts at the next word
            last += 1
        if unsaid and not listed and not ((before or ws[i - 1].lower in _PLACE_PREPOSITIONS)
                                          and self._in_named_container(i, last)):
            listed = self._listed_with_town(i, last)
            if not listed:
                return self._spelt_in_russian(i) if last == i else None
        if any(ws[k].lower in words.ORG_NAME_WORDS for k in range(i, last + 1)):
            return None  # "the Kyiv City Military Administration": an organisation, not a town
        forced = self.forced.get(i)
        if forced and self.list_word.get(i, "") in words.COMMUNITY_WORDS:
            return None  # "the Jewish and Muslim communities": only a Ukrainian town names a hromada
        typed_by = "list" if forced else ""
        end_word = last
        after2 = self._phrase_after(last, _ADMIN2_AFTER)
        after1 = self._phrase_after(last, _ADMIN1_AFTER)
        cue = self._cue_before(i) or listed or self._village_after(last)
        if listed and any(ws[k].lower in words.PERSON_BEFORE for k in range(i, last + 1)):
            return None  # "residents of Kursk and Governor Khinshtein"
        if (listed or i in self.forced) and "," in self.gap_before[i] and last + 1 < len(ws) \
                and not ws[last + 1].capital and self.gap_before[last + 1] == " " \
                and (ws[last + 1].lower in words.SPEECH_AFTER or (
                    ws[last].lower.endswith(words.DEMONYM_ENDINGS) and ws[last + 1].lower not in _AND_OR)):
            return None  # "the village of Kozinka, Gladkov said", "..., Romanian officials said"
        unit = ""
        if after2 is not None:
            forced, end_word, typed_by = "admin2", after2, "word"
            unit = self._unit(last, after2)
        elif after1 is not None:
            forced, end_word, typed_by = "admin1", after1, "word"
        elif forced is None and cue:
            forced = "settlement"
        elif forced is None and self._in_named_container(i, last):
            forced, cue = "settlement", True  # "a field near Periprava in Tulcea county"
        if typed_by == "list" and self.list_word.get(i) == "hromadas":
            unit = "hromada"
        if forced is None or (self._in_title(self.starts[i]) and forced == "settlement"):
            return None
        key = " ".join(w.key for w in ws[i:last + 1])
        return _Match(i, end_word, self.starts[i], self._end(end_word), (), frozenset(), forced, None, cue,
                      key, typed_by, unit)

    def _after_town(self, i: int) -> bool:
        """Whether the name at word ``i`` is listed right after a town's ("Volchansk and Liptsy")."""
        ws = self.forms
        if ws[i - 1].lower in _AND_OR and i >= 2 and self.gap_before[i - 1].strip() in ("", ","):
            end = i - 2
        elif self.gap_before[i].strip() == ",":
            end = i - 1
        else:
            return False
        first = self._item_before(end)
        return first is not None and self._names_town(first, end)

    def _spelt_in_russian(self, i: int) -> _Match | None:
        """An unknown one-word name after "in" or "near", kept in case it spells a Ukrainian town in Russian.

        "In Chuguev, a drone hit a car" in a report about the Kharkiv region: Chuhuiv. The match
        resolves only to the one place of a Ukrainian region the report names that the name spells
        so (see :meth:`_russian_spelling`), else to nothing.
        """
        ws = self.forms
        if i == 0 or ws[i - 1].lower not in _PLACE_PREPOSITIONS or self.gap_before[i] != " " \
                or len(ws[i].key) < 5 or ws[i].lower in _MONTHS \
                or ws[i].lower.endswith(words.DEMONYM_ENDINGS) \
                or (i + 1 < len(ws) and ws[i + 1].capital and self.gap_before[i + 1] == " "):
            return None
        return _Match(i, i, self.starts[i], self._end(i), (), frozenset(), "settlement", "spelling", False,
                      ws[i].key)

    def _in_named_container(self, first: int, last: int) -> bool:
        """Whether a name after "near", "outside"... lies in a region or district named with its type word.

        So does a name listed right after a town's ("Volchansk and Liptsy in the Kharkov region").
        """
        ws = self.forms
        return first > 0 and (ws[first - 1].lower in _PLACE_PREPOSITIONS or self._after_town(first)) \
            and self.gap_before[first] in (" ", ", ") and ws[first].lower not in _MONTHS \
            and _NAMED_CONTAINER.match(self.text, self._end(last), self._end(last) + 60) is not None

    def _unit(self, last: int, type_end: int) -> str:
        """``"hromada"`` when the type words after word ``last`` name a hromada ("Bilopillia hromada")."""
        phrase = " ".join(w.lower for w in self.forms[last + 1:type_end + 1])
        return "hromada" if phrase in words.HROMADA_AFTER else ""

    def _border_after(self, last: int) -> bool:
        """Whether "border" follows, or a dash, a second name and "border" ("the Kharkiv–Belgorod border")."""
        ws = self.forms
        k = last + 1
        if k < len(ws) and ws[k].lower in words.BORDER_WORDS and self.gap_before[k] == " ":
            return True
        return k + 1 < len(ws) and ws[k].capital and ws[k + 1].lower in words.BORDER_WORDS \
            and self.gap_before[k].strip() in ("–", "—", "-", "/") \
            and self.gap_before[k + 1] == " "

    def _hint_after(self, last: int, hints: frozenset[str]) -> bool:
        """Whether a hint word follows, perhaps after a qualifier ("Kursk acting governor")."""
        ws = self.forms
        k = last + 1
        if k < len(ws) and ws[k].lower in words.HINT_QUALIFIERS \
                and self.gap_before[k] == " ":
            k += 1
        return k < len(ws) and ws[k].lower in hints and self.gap_before[k] == " "

    def _org_or_adjective(self, last: int) -> bool:
        """Whether the name is part of an organisation name or a compound ("Kyiv Independent", "US-made")."""
        ws = self.forms
        after_end = self._end(last)
        after = self.text[after_end:after_end + 2]
        if (after[:1] in "-‐‑" and after[1:2].islower()) or after == ".-":
            return True
        if last + 1 >= len(ws) or self.gap_before[last + 1] != " ":
            return False
        following = ws[last + 1]
        if following.lower in words.ZONE_AFTER:  # "03:00 Moscow time"
            return True
        if following.lower in words.UNIT_AFTER:  # "the Azov brigade", "the Black Sea fleet"
            return True
        return bool(following.capital and following.lower in words.ORG_AFTER)

    def _ship(self, first: int, last: int) -> bool:
        """Whether the name is a ship's ("the cruiser Moskva", and a later "the Moskva" too).

        Elsewhere in the report, only a name that is not a place's own name (``Moskva``
        is an alias of Moscow, ``Kursk`` is Kursk's name) is taken for the ship.
        """
        ws = self.forms
        key = ws[first].key
        after_vessel = (first > 0 and ws[first - 1].lower in words.VESSEL_BEFORE
                        and self.gap_before[first] == " ") or (
            self.gap_before[last + 1] == ", " and self._vessel_apposition(first, last)
            if last + 1 < len(ws) else False)
        if not after_vessel and first > 0 and ws[first - 1].lower == "the" and last + 1 < len(ws) \
                and ws[last + 1].lower in words.VESSEL_AFTER and self.gap_before[last + 1] == " " \
                and not (last + 2 < len(ws) and ws[last + 2].lower in words.VESSEL_SITES):
            after_vessel = True  # "the Kursk submarine disaster", "the Moskva cruiser" (not "submarine base")
        if not after_vessel and (first != last or key not in self.ships):
            return False  # (most names: no vessel noun before, and no ship of that name)
        if any(self.gaz.entries[e].type == "country" for e in self.gaz.ids(key)):
            return False  # "a vessel Russia says it sank": the country speaks
        if after_vessel:
            return True
        ids = self.gaz.ids(key)
        return not any(fold(self.gaz.entries[e].name) == key or self.gaz.keys_of(e)[:1] == [key] for e in ids)

    def _vessel_apposition(self, first: int, last: int) -> bool:
        """Whether an apposition says the name is a ship's ("the Moskva, a river cruise ship, ...")."""
        ws = self.forms
        if not (first > 0 and last + 2 < len(ws) and ws[first - 1].lower == "the"
                and self.gap_before[last + 1] == ", " and ws[last + 1].lower in ("a", "an")):
            return False
        for k in range(last + 2, min(len(ws), last + 6)):
            vessel = ws[k].lower in words.VESSEL_BEFORE
            if self.gap_before[k] not in (" ", "-") or (ws[k].capital and not vessel):
                return False
            if vessel:
                self.ships.add(ws[first].key)  # and a later "the Moskva" of the report too
                return True
        return False

    def _club(self, first: int) -> bool:
        """Whether the name ends a club's name that starts with its own word ("Dynamo Kyiv")."""
        ws = self.forms
        if first == 0:
            return False
        before = ws[first - 1]
        return before.capital and before.lower in words.ORG_BEFORE \
            and self.gap_before[first] == " "

    def _person_name(self, first: int, last: int) -> bool:
        """Whether a one-word name is part of a person's name ("Vladimir Putin", "Alexander Gusev").

        A surname seen so is remembered, so a later "Gusev said" is not the town either.
        """
        ws = self.forms
        if first != last or ws[first].text.isupper():
            return False
        if ws[first].key in self.people:
            return True
        if first >= 2 and ws[first - 1].lower == "of" and ws[first - 2].lower in words.TITLE_WORDS:
            return False  # "Head of Adygea Murat Kumpilov": the title's place, then the person
        if first > 0 and ws[first - 1].lower in words.PERSON_BEFORE and self.gap_before[first] == " " \
                and ws[first - 1].capital and self._in_title(self.starts[first]):
            # "Voronezh governor Alexander Gusev:" on a line of its own, which reads as a headline:
            # a given name or title still makes the next word a surname
            self.people.add(ws[first].key)
            return True
        if self._in_title(self.starts[first]) and ws[first].lower not in words.PERSON_BEFORE:
            return False  # a headline capitalises every word, but "Volodymyr Artiukh" is still a person
        if last + 1 < len(ws):
            following = ws[last + 1]
            # "Alexander Gusev": a capitalised word that is no place follows; "Vladimir Zhdanov":
            # a given name is a person's even when the surname is also a place's old name
            if following.capital and self.gap_before[last + 1] == " " \
                    and following.lower not in _NAME_FOLLOWERS and not following.text.isupper() \
                    and (not self.gaz.ids(following.key) or ws[first].lower in words.PERSON_BEFORE):
                return True
        if first > 0:
            before = ws[first - 1]
            if before.lower in words.PERSON_BEFORE and self.gap_before[first] == " ":
                self.people.add(ws[first].key)
                return True
        return False

    def _cue_before(self, first: int, cues: frozenset[str] = words.SETTLEMENT_CUES) -> bool:
        """Whether a cue of one or two words ("village of", "town") stands right before word ``first``."""
        gap = self.gap_before[first] if first else "x"
        if gap != " " and (gap.strip() or gap.count("\n") > 1):
            return False  # a cue ending a paragraph or headline ("... not the city") names nothing after it
        ws = self.forms
        before = ws[first - 1].lower
        if before in cues:
            # a capitalised cue inside a sentence is part of a title ("The Village Voice"), not a cue
            return not (ws[first - 1].capital and first >= 2 and self.gap_before[first - 1] == " ")
        return first >= 2 and f"{ws[first - 2].lower} {before}" in cues

    def _listed_after_cue(self, i: int) -> bool:
        """Whether the name at word ``i`` ends a list of names after a cue ("residents of A and B").

        The cue must end in "of" ("the villages of", "residents of"); at most four names before.
        """
        ws = self.forms
        k = i
        for _ in range(4):
            if k >= 2 and ws[k - 1].lower in ("and", "or") and self.gap_before[k] == " ":
                end = k - 2
                if self.gap_before[k - 1].strip() not in ("", ","):
                    return False
            elif k >= 1 and self.gap_before[k].strip() == ",":
                end = k - 1
            else:
                return False
            first = self._item_before(end)
            if first is None:
                return False
            if self._cue_before(first, _LIST_CUES):
                return True
            k = first
        return False

    def _listed_with_town(self, first: int, last: int) -> bool:
        """Whether the unknown name at words ``first``..``last`` is listed with a Russian or Ukrainian town.

        "Novaya Tavolzhanka, Bezymeno and Grafovka were shelled": the names of a list of three
        or more, joined by commas and a last "and" or "or", are all towns when one is. Not a
        title, a given name, a month or a demonym; at most :data:`_LIST_NAMES` names.
        """
        ws = self.forms
        for k in range(first, last + 1):
            lower = ws[k].lower
            if lower in words.PERSON_BEFORE or lower in words.LEADING_STOP or lower in _MONTHS \
                    or lower.endswith(words.DEMONYM_ENDINGS) \
                    or ("-" in lower and _MODIFIER_TAIL.search(ws[k].text)):
                return False
        items = [(first, last)]
        joins: list[str] = []
        k = first
        while len(items) < _LIST_NAMES:  # the names before
            if k >= 2 and ws[k - 1].lower in ("and", "or") and self.gap_before[k] == " " \
                    and self.gap_before[k - 1].strip() in ("", ","):
                join, end = "and", k - 2
            elif k >= 1 and self.gap_before[k].strip() == ",":
                join, end = "comma", k - 1
            else:
                break
            item = self._item_before(end)
            if item is None:
                break
            items.insert(0, (item, end))
            joins.insert(0, join)
            k = item
        k = last
        while len(items) < _LIST_NAMES and not (joins and joins[-1] == "and"):  # the names after, to "and"
            j = k + 1
            if j < len(ws) and ws[j].lower in ("and", "or") and self.gap_before[j].strip() in ("", ","):
                join, j = "and", j + 1
            elif j < len(ws) and self.gap_before[j].strip() == ",":
                join = "comma"
            else:
                break
            # (the word after "and" follows a space, the next name of the list a comma and a space)
            after = self._item_after(j) if j < len(ws) and self.gap_before[j] in (" ", ", ") else None
            if after is None:
                break
            items.append((j, after))
            joins.append(join)
            k = after
        if len(items) < 3 or joins[-1] != "and" or "and" in joins[:-1]:
            return False
        return any(self._names_town(a, b) for a, b in items if a != first) \
            and not self._in_title(self.starts[first])

    def _names_town(self, first: int, last: int) -> bool:
        """Whether words ``first``..``last`` are the name of a Russian or Ukrainian town."""
        return any(self.gaz.entries[e].type == "settlement" and self.gaz.entries[e].country in ("RU", "UA")
                   for e in self._lookup_run(first, last))

    def _metonymy(self, last: int) -> bool:
        """Whether a site stands for the institution in it ("Kremlin spokesman")."""
        ws = self.forms
        return last + 1 < len(ws) and ws[last + 1].lower in words.METONYMY_AFTER \
            and self.gap_before[last + 1] == " "

    def _joins(self, left: int, right: int) -> bool:
        """Whether words ``left`` and ``right`` (= ``left + 1``) may join in one name.

        "St. Petersburg", not "hit. Later"; each distinct gap is matched once (most are a space).
        """
        gap = self.gap_before[right]
        fits = self.name_gaps.get(gap)
        if fits is None:
            fits = self.name_gaps[gap] = _NAME_GAP.fullmatch(gap) is not None
        return fits and ("." not in gap or len(self.forms[left].text) <= 2)

    def _in_title(self, offset: int) -> bool:
        line = bisect.bisect_right(self.title_starts, offset) - 1  # the last title line starting before
        return line >= 0 and offset < self.title_lines[line][1]

    # ------------------------------------------------------------------ context

    def _context(self, matches: Sequence[_Match]) -> Counter[str]:
        """How often the report names each first-level division, from the unambiguous matches."""
        context: Counter[str] = Counter()
        guesses: list[tuple[int, str]] = []  # (match number, region) of names read as a big city
        for number, match in enumerate(matches):
            entries = [self.gaz.entries[e] for e in match.ids]
            codes: set[str]
            if match.forced == "admin1" or all(e.type == "admin1" for e in entries) or (
                    match.forced is None and match.hint == "admin1"
                    and any(e.type == "admin1" for e in entries)):
                # (a region named by a hint is named as a region: "the Zaporizhzhia regional
                # administration", "Kursk governor")
                codes = {e.admin1 for e in entries if e.type == "admin1" and e.admin1}
                self._name_region(match, codes)
            elif match.forced is None and self._river(match):
                codes = set()  # "across the Dnipro" names no region
            elif match.forced in (None, "settlement"):
                # a name whose readings all lie in one region ("Kherson", "Kursk"), or a big city
                notable = [e for e in entries if e.type == "admin1" or (
                    e.type == "settlement" and (e.population >= NOTABLE_POPULATION or e.curated))]
                readings = notable + [e for n, e in zip(match.ids, entries, strict=True)
                                      if e.type == "settlement" and n in match.primary]
                regions = {e.admin1 or "" for e in readings}
                twins = len(regions) == 2 and words.CONTEXT_TWINS.get(min(regions)) == max(regions)
                # a big city, unless only an old name of it and another place's own name ("Stanislav",
                # a village of Kherson Oblast, is also Ivano-Frankivsk's old name)
                named = any(n in match.primary for n, e in zip(match.ids, entries, strict=True)
                            if e.type == "settlement")
                big = {e.admin1 or "" for n, e in zip(match.ids, entries, strict=True)
                       if e.type == "settlement" and e.population >= 100_000 and e.country in ("RU", "UA")
                       and (n in match.primary or not named)}
                codes = regions if notable and (len(regions) == 1 or twins) else \
                    big if len(big) == 1 else set()
                if codes is big and codes and self._village_of_lead(match, entries, big):
                    codes = set()  # "Zaporizhzhia region:" and on the next line "Kamianske was shelled"
                if codes and codes is big and len(regions) > 1:
                    guesses.append((number, next(iter(big))))
                codes |= {e.admin1 for e in entries if e.type == "feature" and e.curated and e.admin1}
                codes.discard("")
            elif match.forced == "admin2":
                # a district whose readings all lie in one region ("Shebekinsky district")
                regions = {e.admin1 or "" for e in entries if e.type == "admin2"}
                if not regions and match.typed_by in ("word", "list") and match.unit != "hromada":
                    # "the Borisovka district" (Borisovsky District) names Belgorod Oblast too
                    district = self._district_of_town(match, list(zip(match.ids, entries, strict=True)),
                                                      context)
                    regions = {district.admin1 or ""} if district is not None else set()
                codes = regions if len(regions) == 1 and "" not in regions else set()
                if codes and match.typed_by == "word":  # "in Vasylivka district, near Kamianske"
                    self._name_region(match, codes)
            else:
                codes = set()
            self.own[match.start] = codes
            if not codes:
                continue  # (a missing counter reads as an empty one)
            local = _counter_at(self.local, self._paragraph_of(match.start))
            near = _counter_at(self.near, self._sentence_of(match.start))
            for code in codes if len(codes) < 2 else sorted(codes):  # (counters keep the order of naming)
                if code:
                    context[code] += 1
                    local[code] += 1
                    near[code] += 1
                    twin = words.CONTEXT_TWINS.get(code)
                    if twin:
                        context[twin] += 0  # present, weakly
        if guesses:
            self._village_namesakes(matches, guesses, context)
        return context

    def _name_region(self, match: _Match, codes: set[str]) -> None:
        """Count ``codes`` as regions the match's paragraph and the report name as such."""
        paragraph = bisect.bisect_right(self.paragraph_ends, match.start)
        explicit = self.explicit.get(paragraph)
        if explicit is None:
            explicit = self.explicit[paragraph] = Counter()
        named = self.named
        for code in codes if len(codes) < 2 else sorted(codes):  # (counters keep the order of naming)
            explicit[code] = explicit.get(code, 0) + 1
            named[code] = named.get(code, 0) + 1
            if len(codes) == 1:
                self.explicit_at.setdefault(paragraph, []).append((match.start, code))

    def _village_of_lead(self, match: _Match, entries: Sequence[Entry], big: set[str]) -> bool:
        """Whether a big city's name has a village reading in the region its paragraph last named.

        That village, not the city, is meant when the paragraph does not name the city's region
        (see :func:`_choose`), so the city's region is not counted for the name.
        """
        paragraph = self._paragraph_of(match.start)
        before = self.explicit_at.get(paragraph)
        if not before:
            return False
        lead = before[-1][1]
        return lead not in big and not any(code in big for _, code in before) and any(
            e.type == "settlement" and e.admin1 == lead and e.population < VILLAGE_POPULATION
            for e in entries)

    def _village_namesakes(self, matches: Sequence[_Match], guesses: list[tuple[int, str]],
                           context: Counter[str]) -> None:
        """Read a big city's name listed among villages of a region the report names as that region's village.

        "126 artillery strikes were recorded on Huliaipole and Kamianske" in a report about
        Zaporizhzhia Oblast: Kamianske is its village, not the city of Dnipropetrovsk Oblast,
        when the names listed with it are villages (none a town of 50,000) with a namesake in
        that region, and the report names that region (by any name), not the city's. The city's
        region then counts for nothing in the context.
        """
        lists = [(number, code, listed) for number, code in guesses
                 for listed in (self._listed_villages(matches, number),) if listed]
        if not lists:
            return
        guessed = Counter(code for _, code, _ in lists)
        named = {code for code, count in context.items() if count > guessed[code]}
        entries = self.gaz.entries
        for number, code, listed in lists:
            if code in named:
                continue
            match = matches[number]
            regions = {entries[e].admin1 or "" for e in match.ids if entries[e].type == "settlement"
                       and entries[e].population < VILLAGE_POPULATION and entries[e].admin1 in named}
            regions &= {entries[e].admin1 for other in listed for e in other.ids}
            # named elsewhere too, not only by the names listed ("shelled Nikopol and Kupiansk":
            # Kupiansk alone does not make Nikopol a Kharkiv village)
            by_list = Counter(code for other in listed for code in self.own.get(other.start, ()))
            regions = {region for region in regions if context.get(region, 0) > by_list[region]}
            if not regions:
                continue
            self.own[match.start] = set()
            self.listed_in[match.start] = frozenset(regions)
            for counter in (context, self.local.get(self._paragraph_of(match.start)),
                            self.near.get(self._sentence_of(match.start))):
                if counter is not None and counter.get(code, 0) > 0:
                    counter[code] -= 1

    def _listed_villages(self, matches: Sequence[_Match], number: int) -> list[_Match]:
        """The names listed with match ``number`` ("A, B and C"), none if one is a town of 50,000."""
        listed: list[_Match] = []
        for step in (-1, 1):
            k = number
            while 0 <= k + step < len(matches) and len(listed) < 8:
                left, right = sorted((matches[k], matches[k + step]), key=lambda m: m.start)
                if not _LIST_GAP.fullmatch(self.text, left.end, right.start):
                    break
                k += step
                other = matches[k]
                readings = [self.gaz.entries[e] for e in other.ids]
                if not readings or any(e.type != "settlement" or e.population >= VILLAGE_POPULATION
                                       for e in readings):
                    return []  # "Dnipro and Kamianske": a list of towns, or of regions
                listed.append(other)
        return listed

    def _find_containers(self, matches: Sequence[_Match], context: Counter[str]) -> None:
        """Note, for each name, the region of a district or region named right after it as its container.

        "Ternivka in the Pavlohrad district": Ternivka is the one in the region of that district,
        whatever other towns of the sentence suggest. Only a container with a type word counts
        (a bare town after "in" may be a neighbour, not a container), or a division's name that
        no town shares ("Ceadir-Lunga in Gagauzia").
        """
        for number, (match, following) in enumerate(itertools.pairwise(matches)):
            if following.start - match.end > 12:
                continue
            if _LIST_GAP.fullmatch(self.text, match.end, following.start):
                # "the Donetsk region and Zaporizhzhia": a name listed with a region is its peer,
                # not a place inside it
                for name, other in ((match, following), (following, match)):
                    if other.forced == "admin1" or (other.forced is None and other.ids and all(
                            self.gaz.entries[e].type == "admin1" for e in other.ids)):
                        self.region_peers.add(name.start)
            if (following.typed_by != "word" or following.forced not in ("admin1", "admin2")) and not (
                    following.forced is None and following.ids
                    and all(self.gaz.entries[e].type == "admin1" for e in following.ids)):
                continue  # a division named without a type word is one when it has no town reading
                # ("near Ceadir-Lunga in Gagauzia", "in Tatarstan"), unlike "Ternivka in Pavlohrad"
            codes = self.own.get(following.start)
            if codes is None or len(codes) != 1:
                continue
            if _CONTAINER_GAP.fullmatch(self.text, match.end, following.start):
                code = next(iter(codes))
                if following.forced == "admin2":  # "in the Usolye district" of a report about Irkutsk
                    district = self._district_in_context(following, [code], context)
                    if district is not None and district.admin1:
                        code = district.admin1
                self.container[match.start] = code
                self._listed_in_container(matches, number, code)

    def _listed_in_container(self, matches: Sequence[_Match], number: int, code: str) -> None:
        """The villages listed before match ``number`` lie in its container too.

        "Huliaipole and Kamianske in the Zaporizhzhia region": Huliaipole as well, when it is a
        village (no reading of 50,000) with a namesake in that region.
        """
        entries = self.gaz.entries
        while number > 0 and _LIST_GAP.fullmatch(self.text, matches[number - 1].end, matches[number].start):
            number -= 1
            listed = matches[number]
            readings = [entries[e] for e in listed.ids]
            if listed.forced not in (None, "settlement") or not readings or listed.start in self.container \
                    or any(e.population >= VILLAGE_POPULATION for e in readings):
                return
            if not any(e.type == "settlement" and e.admin1 == code for e in readings) and any(
                    e.type != "settlement" or e.population >= NOTABLE_POPULATION or e.curated
                    for e in readings):
                return  # (a village none of whose namesakes lies there: an unlisted one of that region)
            self.container[listed.start] = code

    def _paragraph_of(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_ends, offset)

    def _sentence_of(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_ends, offset)

    def _local(self, match: _Match) -> tuple[_Counts, _Counts, _Counts, _Counts, str]:
        """The regions named in the match's sentence and paragraph.

        The third counter has those its paragraph names as regions (not through a town), the
        fourth those the report names as regions; last comes the region its paragraph last named
        as a region before it ("" if none).
        """
        paragraph = self._paragraph_of(match.start)
        own = self.own.get(match.start, set())
        before = self.explicit_at.get(paragraph, ())
        k = bisect.bisect_left(before, (match.start,))
        return (_without(self.near.get(self._sentence_of(match.start), _NO_REGIONS), own),
                _without(self.local.get(paragraph, _NO_REGIONS), own),
                self.explicit.get(paragraph, _NO_REGIONS), self.named, before[k - 1][1] if k else "")

    # ------------------------------------------------------------------ resolution

    def _resolve(self, match: _Match, context: Counter[str]) -> LocationMention | None:
        entries = [(e, self.gaz.entries[e]) for e in match.ids]
        if match.unit == "hromada":
            return self._hromada(match, entries, context)
        wanted = match.forced
        if wanted is None:
            river = self._river(match)
            if river:  # "the left bank of the Dnipro"
                return self._mention(match, self.gaz.entries[river[0]], (), False)
            wanted = self._preferred_type(match, entries, context)
            if wanted is None and match.start in self.container \
                    and any(e.type == "settlement" for _, e in entries):
                wanted = "settlement"  # "Ternovoye and Uspenovka in the Zaporozhye region": a village there
            if wanted is None:
                return None
        pool = [(n, e) for n, e in entries if e.type == wanted]
        if wanted == "admin1" and match.hint in ("region", "admin1"):
            regional = [(n, e) for n, e in pool if _has_type_word(e.name)]
            pool = regional or pool
        elif wanted == "admin1":
            cities = [(n, e) for n, e in pool if not _has_type_word(e.name)]
            pool = cities or pool
        if wanted == "settlement":
            pool = [(n, e) for n, e in pool if self._allowed(e, match, context)]
            villages_of = self.listed_in.get(match.start)
            if villages_of is not None:  # a big city's name among a region's villages (_village_namesakes)
                pool = [(n, e) for n, e in pool
                        if e.admin1 in villages_of and e.population < VILLAGE_POPULATION] or pool
            inside = self.container.get(match.start)
            sharing = pool or [(n, e) for n, e in entries if e.type == "settlement"]
            if inside is not None and sharing and not any(e.admin1 == inside for _, e in sharing) \
                    and all(e.population < VILLAGE_POPULATION and not e.curated for _, e in sharing):
                # "Beryozovka in the Borisovka district" of Belgorod Oblast: village names repeat
                # from region to region, and the gazetteer lacks the one in the district named, or
                # has it in its own spelling ("Ternovoye and Uspenovka in the Zaporozhye region")
                russian = self._russian_spelling(match.key, "settlement", Counter({inside: 1}))
                if russian:
                    return self._mention(match, russian[0][1], (), False)
                unlisted = self._unlisted(match, "settlement", context)
                return attrs.evolve(unlisted, admin1=inside, country=inside[:2], ambiguous=True,
                                    candidates=[e.place() for _, e in sharing])
            if inside is not None and len(pool) > 1:
                # "Ternivka in the Pavlohrad district": the one in that district's region
                pool = [(n, e) for n, e in pool if e.admin1 == inside] or pool
            if len(pool) > 1 and not match.cue and self.text[max(0, match.start - 6):match.start].rstrip() \
                    .endswith(("of", "from")) and _REFERENCE_POINT.search(
                    self.text, max(0, match.start - 30), match.start):
                # "150 km from Zaporizhzhia", "north of Kharkiv": a reference point is the city
                # everyone knows, not a village of that name in the region the sentence names
                big = max(pool, key=lambda item: item[1].population)
                if big[1].population >= VILLAGE_POPULATION and big[0] in match.primary:
                    pool = [big]
            if len(pool) > 1 and self._front_sector(match):
                # "the Lyman direction": a front sector is named after the town everyone knows, not a
                # village of that name in the region the paragraph is about
                by_name = [item for item in pool if item[0] in match.primary]  # not Engels, once Pokrovsk
                big = max(by_name or pool, key=lambda item: item[1].population)
                if big[1].population >= NOTABLE_POPULATION and big[0] in match.primary:
                    pool = [big]
            if pool and (self._cue_before(match.first, words.VILLAGE_CUES)
                         or self.list_word.get(match.first) in _VILLAGE_LISTS):
                # "the village of Murom": a village, not the city of 100,000 elsewhere
                villages = [(n, e) for n, e in pool if e.population < VILLAGE_POPULATION]
                if not villages:
                    return self._unlisted(match, "settlement", context)
                pool = villages
                if context and not any(_in_context(e.admin1, context) or e.curated for _, e in pool):
                    # village names repeat from region to region: one the gazetteer lists outside
                    # every region the report names is likelier an unlisted namesake inside them,
                    # or a Ukrainian village spelt in Russian ("the village of Staritsa": Starytsia)
                    russian = self._russian_spelling(match.key, "settlement", context)
                    if russian:
                        return self._mention(match, russian[0][1], (), False)
                    unlisted = self._unlisted(match, "settlement", context)
                    if unlisted.admin1 is not None:
                        return attrs.evolve(unlisted, ambiguous=True, candidates=[e.place() for _, e in pool])
        if not pool and wanted == "feature":  # "Vnukovo and Domodedovo airports"
            for suffix in ("airport", "air base", "airfield", "refinery"):
                pool = [(n, self.gaz.entries[n]) for n in self.gaz.ids(f"{match.key} {suffix}")]
                if pool:
                    break
        if not pool and wanted == "admin2":
            # "the Haifa district", "Moldova's Cahul district": a first-level division abroad
            # whose own name is a district's
            pool = [(n, e) for n, e in entries if e.type == "admin1" and e.name.endswith(" District")]
        if not pool and wanted == "admin1" and match.typed_by == "word" \
                and self.forms[match.last].lower == "county":
            towns = [e for _, e in entries if e.type == "settlement" and e.country == "PL"]
            if towns:  # "Hrubieszów County": a Polish powiat, named after its town, in the town's voivodeship
                town = max(towns, key=lambda e: e.population)
                return LocationMention(span=Span(match.start, match.end),
                                       text=self.text[match.start:match.end], type="admin2",
                                       name=f"{town.name} County", country="PL", admin1=town.admin1,
                                       extractor=self.name)
        if not pool and match.hint == "spelling":  # "In Chuguev, ..." (_spelt_in_russian)
            pool = self._russian_spelling(match.key, "settlement", context)
            if not pool:
                return None
        if not pool:
            pool = self._fuzzy(match, wanted, context)
        if not pool and wanted == "feature" and self.list_word.get(match.first) in _AIRPORT_WORDS:
            return self._airport(match, entries, context)  # "Kaluga, Tambov and Saratov airports"
        if not pool and match.forced == "admin2" and match.typed_by == "list" and match.unit != "hromada":
            district = self._district_of_town(match, entries, context)
            if district is not None:  # "in Liski and Ostrogozhsk districts": Liskinsky District
                return self._mention(match, district, (), False)
        if not pool and match.forced and match.typed_by == "list" and entries:
            # "several regions of Russia": the list's type does not fit this name
            relaxed = match._replace(forced=None, typed_by="")
            wanted = self._preferred_type(relaxed, entries, context) or ""
            pool = [(n, e) for n, e in entries if e.type == wanted and
                    (wanted != "settlement" or self._allowed(e, relaxed, context))]
        if not pool:
            if match.forced == "admin2" and (match.typed_by == "word" or match.key.endswith("sky")):
                district = self._district_of_town(match, entries, context)
                if district is not None:  # "the Sudzha district" is Sudzhansky District
                    return self._mention(match, district, (), False)
                # "Zapadnodvinsky district", "the Kireyevsky and Yefremovsky districts"
                unlisted = self._unlisted(match, "admin2", context)
                holder = self._city_after_of(match.last) if match.typed_by == "word" else None
                if holder is not None and holder != unlisted.admin1:
                    # "the Lavizan district of Tehran": in the city's division, wherever the city is
                    return attrs.evolve(unlisted, country=holder[:2], admin1=holder)
                return unlisted
            if match.forced == "settlement" and (match.cue or (
                    match.typed_by == "list" and self._village_list(match))):
                return self._unlisted(match, "settlement", context)  # "the villages of Achuyevo and ..."
            return None
        if wanted == "feature" and match.key in words.METONYMS and self._metonymy(match.last):
            return None
        if wanted == "admin2" and pool and match.typed_by == "word":
            holder = self._city_after_of(match.last)
            if holder is not None and any(e.admin1 != holder for _, e in pool):
                held = [(n, e) for n, e in pool if e.admin1 == holder]
                if held:  # "the Kyivskyi district of Kharkiv"
                    pool = held
                else:
                    # "the Krasnoarmeysky district of Volgograd": a city's district the gazetteer
                    # lacks, not a namesake district of another region
                    unlisted = self._unlisted(match, "admin2", context)
                    places = list({(e.name, e.admin1): e.place() for _, e in pool}.values())
                    return attrs.evolve(unlisted, name=pool[0][1].name, country=holder[:2], admin1=holder,
                                        ambiguous=True, candidates=places)
        if wanted == "admin2" and pool:
            district = self._district_in_context(match, [e.admin1 or "" for _, e in pool], context)
            if district is not None:
                return self._mention(match, district, (), False)
        unique = _one_per_place(pool)
        candidates: list[Entry] = []
        if len(unique) == 1:  # one place: nothing to weigh (_choose would take it)
            chosen, ambiguous = unique[0][1], False
        else:
            own = self.own.get(match.start, set())
            chosen, candidates, ambiguous = _choose(unique, match, _without(context, own), self._local(match),
                                                    match.start in self.region_peers)
            near, paragraph = self._local(match)[:2]
            if chosen.type == "settlement" and near and (ambiguous or (
                    not paragraph.get(chosen.admin1 or "", 0)
                    and all(e.population < NOTABLE_POPULATION for _, e in unique))) \
                    and not any(near.get(e.admin1 or "", 0) > 0 or e.curated or e.population >= 100_000
                                for _, e in unique):
                # "the Nikolskoye pumping station in the Tambov region": none of the namesakes lies in
                # the region its sentence names, so an unlisted one there is meant, unless its
                # paragraph names the chosen one's ("In Kursk, ... near Kurchatov and Oktyabrsky"
                # in a report about Belgorod Oblast is not Belgorod's Oktyabrsky)
                unlisted = self._unlisted(match, "settlement", context)
                if unlisted.admin1 is not None:
                    return attrs.evolve(unlisted, name=chosen.name, ambiguous=True,
                                        candidates=[e.place() for e in candidates])
        if chosen.curated and chosen.type == "settlement" and chosen.population < VILLAGE_POPULATION \
                and (chosen.admin1 or "")[:3] in ("RU-", "UA-") \
                and not _without(context, self.own.get(match.start, set())).get(chosen.admin1 or "", 0):
            near = self._local(match)[0]
            if len([code for code, count in near.items() if count > 0]) == 1 \
                    and not near.get(chosen.admin1 or "", 0):
                # "Lyubimovka" in a sentence about the Kursk region alone: village names repeat from
                # region to region, and the curated one (Sevastopol's) lies in none the report names
                # (a sentence naming several regions' towns, "launched from Bryansk, Shatalovo and
                # Chauda", says nothing against the curated one)
                unlisted = self._unlisted(match, "settlement", context)
                if (unlisted.admin1 or "")[:3] in ("RU-", "UA-"):
                    return attrs.evolve(unlisted, name=chosen.name, ambiguous=True,
                                        candidates=[e.place() for e in (candidates or [chosen])])
        shared = {e.admin1 for _, e in pool if e.type == "admin2"}
        if chosen.type == "admin2" and len(shared) >= 2 and context and \
                not any(_in_context(code, context) for code in shared):
            # "the Primorsky district" of a report about Novorossiysk: names such as Primorsky,
            # Leninsky, Sovetsky are shared by the districts of many cities the gazetteer
            # lacks, so the report's own region is likelier than any listed namesake
            unlisted = self._unlisted(match, "admin2", context)
            if unlisted.admin1 is not None:
                places = list({(e.name, e.admin1): e.place() for _, e in pool}.values())
                return attrs.evolve(unlisted, name=chosen.name, ambiguous=True, candidates=places)
        if chosen.type == "admin2" and len(shared) >= 2 and not ambiguous and not context:
            # "the Kirovsky district" in a report that names no region: the names of Soviet-era
            # districts repeat from region to region, and a curated one says nothing about which
            # is meant; the district stays unplaced, in the one country the report names if any
            namesakes = list({(e.name, e.admin1): e for _, e in pool}.values())
            named = {code for _, code in self.countries} & {e.country for e in namesakes}
            fits = [e for e in namesakes if e.country in named] if len(named) == 1 else namesakes
            guess = self._mention(match, chosen, namesakes, True)
            if len({e.admin1 for e in fits}) == 1:
                return self._mention(match, fits[0], namesakes, True)
            countries = {e.country for e in fits}
            return attrs.evolve(guess, admin1=None, admin2=None, point=None,
                                country=countries.pop() if len(countries) == 1 else None)
        return self._mention(match, chosen, candidates if ambiguous else (), ambiguous)

    def _city_after_of(self, last: int) -> str | None:
        """The first-level division of the city or region named after "of" right after word ``last``.

        "the Krasnoarmeysky district of Volgograd", "the Saksky district of Crimea": the division
        when every reading of the name (a town of 50,000 or more, or a division) lies in one.
        """
        ws = self.forms
        k = last + 1
        if k + 1 >= len(ws) or ws[k].lower != "of" or self.gap_before[k] != " " \
                or self.gap_before[k + 1] != " ":
            return None
        k += 1
        if ws[k].lower == "the" and k + 1 < len(ws) and self.gap_before[k + 1] == " ":
            k += 1
        if not ws[k].capital:
            return None
        codes = {e.admin1 for e in (self.gaz.entries[n] for n in self.gaz.ids(ws[k].key))
                 if e.type == "admin1" or (e.type == "settlement" and e.population >= VILLAGE_POPULATION)}
        return codes.pop() if len(codes) == 1 else None

    def _hromada(self, match: _Match, entries: list[tuple[int, Entry]],
                 context: Counter[str]) -> LocationMention:
        """A hromada, named after its centre ("Krasnopillia hromada" → Krasnopillia Hromada).

        It lies in the region of its centre when the report names that region, else in the
        region its sentence, paragraph or report names most.
        """
        mention = self._unlisted(match, "admin2", context)
        name = mention.name.removesuffix(" District") + " Hromada"
        centres = [(n, e) for n, e in entries if e.type == "settlement" and e.country == "UA"
                   and _in_context(e.admin1, context)]
        admin1 = _choose(centres, match, context, self._local(match))[0].admin1 if centres else mention.admin1
        if admin1 is None:  # no region in the report: the region of its centre ("the Kutsurub community")
            centres = [(n, e) for n, e in entries if e.type == "settlement" and e.country == "UA"]
            admin1 = _choose(centres, match, context, self._local(match))[0].admin1 if centres else None
        return attrs.evolve(mention, name=name, admin1=admin1, country=admin1[:2] if admin1 else None)

    def _district_of_town(self, match: _Match, entries: list[tuple[int, Entry]],
                          context: Counter[str]) -> Entry | None:
        """The district named by the adjective of its centre ("the Sudzha district" → Sudzhansky).

        Russian districts are named ``<town>-sky``, often with a joining syllable the gazetteer's
        keys lack (Sudzha → Sudzhansky, Rossosh → Rossoshansky, Liski → Liskinsky, Tosno →
        Tosnensky). The district must lie in the town's region and be the only one there whose
        name begins with the town's stem (its name less the final vowels, at most one letter
        shorter). The towns of the report's regions are tried first, then by size.
        """
        stems = [match.key.rstrip("aeiouy")]
        if " " in match.key:
            # "the Krasnaya Yaruga district" is Krasnoyaruzhsky, "Bolshaya Murta" Bolshemurtinsky:
            # an adjective and a noun join into one word by -o- or -e-
            parts = match.key.split(" ")
            adjective = _ADJECTIVE_END.sub("", parts[0]) if len(parts) == 2 else parts[0]
            if adjective == parts[0] or len(adjective) < 3:
                return None
            stems = [fold(f"{adjective}{joint}{parts[1]}").rstrip("aeiouy") for joint in "oe"]
        if len(stems[0]) < 4:
            return None  # "Luga", "Belaya": too short to tell
        towns = sorted((e for _, e in entries if e.type == "settlement" and e.admin1),
                       key=lambda e: (not _in_context(e.admin1, context), -e.population))
        for town in towns:
            for stem in stems:
                found = self._adjective_district(stem, max(4, len(stem) - 1), town.admin1 or "")
                if found is not None:
                    return found
        return None

    def _district_in_context(self, match: _Match, regions: Sequence[str],
                             context: Counter[str]) -> Entry | None:
        """The district of a region the report names that a town's name with a type word means.

        "The Usolye district" of a report about Irkutsk Oblast is its Usolsky District (named
        after Usolye-Sibirskoye), not Perm Krai's, named after a town Usolye; None when one of
        ``regions``, the match's own readings, is named by the report, or no such district is.
        """
        if match.typed_by != "word" or " " in match.key:
            return None
        own = self.own.get(match.start, _NO_CODES)
        for code in regions:  # (most districts: their region is named elsewhere in the report)
            if context.get(code, 0) - (code in own) > 0:
                return None
        stem = match.key.rstrip("aeiouy")
        if len(stem) < 4:
            return None
        others = _without(context, own)
        named = [e for code in others if others[code] > 0
                 for e in (self._adjective_district(stem, max(4, len(stem) - 1), code),) if e]
        return named[0] if len(named) == 1 else None

    def _adjective_district(self, stem: str, need: int, admin1: str) -> Entry | None:
        """The one district of ``admin1`` whose adjective name begins with ``stem`` (``need`` letters)."""
        found = []
        for number in self.gaz.in_region("admin2", admin1):
            base = fold(self.gaz.entries[number].name).removesuffix(" district")
            if base.endswith("sky") and len(base) > len(stem) and " " not in base \
                    and base[:need] == stem[:need]:
                found.append(self.gaz.entries[number])
        return found[0] if len(found) == 1 else None

    def _village_list(self, match: _Match) -> bool:
        """Whether an unknown name in a list is a village's.

        The list says "villages" (not "Ukrainian cities") and the name is no demonym.
        """
        word = self.forms[match.first].lower
        if word.endswith(words.DEMONYM_ENDINGS) or word in words.LEADING_STOP:
            return False
        number = self._sentence_of(match.start)
        if number >= len(self.sentences):
            return False
        says = self.village_sentences.get(number)
        if says is None:  # searched once per sentence, however many names it lists
            sentence = self.sentences[number]
            says = self.village_sentences[number] = _VILLAGE_WORD.search(
                self.text, sentence.start, sentence.end, timeout=scan_timeout(len(sentence))) is not None
        return says

    def _river(self, match: _Match) -> list[int]:
        """A town's name after "the" that is also a river's ("the Dnipro", "the Don")."""
        ws = self.forms
        following = ws[match.last + 1] if match.last + 1 < len(ws) else None
        if match.first >= 1 and ws[match.first - 1].lower == "the" and following is not None \
                and following.lower in words.RIVER_NOUNS and match.last == match.first:
            return [n for suffix in ("river", "reservoir") for n in self.gaz.ids(f"{match.key} {suffix}")
                    if self.gaz.entries[n].type == "feature"]  # "the Dnipro crossing", "the Don delta"
        if match.first < 2 or ws[match.first - 1].lower != "the" or match.last > match.first \
                or ws[match.first - 2].lower not in words.RIVER_BEFORE:
            return []
        if following is not None and following.lower.isalpha() and not following.capital \
                and self.gap_before[match.last + 1] == " " \
                and following.lower not in words.RIVER_AFTER:
            return []  # "the Dnipro strike": the town's name as a modifier
        return [n for suffix in ("river", "reservoir") for n in self.gaz.ids(f"{match.key} {suffix}")
                if self.gaz.entries[n].type == "feature"]

    def _flight_context(self, match: _Match, features: list[tuple[int, Entry]]) -> bool:
        """Whether a name with an airport reading follows "at", "from" or "to" in a sentence about flights.

        So may a list of names it ends ("flights were halted at Sheremetyevo and Vnukovo").
        """
        if not any(_AIRPORT_NAME.search(e.name) for _, e in features) or match.first == 0:
            return False
        ws, k = self.forms, match.first
        for _ in range(_LIST_NAMES):  # "at Sheremetyevo and Vnukovo": the list's first name follows "at"
            if k == 0 or ws[k - 1].lower in words.AIRPORT_BEFORE:
                break
            if self.gap_before[k][:2] in _POSSESSIVE_ENDS and ws[k - 1].capital:
                # "diverted to Saint Petersburg's Pulkovo", "at Moscow's Vnukovo": the city's airport
                item = self._item_before(k - 1)
                if item is None:
                    return False
                k = item
                continue
            if ws[k - 1].lower in ("and", "or") and k >= 2 and self.gap_before[k - 1].strip() in ("", ","):
                end = k - 2
            elif self.gap_before[k].strip() == ",":
                end = k - 1
            else:
                return False
            item = self._item_before(end)
            if item is None:
                return False
            k = item
        if k == 0 or ws[k - 1].lower not in words.AIRPORT_BEFORE:
            return False
        sentence = self.sentences[min(self._sentence_of(match.start), len(self.sentences) - 1)] \
            if self.sentences else None
        start = sentence.start if sentence is not None else 0
        return self._flight_word_between(start, match.start)

    def _flight_word_between(self, start: int, end: int) -> bool:
        """Whether a flight word lies between offsets ``start`` (a sentence's) and ``end`` (a word's).

        The flight words of the text are found once, so a long sentence is not searched again
        for each name in it. (No flight word runs over a sentence start or into a word.)
        """
        if self.flight_words is None:
            self.flight_words = [found.span() for found in _FLIGHT_WORDS.finditer(
                self.text, timeout=scan_timeout(len(self.text)))]
        first = bisect.bisect_left(self.flight_words, (start, start))  # the first at or after start
        return first < len(self.flight_words) and self.flight_words[first][1] <= end

    def _preferred_type(self, match: _Match, entries: list[tuple[int, Entry]],
                        context: Counter[str]) -> str | None:
        """The type a bare name most likely has here."""
        types = {e.type for _, e in entries}
        if "country" in types:
            return "country"
        if match.hint == "admin1" and "admin1" in types:
            return "admin1"
        settlements = [e for _, e in entries if e.type == "settlement" and self._allowed(e, match, context)]
        features = [(n, e) for n, e in entries if e.type == "feature"]
        cities = [e for _, e in entries if e.type == "admin1" and not _has_type_word(e.name)]
        if cities:  # Moscow, Kyiv, Sevastopol: the city is the first-level division
            return "admin1"
        if "admin1" in types and not settlements:  # "residents of Bashkortostan"
            return "admin1"
        if "admin1" in types and not match.cue and not self.list_word.get(match.first) \
                and all(e.population < NOTABLE_POPULATION and not e.curated for e in settlements):
            # "the operational headquarters of the Kuban": the region (Krasnodar Krai), not a village
            # that shares its name; a region's name is a town's only when the town is a known one,
            # or lies in another region the report names ("near Orlov, in the Kirov region")
            regions = {e.admin1 for _, e in entries if e.type == "admin1"}
            if match.start in self.region_peers or not any(
                    e.admin1 not in regions and _in_context(e.admin1, context) for e in settlements):
                return "admin1"  # (listed with a region, it is one: "Sumshchyna and Kharkivshchyna")
        if features and not match.cue and self._flight_context(match, features):
            return "feature"  # "flights were restricted at Tunoshna": the airport, not the village
        if features and not match.cue:
            by_name = any(n in match.primary for n, _ in features)
            small = all(e.population < 50_000 for e in settlements)
            primary_settlement = any(n in match.primary for n, e in entries if e.type == "settlement")
            if (by_name and (small or not primary_settlement)) or not settlements:
                return "feature"
        if settlements:
            if not self._plausible_name(match, settlements):
                return None
            return "settlement"
        if match.hint == "city" and "admin1" in types:
            return "admin1"
        if "admin2" in types:
            in_context = [e for _, e in entries if e.type == "admin2" and _in_context(e.admin1, context)]
            return "admin2" if in_context and match.key.endswith("sky") else None
        return None

    def _plausible_name(self, match: _Match, settlements: list[Entry]) -> bool:
        """Whether a small town's name here is a place, not part of a person's or weapon's name.

        Next to other capitalised words it is more likely a person's name; before a
        weapon noun, a weapon's ("ten Vilkha rockets").
        """
        if match.cue or match.hint == "city" \
                or any(e.population >= 100_000 or e.curated for e in settlements):
            return True
        after = match.last + 1
        if after < len(self.forms) and self.forms[after].lower in words.WEAPON_AFTER and \
                all(e.population < NOTABLE_POPULATION for e in settlements):
            return False
        if self._in_title(match.start):
            return True
        ws = self.forms
        before = match.first - 1
        after = match.last + 1
        if before >= 0 and ws[before].capital and self.text[self._end(before):match.start] == " " \
                and ws[before].lower not in words.LEADING_STOP:
            return False
        return not (after < len(ws) and ws[after].capital and self.text[match.end:self.starts[after]] == " ")

    def _allowed(self, entry: Entry, match: _Match, context: Counter[str]) -> bool:
        """Whether a settlement may match here: notable, or inside a region of the report."""
        if entry.curated or entry.population >= NOTABLE_POPULATION or match.cue:
            return True
        if entry.country not in ("RU", "UA"):
            return True
        return _in_context(entry.admin1, context)

    def _fuzzy(self, match: _Match, wanted: str, context: Counter[str]) -> list[tuple[int, Entry]]:
        """Misspelt names (``Dumnichsky``), looked up only among places of the report's regions."""
        if len(match.key) < 5 or not (match.forced or match.cue):
            return []
        # the context is the report's (the same for every name), so a name repeated is looked up once
        found = self.fuzzy_found.get((match.key, wanted))
        if found is None:
            found = self.fuzzy_found[(match.key, wanted)] = self._fuzzy_lookup(match.key, wanted, context) \
                or self._russian_spelling(match.key, wanted, context)
        return list(found)

    def _fuzzy_lookup(self, key: str, wanted: str, context: Counter[str]) -> list[tuple[int, Entry]]:
        parts: list[dict[int, FuzzyChoices]]
        if wanted == "admin1":
            parts = [self.gaz._fuzzy_table("admin1")]
        elif wanted in ("admin2", "settlement"):
            parts = [self.gaz._fuzzy_table(wanted, code) for code in context]
        else:
            return []
        # rapidfuzz (some 6 ms to import) only when first needed: 68 of the 816 reports of the
        # output check (8%) look a name up fuzzily
        from rapidfuzz import fuzz, process

        # the best over the regions in the context's order, the first on a tie: as one look-up
        # over all their places, without building the merged table; only keys of a length that
        # can reach the cutoff are scored
        best: tuple[float, int, int, int] | None = None  # score, part, position, entry number
        for part_number, part in enumerate(parts):
            for length, choices in part.items():
                if not _may_reach_cutoff(len(key), length):
                    continue
                cutoff = FUZZY_CUTOFF if best is None else max(FUZZY_CUTOFF, best[0])
                found = process.extractOne(key, choices.keys, scorer=fuzz.ratio, score_cutoff=cutoff)
                if found is None:
                    continue
                position = choices.positions[found[2]]
                if best is None or found[1] > best[0] or (
                        found[1] == best[0] and (part_number, position) < best[1:3]):
                    best = (found[1], part_number, position, choices.numbers[found[2]])
        if best is None:
            return []
        number = best[3]
        return [(number, self.gaz.entries[number])]

    def _russian_spelling(self, key: str, wanted: str, context: Counter[str]) -> list[tuple[int, Entry]]:
        """The one place of the report's Ukrainian regions a Russian spelling means ("Chuguev": Chuhuiv)."""
        if wanted not in ("admin2", "settlement"):
            return []
        loose = russian_key(key)
        found = {number for code in context if code.startswith("UA-")
                 for number in self.gaz.russian_spellings(wanted, code).get(loose, ())}
        places = {(self.gaz.entries[n].name, self.gaz.entries[n].admin1) for n in found}
        if len(places) != 1:
            return []  # none, or several places: no guess
        number = min(found)
        return [(number, self.gaz.entries[number])]

    def _airport(self, match: _Match, entries: list[tuple[int, Entry]],
                 context: Counter[str]) -> LocationMention:
        """An airport the curated table lacks, named after its town and placed in its region."""
        towns = [(n, e) for n, e in entries if e.type == "settlement"]
        admin1 = _choose(towns, match, context, self._local(match))[0].admin1 if towns else None
        name = " ".join(w.text[:1].upper() + w.text[1:].lower() if w.text.isupper() else w.text
                        for w in self.forms[match.first:match.last + 1])
        word = self.list_word.get(match.first, "airports")
        return LocationMention(span=Span(match.start, match.end), text=self.text[match.start:match.end],
                               type="feature", name=f"{name} {_AIRPORT_WORDS[word]}",
                               country=admin1[:2] if admin1 else None, admin1=admin1,
                               extractor=self.name)

    def _unlisted(self, match: _Match, type_: str, context: Counter[str]) -> LocationMention:
        """A district or village the gazetteer lacks, named as the text names it.

        It is placed in the division named right after it ("in Tulcea county"), else in the
        region its sentence, paragraph or report names most.
        """
        name_words = [w.text for w in self.forms[match.first:match.last + 1]
                      if w.lower not in words.TYPE_PARTS]
        name = " ".join(w[:1].upper() + w[1:] for w in name_words)
        if type_ == "admin2":
            name += " District"
        admin1 = self.container.get(match.start) if type_ == "settlement" else None
        if admin1 is not None:  # "near Periprava in Tulcea county": in the division named after it
            return LocationMention(span=Span(match.start, match.end), text=self.text[match.start:match.end],
                                   type=type_, name=name, country=admin1[:2], admin1=admin1,
                                   extractor=self.name)
        local = self._local(match)
        foreign = None if local[0] else self._foreign_country(match.start)
        if foreign is not None:  # "Moldova said a drone crashed near the village of Ceadir-Lunga"
            return LocationMention(span=Span(match.start, match.end), text=self.text[match.start:match.end],
                                   type=type_, name=name, country=foreign, admin1=None, extractor=self.name)
        for counter in (*local[:3], context):
            if counter:
                admin1 = _most_common(counter)
                break
        if admin1 is not None and admin1[:3] not in ("RU-", "UA-") and not any(
                named.get(admin1) for named in self.explicit.values()):
            # abroad, where the gazetteer has only big towns, a town of the report ("BUCHAREST (AP)")
            # does not say which division a village lies in; the one division of that country the
            # report names does
            country = admin1[:2]
            divisions = {code for named in self.explicit.values() for code in named
                         if code[:2] == country and named[code] > 0}
            admin1 = divisions.pop() if len(divisions) == 1 else None
            return LocationMention(span=Span(match.start, match.end), text=self.text[match.start:match.end],
                                   type=type_, name=name, country=country, admin1=admin1,
                                   extractor=self.name)
        return LocationMention(span=Span(match.start, match.end), text=self.text[match.start:match.end],
                               type=type_, name=name, country=admin1[:2] if admin1 else None,
                               admin1=admin1, extractor=self.name)

    # ------------------------------------------------------------------ output

    def _mention(self, match: _Match, chosen: Entry, candidates: Sequence[Entry],
                 ambiguous: bool) -> LocationMention:
        point = _place_of(chosen).point
        places: list[Place] = [_place_of(c) for c in candidates]
        return LocationMention(
            span=Span(match.start, match.end), text=self.text[match.start:match.end], type=chosen.type,
            name=chosen.name, country=chosen.country, admin1=chosen.admin1, admin2=chosen.admin2,
            point=point, ambiguous=ambiguous, candidates=places, extractor=self.name)

    def _feature(self, start: int, end: int, name_words: tuple[int, int], resolved: Sequence[LocationMention],
                 starts: Sequence[int], context: Counter[str]) -> LocationMention:
        """A street or site: curated if known, else its own words, placed by the nearest mention."""
        text = self.text[start:end]
        ids = [e for e in self.gaz.ids(fold(text)) if self.gaz.entries[e].type == "feature"]
        if not ids and name_words[0] <= name_words[1]:
            # "Kharkov airport": the site of the town's other spelling (Kharkiv International Airport)
            key = fold(text)
            name_key = " ".join(w.key for w in self.forms[name_words[0]:name_words[1] + 1])
            if key.startswith(name_key + " "):
                ids = list(self._site_of(self.gaz.ids(name_key), name_key, name_words[1],
                                         name_words[1] + key[len(name_key) + 1:].count(" ") + 1))
                ids = [e for e in ids if self.gaz.entries[e].type == "feature"]
        if ids:
            entry = self.gaz.entries[ids[0]]
            return self._mention(_Match(0, 0, start, end, (), frozenset(), "feature", None, False, ""),
                                 entry, (), False)
        name = " ".join(w[:1].upper() + w[1:] if w.islower() and w not in ("of", "and", "the") else w
                        for w in text.split())
        for tail, canonical in words.FEATURE_NAME_TAILS.items():
            if name.lower().endswith(" " + tail) and not name.lower().endswith(" " + canonical.lower()):
                name = name[: -len(tail)] + canonical  # "the Antipinsky refinery" → Antipinsky Oil Refinery
                break
        first, last = name_words
        place = None
        head = self.forms[last + 1].lower if last + 1 < len(self.forms) else ""
        if first <= last and head not in words.STREET_HEADS:
            # a site named after its town ("Taganrog Art Museum"), not a street named after a person;
            # the longest run of its first words that names a town or region
            keys = [" ".join(w.key for w in self.forms[first:first + size])
                    for size in range(last - first + 1, 0, -1)]
            if " " in keys[-1]:  # "the Ivanovo-Severny airfield": named after Ivanovo
                keys.append(keys[-1].split(" ")[0])
            for key in keys:
                inside = [e for e in (self.gaz.entries[n] for n in self.gaz.ids(key))
                          if e.type in ("settlement", "admin1") and (
                              _in_context(e.admin1, context) or e.curated
                              or (e.population >= 100_000 and e.country in ("RU", "UA")))]
                if inside:
                    inside.sort(key=lambda e: (not _in_context(e.admin1, context), -e.population))
                    place = inside[0].admin1
                    break
        if place is None:
            sentence = self.sentences[min(self._sentence_of(start), len(self.sentences) - 1)] \
                if self.sentences else None
            paragraph = self.paragraphs[min(self._paragraph_of(start), len(self.paragraphs) - 1)] \
                if self.paragraphs else None
            placed = sentence is not None and any(
                sentence.start <= m.span.start < sentence.end and m.admin1 and m.type != "feature"
                for m in resolved[bisect.bisect_left(starts, sentence.start):
                                  bisect.bisect_left(starts, sentence.end)])
            foreign = None if placed else self._foreign_country(start)
            if foreign is not None:  # "Romania said F-16s were scrambled from the Fetesti air base"
                return LocationMention(span=Span(start, end), text=text, type="feature", name=name,
                                       country=foreign, admin1=None, extractor=self.name)
            place = _nearby_admin1(self.text, start, end, resolved, starts, sentence, paragraph, context)
        return LocationMention(span=Span(start, end), text=text, type="feature", name=name,
                               country=place[:2] if place else None, admin1=place, extractor=self.name)

    def _foreign_country(self, offset: int) -> str | None:
        """The one country other than Russia and Ukraine that the sentence at ``offset`` names, if any.

        ("Moldova's defence ministry said ... the village of Ceadir-Lunga".) A place of that
        sentence that nothing else places lies there, not in a region the report names elsewhere.
        """
        if not self.countries or not self.sentences:
            return None
        number = min(self._sentence_of(offset), len(self.sentences) - 1)
        sentence = self.sentences[number]
        low = bisect.bisect_left(self.countries, (sentence.start, ""))
        named = {code for start, code in self.countries[low:] if start < sentence.end}
        if len(named) != 1 or named & {"RU", "UA", ""}:
            return None
        return next(iter(named))

    # (last in the class: in its body, the name would hide the module ``words`` from what follows)
    @property
    def words(self) -> list[_Word]:
        """The words of the text with their positions, made on each access.

        The run keeps :attr:`forms` and :attr:`starts` instead.
        """
        return [tuple.__new__(_Word, (start, *form))
                for start, form in zip(self.starts, self.forms, strict=True)]


#: First words of the plural type words ("regions", "air" of "air bases").
_PLURAL_STARTS = frozenset(phrase.split(" ")[0] for phrase in words.PLURAL_TYPES)
#: How often a report, sentence or paragraph names each region (read only).
_Counts = Mapping[str, int]
#: The regions of a sentence or paragraph that names none (shared: never changed).
_NO_REGIONS: _Counts = {}


class _Phrases:
    """Phrases of lower-case words, with their beginnings, which the matcher tests word by word."""

    def __init__(self, phrases: frozenset[str]) -> None:
        self.phrases = phrases
        #: the first words (one or more) of each phrase, the whole phrase included
        self.beginnings = frozenset(" ".join(parts[:size]) for phrase in phrases
                                    for parts in (phrase.split(" "),) for size in range(1, len(parts) + 1))


_ADMIN1_AFTER = _Phrases(words.ADMIN1_AFTER)
_ADMIN2_AFTER = _Phrases(words.ADMIN2_AFTER)
#: First words of the type words of regions and districts ("oblast", "urban" of "urban district").
_AND_OR = frozenset({"and", "or"})
_NO_CODES: frozenset[str] = frozenset()
#: Month names and their abbreviations, never a village in a list ("KYIV, Sept 1").
_MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
#: Cues whose list of names are all settlements ("residents of Plauru and Ceatalchioi").
_LIST_CUES = frozenset(cue for cue in words.SETTLEMENT_CUES if cue.endswith(" of") and cue != "mayor of")
_TYPE_WORD_STARTS = frozenset(phrase.split(" ")[0] for phrase in words.ADMIN1_AFTER | words.ADMIN2_AFTER)
_FEATURE_AFTER = _Phrases(words.FEATURE_AFTER)
_FEATURE_TAILS = _Phrases(words.FEATURE_TAILS)


_NAME_FOLLOWERS = (words.NAME_FOLLOWERS | words.ADMIN1_AFTER | words.ADMIN2_AFTER | words.ADMIN1_HINTS
                   | {"mva", "npp"})


@functools.lru_cache(maxsize=4096)
def _has_type_word(name: str) -> bool:
    return any(word in name for word in _ADMIN_TYPE_WORDS)


def _in_context(admin1: str | None, context: Counter[str]) -> bool:
    return admin1 is not None and admin1 in context


def _may_reach_cutoff(length: int, other: int) -> bool:
    """Whether keys of these lengths may have a ratio of :data:`FUZZY_CUTOFF` or more.

    The ratio is at most ``200 * shorter / (length + other)`` (all of the shorter key in common);
    one point of margin keeps rounding on the safe side.
    """
    return 200 * min(length, other) / (length + other) >= FUZZY_CUTOFF - 1


def _one_per_place(pool: list[tuple[int, Entry]]) -> list[tuple[int, Entry]]:
    """One candidate per place: a curated or user entry of a packaged place keeps the larger population."""
    if len(pool) < 2:
        return list(pool)  # (most names)
    merged: dict[tuple[str, str, str | None], tuple[int, Entry]] = {}
    for n, e in pool:
        key = (e.name, e.type, e.admin1)
        if key not in merged or e.population > merged[key][1].population:
            merged[key] = (n, e)
    return list(merged.values())


def _choose(pool: list[tuple[int, Entry]], match: _Match, context: _Counts,
            local: tuple[_Counts, _Counts, _Counts, _Counts, str],
            peer: bool = False) -> tuple[Entry, list[Entry], bool]:
    """The best candidate; the list of candidates and whether the choice is a guess.

    Candidates rank by how often the sentence, the paragraph, then the report, names their
    region, then by being named by their own name rather than an alias, being
    curated, and size. A big city beats a small namesake whose region only
    a neighbouring town suggests ("occupied Donetsk" next to Millerovo is
    still Ukraine's Donetsk); the paragraph must name that region itself. ``peer``: the name is
    listed with a region's, which is then no evidence for a namesake inside it.
    """
    unique = _one_per_place(pool)
    near, paragraph, explicit, named, lead = local

    def rank(item: tuple[int, Entry]) -> tuple[int, int, int, int, int, int, int]:
        number, entry = item
        code = entry.admin1 or ""
        return (near.get(code, 0), paragraph.get(code, 0), context.get(code, 0) if code in context else -1,
                int(number in match.primary), _urban_fit(entry, match), int(entry.curated),
                entry.population)

    unique.sort(key=rank, reverse=True)
    best_number, best = unique[0]
    if len(unique) == 1:
        return best, [], False
    giant_number, giant = max(unique, key=lambda item: item[1].population)
    village = best.admin1 or ""
    if best.type == "settlement" and giant_number in match.primary and (
            (giant.population >= GIANT_POPULATION and best.population * 10 < giant.population)
            or (giant.population >= CITY_POPULATION and best.population * 50 < giant.population
                and not best.curated)) and (
            peer or not (explicit.get(village) or _most_of(named, village))
            or (context.get(giant.admin1 or "", 0) > 0 and not near.get(village)
                and not (lead == village and not explicit.get(giant.admin1 or "")))):
        # a regional capital beats a village whose region only a town nearby suggests, and so does
        # a city of 100,000 a hamlet ("Kherson – 12, Nikopol – 4, Kharkiv – 2": not Kharkiv's Nikopol)
        # ("Rivne" next to Lutsk is the city, not a Volyn village), or one whose region the
        # report names when it names the city's own region too, and neither the sentence nor the
        # paragraph's region before it is the village's ("... in the Poltava region. In Poltava, a
        # missile struck ... In the Kharkiv region, a drone hit Lozova": the city Poltava); a
        # report about the village's region means the village, in any paragraph ("Zaporizhzhia
        # region" in one paragraph, "two were hurt in Kamianske" in the next); a city listed
        # with a region is its peer ("the Donetsk region and Zaporizhzhia were shelled")
        return giant, [], False
    second_number, second = unique[1]
    best_rank, second_rank = rank(unique[0]), rank(unique[1])
    if best.admin1 == second.admin1:
        return best, [], False  # same region: the rank settles it
    if best_rank[:3] > second_rank[:3]:
        return best, [], False  # the report's regions settle it
    if best.type == "settlement" and best.population >= 50_000 and best.population >= 10 * max(
            1, second.population):
        return best, [], False
    if best.type in ("admin1", "country") and best_number in match.primary and \
            second_number not in match.primary:
        return best, [], False
    if best.curated and not second.curated:
        return best, [], False
    if best_number in match.primary and second_number not in match.primary and (
            best.population >= NOTABLE_POPULATION or best.type != "settlement"):
        return best, [], False  # a current name over an old one ("Pokrovsk" is not Engels)
    return best, [e for _, e in unique], True


def _most_of(counter: _Counts, code: str) -> bool:
    """Whether ``code`` has more than half of the counts of ``counter`` (the report is about it)."""
    return counter.get(code, 0) * 2 > sum(counter.values())


def _without(counter: _Counts, own: set[str] | frozenset[str]) -> _Counts:
    """``counter`` less one count of each of ``own`` (a match's own regions do not decide for it)."""
    if not own or not any(counter.get(code, 0) > 0 for code in own):
        return counter  # nothing to take away (callers only read the result)
    copy = dict(counter)  # a plain dict copies much faster than a Counter
    for code in own:
        if copy.get(code, 0) > 0:
            copy[code] -= 1
            if copy[code] == 0:
                del copy[code]
    return copy


def _counter_at(table: dict[int, Counter[str]], number: int) -> Counter[str]:
    """The counter of sentence or paragraph ``number`` in ``table``, added empty if missing."""
    counter = table.get(number)
    if counter is None:
        counter = table[number] = Counter()
    return counter


def _urban_fit(entry: Entry, match: _Match) -> int:
    """1 when the entry's kind of district agrees with the text's ("urban district" or not)."""
    if entry.type != "admin2":
        return 0
    return int(("urban" in match.key.split()) == ("Urban" in entry.name))


def _nearby_admin1(text: str, start: int, end: int, resolved: Sequence[LocationMention],
                   starts: Sequence[int], sentence: Span | None, paragraph: Span | None,
                   context: Counter[str]) -> str | None:
    """The region of the town a site is in.

    In order: the place named right after it (``... Plant in Stary Oskol``);
    the nearest town before it in its sentence, then in its paragraph, leaving
    out towns named as reference points (``southeast of Moscow``); the last
    place of its paragraph before it; a place later in its sentence; the
    region the report names most. ``resolved`` is sorted by start, ``starts``
    are their starts; only mentions of the feature's paragraph are looked at.
    """
    low = bisect.bisect_left(starts, paragraph.start if paragraph else 0)
    high = bisect.bisect_left(starts, paragraph.end if paragraph else len(text))
    window = resolved[low:high]
    for mention in window:
        if end <= mention.span.start <= end + 8 and mention.admin1 and mention.type != "feature" and \
                text[end:mention.span.start].strip().lower() in ("in", "near", "at", "of", ","):
            return mention.admin1
    for block in (sentence, paragraph):
        if block is None:
            continue
        towns = [m for m in window if block.start <= m.span.start < start and m.admin1 and (
            m.type == "settlement" or (m.type, m.name) in _TOWNLIKE)
            and not _REFERENCE_POINT.search(text, max(0, m.span.start - 30), m.span.start)]
        if towns:  # the nearest ("over Chelyabinsk and Tyumen, where the Antipinsky refinery ...")
            return towns[-1].admin1
        if block is sentence:  # "a drone over Tulcea county, and F-16s scrambled from the Fetesti air base"
            regions = [m for m in window if block.start <= m.span.start < start and m.admin1
                       and m.type in ("admin1", "admin2")]
            if regions:
                return regions[-1].admin1
            sites = [m for m in window if block.start <= m.span.start < start and m.admin1
                     and m.type == "feature" and m.point is not None]
            if sites:  # "struck the Ras Isa port and Kamaran Island": the known site's region
                return sites[-1].admin1
    before = [m for m in window if m.span.end <= start and m.admin1 and m.type != "feature"]
    if before:
        return before[-1].admin1
    for m in window:
        if m.span.start >= end and m.admin1 and m.type != "feature" and (
                sentence is None or m.span.end <= sentence.end):
            return m.admin1
    if context:
        return _most_common(context)
    return None


#: Words before a town named only as a reference point ("a town southeast of Moscow",
#: "40 km from Kursk"), which does not place a street or site.
_REFERENCE_POINT = regex.compile(
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|kilomet(?:re|er)s?|km|miles?)\s+(?:of|from)\s+$",
    regex.IGNORECASE)

#: First-level divisions that are cities, counted as towns when placing a street.
_TOWNLIKE = frozenset({("admin1", "Moscow"), ("admin1", "Kyiv"), ("admin1", "Sevastopol"),
                       ("admin1", "Saint Petersburg")})


def _drop_overlaps(mentions: Iterable[LocationMention]) -> list[LocationMention]:
    out: list[LocationMention] = []
    for mention in mentions:
        if out and out[-1].span.overlaps(mention.span):
            if len(mention.span) > len(out[-1].span):
                out[-1] = mention
            continue
        out.append(mention)
    return out


@functools.lru_cache(maxsize=4096)  # places are frozen: mentions of one place share its objects
def _place_of(entry: Entry) -> Place:
    return entry.place()


def _words_of(text: str) -> list[_Word]:
    """The words of ``text`` with their positions (see :func:`_word_table`)."""
    forms, starts = _word_table(text)
    return [tuple.__new__(_Word, (start, *form[:4])) for start, form in zip(starts, forms, strict=True)]


def _word_table(text: str) -> tuple[list[_Form], array[int]]:
    """The words of ``text``: their forms, one object per distinct word, and their starts."""
    forms: list[_Form] = []
    append = forms.append
    starts = array(offset_code(len(text)))  # 4 bytes a word when that is enough
    add_start = starts.append
    # matched word -> its forms, for this text only
    seen: dict[str, _Form] = {}
    for run in _WORD_RUN.finditer(text, timeout=scan_timeout(len(text))):
        start = run.start()
        for matched in run[0].split(" "):
            form = seen.get(matched)
            if form is None:
                form = seen[matched] = _word_forms(matched)
            append(form)
            add_start(start)
            start += len(matched) + 1  # after the space
    return forms, starts


@functools.lru_cache(maxsize=8192)  # words recur from report to report
def _word_forms(matched: str) -> _Form:
    """The word (a possessive ending cut off), its lower case, its key, and whether capitalised."""
    if len(matched) > 3 and matched.endswith(_POSSESSIVE_ENDS):  # possessive left out ("Ukraine's")
        word = matched[:-2]
        return _Form(word, word.lower(), fold(word), word[:1].isupper())
    return _Form(matched, matched.lower(), fold(matched), matched[:1].isupper())


def _title_spans(text: str) -> list[tuple[int, int]]:
    """Lines that look like headlines: most words capitalised, no full stop inside."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        tokens = line.split(maxsplit=20)  # more than 20 tokens: not a headline (no need to split it all)
        if 2 <= len(tokens) <= 20:
            capitals = sum(1 for token in tokens if _TITLE_WORD.match(token))
            if capitals / len(tokens) >= 0.6 and ". " not in line and not line.rstrip().endswith("."):
                spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _most_common(counter: _Counts) -> str:
    """The most frequent key; ties go to the key named first (a report leads with its own region).

    Counters are filled in text order, the codes of one name in sorted order, so the choice
    never depends on set order.
    """
    best = max(counter.values())
    return next(key for key, count in counter.items() if count == best)
