"""Matching code of the attribution extractor: cues, their sources, channels, stances.

One pass per sentence. A cue is a reporting verb with a subject (``the
ministry said``, ``, said Serhiy Popko``), ``according to X``, ``citing X``,
``reportedly``, an impersonal passive (``are believed to``), a statement that
something could not be verified, or a ``Source: X`` header. The subject is
parsed from the words next to the cue with small patterns (names with titles,
table aliases, roles, groups, pronouns) and resolved against earlier and
later mentions in the report and the source table.

Everything here is a pure function of the document, what earlier stages
found, and the (read-only) source table: no state survives a call.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import TypeVar

import attrs
import regex

from incidentkit.models import Attribution, Document, Findings, Span
from incidentkit.text import paragraphs, scan_timeout, sentences
from incidentkit.vocab import LocationType, SourceType, Stance

from . import _prefilter
from . import lexicon as lx
from .sources import AliasHit, SourceEntry, SourceTable

__all__ = ["find_attributions"]

# Patterns used inline below, compiled once (no per-call cache lookups).
_RE_LEADING_THE = regex.compile(r"^(?:the|The)\s+")
# A title that says the person holds the office no longer, or only in part: the report's role, not
# the table's current holder's ("former Kursk governor Alexei Smirnov", "deputy governor").
_RE_STATUS = regex.compile(r"(?i)\b(?P<status>acting|interim|former|outgoing|ex)\b(?!-)|\bex-(?=\p{L})")
_RANK_ABBREVIATIONS_LIST = ("brig", "gen", "lt", "col", "maj", "capt", "adm", "cmdr", "sgt")
_RE_PART_OFFICE = regex.compile(r"(?i)\b(?:deputy|vice|first\s+deputy)\b")
_RE_CAP_WORD = regex.compile(r"\b\p{Lu}[\p{L}\-]+\b")
_RE_REGION_AFTER = regex.compile(r"\s+(?:region|oblast|Oblast|regional)")
_RE_REGION_WORD = regex.compile(r"\b(?:oblast|region|regional|republic|krai)\b")
_RE_LOCAL_WORD = regex.compile(r"\b(?:city|town|district)\b")
_RE_CITY_WORD = regex.compile(r"\b(?:city|town)\b(?!\s+military)")
_RE_OF_NAME = regex.compile(r"\bof\s+(?:the\s+)?(?P<name>\p{Lu}[\p{L}\-]+)")
_RE_LEADING_ARTICLE = regex.compile(r"^(?:the|The|a|an|An|A)\s+")
_RE_REGIONAL_OR_GOVERNOR = regex.compile(r"(?i)\bregion(?:al)?\b|governor$")
_RE_MILITARY_ADMIN = regex.compile(r"(?i)military administration")
_RE_CITY_ANY_CASE = regex.compile(r"(?i)\bcity\b")
_RE_THE_AT_END = regex.compile(r"(?:\b(?:the|The)\s+)$")
_RE_PHRASE_WORD = regex.compile(r"[\p{L}\-\.]+")
_RE_SPACE_RUN = regex.compile(r"\s+")
_RE_INDEFINITE = regex.compile(r"(?i:an?)\s")
_RE_TELEGRAM = regex.compile(r"(?i)\btelegram\b")
_RE_QUOTE_AT_END = regex.compile(r"[\"”»]\s*,?\s*$|,\s*[\"”»]\s*$")
_RE_PUNCT_QUOTE = regex.compile(r"[,.!?][\"”]")
_RE_BY_AFTER = regex.compile(r"\s+by\b")
_RE_POSSESSIVE_END = regex.compile(r"['’]s?$")
# Searched backwards from the end ((?r)): the same match as a forward search, found at once.
_RE_LAST_WORD = regex.compile(r"(?r)([\p{L}]+)\s*$")
_RE_FIRST_WORD = regex.compile(r"[\p{L}]+")
_RE_OPEN_QUOTE = regex.compile(r"[\"“«]")
_RE_CLOSE_QUOTE = regex.compile(r"[\"”»]")
_PREPOSITION_NEXT = regex.compile(r",?\s+(?:in|on|via)\s")
_RE_SPACE_THE = regex.compile(r"(\s+)(?:the\s+)?")
_RE_COLON_CLAUSE = regex.compile(r"[^,]*:")
_RE_COMMA_ROLE = regex.compile(r",\s+(?P<role>[^,.;]{3,90})")

# ------------------------------------------------------------------ patterns

# Any inflected reporting verb, lowercase, as a whole word ("said", "confirms"): what
# (?<![\p{L}\-'’])(?:VERBS)(?![\p{L}\-]) matches (a whole word: one at most at a place, see _prefilter.Words).
_VERB = _prefilter.Words(lx.VERBS, before=r"[\p{L}\-'’]", run=r"[\p{L}\-]")
# Where a reporting verb may start (found fast, see _prefilter): _VERB is tried there only.
_VERB_AT = _prefilter.Openings(lx.VERBS)


class _Deferred:
    """A pattern compiled on first use, for a rare path only (each use says how rare).

    Two threads may both compile it; either result serves.
    """

    def __init__(self, pattern: str) -> None:
        self._source = pattern
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(self._source)
        return compiled

    def finditer(self, string: str, pos: int | None = None, endpos: int | None = None, *,
                 timeout: float | None = None) -> Iterator[regex.Match[str]]:
        """``finditer`` of the compiled pattern."""
        return self.compiled.finditer(string, pos, endpos, timeout=timeout)


# The same in a Title Case headline ("Kyiv Mayor Says Three Killed"): capitalised, after a capitalised word.
# Deferred: Title Case sentences are rare (25 of the 816 reports of the regression corpus hold one).
_TITLE_VERB = _Deferred(r"(?<=\p{Lu}[\p{L}'’\-]*\s)(?:" + "|".join(
    sorted((v[:1].upper() + v[1:] for v in lx.VERBS), key=len, reverse=True)) + r")(?![\p{L}\-])")
# A word with its offsets ("Crimea's", "Russian-installed", "Kh-101", "U.S.").
_WORD = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’\-]|\.(?=\p{L}\.))*\.?(?<!\w\.)|[\p{L}\p{N}]")
# Characters that end a clause segment when looking for a subject.
_BOUNDARY = regex.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]\"“”«»]|\s[—–-]\s|\n")  # not "1,000"
_CAP = regex.compile(r"^\p{Lu}")
_ACRONYM = regex.compile(r"^\p{Lu}{2,6}$")

# `according to X` and `citing X`: cue, then the source phrase.
_ACCORDING = regex.compile(r"(?i:\baccording\s+to)\b")
_CITING = regex.compile(r"\b(?:[Cc]iting|[Qq]uoting)\b")
# "per" as "according to", only where a clause boundary sets it off: "Two were hurt, per the
# National Police", "Per local officials, ...". "per day" and "per cent" find no source and drop.
_PER = regex.compile(r"(?:(?<=,\s{0,2})|(?<=^\s{0,2})|(?<=[.!?]\s{1,3})|(?<=[—–(]\s{0,2}))[Pp]er(?=\s+\S)")
# Hearsay adverbs ("drones reportedly shot down").
_ADVERB = regex.compile(r"\b(?:reportedly|allegedly|purportedly|Reportedly|Allegedly)\b")
# Impersonal hearsay: "some are believed to be trapped", "it was reported that".
_IMPERSONAL = regex.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:widely\s+|also\s+|now\s+)?"
    r"(?:" + "|".join(sorted(lx.IMPERSONAL_PARTICIPLES)) + r")"
    r"(?=\s+(?:that\b|to\s+(?:be|have|been|include|number|total|contain|come|hold)\b))"
)
# "could not be independently verified", "cannot be confirmed".
_UNVERIFIABLE = regex.compile(
    r"\b(?:could\s+not|couldn['’]t|cannot|can\s+not|can['’]t|could\s+not\s+immediately)\s+"
    r"(?:immediately\s+)?be\s+(?:independently\s+|immediately\s+)*(?:verified|confirmed|corroborated)"
    r"(?:\s+independently)?\b"
)
# "Reuters could not independently verify the report", "was unable to confirm".
_UNABLE = regex.compile(
    r"\b(?:could\s+not|couldn['’]t|cannot|can['’]t|(?:was|were|is|are)\s+(?:unable|not\s+able|not\s+possible)\s+to|"
    r"(?:has|have)\s+not\s+been\s+able\s+to)\s+(?:immediately\s+)?(?:independently\s+)?"
    r"(?:verify|confirm|corroborate)\b"
)
# "there was no independent confirmation", "independent verification was not possible".
_NO_CONFIRMATION = regex.compile(
    r"\b(?:(?:there\s+(?:was|is|has\s+been)\s+)?no\s+(?:independent\s+|immediate\s+|official\s+)?"
    r"(?:confirmation|verification|corroboration)(?:\s+of\s+(?:the|these|this|those)\s+(?:claims?|reports?|figures?))?"
    r"|independent\s+(?:verification|confirmation)\s+(?:was|is)\s+not\s+possible)\b"
)
# "are not corroborated by independent sources", "has not been independently verified".
_NOT_VERIFIED = regex.compile(
    r"(?:(?<=\b(?:is|are|was|were|been|be)\s+)not\s+|(?<=\b(?:have|has|had)\s+)not\s+(?:yet\s+)?been\s+)"
    r"(?:(?:independently|officially|yet)\s+)?(?:verified|corroborated|confirmed)(?:\s+independently)?\b"
    r"(?:\s+by\s+(?P<by>(?:[\p{L}\-]+\s+){0,3}?(?:sources|media|observers|experts|officials|outlets)))?"
)
# "Neither report was confirmed by officials", "None of the claims has been verified".
_NEITHER = regex.compile(
    r"\b(?:Neither|neither|None|none|No|no)\b(?:\s+(?:of\s+the\s+)?[\p{L}\-]+(?:['’]s)?){1,3}?\s+"
    r"(?:was|were|has\s+been|have\s+been|is|are|could\s+be|can\s+be)\s+(?:independently\s+)?"
    r"(?:confirmed|verified|corroborated)(?:\s+independently)?"
    r"(?:\s+by\s+(?:[\p{L}\-]+\s+){0,2}?(?:officials|authorities|sources|observers|experts))?\b"
)
# A platform named on its own, in a header ("Source: Ukrainian Air Force, Telegram").
_PLATFORMS = {"telegram": "Telegram", "x": "X", "twitter": "X", "facebook": "Facebook",
              "vkontakte": "VKontakte", "youtube": "YouTube", "instagram": "Instagram"}
_PLATFORM = regex.compile(r"\b(?:Telegram|X|Twitter|Facebook|VKontakte|YouTube|Instagram)\b")
# "Source: Kursk governor on Telegram" header lines.
_HEADER = regex.compile(r"(?m)^[ \t]*(?P<cue>Sources?):[ \t]*(?P<rest>[^\n]+)$")
# "went on television to claim", "took to Telegram to say".
_WENT_ON = regex.compile(
    r"\b(?P<go>went|gone|goes|go|took|taken|takes)\s+(?:on|to)\s+(?P<chan>[^,.;\n]{1,40}?)\s+to\s+"
    r"(?P<verb>claim|say|announce|deny|confirm|insist|allege|report|state|warn)\b"
)
# A reporting verb in the progressive: "Russian Telegram channels are reporting explosions".
_PROGRESSIVE_LEMMAS = {"reporting": "report", "saying": "say", "claiming": "claim", "writing": "write",
                       "insisting": "insist", "denying": "deny", "confirming": "confirm", "warning": "warn"}
_PROGRESSIVE = regex.compile(
    r"(?<![\p{L}])(?:is|are|was|were|been)\s+(?:(?:also|now|still|already|widely)\s+)?"
    r"(?P<verb>" + "|".join(_PROGRESSIVE_LEMMAS) + r")(?![\p{L}])"
)
# Passive with an agent: "footage published by local outlets", "named in Western reporting".
_PASSIVE_VERBS = ("published", "reported", "named", "described", "confirmed", "denied", "claimed", "shared",
                  "posted", "released", "issued", "distributed", "compiled")
_PASSIVE_BY = regex.compile(rf"\b(?P<verb>{'|'.join(_PASSIVE_VERBS)})\s+(?P<prep>by|in)\s+")
_THAT = regex.compile(r"\bthat\b")
_LETTERS = regex.compile(r"\p{L}+")
# "called the emergency services to ...": object then an infinitive.
_SUMMONED = regex.compile(r"\s+(?:[\p{L}\-]+\s+){1,3}?to\s+\p{Ll}")
# "a statement from ...", "figures published by ...": a document, then its author.
# "the regional branch of the Emergencies Ministry": a part of a body speaks for it.
_BRANCH_OF = regex.compile(
    r"(?:(?:a|an|the|its|The|A|An|Its)\s+)?(?:[\p{L}\-]+\s+){0,2}?(?:branch|branches|division|subdivision|"
    r"unit|units|directorate|representative\s+office|department)\s+(?:of|for)\s+(?=(?:the\s+)?\p{Lu})"
)
_AUTHORED = regex.compile(
    r"(?:(?:a|an|the|The|A|An)\s+)?(?:[\p{L}\-]+\s+)?(?:statement|report|post|message|update|figures|data|"
    r"summary|video|address|tally|count|estimate|estimates|analysis|records|assessment)\s+"
    r"(?:from|by|of|(?:issued|published|released|compiled|posted|shared|cited)\s+by)\s+"
)
# How far back a source still speaks in the same clause ("X said ..., according to a statement").
_SAME_CLAUSE = 250
# "the press service of the Russian Defence Ministry said": the owner speaks through its press service.
_PRESS_OF = regex.compile(r"(?:(?:the|The)\s+)?press\s+(?:service|office)\s+of\s+(?:the\s+)?$")
# A live-blog time stamp opening a sentence: "08:20 — ".
_TIMESTAMP = regex.compile(r"\d{1,2}[:.]\d{2}\s*[—–-]\s*")
# Where a source phrase after `according to` ends: a clause or an adjunct starts.
_PHRASE_END = regex.compile(r"\s(?:that|who|which|as|to|on|in|at|after|before|when|while|and\s+that)\s")
_LAST_WORD = regex.compile(r"(?r)[\p{L}'’]+$")  # searched from the end: the same match, found at once
_NEXT_WORD = regex.compile(r"\s*([\p{L}\p{N}'’\-]+)")
# "X's press service reported": the owner is the source, the press service the channel.
# "The Baltic Fleet press service": a name, then its press service, is the same.
_PRESS_SERVICE = regex.compile(r"(?:['’]s|(?<=\p{Lu}[\p{L}\-]*))\s+(?:official\s+)?"
                            r"(?:(?P<press>press\s+(?:service|office))|"
                            r"(?P<telegram>Telegram\s+(?:channel|account))|(?P<x>X\s+account)|"
                            r"(?P<facebook>Facebook\s+(?:page|account)))$")
# "X's office said", "the mayor's team said": the owner is the source.
_OWNER_OFFICE = regex.compile(
    r"(?:['’]s|(?<![\p{L}])(?P<pronoun>[Hh]is|[Hh]er))\s+(?P<noun>office|team|camp)$")
_PRONOUN_PRESS = regex.compile(r"(?<![\p{L}])(?P<pronoun>[Ii]ts|[Hh]is|[Hh]er)\s+(?:official\s+)?"
                            r"(?:press|media)\s+(?:service|office|centre|center)$")
_THE_PRESS_SERVICE = regex.compile(r"(?<![\p{L}])(?:the|The)\s+press\s+(?:service|office)$")
_PRONOUN_PRESS_ENDS = ("service", "office", "centre", "center")
_OWNED_CHANNELS = {"press": "press service", "telegram": "Telegram", "x": "X", "facebook": "Facebook"}
# "The Defense Ministry in Moscow".
_IN_PLACE = regex.compile(r"\s+in\s+(?P<place>\p{Lu}[\p{L}\-]+)$")
_IN_REGION = regex.compile(r"\s+in\s+(?:the\s+)?\p{Lu}[\p{L}\-]+\s+(?i:region|oblast|krai|territory)$")
# "Governor Roman Starovoit of the Kursk region".
_OF_PLACE = regex.compile(r"\s+of\s+(?:the\s+)?(?P<place>\p{Lu}[\p{L}\-]+)(?:\s+(?:region|oblast|Oblast|krai|"
                          r"Krai|territory|republic|Republic))?$")
# "The (regional) administration of the Kursk region", "the government of the Belgorod region".
_BODY_OF_REGION = regex.compile(
    r"(?<![\p{L}\p{N}\-'’])(?:(?:the|The)\s+)?(?:regional\s+)?"
    r"(?P<body>(?:military\s+)?administration|government|prosecutor['’]s\s+office|operational\s+headquarters)"
    r"\s+of\s+(?:the\s+)?(?P<place>\p{Lu}[\p{L}\-]+)\s+(?:region|oblast|Oblast|Region)$")
# "the RIA Novosti news agency".
_OUTLET_AFTER = regex.compile(r"\s+(?i:news\s+agency|agency|newspaper|outlet|channel|website|TV|television|"
                              r"broadcaster|daily)$")
# Windows around a verb: how far its subject, channel and complement may be.
_BEFORE_WINDOW = 400
# Words one of which a media descriptor needs ("the state news agency TASS").
_MEDIA_WORDS = frozenset(
    "agency outlet newspaper broadcaster website channel publication tabloid daily site".split())
_NP_WINDOW = 140
_AFTER_WINDOW = 600

# Words skipped between a subject and its verb ("the ministry later added", "have long argued").
_BETWEEN = frozenset("""
    later also again initially separately quickly first earlier then has have had long repeatedly
    officially previously now just since subsequently swiftly promptly once further publicly
    already still today yesterday briefly immediately again
""".split())
# A lowercase manner or frequency adverb ("routinely", "categorically", "flatly").
_ADVERB_LY = regex.compile(r"^\p{Ll}{3,}ly$")
# Words in -ly that are nouns or adjectives heading a subject ("the family said", "the daily reported").
_LY_NOUNS = frozenset("family ally rally assembly supply reply anomaly monopoly daily weekly monthly "
                      "quarterly elderly".split())
_EMBEDDING = frozenset("what how why whether whatever".split())
_PASSIVE_AUX = frozenset("is are was were be been being".split())
# A state a passive participle may ascribe: "reported dead", "confirmed killed", "listed missing".
_STATES_OF_PEOPLE = frozenset("dead killed missing injured wounded hurt alive safe captured".split())
# A full name, then the body the person belongs to: "Mykola Bielieskov of the National Institute
# for Strategic Studies", "Justin Crump of the consultancy Sibylline".
_PERSON_OF_BODY = regex.compile(
    r"(?<![\p{L}\p{N}\-'’.])(?<!\b(?:of|for|the|and)\s+)(?P<name>\p{Lu}\p{Ll}[\p{L}\-'’]*(?:\s+\p{Lu}\p{Ll}[\p{L}\-'’]*){1,2})"
    r"\s+(?:of|from)\s+(?:the\s+)?[^,;:()\[\]\"“”«»]{2,80}$")
# A broadcaster known only by its owner: "Iranian state television", "Russian state TV".
_BROADCAST_WORDS = frozenset({"television", "tv", "broadcaster", "radio"})
_STATE_BROADCASTER = regex.compile(
    r"(?<![\p{L}\p{N}\-'’])(?:(?:the|The)\s+)?(?:\p{Lu}\p{Ll}+\s+)?"
    r"(?i:state|state-run|state-owned|state-controlled|public|national|government)\s+"
    r"(?i:television|TV|broadcaster|radio)$")
# Lowercase words before "ministry" that name no topic of it.
_NOT_TOPICS = frozenset("the a an its his her their our this that defence defense regional city republic's "
                        "region's country's state federal national".split())
_DEMONYM_OF_CODE = {"RU": "Russian", "UA": "Ukrainian", "BY": "Belarusian", "PL": "Polish", "IL": "Israeli",
                    "IR": "Iranian"}


def _topic_ministry(ctx: _Context, words: Sequence[tuple[int, int, str]], topic: str, lo: int,
                    end: int) -> _Source:
    """`the health ministry`: the table's ministry of that topic for the report's side, else named so."""
    before = words[-3][2] if len(words) > 2 else ""
    start = words[-3][0] if before[:1].isupper() and before.lower() not in lx.STOP_WORDS else words[-2][0]
    if before.lower() in ("the", "a") and len(words) > 2:
        start = words[-3][0]
    country = ctx.country_near(start)
    owner = before.removesuffix("'s").removesuffix("’s")
    if before[:1].isupper() and before.lower() not in lx.STOP_WORDS:
        # "Lebanon's health ministry" is the Lebanese one; an owner with no demonym keeps its name.
        demonym = lx.COUNTRY_DEMONYMS.get(owner.lower(), before)
    else:
        demonym = _DEMONYM_OF_CODE.get(country or "", "")
    entry = ctx.table.resolve(f"{demonym} {topic.title()} Ministry".strip(), country=country, day=ctx.day) \
        or ctx.table.resolve(f"{topic.title()} Ministry", country=country, day=ctx.day)
    if entry is not None and entry.type is SourceType.ORGANIZATION:
        return ctx.from_entry(entry, start, end)
    name = f"{demonym} {topic} ministry" if demonym else f"{topic.title()} ministry"
    return _Source(start=start, end=end, name=name, type=SourceType.ORGANIZATION, kind="ministry")


# Words after which a verb form is a noun: "of the reports", "these claims".
_DETERMINERS = frozenset("the a an these those such its their his her our my your of".split())
# Words after which a plural like `claims` is a noun, not a verb: "the Houthi claims were false".
_NOUN_FOLLOWERS = frozenset("of and or were are was is about but".split())
_NOT_MAIN = frozenset("""
    to did does do will would could can may might should must not never didn't doesn't don't won't
    wouldn't couldn't cannot n't no who which that
""".split())
_PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "group",
             "him": "person", "her": "person", "them": "group"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_PLURAL_SUBJECT_WORDS = lx.GROUP_NOUNS | {"they", "forces", "services", "authorities"}

# Title role words → the office they name, for `the governor` style anaphora.
_OFFICE_OF = {"governor": "governor", "mayor": "mayor", "head": "head", "chief": "head",
              "spokesman": "spokesman", "spokeswoman": "spokesman", "spokesperson": "spokesman",
              "commander": "commander", "commander-in-chief": "commander-in-chief",
              "minister": "minister", "president": "president", "premier": "prime minister"}
# Words after a name that are never part of it (places, streets).
_NON_NAME = frozenset("""
    street avenue square sea river prospekt proyezd museum airport plant oblast region krai district
    complex zone bridge station base airfield refinery city republic peninsula bay lake island
    boulevard highway lane road park port affairs
""".split())
# Words (lowercased) that are never part of a person's name (see _Context.person_from_match).
_NEVER_IN_NAMES = (lx.STOP_WORDS | lx.ORG_HEADS | lx.DEMONYMS | _NON_NAME | lx.TITLE_WORDS
                   | frozenset(lx.VERBS))
# A group of people or information, ending the subject: "Residents of Taganrog", "some Russian commentators".
_GROUP_NOUN_RE = "|".join(sorted(lx.GROUP_NOUNS, key=len, reverse=True))
_GROUP_MOD_RE = "|".join(regex.escape(m) for m in sorted(lx.GROUP_MODIFIERS, key=len, reverse=True))
_GROUP = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}\-'’])(?:(?:(?i:{_GROUP_MOD_RE}|{_GROUP_NOUN_RE}|and)|\p{{Lu}}[\p{{L}}\-]*)\s+){{0,4}}?"
    rf"(?i:{_GROUP_NOUN_RE})"
    rf"(?:\s+(?:in|of|from|at|near|across|on|for|with|(?:close|linked|loyal|tied|connected)\s+to|"
    rf"affiliated\s+with|(?:interviewed|contacted|consulted|polled|questioned|"
    rf"quoted|cited|familiar|who|whose)\b)\s*[^,;:()\"“”]{{1,60}}?)?$"
)
# A part of a group: "One of the sources", "two of the officials".
_PART_OF = regex.compile(r"(?<![\p{L}])(?i:one|two|three|some|several|many|most|each|both|all|none|either|"
                         r"neither|another)\s+of\s+$")
# A role without a name: "the governor", "Rostov governor", "the head of the republic", "regional head".
_ROLE_NOUN_RE = "|".join(sorted(lx.ROLE_NOUNS, key=len, reverse=True))
_ROLE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}\-'’])(?!(?i:but|and|or|yet|while|whereas|though|although|so)\s)"
    rf"(?:(?:the|The|a|an|An|A|its|his|her|their)\s+)?(?:[\p{{L}}'’\-]+\s+){{0,4}}?"
    rf"(?i:(?P<noun>{_ROLE_NOUN_RE}))(?:\s+(?:of|for|to|at)\s+[^,;()\"“”]{{1,120}}?)?$"
)
# An article inside what _ROLE matched before its noun: the role starts there ("Later the mayor").
_ARTICLE_INSIDE = regex.compile(r"(?<=\s)(?:the|a|an)\s")


def _find_role(segment: str) -> regex.Match[str] | None:
    """_ROLE's match ending ``segment``, from its article if a word stands before that one."""
    role = _ROLE.search(segment)
    article = _ARTICLE_INSIDE.search(segment, role.start() + 1, role.start("noun")) if role else None
    if article is not None:  # "Later the mayor of Kharkiv", "Sunday morning the regional governor"
        role = _ROLE.match(segment, article.start()) or role
    return role


# Something a source produced, standing for it: "the ministry's statement", "Air Force records".
_REPORT_NOUN_RE = "|".join(sorted(lx.REPORT_NOUNS, key=len, reverse=True))
_DOCUMENT = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}\-'’])(?:(?:the|The|its|their|his|her|a|an|A|An)\s+)?"
    rf"(?:(?P<owner>(?:[\p{{L}}\-]+\s+){{0,4}}?[\p{{L}}\-]+?)(?:['’]s)?\s+)?"
    rf"(?:(?:latest|morning|evening|daily|official|initial|first|second|separate|earlier|same)\s+)?"
    rf"(?P<noun>{_REPORT_NOUN_RE})$"
)
# An organisation referred to by its head noun: "the ministry", "ministry", "the agency".
_ORG_ANAPHOR = regex.compile(
    r"(?<![\p{L}\p{N}\-'’])(?i:(?:the\s+)?(?P<noun>ministry|agency|service|command|department|administration|government|"
    r"office|committee|fleet|navy|army|military|force|company|firm|operator|airport|port|plant|refinery|"
    r"think\s+tank|institute|group|headquarters|council|directorate|commission|task\s+force))$"
)
# A regional body: "The regional government", "the Kharkiv regional prosecutor's office",
# "the city military administration", "the republic's health ministry".
_REGIONAL = regex.compile(
    r"(?<![\p{L}\p{N}\-'’])(?:(?:the|The)\s+)?(?:(?P<place>\p{Lu}[\p{L}\-]+)(?:['’]s)?\s+)?"
    r"(?:(?P<level>regional|region's|region|republic's|city's|city|town's|town|village's|oblast|municipal|"
    r"district|community|hromada|village|settlement|krai|Krai)\s+|"
    r"(?<=['’]s\s+)(?=military)|(?<=\p{Lu}[\p{L}\-]+\s+)(?=operational\s+headquarters))"
    r"(?P<body>(?:[a-z]+\s+){0,2}?(?:government|administration|prosecutor's\s+office|prosecutor’s\s+office|"
    r"ministry|council|police|department|service|headquarters|task\s+force))$"
)
# Media named with a descriptor: "The state news agency TASS", "The Telegram channel Baza".
_MEDIA = regex.compile(
    r"(?<![\p{L}\p{N}\-'’])(?:(?:the|The|a|A)\s+)?(?:[\p{L}\-]+\s+){0,3}?(?i:news\s+agency|agency|outlet|newspaper|"
    r"broadcaster|website|channel|publication|tabloid|daily|media\s+outlet|news\s+site)\s+"
    r"(?P<name>(?:\p{Lu}[\p{L}\p{N}\-]*|\d+)(?:\s+\p{Lu}[\p{L}\-]*){0,2})$"
)
# Media named before their descriptor: "The Crimean Wind Telegram channel", "the Kyiv Post newspaper".
_MEDIA_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}\-'’])(?:(?:the|The)\s+)?(?P<name>\p{Lu}[\p{L}\p{N}\-]*(?:\s+(?!Telegram\s)\p{Lu}[\p{L}\p{N}\-]*){0,2})\s+"
    r"(?P<kind>(?i:Telegram\s+channel|news\s+agency|newspaper|news\s+site|website|TV\s+channel|tabloid|broadcaster|"
    r"channel))$"
)
# An organisation named after a descriptor: "the open-source analysis group Frontelligence Insight",
# "the energy company DTEK", "the monitoring group Airwars".
_ORG_DESCRIPTORS = frozenset("group organisation organization tank company firm monitor project initiative "
                             "ngo watchdog consultancy operator".split())
_ORG_DESCRIBED = regex.compile(
    r"(?<![\p{L}\p{N}\-'’])(?:(?:the|The|a|A|an|An)\s+)?(?:[\p{L}\-]+\s+){0,3}?(?i:group|organi[sz]ation|"
    r"think\s+tank|company|firm|monitor|project|initiative|NGO|watchdog|consultancy|operator)\s+"
    r"(?P<name>\p{Lu}[\p{L}\p{N}\-]*(?:\s+\p{Lu}[\p{L}\p{N}\-]*){0,3})$"
)
# A newspaper the table does not know, by the last word of its name: "the Wall Street Journal".
_NEWSPAPER = regex.compile(
    r"(?<![\p{L}\p{N}\-'’])(?:(?:the|The)\s+)?(?P<name>(?:\p{Lu}[\p{L}\-]*\s+){0,3}(?:"
    + "|".join(sorted(lx.MEDIA_NAME_HEADS)) + r"))$"
)
# A broadcaster by its name: "Al-Masirah TV", "Houthi-run Al-Masirah TV" ("Channel One": see _MEDIA).
_BROADCASTER = regex.compile(
    r"(?<![\p{L}\p{N}\-'’])(?:(?:the|The)\s+)?(?P<name>(?:\p{Lu}[\p{L}\-]*\s+){1,3}(?:TV|Television))$"
)
_CONTROLLED = ("-run", "-backed", "-controlled", "-owned", "-affiliated", "-funded", "-linked", "-based",
               "-aligned")
# A generic organisation name: "the Black Sea Fleet", "The SBU security service".
_ORG_HEAD_RE = "|".join(sorted(lx.ORG_HEADS, key=len, reverse=True))
_ORG_WORDS = ("of|and|the|for|security|state|energy|defence|defense|emergency|border|national|military|"
              "regional|city|press|news|intelligence|air|naval|armed|private|public|federal|civil|rescue")
_ORG = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}\-'’])(?:(?:the|The)\s+)?(?P<name>(?:\p{{Lu}}[\p{{L}}\-'’]*\s+)(?:(?:\p{{Lu}}[\p{{L}}\-'’]*|{_ORG_WORDS})\s+){{0,4}}?"
    rf"(?P<head>(?i:{_ORG_HEAD_RE})))$"
)
# An organisation an acronym opens, with lowercase words before its head and perhaps its place:
# "The UN human rights monitoring mission in Ukraine", "the EU delegation".
_ACRONYM_ORG = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}\-'’])(?:(?:the|The)\s+)?(?P<name>\p{{Lu}}{{2,6}}(?:\s+[\p{{Ll}}\-]+){{0,4}}?\s+"
    rf"(?P<head>(?i:{_ORG_HEAD_RE}))(?:\s+(?:in|to|for|on)\s+\p{{Lu}}[\p{{L}}\-]+)?)$"
)
# Prepositions after which a place name is not a subject ("the mission in Ukraine said").
_PLACE_PREPOSITIONS = frozenset("in of from at near for to on over with by against across into".split())
_POSSESSIVE_COUNTRY = regex.compile(r"^(?P<country>\p{Lu}\p{Ll}+)['’]s\s+")


# A body named after its country or capital: "Poland's operational command", "Kyiv's military
# intelligence agency". The table is asked first, under the country's name and its demonym.
_NATIONAL_ORG = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}\-'’])(?:(?:the|The)\s+)?(?P<country>\p{{Lu}}\p{{Ll}}+)['’]s\s+"
    rf"(?P<rest>(?:[\p{{Ll}}\-]+\s+){{0,3}}?(?i:{_ORG_HEAD_RE}))$"
)


def _national_org(ctx: _Context, match: regex.Match[str], lo: int, end: int) -> _Source:
    country = lx.CAPITALS.get(match.group("country"), match.group("country"))
    rest = match.group("rest")
    demonym = lx.COUNTRY_DEMONYMS.get(country.lower())
    names = [f"{country}'s {rest}", *([f"{demonym} {rest}"] if demonym else [])]
    start = lo + match.start()
    for name in names:
        entry = ctx.table.resolve(name, day=ctx.day)
        if entry is not None:
            return ctx.from_entry(entry, start, end)
    return _Source(start=start, end=end, name=names[-1], type=SourceType.ORGANIZATION,
                   kind=_LETTERS.findall(rest)[-1].lower())


_POSSESSIVE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:(?P<country>(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+|\p{Lu}{2,4})['’]s|(?P<demonym>\p{Lu}\p{Ll}+))\s+$")


def _owner_before(text: str, lo: int, start: int) -> tuple[str, int] | None:
    """The country owning a body named without one, and where its name starts.

    `Romania's Defence Ministry`, `The Romanian Defence Ministry`: Romania.
    """
    owner = _POSSESSIVE_BEFORE.search(text, lo, start)
    if owner is None:
        return None
    country = owner.group("country") or _DEMONYM_COUNTRIES.get(owner.group("demonym") or "")
    if country is not None and country not in _POSSESSORS and " " in country:
        # "On Monday Russia's ...": only the last word names the country ("Saudi Arabia's": both).
        first = country.split()[0]
        country = country[len(first):].lstrip()
        return (country, owner.start() + owner.group().index(country)) if country in _POSSESSORS else None
    return (country, owner.start()) if country in _POSSESSORS else None

# A command of a country's armed forces: "The Polish armed forces' operational command", "the
# Ukrainian army's southern command". Named like the country's own: "Polish operational command".
_ARMED_FORCES_BODY = regex.compile(
    r"(?<![\p{L}\p{N}\-'’])(?:(?:the|The)\s+)?(?P<demonym>\p{Lu}\p{Ll}+)\s+(?i:armed\s+forces['’]|"
    r"army['’]s|military['’]s|navy['’]s|air\s+force['’]s)\s+(?P<rest>(?:[\p{Ll}\-]+\s+){0,3}?"
    r"(?i:command|headquarters|staff|directorate))$"
)
_DEMONYM_COUNTRIES = {demonym: country.upper() if len(country) <= 3 else country.title()
                      for country, demonym in lx.COUNTRY_DEMONYMS.items()}


def _owned_entry(ctx: _Context, hit: AliasHit, entry: SourceEntry, country: str) -> SourceEntry:
    """`Belarus's Defence Ministry`: the body of that country, from the table or named like its peers."""
    code = _POSSESSORS[country]
    owned = ctx.table.resolve(hit.text, country=code, day=ctx.day)
    if owned is not None and owned.country == code:
        return owned
    demonym = lx.COUNTRY_DEMONYMS.get(lx.CAPITALS.get(country, country).lower())
    if demonym is None:
        return entry
    # Named like a peer the table names "<Demonym> <body>" ("Russian Ministry of Defence").
    peers = [(d, e) for e in (entry, *hit.entries) for d in lx.COUNTRY_DEMONYMS.values()
             if e.name.startswith(d + " ")]
    name = demonym + peers[0][1].name[len(peers[0][0]):] if peers else f"{demonym} {hit.text}"
    return SourceEntry(name=name, type=entry.type, country=code, kind=entry.kind)


# Heads of `the company`, `the airport`: a business or a site named earlier in the report.
_FACILITIES = frozenset("company firm operator airport port plant refinery".split())
_BUSINESSES = frozenset("company firm operator".split())
# What kind of plant or port it is, between its name and the noun: "Kursk nuclear power plant".
_FACILITY_KINDS = ("nuclear|power|thermal|hydroelectric|oil|gas|fuel|chemical|petrochemical|processing|"
                   "export|metallurgical|steel|coke|fertiliser|fertilizer|ammunition|explosives|sea|river|"
                   "commercial")
_FACILITY_NAMES = {
    noun: regex.compile(rf"\b(\p{{Lu}}[\p{{L}}\-]+(?:\s+(?:{_FACILITY_KINDS})){{0,3}})\s+(?i:{noun})\b")
    for noun in _FACILITIES}


def _named_facility(ctx: _Context, noun: str, start: int, end: int, pos: int) -> _Source | None:
    """`the airport said` after `Domodedovo airport`; `the company` after `Novatek said`."""
    if noun in _BUSINESSES:
        spoke = _near(ctx.sources, pos, lambda i: i[1].type is SourceType.ORGANIZATION and bool(i[1].name)
                      and (i[1].kind is None or i[1].kind in _BUSINESSES))
        if spoke is not None:
            return attrs.evolve(spoke, start=start, end=end, channel=None)
    lo = max(0, start - 2000)  # the same stretch of the report
    last = None
    for match in _FACILITY_NAMES[noun].finditer(ctx.text, lo, start, timeout=ctx.timeout):
        if match.group(1).lower() not in lx.STOP_WORDS:
            last = match
    if last is None:
        return None
    name = " ".join(word[:1].upper() + word[1:] for word in last.group(1).split())
    return _Source(start=start, end=end, name=f"{name} {noun.title()}", type=SourceType.ORGANIZATION,
                   kind=noun)


def _facility_here(ctx: _Context, noun: str, lo: int, end: int) -> _Source | None:
    """A plant, port or airport named by the words ending at ``end``: `the Kursk nuclear power plant`."""
    here = None
    for match in _FACILITY_NAMES[noun].finditer(ctx.text, max(lo, end - 120), end, timeout=ctx.timeout):
        if match.end() == end:
            here = match
    if here is None:
        return None
    first = here.group(1).split()[0]
    if first.lower() in lx.STOP_WORDS or first.lower() in lx.DEMONYMS:
        return None  # "the Russian oil refinery": no name
    name = " ".join(word[:1].upper() + word[1:] for word in here.group(1).split())
    start = _extend_left(ctx.text, lo, here.start())
    entry = ctx.table.resolve(f"{name} {noun.title()}", day=ctx.day)
    if entry is not None:
        return ctx.from_entry(entry, start, end)
    return _Source(start=start, end=end, name=f"{name} {noun.title()}", type=SourceType.ORGANIZATION,
                   kind=noun)


def _org_name(name: str) -> str:
    """An organisation name as the table would spell it: `Poland's armed forces` → `Polish armed forces`."""
    name = _RE_LEADING_THE.sub("", name.strip())
    possessive = _POSSESSIVE_COUNTRY.match(name)
    if possessive:
        demonym = lx.COUNTRY_DEMONYMS.get(possessive.group("country").lower())
        if demonym is not None:
            name = f"{demonym} {name[possessive.end():]}"
    return name
# The object of "tell" naming a broadcaster: "tells public broadcaster Suspilne".
_TOLD_OUTLET = regex.compile(
    r"\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,3}?"
    r"(?:broadcaster|TV\s+channel|television\s+channel|radio\s+station|newspaper|outlet|channel|news\s+site|"
    r"website|site|portal|news\s+agency|agency|daily|magazine|tabloid)\s+"
    r"(?P<name>\p{Lu}[\p{L}\p{N}\-]*(?:\.\p{L}{2,})?(?:\s+\p{Lu}[\p{L}\-]*)?)"
)
# The object of "tell" named like a newspaper: "told the Financial Times", "told the Kyiv Post".
_TOLD_NAMED_OUTLET = regex.compile(
    r"\s+(?:the\s+)?(?P<name>(?:\p{Lu}[\p{L}\-]*\s+){0,3}(?:"
    + "|".join(sorted(lx.MEDIA_NAME_HEADS)) + r")|Radio\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?"
    r"|Channel\s+(?:\p{Lu}[\p{L}\-]+|\d{1,3})|(?:\p{Lu}[\p{L}\-]*\s+){1,2}(?:Radio|TV|Television))\b"
)  # "told the Kyiv Post", "told Radio Liberty", "told Channel One", "told Channel 24", "told Army Radio"
# Channels few reports name: their patterns are compiled on first use. Each is scanned in at most
# 14 of the 816 reports of the regression corpus (Telegram 154, briefing 89, X 50, press service 27).
_RARE_CHANNELS = frozenset({"VKontakte", "social media", "Facebook", "parliament", "video address",
                            "television", "website", "Instagram", "YouTube", "radio"})
_CHANNELS: tuple[tuple[str, regex.Pattern[str] | _Deferred], ...] = tuple(
    (name, (_Deferred if name in _RARE_CHANNELS else regex.compile)(
        r"\b(?:" + "|".join(patterns) + r")(?![\p{L}])"))
    for name, patterns in lx.CHANNELS.items()
)
# A place in a title or a regional body: "Kursk region", "Kharkiv region's".
_PLACE_WORD = regex.compile(r"\b(?P<name>\p{Lu}[\p{L}\-]+)(?:['’]s)?(?=\s+(?:region|regional|oblast|city|"
                            r"governor|mayor|head|Governor|Mayor|Head)\b)")
_ADMIN_MENTION = regex.compile(r"\b(?P<name>\p{Lu}[\p{L}\-]+)\s+"
                               r"(?P<kind>region|regional|oblast|Oblast|territory|krai|Krai)\b|\b(?:Republic\s+of\s+)(?P<rep>\p{Lu}[\p{L}\-]+)")

# Phrases that say which side a paragraph reports from: a dateline, the side's own air defence.
_COUNTRY_CUES = {"moscow": "RU", "kyiv": "UA", "kiev": "UA", "russian": "RU", "ukrainian": "UA",
                 "russia's": "RU", "ukraine's": "UA"}
_COUNTRY_CUE = regex.compile(
    r"(?:^|\n)(?P<cue>MOSCOW|KYIV|KIEV)\b|\b(?P<cue>Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+"
    r"(?:air\s+defen[cs]es?|anti-aircraft|electronic\s+warfare)(?!\s+(?:positions?|systems?|sites?|units?|radars?))"
    r"|\b(?P<ua>Defen[cs]e\s+Forces|(?:temporarily\s+)?occupied)\b"
)
_DATELINE = regex.compile(r"\s*(?P<city>\p{Lu}{3,}(?:[\-\s]\p{Lu}{2,})?)(?:,|\s+[—–-]\s)")
_CITY_REGIONS = frozenset({"Kyiv", "Moscow", "Sevastopol", "Saint Petersburg"})
_COUNTRIES = {"Russia": "RU", "Ukraine": "UA", "Moscow": "RU", "Kyiv": "UA", "Kiev": "UA", "Belarus": "BY",
              "Washington": "US", "Kremlin": "RU"}
# Countries whose bodies a possessive names ("Romania's Defence Ministry"): ISO codes.
_POSSESSORS = {**_COUNTRIES, "Poland": "PL", "Romania": "RO", "Moldova": "MD", "Lithuania": "LT",
               "Latvia": "LV", "Estonia": "EE", "Finland": "FI", "Georgia": "GE", "Turkey": "TR",
               "Germany": "DE", "France": "FR", "Britain": "GB", "Israel": "IL", "Iran": "IR", "China": "CN",
               "Lebanon": "LB", "Syria": "SY", "Yemen": "YE", "Iraq": "IQ", "Jordan": "JO", "Egypt": "EG",
               "Qatar": "QA", "Slovakia": "SK", "Hungary": "HU", "Bulgaria": "BG", "Denmark": "DK",
               "Norway": "NO", "Sweden": "SE", "Belgium": "BE", "Azerbaijan": "AZ", "Armenia": "AM",
               "Kazakhstan": "KZ", "Saudi Arabia": "SA", "UAE": "AE", "Kuwait": "KW", "Bahrain": "BH",
               "Oman": "OM"}


# ------------------------------------------------------------------ values

@attrs.frozen(kw_only=True)
class _Source:
    """A source mention resolved as far as the report allows."""

    start: int | None
    end: int | None
    name: str | None
    type: SourceType
    role: str | None = None
    office: str | None = None
    place: str | None = None
    channel: str | None = None
    kind: str | None = None  # organisation head ("ministry") for anaphora

    @property
    def named(self) -> bool:
        return self.type is not SourceType.UNNAMED


@functools.lru_cache(maxsize=4096)  # a pure function of the words: a report names the same people again
def _name_parts(phrase: str) -> tuple[int, str, str | None] | None:
    """Where the name in ``phrase`` starts (its title, if any, first), the name and the title; None: no name.

    ``phrase`` is the text :meth:`_Context.person_from_match` was given the
    bounds of: _WORD finds the same words in it as between those bounds (it
    looks at no character outside a word).
    """
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(phrase)]
    lowered = [w[2].lower() for w in words]
    first = 0
    while first < len(words) and lowered[first] in lx.STOP_WORDS:
        first += 1
    if first == len(words):
        return None
    words, lowered = words[first:], lowered[first:]
    last_title = max((i for i, w in enumerate(lowered)
                      if w in lx.TITLE_WORDS or (w[:3] == "ex-" and w[3:] in lx.TITLE_WORDS)), default=-1)
    name_words = words[last_title + 1:]
    # "Ursula von der Leyen": particles inside a name are part of it, and count for no word.
    particles = None
    if NAME_PARTICLES.isdisjoint(lowered):  # (most names)
        if not name_words or len(name_words) > 3:
            return None
    else:
        particles = [0 < i < len(name_words) - 1 and lower in NAME_PARTICLES
                     for i, lower in enumerate(lowered[last_title + 1:])]
        if not name_words or len(name_words) - sum(particles) > (4 if any(particles) else 3):
            return None
    # "Abdullah bin Zayed", "Khaled Saeed": after a given name, a word ending in "-ed" is a surname.
    given = len(name_words) > 1 and (lowered[last_title + 1] in lx.MALE_NAMES
                                     or lowered[last_title + 1] in lx.FEMALE_NAMES)
    for index, ((_, _, word), lower) in enumerate(zip(name_words, lowered[last_title + 1:], strict=True)):
        if particles is not None and particles[index]:
            continue
        if lower[1:3] == "l-" and lower[0] in "ae":  # "al-Sisi"
            word, lower = word[3:], lower[3:]
        if lower in _NEVER_IN_NAMES or not _CAP.match(word) or _ACRONYM.match(word) \
                or (_NOT_NAME_ENDING.search(lower) and lower not in lx.MALE_NAMES and not given):
            return None
    if len(name_words) == 1 and last_title < 0:
        return None
    name = phrase[name_words[0][0]:name_words[-1][1]]
    if name.endswith(("'s", "’s")):
        name = name[:-2]  # "Governor Vyacheslav Gladkov's press service"
    title_words = words[:last_title + 1]
    title = phrase[title_words[0][0]:title_words[-1][1]] if title_words else None
    return words[0][0], name, title


class _Context:
    """What one call knows about the document: table hits, people and organisations met so far."""

    def __init__(self, document: Document, found: Findings, table: SourceTable) -> None:
        self.text = document.text
        self.table = table
        self.day: dt.date | None = document.reference_date
        self.timeout = scan_timeout(len(self.text))  # for every scan that may run over the whole text
        # Whether names may hold particles or abbreviated ranks ("von der Leyen", "Brig. Gen."): one scan.
        self.particular = _has_particular(self.text)
        self.hits = table.find(self.text)
        self.hit_by_end = {h.end: h for h in self.hits}
        self.hit_by_start = {h.start: h for h in self.hits}
        self.explicit = [(h.start, h.entries[0]) for h in self.hits if not h.generic and len(h.entries) == 1]
        self._explicit_starts = [start for start, _ in self.explicit]
        # Where each entry is named explicitly: indexes into self.explicit, by the entry's identity
        # (the table's entries are distinct objects with distinct names, so identity is equality).
        self._explicit_of: dict[int, list[int]] = {}
        for index, (_, entry) in enumerate(self.explicit):
            self._explicit_of.setdefault(id(entry), []).append(index)
        self.country = _context_country(found, self.hits)
        self.admin1 = _admin1_mentions(found, self.text)
        self.locations = found.locations
        self.location_ends = {location.span.start: location.span.end for location in found.locations}
        self._location_names = {location.span.start: location.name for location in found.locations}
        self._settlement_starts = {location.span.start for location in found.locations
                                   if location.type is LocationType.SETTLEMENT}
        # The located places that vote for a paragraph's country, by start (see _paragraph_country).
        voters = [(location.span.start, index) for index, location in enumerate(found.locations)
                  if location.country and location.type is not LocationType.COUNTRY]
        voters.sort()
        self._voter_starts = [start for start, _ in voters]
        self._voter_indexes = [index for _, index in voters]
        self.people: list[tuple[int, _Source]] = []
        self._people_known = False  # (while the report's people are gathered, no earlier one is asked)
        self.reported_roles: set[str] = set()  # surnames the report gives another role than the table
        self.orgs: list[tuple[int, _Source]] = []
        self.sources: list[tuple[int, _Source]] = []
        # Per-document memos (this context lives for one call): a paragraph's country
        # by its bounds, the cities named in the report with their starts.
        self._country_by_paragraph: dict[tuple[int, int], str | None] = {}
        self._cities: list[tuple[int, str]] | None = None
        self._city_starts: list[int] | None = None
        self._person_at: dict[tuple[int, int], _Source | None] = {}  # see person_from_match
        self._collect_mentions()

    # -- the report's people and organisations, in text order

    def _collect_mentions(self) -> None:
        short: dict[int, str] = {}  # where a person is named by one word the table knows, and the word
        for hit in self.hits:
            entry = self.entry_of(hit)
            possessive = _owner_before(self.text, max(0, hit.start - 30), hit.start) if hit.generic else None
            if possessive is not None:
                # "Moldova's Foreign Ministry summoned ...; the ministry said": Moldova's ministry.
                entry = _owned_entry(self, hit, entry, possessive[0])
            if entry.type is SourceType.PERSON:
                self.people.append((hit.start, self.from_entry(entry, hit.start, hit.end, hit.text)))
                if " " not in hit.text:
                    short[hit.start] = hit.text
            elif entry.type is SourceType.ORGANIZATION:
                self.orgs.append((hit.start, self.from_entry(entry, hit.start, hit.end)))
        for match in _DESCRIBED_ORG_ANYWHERE.finditer(self.text, timeout=self.timeout):
            # "imagery analysed by the open-source group Frontelligence Insight": `the group` later.
            kind = " ".join(match.group("kind").lower().split())
            self.orgs.append((match.start("name"), _Source(start=match.start("name"), end=match.end("name"),
                                                           name=match.group("name"), kind=kind,
                                                           type=SourceType.ORGANIZATION)))
        # (one capitalised word, no title before it, is never a person: see person_from_match)
        titled = _TITLED_NAMES_PARTICLES if self.particular else _TITLED_NAMES
        for match in titled.finditer(self.text, timeout=self.timeout):
            person = self.person_from_match(match.start(), match.end())
            if person is not None and person.name and (person.office is not None or " " in person.name):
                self.people.append((match.start(), person))
        self.people.sort(key=lambda p: p[0])
        self._people_known = True
        self.orgs.sort(key=lambda o: o[0])
        # A surname alone ("According to Slyusar") keeps the spelling the report gave the person in
        # full before it ("Yury Slyusar"), not the table's ("Yuri Slyusar"): roles resolve to it too.
        if short:
            surnames = set(short.values())
            spelled: dict[str, str] = {}
            # and the role the report gave the person ("acting governor"), not the table's
            roles: dict[str, tuple[int, str | None]] = {}
            for index, (start, person) in enumerate(self.people):
                if not person.name or " " not in person.name:
                    continue
                surname = person.name.rsplit(" ", 1)[1]
                if surname not in surnames:
                    continue
                if start not in short:
                    spelled[surname] = person.name
                    if start >= roles.get(surname, (-1, None))[0]:  # not the table's hit inside the mention
                        roles[surname] = (person.end if person.end is not None else start, person.role)
                    continue
                role = roles.get(surname, (0, person.role))[1] or person.role
                if spelled.get(surname, person.name) != person.name or role != person.role:
                    self.people[index] = (start, attrs.evolve(person, name=spelled.get(surname, person.name),
                                                              role=role))

    def entry_of(self, hit: AliasHit) -> SourceEntry:
        """The entry an alias hit names.

        A generic one (`the Defence Ministry`) takes the country of an explicit
        mention of one of its entries nearby, else the report's.
        """
        if len(hit.entries) == 1:
            return hit.entries[0]
        explicit = self._explicit_near(hit)
        if explicit is not None:
            return explicit
        country = self.country_near(hit.start)
        return self.table.resolve(hit.text, country=country, day=self.day) or hit.entries[0]

    def _explicit_near(self, hit: AliasHit) -> SourceEntry | None:
        """The entry of ``hit`` named explicitly last before it, else first after it.

        What ``_near_item(self.explicit, hit.start, <an entry of hit>, forward=True)``
        finds, within the same :data:`_LOOKBACK`, from the per-entry index instead
        of a walk over every explicit mention nearby.
        """
        index = bisect.bisect_left(self._explicit_starts, hit.start)
        after_pos = bisect.bisect_right(self._explicit_starts, hit.start)
        before = -1
        after = len(self.explicit)
        for entry in hit.entries:
            named = self._explicit_of.get(id(entry))
            if not named:
                continue
            k = bisect.bisect_left(named, index)
            if k:
                before = max(before, named[k - 1])
            k = bisect.bisect_left(named, after_pos)
            if k < len(named):
                after = min(after, named[k])
        if before >= 0 and before >= index - _LOOKBACK:
            return self.explicit[before][1]
        if after < min(len(self.explicit), index + _LOOKBACK):
            return self.explicit[after][1]
        return None

    def country_near(self, pos: int) -> str | None:
        """The country the paragraph at ``pos`` is about, else the report's (reports cover both sides)."""
        para_start = _paragraph_start(self.text, pos)
        para_end = _blank_line_after(self.text, pos)
        bounds = (para_start, para_end)
        if bounds not in self._country_by_paragraph:
            self._country_by_paragraph[bounds] = self._paragraph_country(para_start, para_end)
        return self._country_by_paragraph[bounds]

    def _paragraph_country(self, para_start: int, para_end: int) -> str | None:
        votes: Counter[str] = Counter()
        first = bisect.bisect_left(self._voter_starts, para_start)
        last = bisect.bisect_left(self._voter_starts, para_end)
        for index in sorted(self._voter_indexes[first:last]):  # in the findings' order, as ties go
            country = self.locations[index].country
            assert country is not None
            votes[country] += 1
        for start, entry in self.explicit[bisect.bisect_left(self.explicit, para_start, key=lambda e: e[0]):]:
            if start >= para_end:
                break
            if entry.country:
                votes[entry.country] += 1
        for match in _COUNTRY_CUE.finditer(self.text, para_start, para_end, timeout=self.timeout):
            # Ukrainian reports speak of "the Defence Forces" and "occupied" land.
            side = "UA" if match.group("ua") else _COUNTRY_CUES[match.group("cue").lower().replace("’", "'")]
            votes[side] += 2
        if votes:
            return votes.most_common(1)[0][0]
        return self.country

    def from_entry(self, entry: SourceEntry, start: int | None, end: int | None,
                   written: str | None = None) -> _Source:
        """A source for a table entry; a person named in full keeps the report's spelling."""
        name = entry.name
        if written is not None and entry.type is SourceType.PERSON:
            words = written.split()
            # A name, not a role the table lists as an alias ("Putin's spokesman").
            if len(words) >= 2 and words[0].lower() != "the" and all(w[:1].isupper() for w in words) \
                    and not any(w.endswith(("'s", "’s")) for w in words):
                name = " ".join(words)
        role = entry.role
        if self.reported_roles and entry.type is SourceType.PERSON and start is not None \
                and self._people_known and (surname := name.rsplit(" ", 1)[-1]) in self.reported_roles:
            # "acting governor Yuri Slyusar ... Slyusar wrote": the role the report gave the person
            # before, over the table's.

            def same(item: tuple[int, _Source]) -> bool:
                person = item[1]
                return person.end is not None and person.end <= start and bool(person.role) \
                    and bool(person.name) and person.name.rsplit(" ", 1)[-1] == surname  # type: ignore[union-attr]

            earlier = _near(self.people, start, same)
            if earlier is not None:
                role = earlier.role
        return _Source(start=start, end=end, name=name, type=entry.type, role=role,
                       office=entry.office, place=entry.place, kind=entry.kind)

    # -- people

    def person_from_match(self, start: int, end: int) -> _Source | None:
        """A titled or full name spanning exactly [start, end), or None.

        Remembered by its bounds (the report's names and the subjects of its
        verbs are often the same words), except a one-word name, which is
        looked up among the people met so far.
        """
        try:
            return self._person_at[start, end]
        except KeyError:
            pass
        person = self._person_from_match(start, end)
        if person is None:
            self._person_at[start, end] = None
        return person

    def _person_from_match(self, start: int, end: int) -> _Source | None:
        parts = _name_parts(self.text[start:end])
        if parts is None:
            return None
        first, name, title = parts
        person = self.make_person(start + first, end, name, title)
        if " " in name:  # (make_person looks a one-word name up among the people met so far)
            self._person_at[start, end] = person
        return person

    def make_person(self, start: int, end: int, name: str, title: str | None) -> _Source:
        entry = self.table.resolve(name, country=self.country, day=self.day)
        if entry is not None and entry.type is not SourceType.PERSON:
            entry = None
        if " " not in name:
            known = self.person_by_surname(name, start)
            if known is not None:
                return attrs.evolve(known, start=start, end=end)
        elif name.split(" ", 1)[0].lower() in NAME_PARTICLES:
            # "Von der Leyen said" opening a sentence: the surname of someone named in full before.
            known = self.person_by_surname(name.rsplit(" ", 1)[1], start)
            if known is not None and known.name and known.name.lower().endswith(name.lower()):
                return attrs.evolve(known, start=start, end=end)
        office, place = _office_and_place(title) if title else (None, None)
        role = _role_from_title(title, office, place) if title else None
        if entry is not None:
            # The table's role is the canonical one ("Governor of Kaluga Oblast" for "Kaluga governor"),
            # unless the report gives another ("former governor", "deputy head", "Security Council
            # secretary").
            if entry.role:
                role = self.report_role(name, entry.role, title, office, place)
            # Named in full, a person keeps the report's spelling ("Serhiy Popko", not the table's "Serhii").
            return _Source(start=start, end=end, name=name if " " in name else entry.name,
                           type=SourceType.PERSON, role=role, office=office or entry.office,
                           place=place or entry.place)
        if office == "governor" and place is None and title and _BARE_GOVERNOR.fullmatch(title):
            # "In the Samara region, governor X said": the governor of the region the sentence names.
            region = self.admin1_in_sentence(start)
            if region is not None:
                role = f"Governor of {region}"
        return _Source(start=start, end=end, name=name, type=SourceType.PERSON, role=role,
                       office=office, place=place)

    def admin1_in_sentence(self, pos: int) -> str | None:
        """The region named last before ``pos`` in the sentence of ``pos``, if any."""
        index = bisect.bisect_left(self.admin1, pos, key=lambda item: item[0])
        if index == 0:
            return None
        at, name = self.admin1[index - 1]
        if pos - at > _BEFORE_WINDOW:
            return None
        opening = _SENTENCE_OPENING.search(self.text, at, pos)
        return name if opening is None else None

    def report_role(self, name: str | None, known: str | None, title: str | None, office: str | None,
                    place: str | None) -> str | None:
        """:func:`_report_role`, remembering whose role the report gave otherwise than the table."""
        role = _report_role(known, title, office, place)
        if known is not None and role != known and name:
            self.reported_roles.add(name.rsplit(" ", 1)[-1])
        return role

    def person_by_surname(self, surname: str, pos: int) -> _Source | None:
        bare = _bare_surname(surname)

        def fits(item: tuple[int, _Source]) -> bool:
            name = item[1].name
            return bool(name) and _bare_surname(name.split()[-1]) == bare  # type: ignore[union-attr]

        found = _near(self.people, pos, fits, forward=True)
        if found is not None:
            return found
        entry = self.table.resolve(surname, country=self.country, day=self.day)
        if entry is not None and entry.type is SourceType.PERSON:
            return self.from_entry(entry, None, None)
        return None

    def person_by_office(self, office: str | None, place: str | None, pos: int,
                         qualifier: Sequence[str] = (), *, local: bool = False,
                         below_region: bool = False) -> _Source | None:
        """The person a role names: someone named with that office before, else the table's holder.

        A ``local`` office without its place (`the head of the district`) is
        someone of the same paragraph: a summary moves from district to district.
        An office ``below_region`` (`the head of the town's administration`) is
        never a governor's.
        """
        para = _paragraph_start(self.text, pos) if local and place is None else -1
        para_end = _blank_line_after(self.text, pos) if para >= 0 else len(self.text)

        def fits(item: tuple[int, _Source]) -> bool:
            person = item[1]
            if not person.name or not para <= item[0] < para_end:
                return False
            if para >= 0 and _LOCAL_UNIT.search(self.text, item[0], pos, timeout=self.timeout):
                return False  # "In the Seredyna-Buda community, ..., the community's head reports"
            if below_region and _heads_region(person):
                return False
            if office is not None and person.office != office and not (
                    office in ("governor", "head") and person.office in ("governor", "head")) and not (
                    # "the head of the city, Sergei Bondarenko" is "the mayor" later, and back.
                    {office, person.office} == {"mayor", "head"} and _heads_town(person)):
                return False
            if bodies and person.role and not any(word in person.role for word in bodies):
                return False  # "the IDF spokesman" is not the Magen David Adom spokesman named before
            return place is None or (person.place is not None and _same_place(person.place, place))

        # The bodies a role names ("the IDF spokesman", "the spokesman for Magen David Adom").
        bodies = [w for w in qualifier if _CAP.match(w) and w.lower() not in lx.STOP_WORDS
                  and w.lower() not in _COUNTRY_CUES and not w.endswith(("'s", "’s"))]
        found = _near(self.people, pos, fits, forward=True)
        if found is not None:
            return found
        if office is not None and para < 0:  # the table knows no district heads
            where = place or self.admin1_near(pos) or self.city_near(pos)
            entry = self.table.by_office(office, where, country=self.country, day=self.day) if where else None
            if entry is None and office == "governor" and where:
                entry = self.table.by_office("head", where, country=self.country, day=self.day)
            if entry is None and qualifier:
                entry = self.by_role(office, qualifier, pos)
            if entry is not None:
                person = self.from_entry(entry, None, None)
                if not (below_region and _heads_region(person)):
                    return person
        return None

    def settlement_at(self, start: int) -> bool:
        """Whether the location stage found a city, town or village starting at ``start``."""
        return start in self._settlement_starts

    def place_name_at(self, start: int, place: str) -> str | None:
        """The location stage's name of ``place`` written at ``start``, where it spells it otherwise.

        `the mayor of Nikolaev` is the mayor of Mykolaiv, `the Kharkov governor` Kharkiv's.
        """
        name = self._location_names.get(start)
        if name is None:
            return None
        name = _RE_PLACE_KIND.sub("", name)
        return name if name and not _same_place(name, place) else None

    def by_role(self, office: str, qualifier: Sequence[str], pos: int) -> SourceEntry | None:
        """A national office the table fills, by the body the role names: `the Kremlin spokesman`."""
        words = [w for w in qualifier if w.lower() not in lx.STOP_WORDS]
        if not any(_CAP.match(w) for w in words):
            return None  # "the city military administration head": a local office, found by place
        # The country the role names ("the Russian foreign ministry spokeswoman", "Qatar's ... spokesman").
        sides = [code for code in map(_country_word, words) if code is not None]
        country = sides[0] if sides else None
        words = [w for w in words if _country_word(w) is None and w not in ("s", "S")]  # (of "Qatar's")
        hits = self.table.find(" ".join(words))
        # A body only one country has (the Kremlin) may speak in a report from the other side.
        foreign = bool(hits) and not any(h.generic for h in hits)
        return self.table.by_role(office, words, country=country or self.country_near(pos), day=self.day,
                                  foreign=foreign and country is None)

    def last_person(self, pos: int, gender: str | None = None) -> _Source | None:
        """The person who spoke last before ``pos``, else the last one named; of ``gender`` if known.

        ``she`` skips men and ``he`` skips women, where a name or title tells (`_gender`).
        """
        def fits(item: tuple[int, _Source]) -> bool:
            return gender is None or _gender(item[1]) in (None, gender)

        spoke = _near_item(self.sources, pos, lambda i: i[1].type is SourceType.PERSON and bool(i[1].name)
                           and fits(i))
        named = _near_item(self.people, pos, fits)
        # "Lysak wrote ... Foreign Minister Andrii Sybiha condemned the attack. '...,' he wrote": the
        # subject of the sentence just before, named after the last speaker, is "he".
        if spoke is not None and (named is None or named[0] <= spoke[0] or named[1].name == spoke[1].name
                                  or not (self._opens_previous_sentence(named[0], pos)
                                          or self._opens_sentence_of(named[0], pos))):
            return spoke[1]
        if named is None:
            return None
        # "Governor X met Vladimir Putin. He said": the subject of that sentence, not its object.
        opening = _SENTENCE_OPENING.search(self.text, max(0, named[0] - 300), named[0])
        sentence_start = opening.end() if opening is not None else max(0, named[0] - 300)
        index = bisect.bisect_left(self.people, sentence_start, key=lambda item: item[0])
        if index < len(self.people) and self.people[index][0] < named[0] and fits(self.people[index]) \
                and self.people[index][1].name != named[1].name \
                and not self.text[sentence_start:self.people[index][0]].strip():
            return self.people[index][1]
        return named[1]

    def _opens_sentence_of(self, start: int, pos: int) -> bool:
        """Whether ``start`` opens the sentence holding ``pos`` (`Governor X was dismissed after he ...`)."""
        if pos - start > 300 or _SENTENCE_OPENING.search(self.text, start, pos) is not None:
            return False
        before = _SENTENCE_OPENING.search(self.text, max(0, start - 200), start)
        opening = before.end() if before is not None else max(0, start - 200)
        return all(w[:1].isupper() or w.lower() in lx.TITLE_WORDS for w in self.text[opening:start].split())

    def _opens_previous_sentence(self, start: int, pos: int) -> bool:
        """Whether ``start`` opens the sentence just before the one holding ``pos``."""
        here = _SENTENCE_OPENING.search(self.text, max(0, pos - 400), pos)
        if here is None or here.end() <= start:
            return False
        before = _SENTENCE_OPENING.search(self.text, max(0, start - 400), start)
        opening = before.end() if before is not None else 0
        # (only the person's title before the name: "Ukraine's Foreign Minister Andrii Sybiha")
        title = all(w[:1].isupper() or w.lower() in lx.TITLE_WORDS
                    for w in self.text[opening:start].split())
        return title and _SENTENCE_OPENING.search(self.text, start, here.start() + 1) is None

    def last_org(self, pos: int, noun: str | None = None) -> _Source | None:
        def fits(item: tuple[int, _Source]) -> bool:
            source = item[1]
            # "TASS reported ..., the agency added": a news agency is an agency too.
            media_agency = source.type is SourceType.MEDIA and noun == "agency"
            if (source.type is not SourceType.ORGANIZATION and not media_agency) or not source.name:
                return False
            if media_agency:
                return True
            name = source.name.lower()
            return noun is None or (source.kind or "").endswith(noun) or noun in name or any(
                head in name.split() for head in _DESCRIBED_AS.get(noun, ())) \
                or (source.kind or "") in _ALSO_CALLED.get(noun, ()) \
                or (noun in ("military", "army") and name.endswith(_DEFENCE_NAMES))

        mentioned = _near_item(self.orgs, pos, fits, forward=noun is not None)
        spoken = _near_item(self.sources, pos, fits)
        options = [o for o in (mentioned, spoken) if o is not None]
        before = [o for o in options if o[0] < pos]
        if before:
            return max(before, key=lambda o: o[0])[1]
        return options[0][1] if options else None

    def last_source(self, pos: int) -> _Source | None:
        return _near(self.sources, pos, lambda i: i[1].named and bool(i[1].name))

    def add_source(self, pos: int, source: _Source) -> None:
        """Remember a source that spoke at ``pos``, for later pronouns and anaphora."""
        bisect.insort(self.sources, (pos, source), key=lambda item: item[0])
        if source.type is SourceType.PERSON and source.name:
            bisect.insort(self.people, (pos, source), key=lambda item: item[0])

    def city_near(self, pos: int) -> str | None:
        """The nearest city named before ``pos``, for `the city military administration`."""
        if self._cities is None:
            cities = [(loc.span.start, loc.name) for loc in self.locations
                      if loc.type is LocationType.SETTLEMENT or (loc.type is LocationType.ADMIN1
                                                                 and loc.name in _CITY_REGIONS)]
            if not cities:
                places = self.table.places()
                capitalised = _RE_CAP_WORD.finditer(self.text, timeout=self.timeout)
                cities = [(m.start(), m.group()) for m in capitalised
                          if m.group() in places and not _RE_REGION_AFTER.match(self.text, m.end())]
            self._cities = cities
            starts = [c[0] for c in cities]
            self._city_starts = starts if starts == sorted(starts) else None
        cities = self._cities
        if self._city_starts is not None:  # in text order: the ones before pos are a prefix
            index = bisect.bisect_left(self._city_starts, pos)
            if index:
                return cities[index - 1][1]
        else:
            before = [c for c in cities if c[0] < pos]
            if before:
                return before[-1][1]
        dateline = _DATELINE.match(self.text)  # "BELGOROD, June 3 —": the city the report is from
        return dateline.group("city").title() if dateline else None

    def admin1_near(self, pos: int, *, before: bool = False) -> str | None:
        """The nearest region named before ``pos`` (else, unless ``before``, the first after)."""
        if not self.admin1:
            return None
        index = bisect.bisect_left(self.admin1, pos, key=lambda item: item[0])
        if index > 0:
            return self.admin1[index - 1][1]
        return None if before else self.admin1[0][1]


# Countries and their demonyms, lower-cased, with their codes: "qatar", "qatari" → QA.
_COUNTRY_WORDS = {word: code for name, code in _POSSESSORS.items() if name.lower() in lx.COUNTRY_DEMONYMS
                  for word in (name.lower(), lx.COUNTRY_DEMONYMS[name.lower()].lower())}


def _country_word(word: str) -> str | None:
    """The country code a country's name or demonym (`Qatar`, `Qatari`) in a role gives, else None."""
    return _COUNTRY_WORDS.get(word.lower())


# What a place's canonical name says it is: "Kursk Oblast", "Krasnodar Krai", "Republic of Tatarstan".
_RE_PLACE_KIND = regex.compile(r"^Republic\s+of\s+|\s+(?:Oblast|Krai|Region|Republic|District|Okrug)$")
# A governor's title that names no region: "governor", "the regional governor".
_BARE_GOVERNOR = regex.compile(r"(?i)(?:the\s+)?(?:regional\s+)?governor")
_T = TypeVar("_T")
# Where the sentence holding a position opens, searched backwards from it.
_SENTENCE_OPENING = regex.compile(r"(?r)(?:[.!?][\"”’]?\s+|\n\s*)")

# How many mentions back (or forward) anaphora look: far enough for a report, bounded for long texts.
_LOOKBACK = 200


def _near_item(items: Sequence[tuple[int, _T]], pos: int, fits: Callable[[tuple[int, _T]], bool],
               *, forward: bool = False) -> tuple[int, _T] | None:
    """The last item before ``pos`` that fits (else, with ``forward``, the first after)."""
    index = bisect.bisect_left(items, pos, key=lambda item: item[0])
    for i in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
        if fits(items[i]):
            return items[i]
    if forward:
        for i in range(index, min(len(items), index + _LOOKBACK)):
            if items[i][0] > pos and fits(items[i]):
                return items[i]
    return None


def _near(items: Sequence[tuple[int, _Source]], pos: int, fits: Callable[[tuple[int, _Source]], bool],
          *, forward: bool = False) -> _Source | None:
    found = _near_item(items, pos, fits, forward=forward)
    return found[1] if found is not None else None


def _context_country(found: Findings, hits: Sequence[AliasHit]) -> str | None:
    """The country the report is mostly about: from located places, else from known sources."""
    counts: Counter[str] = Counter()
    for location in found.locations:
        if location.country and location.type is not LocationType.COUNTRY:
            counts[location.country] += 1
    if not counts:
        for hit in hits:
            if len(hit.entries) == 1 and hit.entries[0].country and not hit.generic:
                counts[hit.entries[0].country] += 1
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def _admin1_mentions(found: Findings, text: str) -> list[tuple[int, str]]:
    """Regions named in the report, in order: from the location stage, else from `X region` phrases."""
    places = [(loc.span.start, loc.name) for loc in found.locations
              if loc.type is LocationType.ADMIN1 and loc.name]
    if places:
        return sorted(places)
    out: list[tuple[int, str]] = []
    for match in _ADMIN_MENTION.finditer(text, timeout=scan_timeout(len(text))):
        if match.group("rep"):
            out.append((match.start(), f"Republic of {match.group('rep')}"))
            continue
        if match.group("name").lower() in lx.STOP_WORDS:
            continue  # "The regional government": no region named
        kind = match.group("kind").lower()
        suffix = "Krai" if kind in ("krai", "territory") else "Oblast"
        out.append((match.start(), f"{match.group('name')} {suffix}"))
    return out


# Offices of a district, village or community: "the head of the municipal okrug", "the district head".
_LOCAL_OFFICE = regex.compile(
    r"(?i)\b(?:district|okrug|municipal|village|settlement|community|hromada|raion)\b")


# A district or community named: another local office than one named before it.
_LOCAL_UNIT = regex.compile(r"\b\p{Lu}[\p{L}\-]+\s+(?:community|hromada|district|okrug|raion)\b|"
                            r"\b(?:village|settlement)\s+of\s+\p{Lu}")
# Offices below a region's: "the town's administration", "the city head", "the district head".
_BELOW_REGION = regex.compile(r"(?i)\b(?:town|city|village|district|okrug|municipal|settlement|community)\b")


def _heads_region(person: _Source) -> bool:
    """Whether a person governs a region (a governor, the head of an oblast or republic)."""
    role = (person.role or "").lower()
    if person.office == "governor":
        return True
    return _RE_REGION_WORD.search(role) is not None \
        and not _RE_LOCAL_WORD.search(role)


def _heads_town(person: _Source) -> bool:
    """Whether a person is a mayor or the head of a city or town (not of a region or district)."""
    role = (person.role or "").lower()
    if person.office == "mayor":
        return True
    return _RE_CITY_WORD.search(role) is not None \
        and "district" not in role and "region" not in role


def _same_place(a: str, b: str) -> bool:
    return a.split()[0].rstrip("'’s").lower() == b.split()[0].rstrip("'’s").lower()


@functools.lru_cache(maxsize=4096)  # a pure function of the title, asked again for each mention
def _office_and_place(title: str | None) -> tuple[str | None, str | None]:
    if not title:
        return None, None
    words = [w.group() for w in _WORD.finditer(title)]
    office = None
    for word in words:
        if word.lower() in _OFFICE_OF:
            office = _OFFICE_OF[word.lower()]
    place = next((m.group("name") for m in _PLACE_WORD.finditer(title)
                  if m.group("name").lower() not in lx.STOP_WORDS), None)
    if place is None:
        of = _RE_OF_NAME.search(title)
        if of and of.group("name").lower() not in lx.STOP_WORDS:
            place = of.group("name")
    if place is not None and (place.lower() in lx.TITLE_WORDS or place.lower() in lx.STOP_WORDS
                              or place.lower() in lx.DEMONYMS
                              or place.lower().endswith(("-installed", "-appointed", "-backed"))):
        place = None
    return office, place


_COURTESY = frozenset({"mr", "mrs", "ms", "dr"})
_COURTESY_OR_SHORT_RANK = _COURTESY | frozenset(_RANK_ABBREVIATIONS_LIST)


@functools.lru_cache(maxsize=4096)  # a pure function of its arguments, asked again for each mention
def _role_from_title(title: str | None, office: str | None, place: str | None) -> str | None:
    """A readable role from a title: `Kursk region governor` → `Governor of Kursk Oblast`."""
    if not title:
        return None
    text = _RE_LEADING_ARTICLE.sub("", title.strip())
    words = text.split()
    ranks = len(words)
    while ranks > 0 and words[ranks - 1].lower().rstrip(".") in lx.RANKS:
        ranks -= 1
    if ranks == 0 and all(w.lower().rstrip(".") in _COURTESY_OR_SHORT_RANK for w in words):  # "Mr", "Gen."
        return None  # "Mr Khinshtein": no role
    if 0 < ranks < len(words) and words[ranks].lower() != "general":
        text = " ".join(words[:ranks])  # "spokesman Rear Admiral": the rank is no part of the role
    status = _RE_STATUS.search(text)
    acting = f"{_status_word(status)} " if status else ""
    if office == "governor" and place and _RE_REGIONAL_OR_GOVERNOR.search(text):
        return f"{acting}Governor of {place} Oblast"
    if office == "mayor" and place:
        return f"{acting}Mayor of {place}"
    if office == "head" and place and _RE_MILITARY_ADMIN.search(text):
        level = "City" if _RE_CITY_ANY_CASE.search(text) else "Oblast"
        return f"Head of {place} {level} Military Administration"
    return text[:1].upper() + text[1:]


def _status_word(status: regex.Match[str]) -> str:
    word = (status.group("status") or "ex").lower()
    return "Former" if word == "ex" else word.capitalize()


# Office nouns that name one office: a region's governor is its head, a spokeswoman or official
# representative a spokesman.
_SAME_OFFICE = {"governor": "head", "leader": "head", "chief": "head", "spokeswoman": "spokesman",
                "spokesperson": "spokesman", "representative": "spokesman", "premier": "minister"}
_RE_POSSESSIVE_TITLE = regex.compile(r"(?i)(?:its|his|her|their)\b")
_RE_TITLE_WORD = regex.compile(r"\p{L}+")  # "commander-in-chief" holds "commander"


def _title_words(title: str) -> list[str]:
    return [w.lower() for w in _RE_TITLE_WORD.findall(title)]


@functools.lru_cache(maxsize=4096)  # a pure function of its arguments, asked again for each mention
def _report_role(known: str | None, title: str | None, office: str | None, place: str | None) -> str | None:
    """A person's role: the ``known`` one (the table's) unless the report's ``title`` says another.

    The report wins where its title names another office (`Security Council secretary`), a part of
    the office (`deputy governor`) or a status (`former`, `acting`): the table only fills in a role
    the report does not give, and names an office the report gives in its canonical form.
    """
    if not title or not known:
        return known or _role_from_title(title, office, place)
    text_role = _role_from_title(title, office, place)
    if text_role is None:
        return known
    # "Security Council Secretary Sergei Shoigu", whom the table knows as a minister: an office noun
    # of the title that the table's role does not name (in any of its names: a leader is a head).
    nouns = {_SAME_OFFICE.get(w, w) for w in _title_words(title) if w in lx.ROLE_NOUNS}
    other_office = bool(nouns) and not nouns & {_SAME_OFFICE.get(w, w) for w in _title_words(known)} \
        and not _RE_POSSESSIVE_TITLE.match(title)  # "Sergei Shoigu, its secretary": whose, it does not say
    if other_office or (_RE_PART_OFFICE.search(title) and not _RE_PART_OFFICE.search(known)):
        return text_role
    status = _RE_STATUS.search(title)
    if status is not None:
        word = _status_word(status)
        if word == "Former" and place is not None and place.lower() not in known.lower():
            return text_role  # "former Kursk governor" of a man the table knows in another office
        if not known.lower().startswith(word.lower()):
            return f"{word} {known}"
    return known


# A name with an optional title before it: "Kaluga region governor Vladislav Shapsha",
# "Air Force commander Lieutenant General Mykola Oleshchuk",
# "Crimea's Russian-installed head Sergei Aksyonov".
# As a trie (see _prefilter.literal_trie): no title has a space, so at most one can be followed by
# the whitespace the pattern needs, and the trie matches what the longest-first alternation did.
_TITLE_LOWER_RE = _prefilter.literal_trie(w for w in lx.TITLE_WORDS if w.islower())
_ANY_SPACE = regex.compile(r"\s")
# How many words (titles and capitalised ones, no blanks in any) _TITLED_NAME matches at most.
_TITLED_WORDS = 8
# How a _TITLED_NAME match ends (its last word), searched backwards from a segment's end.
_CAPITALISED_END = regex.compile(r"(?r)\p{Lu}[\p{L}\p{M}'’\-]*$")
# Lower-case particles inside a name ("Ursula von der Leyen", "Charles de Gaulle", "Mohammed bin
# Salman") and the Arabic article fused to a surname ("Abdel Fattah al-Sisi"): only between (or, the
# article, on) capitalised words.
NAME_PARTICLES = frozenset("von van der den de da di du del della la le bin ibn ter ten dos das".split())
_PARTICLE_RE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_ARTICLE_PREFIX = r"(?:(?:al|el)-)"
# A rank or courtesy title abbreviated with a full stop: "IDF spokesperson Brig. Gen. Effie Defrin".
_RANK_ABBREVIATIONS = "Brig|Gen|Lt|Col|Maj|Capt|Adm|Cmdr|Sgt|Mr|Mrs|Ms|Dr"
_TITLED_NAME = regex.compile(
    rf"(?<![\p{{L}}\-'’])(?:(?:\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*|(?:{_TITLE_LOWER_RE}))\s+){{0,7}}"
    rf"\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*(?![\p{{L}}\-])"
)
# The same, with name particles, the fused article and abbreviated ranks: slower, so only for a text
# that has one of them (_PARTICULAR).
_TITLED_NAME_PARTICLES = regex.compile(
    rf"(?<![\p{{L}}\-'’])(?:(?:(?:{_RANK_ABBREVIATIONS})\.|\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*"
    rf"(?:\s+(?:{_PARTICLE_RE})){{0,2}}|(?:{_TITLE_LOWER_RE}))\s+){{0,7}}"
    rf"{_ARTICLE_PREFIX}?\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*(?![\p{{L}}\-])"
)
_PARTICULAR = regex.compile(
    rf"\s(?:{_PARTICLE_RE})\s+\p{{Lu}}|(?<![\p{{L}}])(?:al|el)-\p{{Lu}}|(?<![\p{{L}}])(?:{_RANK_ABBREVIATIONS})\.\s")
# The words one of them needs, lowered: a text with none is not scanned for them.
_PARTICULAR_WORDS = NAME_PARTICLES | {"al", "el"} | {w.lower() for w in _RANK_ABBREVIATIONS.split("|")}


def _has_particular(text: str) -> bool:
    """Whether :data:`_PARTICULAR` matches in ``text``, tried only where one of its words starts.

    Each of its matches holds one of :data:`_PARTICULAR_WORDS` as a whole ASCII
    word (the particle between blanks, `al`/`el` before a hyphen, the rank
    before a full stop, none after a letter), which starts the match or follows
    its one blank: trying the pattern there is the whole-text search, without
    running it over every character (a search cost 5% of the stage).
    """
    words = _prefilter.ascii_words(text)
    starts = words.starts
    for index in words.indexes_of(_PARTICULAR_WORDS):
        start = starts[index]
        if _PARTICULAR.match(text, start) is not None or (
                start > 0 and _PARTICULAR.match(text, start - 1) is not None):
            return True
    return False
# _TITLED_NAME's matches of two words or more, found without stopping at each lone capitalised word
# (most of a text's matches). The same ones: where _TITLED_NAME matches one word, no longer match
# starts there (it would be found first), and none starts inside the word either (its first word
# would run to the same end, so the longer match would start at the word).
_TITLED_NAMES = regex.compile(_TITLED_NAME.pattern.replace("){0,7}", "){1,7}", 1))
_TITLED_NAMES_PARTICLES = regex.compile(_TITLED_NAME_PARTICLES.pattern.replace("){0,7}", "){1,7}", 1))


# ------------------------------------------------------------------ subjects

def _segment_start(text: str, lo: int, end: int) -> int:
    """Start of the clause segment ending at ``end`` (after the last comma, quote, dash...)."""
    start = lo
    for match in _BOUNDARY.finditer(text, lo, end):
        start = match.end()
    while start < end and text[start].isspace():
        start += 1
    return start


def _words_before(text: str, lo: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, end)]


# An organisation introduced by what it is, anywhere in a report: "the monitoring group Airwars".
_DESCRIBED_ORG_ANYWHERE = regex.compile(
    r"\b(?P<kind>group|think\s+tank|watchdog|monitor|NGO|consultancy)\s+"
    r"(?P<name>\p{Lu}[\p{L}\p{N}\-]*(?:\s+\p{Lu}[\p{L}\p{N}\-]*){0,3})")
_PLACED_BODIES = frozenset({"embassy", "consulate", "delegation", "mission"})
_SIDE = regex.compile(r"(?<![\p{L}])(?:[Tt]he\s+)(?P<demonym>\p{Lu}\p{Ll}+)\s+side$")
_MANAGER_NOUNS = frozenset({"management", "leadership", "managers", "owners", "operators"})
_MANAGERS_OF = regex.compile(
    r"(?<![\p{L}])(?:(?:[Tt]he|[Ii]ts)\s+)?(?:[\p{L}\-]+\s+){0,2}?(?:management|leadership|managers|owners|"
    r"operators)\s+(?:of|at)\s+(?P<body>.+)$")
_SPEAKER_NOUNS = frozenset({"colleagues", "representatives"})
_SPEAKERS_FOR = regex.compile(
    r"(?<![\p{L}])(?:(?:[Oo]ur|[Tt]he)\s+)?(?:colleagues|representatives)\s+(?:from|of|at)\s+(?P<body>.+)$")


# How the phrases some patterns look for at the end of a subject end: a segment that ends
# otherwise skips the search (they are searched from its start, so the search costs).
_PRESS_SERVICE_ENDS = ("service", "office", "channel", "account", "page")
_OWNER_OFFICE_ENDS = ("office", "team", "camp")
_REGIONAL_ENDS = ("government", "administration", "office", "ministry", "council", "police", "department",
                  "service", "headquarters", "force")
# Of case-insensitive patterns, lowercase.
_ORG_KIND_AFTER = regex.compile(r"\s+(?:\p{Ll}[\p{Ll}\-]+\s+){0,2}(?:service|agency|company|operator|"
                                r"organi[sz]ation|charity|group|utility|network)$")
_ORG_KIND_ENDS = ("service", "agency", "company", "operator", "organisation", "organization", "charity",
                  "group", "utility", "network")
_OUTLET_AFTER_ENDS = ("agency", "newspaper", "outlet", "channel", "website", "tv", "television",
                      "broadcaster", "daily")
_ORG_ANAPHOR_ENDS = ("ministry", "agency", "service", "command", "department", "administration", "government",
                     "office", "committee", "fleet", "navy", "army", "military", "force", "company", "firm",
                     "operator", "airport", "port", "plant", "refinery", "tank", "institute", "group",
                     "headquarters", "council", "directorate", "commission")


def _may_end_with(segment: str, endings: tuple[str, ...]) -> bool:
    """Whether ``segment`` may end with one of ``endings`` (lowercase) in any case.

    A non-ASCII character near the end may match an ASCII letter in a
    case-insensitive pattern (``ſ`` matches ``s``): then it may.
    """
    tail = segment[-max(map(len, endings)):]
    return not tail.isascii() or tail.lower().endswith(endings)


def _np_before(ctx: _Context, lo: int, end: int, pos: int) -> _Source | None:
    """The source noun phrase ending exactly at ``end`` in the segment starting at ``lo``."""
    text = ctx.text
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end - lo > _NP_WINDOW:  # a subject is a short phrase: look at its last words only
        space = text.find(" ", end - _NP_WINDOW, end)
        lo = space + 1 if space >= 0 else end - _NP_WINDOW
    if end <= lo:
        return None
    segment = text[lo:end]
    words = _words_before(text, lo, end)
    if not words:
        return None
    last = words[-1][2]
    lower = last.lower()
    vocabulary = {w[2].lower() for w in words}  # lets the costlier patterns run only where they can match

    # "X's press service reported": the source is X, the channel its press service.
    press = _PRESS_SERVICE.search(segment) if segment.endswith(_PRESS_SERVICE_ENDS) else None
    if press:
        owner = _np_before(ctx, lo, lo + press.start(), pos)
        if owner is not None and press.group("telegram") and owner.type is SourceType.PERSON \
                and not _RE_POSSESSIVE_END.search(text[lo:lo + press.start()]) \
                and ctx.table.resolve(owner.name or "", country=ctx.country, day=ctx.day) is None \
                and owner.role is None:
            owner = None  # "The Crimean Wind Telegram channel": a channel's name, no person's (below)
        if owner is not None:
            kind = next(k for k in _OWNED_CHANNELS if press.group(k))
            return attrs.evolve(owner, end=end, channel=_OWNED_CHANNELS[kind])

    # "the press service said" again: whoever spoke through a press service last.
    pressed = segment.endswith(_PRONOUN_PRESS_ENDS) and ("press" in segment or "media" in segment)
    again = _THE_PRESS_SERVICE.search(segment) if pressed else None
    if again:
        spoke = _near(ctx.sources, pos, lambda i: i[1].channel == "press service" and bool(i[1].name))
        if spoke is not None:
            return attrs.evolve(spoke, start=lo + again.start(), end=end, channel="press service")

    # "Its press service said", "his media office said": the press office of the body (or person)
    # spoken of last.
    own_press = _PRONOUN_PRESS.search(segment) if pressed else None
    if own_press:
        pronoun = own_press.group("pronoun").lower()
        owner = ctx.last_org(pos) if pronoun == "its" \
            else ctx.last_person(pos, "f" if pronoun == "her" else "m")
        paragraph = _paragraph_start(ctx.text, pos)
        if owner is not None and pronoun == "its" and not any(
                source.name == owner.name for items in (ctx.orgs, ctx.sources)
                for _, source in items[bisect.bisect_left(items, paragraph, key=lambda item: item[0]):
                                       bisect.bisect_left(items, pos, key=lambda item: item[0])]):
            owner = None  # a body of another paragraph: "its" may be one the table does not know
        if owner is not None:
            return attrs.evolve(owner, start=lo + own_press.start(), end=end, channel="press service")

    # "President Volodymyr Zelensky's office said": the office speaks for its owner, or is a
    # body of the table ("Zelensky's office" is the Office of the President of Ukraine).
    owned = _OWNER_OFFICE.search(segment) if segment.endswith(_OWNER_OFFICE_ENDS) else None
    owned_body: _Source | None = None
    if owned and owned.group("pronoun"):
        # "his office said": the office of the man (or woman) spoken of last.
        person = ctx.last_person(pos, "f" if owned.group("pronoun").lower() == "her" else "m")
        if person is not None:
            return attrs.evolve(person, start=lo + owned.start(), end=end, channel=None)
    elif owned:
        owner = _np_before(ctx, lo, lo + owned.start(), pos)
        if owner is not None and owner.named and owner.name:
            known: SourceEntry | None = None
            if owner.type is SourceType.PERSON:
                known = ctx.table.resolve(f"{owner.name.split()[-1]}'s {owned.group('noun')}",
                                          country=ctx.country, day=ctx.day)
            if known is not None:
                return ctx.from_entry(known, owner.start, end)
            return attrs.evolve(owner, end=end, channel=None)
        if owner is not None and owner.type is SourceType.PERSON and not owner.name \
                and owner.start is not None and owned.group("noun") != "camp":
            # "The prosecutor's office said": the office of a role nobody fills is a body nobody
            # names, the whole phrase, not its last word (unless a body is named: below).
            owned_body = _Source(start=owner.start, end=end, name=None, type=SourceType.ORGANIZATION,
                                 kind=owned.group("noun"))

    # "Our colleagues from the Ministry of Defence report": those who speak for a body are the body.
    speakers = _SPEAKERS_FOR.search(segment) if vocabulary & _SPEAKER_NOUNS else None
    if speakers:
        spoken_for = _np_before(ctx, lo + speakers.start("body"), end, pos)
        if spoken_for is not None and spoken_for.named and spoken_for.type is not SourceType.PERSON \
                and spoken_for.start == lo + speakers.start("body"):
            return attrs.evolve(spoken_for, start=lo + speakers.start())

    # "The Russian-installed management of the plant said": those who run a body speak for it.
    managers = _MANAGERS_OF.search(segment) if vocabulary & _MANAGER_NOUNS else None
    if managers:
        managed = _np_before(ctx, lo + managers.start("body"), end, pos)
        if managed is not None and managed.named and managed.type is SourceType.ORGANIZATION \
                and managed.start == lo + managers.start("body"):
            return attrs.evolve(managed, start=lo + managers.start())

    # "The Russian side denied": the country's government.
    side = _SIDE.search(segment) if lower == "side" else None
    if side:
        demonym = side.group("demonym").title()
        country = next((c for c, d in lx.COUNTRY_DEMONYMS.items() if d == demonym), None)
        if country is not None:
            return _Source(start=lo + side.start(), end=end, name=country.title(),
                           type=SourceType.ORGANIZATION)

    if lower in _PRONOUNS and len(words) >= 1 and words[-1][0] >= lo:
        return _pronoun(ctx, words[-1][0], words[-1][1], lower, pos)

    # "George Barros of the Institute for the Study of War told": the person speaks, not the body.
    member = _PERSON_OF_BODY.search(segment) if " of " in segment or " from " in segment else None
    if member is not None and not _is_location(ctx, lo + member.start()):
        person = ctx.person_from_match(lo + member.start(), lo + member.end("name"))
        if person is not None and person.name and " " in person.name:
            return attrs.evolve(person, start=lo + member.start(), end=end)

    candidates: list[tuple[int, int, _Source]] = []  # (start, priority, source)
    if owned_body is not None and owned_body.start is not None:
        candidates.append((owned_body.start, 6, owned_body))

    # "The Defense Ministry in Moscow": an organisation placed by its capital.
    placed = _IN_PLACE.search(segment) if len(words) > 1 and words[-2][2] == "in" else None
    if placed and placed.group("place") in _COUNTRIES:
        head = _np_before(ctx, lo, lo + placed.start(), pos)
        if head is not None and head.type is SourceType.ORGANIZATION and head.start is not None:
            hit = ctx.hit_by_end.get(lo + placed.start())
            if hit is not None and hit.generic:
                entry = ctx.table.resolve(hit.text, country=_COUNTRIES[placed.group("place")], day=ctx.day)
                if entry is not None:
                    head = ctx.from_entry(entry, head.start, end)
            elif hit is None and head.name and head.end == lo + placed.start():
                # A body named from the text keeps its place: "the UN monitoring mission in Ukraine".
                head = attrs.evolve(head, name=f"{head.name} in {placed.group('place')}")
            return attrs.evolve(head, end=end)
    elif placed:
        # "Russia's embassy in Chisinau": a body that is where it is.
        head = _np_before(ctx, lo, lo + placed.start(), pos)
        if head is not None and head.type is SourceType.ORGANIZATION and head.name \
                and head.name.split()[-1].lower() in _PLACED_BODIES and head.end == lo + placed.start():
            return attrs.evolve(head, name=f"{head.name} in {placed.group('place')}", end=end)
    regional_branch = _IN_REGION.search(segment) \
        if "in" in vocabulary and lower in ("region", "oblast", "krai", "territory") else None
    branch_at = regional_branch.start() if regional_branch is not None else \
        placed.start() if placed is not None and lo + placed.start("place") in ctx.location_ends else None
    if branch_at is not None and ctx.hit_by_end.get(lo + branch_at) is not None:
        # "The State Emergency Service in the Kharkiv region said": the body's branch there speaks for it.
        head = _np_before(ctx, lo, lo + branch_at, pos)
        if head is not None and head.type is SourceType.ORGANIZATION and head.name \
                and head.end == lo + branch_at:
            return attrs.evolve(head, end=end)

    # "Governor Roman Starovoit of the Kursk region": a person placed after the name.
    of_place = _OF_PLACE.search(segment) if "of" in vocabulary else None
    placed_word = _RE_LAST_WORD.search(segment, 0, of_place.start()) if of_place else None
    if placed_word is not None and placed_word.group().lower() in lx.ROLE_NOUNS:
        of_place = None  # "the mayor of Kharkiv": a role and its place (below), not a person placed
    if of_place:
        head = _np_before(ctx, lo, lo + of_place.start(), pos)
        if head is not None and head.type is SourceType.PERSON and head.name \
                and head.end == lo + of_place.start():
            return attrs.evolve(head, end=end, place=head.place or of_place.group("place"))

    # "the regional administration of the Kursk region": named as "the Kursk regional administration".
    body_of = _BODY_OF_REGION.search(segment) \
        if segment.endswith(("region", "oblast", "Oblast", "Region")) and "of" in vocabulary else None
    if body_of:
        regional = _REGIONAL.search(f"the {body_of.group('place')} regional {body_of.group('body')}")
        if regional is not None:
            return attrs.evolve(_regional(ctx, regional, lo, end, pos), start=lo + body_of.start())

    # "the RIA Novosti news agency": a known outlet with its descriptor after it.
    described = _OUTLET_AFTER.search(segment) if _may_end_with(segment, _OUTLET_AFTER_ENDS) else None
    if described:
        hit = ctx.hit_by_end.get(lo + described.start())
        if hit is not None and hit.start >= lo and ctx.entry_of(hit).type is SourceType.MEDIA:
            start = _extend_left(text, lo, hit.start)
            return ctx.from_entry(ctx.entry_of(hit), start, end)

    # "Israel's Magen David Adom ambulance service": a body of the table, then what it is.
    kind_after = _ORG_KIND_AFTER.search(segment) if segment.endswith(_ORG_KIND_ENDS) else None
    if kind_after:
        named_hit = ctx.hit_by_end.get(lo + kind_after.start())
        if named_hit is not None and named_hit.start >= lo and not named_hit.generic \
                and ctx.entry_of(named_hit).type is SourceType.ORGANIZATION:
            start = _extend_left(text, lo, named_hit.start)
            country_owner = _owner_before(text, lo, named_hit.start) if start == named_hit.start else None
            if country_owner is not None:  # "Israel's Magen David Adom ...", "The Israeli ..."
                start = _extend_left(text, lo, country_owner[1])
            return ctx.from_entry(ctx.entry_of(named_hit), start, end)

    hit = ctx.hit_by_end.get(end)
    if hit is not None and hit.start >= lo:
        entry = ctx.entry_of(hit)
        start = _extend_left(text, lo, hit.start)
        possessive = _owner_before(text, lo, hit.start) if hit.generic else None
        if possessive is not None:
            entry, start = _owned_entry(ctx, hit, entry, possessive[0]), _extend_left(text, lo, possessive[1])
        media = _MEDIA.search(segment) if vocabulary & _MEDIA_WORDS else None
        if media and entry.type is SourceType.MEDIA and lo + media.start() < start:
            start = lo + media.start()
        known_source = ctx.from_entry(entry, start, end, hit.text)
        if entry.type is SourceType.PERSON and " " not in hit.text.strip():
            # "Lysak said" after "Sergiy Lysak, the head of ...": the report's spelling of the name.
            spelled = _near(ctx.people, hit.start, lambda i: bool(i[1].name) and " " in (i[1].name or "")
                            and (i[1].name or "").split()[-1] == hit.text.strip())
            if spelled is not None and ctx.table.resolve(spelled.name or "", country=ctx.country,
                                                         day=ctx.day) in (None, entry):
                known_source = attrs.evolve(known_source, name=spelled.name)
        channel = _np_channel(text[start:end])
        if channel is not None:  # (a source from the table has none: no copy needed otherwise)
            known_source = attrs.evolve(known_source, channel=channel)
        candidates.append((start, 0, known_source))

    for suffix in _titled_suffix_starts(segment, ctx.particular):
        place_end = ctx.location_ends.get(lo + suffix, -1)
        if place_end >= end:
            continue  # "Rescue services in Bat Yam say": a place, no person
        # (most names have no "of" before them: the checks of a title "of" something are skipped)
        of_before = " of " in text[max(lo, lo + suffix - 120):lo + suffix]
        if place_end < 0 and of_before:  # a country or a place of the table the location stage left
            first_word = _RE_FIRST_WORD.match(text, lo + suffix, end)
            if first_word is not None and (first_word.group().lower() in _COUNTRY_WORDS
                                           or first_word.group() in ctx.table.places()):
                place_end = first_word.end()
        role_of = (_ROLE_OF_BEFORE.search(text, max(lo, lo + suffix - 60), lo + suffix)
                   or _ROLE_OF_BODY.search(text, max(lo, lo + suffix - 120), lo + suffix)) \
            if of_before and 0 < place_end < end else None  # "Minister of Defence of Russia Andrei Belousov"
        if role_of is not None:
            # "Mayor of Novorossiysk Andrei Kravchenko": the place ends the role, the name follows it.
            held = _name_after_place(ctx, role_of.start(), place_end, end)
            if held is not None:
                candidates.append((role_of.start(), 1, held))
                break
        if text[max(lo, lo + suffix - 8):lo + suffix].endswith(("of ", "of the ", "for ", "for the ")) \
                and _OF_BODY_BEFORE.search(text, max(lo, lo + suffix - 40), lo + suffix) is not None:
            continue  # "the Association of Tour Operators of Russia": a body's name, no person
        person = ctx.person_from_match(lo + suffix, end)
        if person is not None:
            if of_before:
                person = _role_of_body_before(ctx, lo, lo + suffix, end, person)
            candidates.append((person.start or lo, 1, person))
            break

    media = _MEDIA.search(segment) if vocabulary & _MEDIA_WORDS else None
    if media:
        outlet = media.group("name")
        if segment[:media.start("name")].rstrip().endswith("Channel"):
            outlet = f"Channel {outlet}"  # "Kremlin-backed Channel One": the word is part of the name
        known = ctx.table.resolve(outlet)
        named = (ctx.from_entry(known, lo + media.start(), end) if known is not None
                 else _Source(start=lo + media.start(), end=end, name=outlet, type=SourceType.MEDIA))
        candidates.append((lo + media.start(), 0, attrs.evolve(named, channel=_np_channel(media.group()))))

    named_media = _MEDIA_BEFORE.search(segment) if vocabulary & _MEDIA_WORDS and hit is None else None
    if named_media and named_media.group("name").split()[0].lower() not in lx.STOP_WORDS \
            and named_media.group("name").split()[0].lower() not in lx.DEMONYMS:
        outlet = named_media.group("name")
        known = ctx.table.resolve(outlet)
        start = lo + named_media.start()
        source = (ctx.from_entry(known, start, end) if known is not None and known.type is SourceType.MEDIA
                  else _Source(start=start, end=end, name=outlet, type=SourceType.MEDIA))
        candidates.append((start, 0, attrs.evolve(source, channel=_np_channel(named_media.group("kind")))))

    described_org = _ORG_DESCRIBED.search(segment) if vocabulary & _ORG_DESCRIPTORS else None
    if described_org and hit is None:
        name = described_org.group("name")
        known = ctx.table.resolve(name)
        start = lo + described_org.start()
        candidates.append((start, 0, ctx.from_entry(known, start, end) if known is not None else
                           _Source(start=start, end=end, name=name, type=SourceType.ORGANIZATION)))

    newspaper = _NEWSPAPER.search(segment) if hit is None and last in lx.MEDIA_NAME_HEADS else None
    if newspaper:
        start = lo + newspaper.start()
        candidates.append((start, 0, _Source(start=start, end=end, name=newspaper.group("name"),
                                             type=SourceType.MEDIA)))

    broadcaster = _BROADCASTER.search(segment) if hit is None and last in ("TV", "Television") else None
    if broadcaster:
        at = broadcaster.start("name")
        for word in _LETTER_RUN.finditer(broadcaster.group("name")):  # not "Houthi-run", "Russian"
            if word.group().lower().endswith(_CONTROLLED) or word.group().lower() in lx.DEMONYMS \
                    or word.group().lower() in lx.STOP_WORDS:
                at = broadcaster.start("name") + word.end()
                continue
            break
        while at < len(segment) and segment[at].isspace():
            at += 1
        name = segment[at:broadcaster.end("name")]
        if name and name not in ("TV", "Television"):
            candidates.append((lo + at, 0, _Source(start=lo + at, end=end, name=name, type=SourceType.MEDIA)))

    regional = _REGIONAL.search(segment) if segment.endswith(_REGIONAL_ENDS) else None
    if regional:
        candidates.append((lo + regional.start(), 2, _regional(ctx, regional, lo, end, pos)))

    document = _DOCUMENT.search(segment) if lower in lx.REPORT_NOUNS else None
    if document and (document.group("owner") is None or document.group("owner").strip()):
        author = _document_source(ctx, document, lo, end, pos)
        if author is not None:
            candidates.append((lo + document.start(), 2, author))

    group = _GROUP.search(segment) if vocabulary & lx.GROUP_NOUNS else None
    outlet_staff = _outlet_of_staff(ctx, lo + group.start(), end) if group else None
    if outlet_staff is not None:  # "Suspilne correspondents", "AFP journalists": the outlet reports
        candidates.append((outlet_staff.start or lo, 0, outlet_staff))
    elif group and _is_group(group.group()):
        start = lo + group.start()
        part = _PART_OF.search(segment, 0, group.start())  # "One of the sources, who asked ..., told"
        if part is not None:
            start = lo + part.start()
        # "Lysak said four were killed. Among the dead was a girl, the official added.": the person
        # who spoke last in the paragraph.
        spoken = ctx.last_person(pos) if _THE_OFFICIAL.fullmatch(group.group()) else None
        spoke_at = next((at for at, source in reversed(ctx.sources) if source is spoken), None) \
            if spoken is not None else None
        if spoke_at is None or spoke_at < _paragraph_start(ctx.text, pos) \
                or "fficial" in ctx.text[spoke_at:start]:
            spoken = None  # nobody named spoke in the paragraph, or another official did since
        if spoken is not None:
            candidates.append((start, 3, attrs.evolve(spoken, start=start, end=end, channel=None)))
        else:
            candidates.append((start, 3, _Source(start=start, end=end, name=None, type=SourceType.UNNAMED,
                                                 channel=_np_channel(group.group()))))

    broadcaster = _STATE_BROADCASTER.search(segment) if vocabulary & _BROADCAST_WORDS else None
    if broadcaster:  # "Iranian state television reported": an outlet the text does not name
        start = lo + broadcaster.start()
        candidates.append((start, 3, _Source(start=start, end=end, name=None, type=SourceType.UNNAMED)))

    role = _find_role(segment) if vocabulary & lx.ROLE_NOUNS else None
    if role:
        start = lo + role.start()
        title = role.group()
        country_owner = _owner_before(text, lo, start) if _CAP.match(title) else None
        if country_owner is not None:
            # "Qatar's Ministry of Foreign Affairs spokesman": the country owns the office.
            start = _extend_left(text, lo, country_owner[1])
            title = text[start:end]
        office, place = _office_and_place(title)
        noun = role.group("noun").lower()
        office = office or _OFFICE_OF.get(noun, noun)
        qualifier = [w for w in _LETTERS.findall(title) if w.lower() != noun and w != place]
        # "An IDF spokesman", "a spokesperson for the State Department": one of several, nobody
        # named before (a name after it is found by _named_after_role).
        indefinite = _RE_INDEFINITE.match(role.group()) is not None
        local = _LOCAL_OFFICE.search(role.group()) is not None
        below_region = _BELOW_REGION.search(role.group()) is not None
        person = None if indefinite else ctx.person_by_office(
            office, place, pos, qualifier, local=local, below_region=below_region)
        if person is None and place is not None and not indefinite:
            # "the mayor of Nikolaev": the office of the place the locations stage reads (Mykolaiv),
            # never another city's holder.
            canonical = ctx.place_name_at(start + role.group().find(place), place)
            if canonical is not None:
                person = ctx.person_by_office(office, canonical, pos, qualifier, local=local,
                                              below_region=below_region)
        role_text = _role_from_title(title, office, place)
        if person is not None:
            status = _RE_STATUS.search(title)
            if status is not None and _status_word(status) == "Former" and person.start is None:
                person = None  # "the former Kursk governor": not the governor the table has now
            elif status is not None:  # "the Belgorod region's acting governor": the report's status
                role_given = ctx.report_role(person.name, person.role, title, office, place)
                person = attrs.evolve(person, role=role_given)
        if person is not None:
            # "The governor insisted" after "Gladkov's press service said": not that channel again.
            candidates.append((start, 4, attrs.evolve(person, start=start, end=end, channel=None)))
        else:
            candidates.append((start, 5, _Source(start=start, end=end, name=None, type=SourceType.PERSON,
                                                 role=role_text, office=office, place=place)))

    forces = _ARMED_FORCES_BODY.search(segment) if ("'" in segment or "’" in segment) and (
        "forces" in segment or "army" in segment or "military" in segment or "navy" in segment
        or "force's" in segment or "force’s" in segment) else None
    if forces is not None and forces.group("demonym") in _DEMONYM_COUNTRIES:
        rest = forces.group("rest")
        demonym = forces.group("demonym")
        start = lo + forces.start()
        entry = ctx.table.resolve(f"{demonym} {rest}", day=ctx.day) \
            or ctx.table.resolve(f"{_DEMONYM_COUNTRIES[demonym]}'s {rest}", day=ctx.day)
        candidates.append((start, 4, ctx.from_entry(entry, start, end) if entry is not None else
                           _Source(start=start, end=end, name=f"{demonym} {rest}",
                                   type=SourceType.ORGANIZATION, kind=_LETTERS.findall(rest)[-1].lower())))

    national = _NATIONAL_ORG.search(segment) if hit is None and ("'s" in segment or "’s" in segment) else None
    if national and (national.group("country") in lx.CAPITALS
                     or national.group("country").lower() in lx.COUNTRY_DEMONYMS):
        candidates.append((lo + national.start(), 4, _national_org(ctx, national, lo, end)))

    anaphor = _ORG_ANAPHOR.search(segment) if _may_end_with(segment, _ORG_ANAPHOR_ENDS) else None
    if anaphor:
        start = lo + anaphor.start()
        noun = " ".join(anaphor.group("noun").lower().split())
        if noun == "task force":
            noun = "headquarters"  # a region's operational headquarters, as in _regional
        topic = words[-2][2] if noun == "ministry" and len(words) > 1 else ""
        if topic.isalpha() and topic.islower() and topic not in _NOT_TOPICS:
            # "the health ministry", "the Lebanese energy ministry": a ministry of that topic, not
            # the defence ministry (nor the ministry named last).
            candidates.append((lo + words[-2][0], 4, _topic_ministry(ctx, words, topic, lo, end)))
            anaphor = None
    if anaphor:
        start = lo + anaphor.start()
        noun = " ".join(anaphor.group("noun").lower().split())
        if noun == "task force":
            noun = "headquarters"
        org = _facility_here(ctx, noun, lo, end) if noun in _FACILITIES else None
        if org is not None and org.start is not None:
            start = org.start  # "The Kursk nuclear power plant said": named here, no anaphor
        else:
            org = ctx.last_org(pos, noun)
        # "The Ukrainian Justice Ministry", "the Transport Ministry": a capitalised word before the
        # noun makes a name, not an anaphor to fill with the defence ministry.
        name_before = not anaphor.group().lower().startswith("the") and len(words) > 1 \
            and _CAP.match(words[-2][2]) is not None and words[-2][2].lower() not in lx.STOP_WORDS
        if org is None and noun in _FACILITIES:
            org = _named_facility(ctx, noun, start, end, pos)
        if org is None and noun == "ministry" and not name_before:
            # Reports on air attacks that say only "the ministry" mean the defence ministry.
            entry = ctx.table.resolve("Defence Ministry", country=ctx.country_near(start), day=ctx.day)
            org = ctx.from_entry(entry, start, end) if entry is not None else None
        if org is not None:
            # "the ministry specified": the channel of an earlier mention is not this one's.
            candidates.append((start, 4, attrs.evolve(org, start=start, end=end, channel=None)))
        elif len(words) > 1 and _CAP.match(words[-2][2]) and words[-2][2].lower() not in lx.STOP_WORDS:
            pass  # "The Baltic Fleet", "the Commerce Department": a name, not an anaphor
        else:
            candidates.append((start, 6, _Source(start=start, end=end, name=None, kind=noun,
                                                 type=SourceType.ORGANIZATION)))

    proper = _proper_org(words, lo, end) if not candidates else None
    if proper is not None:
        candidates.append((proper.start or lo, 6, proper))

    body = (_ORG.search(segment) or _ACRONYM_ORG.search(segment)) if not candidates else None
    if body:
        start = lo + body.start()
        name = body.group("name")
        if name.split()[0].lower() not in lx.STOP_WORDS:
            kind = _LETTERS.findall(body.group("head"))[-1].lower()
            candidates.append((start, 6, _Source(start=start, end=end, name=_org_name(name), kind=kind,
                                                 type=SourceType.ORGANIZATION)))

    after_preposition = len(words) > 1 and words[-2][2].lower() in _PLACE_PREPOSITIONS
    if not candidates and _CAP.match(last) and lower not in lx.STOP_WORDS and lower not in lx.GROUP_NOUNS \
            and not after_preposition:  # "the mission in Ukraine said": Ukraine is not the subject
        start = words[-1][0]
        if last in _COUNTRIES or last in lx.CAPITALS or _ACRONYM.match(last) \
                or (last[1:].islower() and last.lower() in lx.COUNTRY_DEMONYMS):
            # "Moscow denied", "Kyiv said": a capital stands for its country's government, and a
            # country for itself ("Iran says": a body, never a person named Iran).
            candidates.append((start, 7, _Source(start=start, end=end, name=lx.CAPITALS.get(last, last),
                                                 type=SourceType.ORGANIZATION)))
        elif len(last) > 2 and not _is_location(ctx, start):
            # A lone capitalised word: the short name of someone known (named earlier in the
            # report, or in the table), else a name if it looks like one ("Energoatom said"),
            # but not an English word that opens a sentence ("Unconfirmed reports").
            person = ctx.person_by_surname(last, pos)
            if person is not None:
                # "von der Leyen said": the particles before the surname belong to it.
                index = len(words) - 1
                while index > 0 and words[index - 1][2] in NAME_PARTICLES \
                        and person.name and f" {words[index - 1][2]} " in f" {person.name} ":
                    index -= 1
                start = words[index][0]
                candidates.append((start, 7, attrs.evolve(person, start=start, end=end)))
            elif _looks_like_name(ctx.text, last):
                kind = SourceType.PERSON if _SURNAME.search(last) else SourceType.ORGANIZATION
                candidates.append((start, 8, _Source(start=start, end=end, name=last, type=kind)))

    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], c[1]))
    best = candidates[0]
    titled = next((c for c in candidates if c[1] == 1 and c[2].name), None)
    if titled is not None and best[1] in (3, 4, 5) and best[0] < titled[0]:
        # "Russian-appointed governor of the Zaporizhzhia region Yevgeny Balitsky": the name wins.
        return attrs.evolve(titled[2], start=best[0])
    return best[2]


# Endings of English words that open sentences but name nobody ("Unconfirmed", "Footage").
_ENGLISH_ENDING = regex.compile(r"(?:ed|ing|ly|tion|sion|ment|ness|ous|ful|ive|able|ible|age|ance|ence|ity|"
                                r"ies|es|s|er|ers|est)$")
# Endings of English words that are never part of a person's name ("Casualties", "Killed").
_NOT_NAME_ENDING = regex.compile(r"(?:ed|ing|ies|tion|sion|ment|ness|ous|ful|ity)$")
def _bare_surname(surname: str) -> str:
    """A surname without the Arabic article, which a report may capitalise or drop: `Al-Sisi`, `Sisi`."""
    return surname[3:] if surname[:3] in ("al-", "Al-", "el-", "El-") else surname


# Endings of East Slavic surnames ("Kyrylenko", "Gladkov", "Humeniuk").
_SURNAME = regex.compile(r"(?:ov|ev|yov|in|yn|enko|ko|uk|iuk|yuk|chuk|yi|iy|ii|sky|skyi|skiy|ova|eva|ina|ska|"
                         r"ska|ich|vich|ets|an|yan)$")


def _proper_org(words: Sequence[tuple[int, int, str]], lo: int, end: int) -> _Source | None:
    """A multi-word organisation name ending the segment: `The Institute for the Study of War`."""
    index = len(words) - 1
    if index < 1 or not _CAP.match(words[index][2]):
        return None
    first = index
    while first > 0:
        word = words[first - 1][2]
        capital = bool(_CAP.match(word)) and word.lower() not in lx.STOP_WORDS
        joins = word in ("of", "for", "the", "and", "on") and first > 1 and (
            bool(_CAP.match(words[first - 2][2])) or words[first - 2][2] in ("of", "for", "the"))
        if not (capital or joins):
            break
        first -= 1
    names = words[first:index + 1]
    while names and not _CAP.match(names[0][2]):
        names = names[1:]
    if len(names) < 2 or not any(w[2].lower() in lx.ORG_HEADS for w in names):
        return None
    start = names[0][0]
    if first > 0 and words[first - 1][2] in ("the", "The"):
        start = words[first - 1][0]
    name = " ".join(w[2] for w in names)
    return _Source(start=start, end=end, name=_org_name(name), type=SourceType.ORGANIZATION,
                   kind=names[-1][2].lower())


def _looks_like_name(text: str, word: str) -> bool:
    """Whether a capitalised word is a name: not an English word by its ending or its use."""
    if _ENGLISH_ENDING.search(word.lower()):
        return False
    lower = word.lower()
    if _LETTER_RUN.fullmatch(lower):
        # Found as a whole word exactly when it is one of the text's letter-or-hyphen runs.
        return lower not in _letter_runs(text)
    return regex.search(rf"(?<![\p{{L}}\-]){regex.escape(lower)}(?![\p{{L}}\-])", text,
                        timeout=scan_timeout(len(text))) is None


_LETTER_RUN = regex.compile(r"[\p{L}\-]+")


@functools.lru_cache(maxsize=8)
def _letter_runs(text: str) -> frozenset[str]:
    """The runs of letters and hyphens in ``text``: one scan a text, not one a word asked about."""
    return frozenset(_LETTER_RUN.findall(text, timeout=scan_timeout(len(text))))


def _titled_suffixes(segment: str, particular: bool = False) -> Iterable[regex.Match[str]]:
    """Matches of ``_TITLED_NAME`` that run to the end of ``segment``, longest first.

    Such a match is at most eight blank-free words with the blanks between them,
    so it starts after the eighth-last run of blanks: the scan starts there.
    """
    if _CAPITALISED_END.search(segment) is None:
        return  # a match ends with a capitalised word: none ends here
    blanks = list(_RE_SPACE_RUN.finditer(segment))
    start = blanks[-_TITLED_WORDS].end() if len(blanks) >= _TITLED_WORDS else 0
    titled = _TITLED_NAME_PARTICLES if particular else _TITLED_NAME
    for match in titled.finditer(segment, start, overlapped=True):
        if match.end() == len(segment):
            yield match


@functools.lru_cache(maxsize=4096)  # a pure function of its arguments; reports repeat their subjects
def _titled_suffix_starts(segment: str, particular: bool = False) -> tuple[int, ...]:
    """Where the matches of :func:`_titled_suffixes` start."""
    return tuple(match.start() for match in _titled_suffixes(segment, particular))


def _extend_left(text: str, lo: int, start: int) -> int:
    """Take in a determiner or descriptive words before a table alias (`The Russian ...`)."""
    before = text[lo:start]
    match = _RE_THE_AT_END.search(before)
    return lo + match.start() if match else start


_STAFF = frozenset("correspondents correspondent journalists journalist reporters reporter".split())


def _outlet_of_staff(ctx: _Context, start: int, end: int) -> _Source | None:
    """`Suspilne correspondents`: an outlet of the table, then its reporters, is the outlet."""
    words = _words_before(ctx.text, start, end)
    if len(words) < 2 or words[-1][2].lower() not in _STAFF:
        return None
    for index in range(len(words) - 1):
        hit = ctx.hit_by_start.get(words[index][0])
        if hit is not None and hit.end == words[-2][1] and ctx.entry_of(hit).type is SourceType.MEDIA:
            return ctx.from_entry(ctx.entry_of(hit), _extend_left(ctx.text, start, hit.start), end)
    return None


# One official, definite, standing for the official who spoke last: "the official added".
_THE_OFFICIAL = regex.compile(r"(?:the|The)\s+official")


def _is_group(phrase: str) -> bool:
    """A group of people (`local officials`), not an organisation name (`the General Staff`)."""
    words = _RE_PHRASE_WORD.findall(phrase)
    heads = [i for i, w in enumerate(words) if w.lower() in lx.GROUP_NOUNS]
    if not heads:
        return False
    head = words[heads[0]]
    return heads[0] == 0 or not head[:1].isupper()


def _is_location(ctx: _Context, start: int) -> bool:
    return any(p == start for p, _ in ctx.admin1) or ctx.text[start:].split(" ", 1)[0] in ctx.table.places()


def _pronoun(ctx: _Context, start: int, end: int, word: str, pos: int) -> _Source | None:
    kind = _PRONOUNS[word]
    if kind == "person":
        person = ctx.last_person(pos, _PRONOUN_GENDER.get(word))
        if person is None:
            return _Source(start=start, end=end, name=None, type=SourceType.PERSON)
        return attrs.evolve(person, start=start, end=end, channel=None)
    if kind == "org":
        org = ctx.last_org(pos)
        # "Astra published photos it said showed ...": an outlet that spoke last is "it" too.
        outlet = _near_item(ctx.sources, pos, lambda i: i[1].type is SourceType.MEDIA and bool(i[1].name))
        if outlet is not None and not _org_between(ctx, outlet[0], pos):
            org = outlet[1]
        if org is None:
            # "The prosecutor's office opened a case, it said": a body the table does not know,
            # the subject of this sentence (or of the one before, for a sentence-opening "It").
            org = _subject_body(ctx, start)
        if org is None:
            return None
        return attrs.evolve(org, start=start, end=end, channel=None)
    return _Source(start=start, end=end, name=None, type=SourceType.UNNAMED)


_SENTENCE_END_BEFORE = regex.compile(r"(?r)[.!?][\"”’)]?\s+|\n")


def _subject_body(ctx: _Context, pronoun: int) -> _Source | None:
    """The organisation opening the sentence of ``pronoun`` (or the sentence before), named or not."""
    text = ctx.text
    hi = pronoun
    for _ in range(2):
        floor = max(0, hi - _BEFORE_WINDOW)
        stop = _SENTENCE_END_BEFORE.search(text, floor, hi, timeout=ctx.timeout)
        lo = stop.end() if stop else floor
        if stop is None and floor > 0:
            return None
        words = list(_WORD.finditer(text, lo, hi))[:8]
        for index in range(len(words), 0, -1):
            source = _np_before(ctx, lo, words[index - 1].end(), hi)
            if source is not None and source.type is SourceType.ORGANIZATION and source.start is not None \
                    and source.start >= words[0].start() \
                    and all(w.lower() in lx.STOP_WORDS for w in _LETTERS.findall(text, lo, source.start)):
                return source  # (after "Separately," or "Meanwhile,": the subject all the same)
        if words:
            return None  # the sentence has a subject of its own: not a body
        if stop is None:
            return None
        hi = stop.start()
    return None


def _org_between(ctx: _Context, lo: int, hi: int) -> bool:
    """Whether an organisation is named or speaks between ``lo`` and ``hi``."""
    def org(item: tuple[int, _Source]) -> bool:
        return lo < item[0] < hi and item[1].type is SourceType.ORGANIZATION

    return _near_item(ctx.orgs, hi, org) is not None or _near_item(ctx.sources, hi, org) is not None


# What a body called `the think tank` has in its name.
_DESCRIBED_AS = {"think tank": ("institute", "centre", "center", "council", "foundation", "institution")}
# Kinds of body another noun names too: an intelligence or security service is `the agency`, a
# country's armed forces `the army`, its general staff or defence ministry `the military`.
_ALSO_CALLED = {"agency": ("service",), "army": ("military",), "military": ("general staff",)}
_DEFENCE_NAMES = ("ministry of defence", "ministry of defense")


# Surname endings that tell gender in Russian and Ukrainian names ("Zakharova", "Sokolov").
_FEMALE_SURNAME = regex.compile(r"(?:ova|eva|yova|ina|skaya|tskaya|ska)$")
_MALE_SURNAME = regex.compile(r"(?:ov|ev|yov|in|yn|sky|skiy|skyi|skii|vich)$")
_MALE_TITLES = frozenset({"spokesman", "chairman", "congressman", "mr"})


def _gender(source: _Source) -> str | None:
    """``"f"``, ``"m"`` or None: from a title in the role, the given name, then the surname's ending."""
    for word in _LETTERS.findall((source.role or "").lower()):
        if word in lx.FEMALE_TITLES:
            return "f"
        if word in _MALE_TITLES:
            return "m"
    words = (source.name or "").split()
    if not words:
        return None
    first = words[0].lower()
    if len(words) > 1 and first in lx.FEMALE_NAMES:
        return "f"
    if len(words) > 1 and first in lx.MALE_NAMES:
        return "m"
    last = words[-1].lower()
    if _FEMALE_SURNAME.search(last):
        return "f"
    if _MALE_SURNAME.search(last):
        return "m"
    return None


_COMMUNITY_LEVELS = frozenset({"community", "hromada", "village", "settlement"})


def _regional(ctx: _Context, match: regex.Match[str], lo: int, end: int, pos: int) -> _Source:
    place = match.group("place")
    level = (match.group("level") or "oblast").lower()
    body = _RE_SPACE_RUN.sub(" ", match.group("body")).replace("’", "'")
    if level in _COMMUNITY_LEVELS:
        # "the Bilozerka community administration", "the Velyka Pysarivka village council": the body of
        # the community named, never the region's or a city's.
        name = f"{place} {level.title()} {body.title()}" if place and place.lower() not in lx.STOP_WORDS \
            else match.group().removeprefix("the ").removeprefix("The ")
        return _Source(start=lo + match.start(), end=end, name=name, type=SourceType.ORGANIZATION,
                       kind=body.split()[-1])
    if place and match.group("level") is None and place in _CITY_REGIONS:
        level = "city"  # "Kyiv's military administration" is the city's
        region = place
    elif place and match.group("level") is None and body == "operational headquarters" \
            and ctx.settlement_at(lo + match.start("place")):
        # "the Novorossiysk operational headquarters": a city's, named after it
        return _Source(start=lo + match.start(), end=end, name=f"{place} Operational Headquarters",
                       type=SourceType.ORGANIZATION, kind="headquarters")
    elif place and level == "krai":
        region = f"{place} Krai"  # "the Krasnodar Krai operational headquarters"
    elif level.startswith(("town", "village")):
        level = "city"  # "the town's military administration" is named like a city's
        region = place or ctx.city_near(pos)
    elif place:
        region = f"{place} Oblast" if level not in ("city", "city's") else place
    elif level in ("city", "city's"):
        region = ctx.city_near(pos)
    else:
        # No region named: the region of the city named before (Odesa's is Odesa Oblast).
        # A region named after it is only taken when neither is before: "CHERNIHIV — ... the regional
        # administration said" in a round-up whose next paragraph names the Poltava region.
        city = ctx.city_near(pos)
        city_region = f"{city} Oblast" if city and city not in _CITY_REGIONS else None
        before = ctx.admin1_near(pos, before=True)
        if before is None and city_region is not None and city in ctx.table.places():
            region = city_region
        else:
            region = before or ctx.admin1_near(pos) or city_region
    if region is not None and level.startswith("republic") and not region.startswith("Republic of"):
        # "the republic's government": a republic is named as one (Republic of Tatarstan).
        region = f"Republic of {region.removesuffix(' Oblast')}"
    start = lo + match.start()
    if region is None:
        return _Source(start=start, end=end, name=match.group().removeprefix("the ").removeprefix("The "),
                       type=SourceType.ORGANIZATION, kind=body.split()[-1])
    if body.endswith("government"):
        name = f"Government of {region}"
    elif body.endswith("administration"):
        kind = "City" if level.startswith("city") else "Oblast"
        base = region.split()[0] if kind == "City" else region.removesuffix(" Oblast")
        name = f"{base} {kind} {'Military ' if 'military' in body else ''}Administration"
    elif body.endswith("office"):
        name = f"{region} Prosecutor's Office"
    elif body.endswith("task force"):
        # A Russian region's operational headquarters (operativny shtab) is often called its task force.
        name = f"{region} Operational Headquarters"
    elif body.endswith("ministry"):
        topic = body.removesuffix("ministry").strip()
        topic = "Regional Security" if level == "regional" and topic == "security" else topic.title()
        name = f"Ministry of {topic} of {region}" if topic else f"Ministry of {region}"
    else:
        level_word = " City" if level.startswith("city") and "City" not in region else ""
        name = f"{region}{level_word} {body.title()}"
    if region.startswith("Republic of") and "Republic" not in name.split(" of ")[-1]:
        pass
    if name.endswith(f"of {region}") and region.startswith("Republic of"):
        name = name.replace(f"of {region}", f"of the {region}")
    return _Source(start=start, end=end, name=name, type=SourceType.ORGANIZATION, kind=body.split()[-1])


def _document_source(ctx: _Context, match: regex.Match[str], lo: int, end: int, pos: int) -> _Source | None:
    """`the ministry's statement` → the ministry; `the statement` → whoever spoke last."""
    owner = match.group("owner")
    start = lo + match.start()
    if owner:
        owner_end = lo + match.start("owner") + len(owner)
        source = _np_before(ctx, start, owner_end, pos)
        if source is None or not source.named:
            return None
        return attrs.evolve(source, start=start, end=end)
    found = _near_item(ctx.sources, pos, lambda item: item[1].named and bool(item[1].name))
    if found is None:
        return None
    indefinite = _RE_INDEFINITE.match(match.group()) is not None
    if indefinite and pos - found[0] > _SAME_CLAUSE:
        return None  # "according to a tally": someone's, but not necessarily the last speaker's
    return attrs.evolve(found[1], start=start, end=end, channel=None)


def _np_channel(phrase: str) -> str | None:
    """`The Telegram channel Baza`: Telegram; not when it is whom the source cites.

    `Meduza, citing Russian Telegram channels,`: Meduza's channel is not Telegram.
    """
    telegram = _RE_TELEGRAM.search(phrase)
    if telegram is None:
        return None
    citing = _CITING.search(phrase, 0, telegram.start())
    return "Telegram" if citing is None else None


def _np_after(ctx: _Context, start: int, limit: int, pos: int) -> _Source | None:
    """The source noun phrase starting at ``start`` (for `according to X`, `, said X`)."""
    text = ctx.text
    limit = min(limit, start + 200)  # a source phrase is short; this bounds the work
    while start < limit and text[start].isspace():
        start += 1
    boundary = _BOUNDARY.search(text, start, limit)
    stop = boundary.start() if boundary else limit
    that = _PHRASE_END.search(text, start, stop)
    end = that.start() if that else stop
    phrase = text[start:end].rstrip(" .")
    end = start + len(phrase)
    if not phrase:
        return None
    # "a statement from the regional administration": the author is the source.
    authored = _AUTHORED.match(phrase) or _BRANCH_OF.match(phrase)
    if authored:
        author = _np_after(ctx, start + authored.end(), end, pos)
        if author is not None:
            return attrs.evolve(author, start=start)
    # Try the longest prefix that parses as a source, shrinking word by word.
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)][:12]
    for index in range(len(words), 0, -1):
        stop_at = words[index - 1][1]
        source = _np_before(ctx, start, stop_at, pos)
        if (source is not None and source.start == start) or (source is not None and source.start is not None
                                                             and text[start:source.start].strip() in
                                                             ("the", "The", "")):
            assert source is not None
            if source.type is SourceType.UNNAMED:
                stop_at = _group_place_end(ctx, source, stop_at, stop)
            return attrs.evolve(_known_head(ctx, source, start, stop_at), start=start, end=stop_at)
    return None


# Where an unnamed source is: "a source in the security forces", "officials at the plant".
_GROUP_PLACE = regex.compile(
    r"\s+(?:in|at|within|inside|from|with|close\s+to|familiar\s+with|near|among)\s+"
    r"(?:(?:the|a|an|its|his|her|their)\s+)?[\p{L}\-'’]+"
    r"(?:\s+(?!(?:that|who|which|as|when|while|after|before|and|but|on|in|at|to)\b)[\p{L}\-'’]+){0,5}")
_NOT_PLACE_WORDS = lx.REPORT_NOUNS | frozenset("interview comments remarks video address conference morning "
                                               "evening night afternoon week weekend time".split())


def _group_place_end(ctx: _Context, source: _Source, end: int, stop: int) -> int:
    """Where an unnamed group's phrase ends with the place it is in (`a source in the security forces`)."""
    last = _RE_LAST_WORD.search(ctx.text, source.start or end, end)
    if last is None or last.group(1).lower() not in lx.GROUP_NOUNS:
        return end
    place = _GROUP_PLACE.match(ctx.text, end, stop)
    if place is None:
        return end
    if any(word.lower() in _NOT_PLACE_WORDS for word in _LETTERS.findall(place.group())) \
            or _channel(ctx.text, end, place.end()) is not None:
        return end  # "according to officials in a statement", "sources on Telegram"
    return place.end()


def _known_head(ctx: _Context, source: _Source, start: int, end: int) -> _Source:
    """`Air Force Command of the Armed Forces of Ukraine`: a body the table knows, then `of` its parent."""
    if source.type is not SourceType.ORGANIZATION or not source.name or ctx.table.resolve(source.name):
        return source
    text = ctx.text
    at = start + 4 if text.startswith(("the ", "The "), start) else start
    hit = ctx.hit_by_start.get(at)
    if hit is None or hit.end >= end or not text.startswith(" of ", hit.end):
        return source
    entry = ctx.entry_of(hit)
    return ctx.from_entry(entry, start, end) if entry.type is SourceType.ORGANIZATION else source


# ------------------------------------------------------------------ channels and content

def _channel(text: str, lo: int, hi: int, near: int | None = None, *,
             outlet_from: int | None = None) -> str | None:
    """The channel named in [lo, hi).

    With ``near``, only matches starting before it count, or those a participle
    introduces (`, writing on Telegram`); ``outlet_from`` is where the object
    of `tell` starts (`tells public broadcaster Suspilne`).
    """
    best: tuple[int, str] | None = None
    starts, channels = _channel_words_at(text)
    first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    named = set(channels[first:last]) if first < last else ()  # (most stretches name none)
    for name, pattern in _CHANNELS if named else ():
        if name not in named:
            continue  # none of the channel's words in [lo, hi): no match
        for match in pattern.finditer(text, lo, hi):
            if near is not None and match.start() > near and not _PARTICIPLE_BEFORE.search(
                    text, max(lo, match.start() - 40), match.start()):
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), name)
            break
    if best is not None:
        return best[1]
    if outlet_from is None:
        return None
    told = _TOLD_OUTLET.match(text, outlet_from, hi) or _TOLD_NAMED_OUTLET.match(text, outlet_from, hi)
    return told.group("name") if told else None


@functools.lru_cache(maxsize=8)
def _channel_words_at(text: str) -> tuple[list[int], list[str]]:
    """Where the channels' words (:data:`lexicon.CHANNEL_WORDS`) occur in ``text``, in order, and whose."""
    found = sorted((at, name) for name, _ in _CHANNELS for at in _occurrences(text, lx.CHANNEL_WORDS[name]))
    return [at for at, _ in found], [name for _, name in found]


# "in an interview with Reuters", "in a column for the Kyiv Post", "in comments to CNN".
_INTERVIEW_WITH = regex.compile(
    r"\b(?:in\s+(?:an?|his|her|its|their)\s+(?:[\p{Ll}\-]+\s+)?(?:interview|column|op-ed|article|comments?|"
    r"conversation)\s+(?:with|for|to)|(?:in\s+)?(?:comments|remarks|a\s+statement)\s+(?:carried|published|"
    r"quoted|cited)\s+by)\s+(?:the\s+)?(?:(?:state|official|private)\s+)?(?:news\s+agency\s+|newspaper\s+)?"
    r"(?P<name>\p{Lu}[\p{L}\p{N}\-]*(?:\.\p{L}{2,})?(?:\s+\p{Lu}[\p{L}\-]*){0,2})"
)


# "..., writing on Telegram": a participle that carries the channel of the main verb.
_PARTICIPLE_BEFORE = regex.compile(r",\s+(?:writing|posting|speaking|saying)(?:\s+[\p{L}]+){0,2}\s*$")


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return Span(start, end) if end > start else None


def _quote_start(text: str, para_start: int, before: int) -> int | None:
    """Where the quotation closing just before ``before`` opens (`"...," he said`)."""
    tail = text[max(para_start, before - 3):before]
    if not _RE_QUOTE_AT_END.search(tail):
        return None
    close = max(text.rfind(c, para_start, before) for c in "\"”»")
    for opener in ("“", "«", "\""):
        index = text.rfind(opener, para_start, close)
        if index >= 0:
            return index
    return None


# ------------------------------------------------------------------ the pass

@attrs.frozen(kw_only=True)
class _Found:
    cue: Span
    source: _Source | None
    stance: Stance
    channel: str | None
    content: Span | None
    order: int  # lower wins when cues overlap


class _CueIndex:
    """Where in a text's sentences the cue patterns can match, found in one pass per word.

    Scanning every sentence with every cue pattern costs most of a report's time
    although most patterns match in few sentences. The reporting verbs are found
    once over the whole text (they are single words, and a sentence's bounds are
    always next to whitespace, so a whole-text match is the sentence's match);
    the other patterns are scanned only in sentences holding one of their
    :data:`_NEEDED_WORDS` (those of :data:`_NEEDED_BETWEEN` only between the words they need).
    """

    def __init__(self, text: str, spans: Sequence[Span]) -> None:
        self._starts = [span.start for span in spans]
        words = _prefilter.ascii_words(text)
        self.verbs: dict[int, list[_prefilter.PhraseMatch]] = {}
        for match in _prefilter.finditer(_VERB, _VERB_AT.positions(words), text):
            self.verbs.setdefault(self._sentence_of(match.start()), []).append(match)
        # The patterns each sentence may match, by the sentence's index (most hold none), each once:
        # short lists, a quarter of the memory of sets (6,000 sentences hold some in a 1 MB report).
        self._patterns: dict[int, list[regex.Pattern[str]]] = {}
        sentences_with: dict[frozenset[str], set[int]] = {}
        for pattern, needed in _NEEDED_WORDS.items():
            if needed not in sentences_with:
                sentences_with[needed] = {self._sentence_of(words.starts[index])
                                          for index in words.indexes_of(needed)}
            for index in sentences_with[needed]:
                self._patterns.setdefault(index, []).append(pattern)
        last = len(words) - 1
        for pattern, (needed, before, after) in _NEEDED_BETWEEN.items():
            for index in words.indexes_of(needed):
                if index < last and words.word(index + 1) in after and (
                        before is None or (index > 0 and words.word(index - 1) in before)):
                    found = self._patterns.setdefault(self._sentence_of(words.starts[index]), [])
                    if pattern not in found:
                        found.append(pattern)
        for at in _occurrences(words.lowered, (_ACCORDING_STEM,)):
            found = self._patterns.setdefault(self._sentence_of(at), [])
            if _ACCORDING not in found:
                found.append(_ACCORDING)

    def _sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos) - 1

    def patterns_in(self, sentence: int) -> Collection[regex.Pattern[str]]:
        """The gated patterns (:data:`_NEEDED_WORDS`, _ACCORDING) that may match in that sentence."""
        return self._patterns.get(sentence, ())


def _occurrences(text: str, words: Iterable[str]) -> Iterable[int]:
    """Every offset where one of ``words`` occurs in ``text`` (str.find: fast, linear)."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            yield at
            at = text.find(word, at + 1)


def find_attributions(document: Document, found: Findings, table: SourceTable,
                      extractor: str = "") -> list[Attribution]:
    """Every attribution in ``document``: see the module docstring.

    ``extractor`` is the name each attribution carries (the pipeline would
    otherwise copy every one to stamp it).
    """
    ctx = _Context(document, found, table)
    text = ctx.text
    kept: list[_Found] = []
    spans = sentences(text)
    cues = _CueIndex(text, spans)
    for index, sentence in enumerate(spans):
        kept.extend(_without_overlaps(_sentence(ctx, sentence, cues, index)))
    # "Source: X" lines (few): keep those no cue overlaps.
    for match in _HEADER.finditer(text, timeout=ctx.timeout):
        for item in _header(ctx, match):
            if not any(f.cue.overlaps(item.cue) for f in kept):
                kept.append(item)
    kept.sort(key=lambda f: f.cue.start)
    if "(" in text:
        kept = _expand_acronyms(ctx, kept)
    return [_attribution(text, item, extractor) for item in kept]


# An acronym a report defines in brackets after a body's name: "US Central Command (CENTCOM)",
# "the State Emergency Service (SES)". Mixed case is allowed after the first two capitals ("MChS").
_DEFINED_ACRONYM = regex.compile(r"\s\((?P<acronym>\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}[\p{Lu}\p{Ll}&]{0,6})\)")


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether the letters of ``acronym`` occur in order in ``name``, its first at a word's start."""
    letters = acronym.lower()
    words = name.lower().split()
    if not any(w.startswith(letters[0]) for w in words):
        return False
    rest = iter(" ".join(words))
    return all(letter in rest for letter in letters)


def _expand_acronyms(ctx: _Context, kept: list[_Found]) -> list[_Found]:
    """Sources named later by an acronym the report defined: the body the definition names.

    `US Central Command (CENTCOM) said ... CENTCOM added`: both are US Central Command.
    Only a named organisation or outlet defines one, and only sources after it take it.
    """
    text = ctx.text
    defined: dict[str, tuple[int, _Source]] = {}
    for match in _DEFINED_ACRONYM.finditer(text, timeout=ctx.timeout):
        acronym = match.group("acronym")
        if acronym in defined:
            continue
        end = match.start()
        lo = _segment_start(text, max(0, end - _NP_WINDOW), end)
        body = _np_before(ctx, lo, end, end)
        if body is None or not body.name or body.type not in (SourceType.ORGANIZATION, SourceType.MEDIA) \
                or body.end != end or body.name == acronym:
            continue
        if end not in ctx.hit_by_end and not _abbreviates(acronym, body.name):
            continue  # a name from the text must spell the acronym: "Joint Coordination Centre (JCC)"
        defined[acronym] = (match.end(), body)
    if not defined:
        return kept
    out: list[_Found] = []
    for item in kept:
        source = item.source
        if source is not None and source.name in defined and source.start is not None:
            at, body = defined[source.name]
            if source.start >= at:
                item = attrs.evolve(item, source=attrs.evolve(source, name=body.name, type=body.type,
                                                              kind=body.kind))
        out.append(item)
    return out


def _is_title_case(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence is a Title Case headline: most of its longer words capitalised, no full stop."""
    if hi - lo > 200 or text[hi - 1:hi] == ".":
        return False
    words = [w for w in _LETTERS.findall(text, lo, hi) if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _without_overlaps(results: list[_Found]) -> list[_Found]:
    """One sentence's cues, dropping those that overlap a stronger cue or its source."""
    kept: list[_Found] = []
    taken: set[int] = set()  # character offsets of kept cues and sources
    for item in sorted(results, key=lambda f: (f.order, f.cue.start)):
        cue = range(item.cue.start, item.cue.end)
        if not taken.isdisjoint(cue):  # (a loop in C, not a generator)
            continue
        kept.append(item)
        taken.update(cue)
        source = item.source
        if source is not None and source.start is not None and source.end is not None:
            taken.update(range(source.start, source.end))
    return kept


def _attribution(text: str, item: _Found, extractor: str) -> Attribution:
    source = item.source
    if source is None:
        return Attribution(span=item.cue, cue=text[item.cue.start:item.cue.end],
                           source_type=SourceType.UNNAMED, stance=item.stance, channel=item.channel,
                           content=item.content, extractor=extractor)
    span = None
    source_text = None
    if source.start is not None and source.end is not None and source.end > source.start:
        span = Span(source.start, source.end)
        source_text = text[source.start:source.end]
    kind = SourceType.UNNAMED if _anonymous(source) else source.type
    return Attribution(
        span=item.cue,
        cue=text[item.cue.start:item.cue.end],
        source_type=kind,
        stance=item.stance,
        source=source.name if kind is not SourceType.UNNAMED else None,
        source_text=source_text,
        source_span=span,
        role=source.role if source.type is SourceType.PERSON else None,
        channel=item.channel or source.channel,
        content=item.content,
        extractor=extractor,
    )


def _anonymous(source: _Source) -> bool:
    """Whether a source has no name: an unnamed source, as FORMAT.md has it.

    A person known only by a role nobody in the report or the table fills
    (`the group's founder`), or a body nobody names (`its operator`).
    """
    return source.type in (SourceType.PERSON, SourceType.ORGANIZATION) and not source.name


def _stance(lemma: str | None, source: _Source | None) -> Stance:
    if source is None or not source.named or _anonymous(source):
        if lemma in lx.UNNAMED_CLAIM_LEMMAS:
            return Stance.CLAIMED
        if lemma is not None and lx.VERB_STANCE.get(lemma) in lx.UNNAMED_KEEPS:
            return lx.VERB_STANCE[lemma]
        return Stance.REPORTED
    if lemma is None:
        return Stance.STATED
    return lx.VERB_STANCE.get(lemma, Stance.STATED)


def _sentence(ctx: _Context, sentence: Span, cues: _CueIndex, index: int) -> list[_Found]:
    """The cues of the ``index``-th sentence, ``sentence``, with their sources (overlaps not yet dropped)."""
    text = ctx.text
    lo, hi = sentence.start, sentence.end
    out: list[_Found] = []

    possible = cues.patterns_in(index)
    title_case = _is_title_case(text, lo, hi)
    if not possible and index not in cues.verbs and not title_case:
        return out  # no cue pattern can match here (most sentences)

    def scan(pattern: regex.Pattern[str]) -> Iterable[regex.Match[str]]:
        if pattern not in possible:
            return ()
        return pattern.finditer(text, lo, hi, timeout=ctx.timeout)

    for pattern in (_UNVERIFIABLE, _NEITHER, _UNABLE, _NO_CONFIRMATION):
        for match in scan(pattern):
            out.append(_Found(cue=Span(match.start(), match.end()), source=None, stance=Stance.UNCORROBORATED,
                              channel=None, content=sentence, order=0))
    for match in scan(_NOT_VERIFIED):
        by = match.group("by")
        cue_end = match.start("by") - 4 if by else match.end()
        source = (_Source(start=match.start("by"), end=match.end("by"), name=None, type=SourceType.UNNAMED)
                  if by else None)
        out.append(_Found(cue=Span(match.start(), cue_end), source=source, stance=Stance.UNCORROBORATED,
                          channel=None, content=sentence, order=0))

    for match in scan(_IMPERSONAL):
        out.append(_Found(cue=Span(match.start(), match.end()), source=None, stance=Stance.REPORTED,
                          channel=None, content=sentence, order=1))
    for match in scan(_ADVERB):
        out.append(_Found(cue=Span(match.start(), match.end()), source=None, stance=Stance.REPORTED,
                          channel=None, content=sentence, order=1))


    verbs: list[_Found] = []
    went: set[int] = set()
    for match in scan(_WENT_ON):
        found = _verb(ctx, match.start("verb"), match.end("verb"), sentence, verbs,
                      subject_end=match.start("go"), channel_hint=_channel(text, match.start("chan") - 3,
                                                                           match.end("chan")))
        if found is not None:
            verbs.append(found)
            went.add(found.cue.start)
    headline = _TITLE_VERB.finditer(text, lo, hi, timeout=ctx.timeout) if title_case else ()
    for match in sorted([*cues.verbs.get(index, ()), *headline], key=lambda m: m.start()):
        if match.start() in went:
            continue
        found = _verb(ctx, match.start(), match.end(), sentence, verbs[-4:])
        if found is not None:
            verbs.append(found)
            if found.source is not None and found.source.named:
                ctx.add_source(found.cue.start, found.source)
    for match in scan(_PROGRESSIVE):
        found = _verb(ctx, match.start("verb"), match.end("verb"), sentence, verbs[-4:],
                      subject_end=match.start(), lemma=_PROGRESSIVE_LEMMAS[match.group("verb")])
        if found is not None:
            verbs.append(found)
            if found.source is not None and found.source.named:
                ctx.add_source(found.cue.start, found.source)
    out.extend(verbs)

    for match in scan(_ACCORDING):
        out.extend(_according(ctx, match.start(), match.end(), sentence, order=2))
    for match in scan(_PER):
        out.extend(_according(ctx, match.start(), match.end(), sentence, order=2, known_only=True))
    for match in scan(_PASSIVE_BY):
        out.extend(_passive_by(ctx, match, sentence))

    for match in scan(_QUOTED_AS):
        out.append(_quoted_as(ctx, match, sentence))

    for match in scan(_CITING):
        index = bisect.bisect_left(verbs, match.start(), key=lambda v: v.cue.start)
        main = verbs[index] if index < len(verbs) else (verbs[-1] if verbs else None)
        content = main.content if main is not None else Span(lo, hi)
        out.extend(_according(ctx, match.start(), match.end(), sentence, order=2, content=content))
    return out


# What `citing` gives as a motive, not a source: "citing security reasons", "citing safety concerns".
_CITED_MOTIVES = frozenset("reasons reason concerns concern grounds fears risks risk threat threats safety "
                           "security weather conditions restrictions rules law regulations circumstances "
                           "considerations necessity need lack shortage shortages problems issues".split())
_CITING_CUES = frozenset({"citing", "quoting"})


def _according(ctx: _Context, start: int, end: int, sentence: Span, *, order: int,
               content: Span | None = None, known_only: bool = False) -> list[_Found]:
    """`according to X`, `citing X`; with ``known_only`` (`per X`), only when X parses as a source."""
    text = ctx.text
    near_end = min(sentence.end, end + 200)  # a source phrase is short: bounds the work
    boundary = _BOUNDARY.search(text, end, near_end)
    phrase_end = boundary.start() if boundary else near_end
    source = _np_after(ctx, end, sentence.end, start)
    if source is not None:
        source = _named_after_role(ctx, source, sentence.end)
    if source is None and known_only:
        return []
    if source is None:
        # Unknown phrase: an unnamed source, up to the next comma (`according to preliminary reports`).
        phrase = _trim(text, end, phrase_end)
        if phrase is None:
            return []
        words = list(_WORD.finditer(text, phrase.start, phrase.end))[:8]
        head = next((words[i - 1] for i in range(1, len(words)) if words[i].group() == "of"),
                    words[-1] if words else None)  # "the threat of drone attacks": "threat"
        if head is not None and head.group().lower() in _CITED_MOTIVES \
                and text[start:end].lower() in _CITING_CUES:
            return []  # "declined to name the facility, citing security reasons": a motive, no source
        stop = words[-1].end() if words else phrase.end
        source = _Source(start=phrase.start, end=stop, name=None, type=SourceType.UNNAMED)
    if source.named and source.name:
        ctx.add_source(start, source)
    if content is None:
        src_end = source.end if source.end is not None else end
        if start - sentence.start < sentence.end - src_end:
            content = _trim(text, src_end, sentence.end)
        else:
            content = _trim(text, sentence.start, start)
    channel = source.channel or _channel(text, end, phrase_end)
    return [_Found(cue=Span(start, end), source=source, stance=_stance(None, source),
                   channel=channel, content=content, order=order)]


# A role, then the name after a comma: "according to the city council secretary, Regina Kharchenko".
_NAME_AFTER_ROLE = regex.compile(
    r",\s+(?P<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+){1,2})(?=\s*(?:[,.;:!?)]|$))")


def _named_after_role(ctx: _Context, source: _Source, limit: int) -> _Source:
    """A source given by a role and then named in apposition is the person named."""
    if source.type is not SourceType.PERSON or source.end is None or source.start is None:
        return source
    m = _NAME_AFTER_ROLE.match(ctx.text, source.end, min(limit, source.end + 80))
    if not m:
        return source
    title = ctx.text[source.start:source.end]
    person = ctx.person_from_match(m.start("name"), m.end("name"))
    if person is None or not person.name:
        return source
    office, place = _office_and_place(title)
    return attrs.evolve(person, start=source.start,
                        role=ctx.report_role(person.name, person.role or source.role, title, office, place),
                        office=person.office or office,
                        place=person.place or place)


# An indefinite description, then a name after a comma: "a commercial provider, Maxar Technologies".
_DESCRIBED_NAME = regex.compile(r"(?:an?|the)\s+(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+,\s+(?P<name>\p{Lu})")


# "TASS quoted the governor as saying", "Interfax cited a source as saying": the one quoted is
# the source and the outlet quoting them the channel, as in "the governor told TASS".
_QUOTED_AS = regex.compile(
    r"\b(?P<verb>quoted|cited|quotes|cites)\s+(?P<np>(?:[^,;:()\"“”\n]|\(\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}[\p{Lu}\p{Ll}]{0,6}\))"
    r"{1,120}?)\s+as\s+"  # "sources in the Security Service of Ukraine (SBU) as saying"
    r"(?P<ing>saying|telling|writing|stating|reporting|adding|claiming|insisting|alleging|confirming|"
    r"acknowledging|denying|dismissing)\b"
)
_ING_LEMMA = {"claiming": "claim", "insisting": "insist", "alleging": "allege", "confirming": "confirm",
              "acknowledging": "acknowledge", "denying": "deny", "dismissing": "dismiss"}

# Whole words (ASCII, lowercase) a cue pattern cannot match without: each pattern has one of
# them between blanks or word boundaries, so it is one of the text's ASCII words
# (_prefilter.ascii_words). A sentence that holds none of a pattern's words skips its scan.
_VERIFIED_WORDS = frozenset({"verified", "confirmed", "corroborated"})
_NEEDED_WORDS: dict[regex.Pattern[str], frozenset[str]] = {
    _UNVERIFIABLE: _VERIFIED_WORDS,
    _NEITHER: _VERIFIED_WORDS,
    _UNABLE: frozenset({"verify", "confirm", "corroborate"}),
    _NO_CONFIRMATION: frozenset({"confirmation", "verification", "corroboration"}),
    _NOT_VERIFIED: _VERIFIED_WORDS,
    _ADVERB: frozenset({"reportedly", "allegedly", "purportedly"}),
    _WENT_ON: frozenset({"went", "gone", "goes", "go", "took", "taken", "takes"}),
    _PER: frozenset({"per"}),
    _QUOTED_AS: frozenset({"quoted", "cited", "quotes", "cites"}),
    _CITING: frozenset({"citing", "quoting"}),
    _PROGRESSIVE: frozenset(_PROGRESSIVE_LEMMAS),
}
# "according to" is matched in any case, so "accordıng" (a dotless i) too: its stem, which no
# non-ASCII character matches, is looked for in the lowered text instead.
_ACCORDING_STEM = "ccord"
# _IMPERSONAL's participle is a word between two others: an auxiliary or an adverb before it
# ("is widely believed"), "that" or "to" after it. Most sentences with "said" have neither.
_IMPERSONAL_PARTICIPLES = frozenset(lx.IMPERSONAL_PARTICIPLES)
_IMPERSONAL_BEFORE = frozenset({"is", "are", "was", "were", "been", "widely", "also", "now"})
_IMPERSONAL_AFTER = frozenset({"that", "to"})
# Patterns gated by a word with the words that must come right before it (None: any) and after it,
# each an ASCII word with only blanks between: _PASSIVE_BY's verb is followed by "by" or "in".
_NEEDED_BETWEEN: dict[regex.Pattern[str], tuple[frozenset[str], frozenset[str] | None, frozenset[str]]] = {
    _IMPERSONAL: (_IMPERSONAL_PARTICIPLES, _IMPERSONAL_BEFORE, _IMPERSONAL_AFTER),
    _PASSIVE_BY: (frozenset(_PASSIVE_VERBS), None, frozenset({"by", "in"})),
}


def _quoted_as(ctx: _Context, match: regex.Match[str], sentence: Span) -> _Found:
    text = ctx.text
    np_start, np_end = match.start("np"), match.end("np")
    source = _np_after(ctx, np_start, np_end, match.start())
    aside = _DEFINED_ACRONYM.search(text, np_start, np_end)  # "the Emergencies Ministry (MChS)"
    whole = aside.start() if aside is not None and aside.end() == np_end else np_end
    if source is None or (source.end is not None and source.end < whole - 1):
        source = _Source(start=np_start, end=np_end, name=None, type=SourceType.UNNAMED)
    elif source.named and source.name:
        ctx.add_source(match.start(), source)
    lo = max(sentence.start, match.start() - _BEFORE_WINDOW)
    q, _ = _skip_back(text, lo, match.start("verb"))
    outlet = _np_before(ctx, _segment_start(text, lo, q), q, match.start())
    channel = _outlet_label(ctx, outlet) if outlet is not None and outlet.named else None
    rest = _trim(text, match.end(), sentence.end)
    if rest is not None and len(text[rest.start:rest.end].strip(" .!?\"”")) > 0:
        content: Span | None = rest
    else:
        content = _trim(text, sentence.start, outlet.start if outlet is not None and outlet.start is not None
                        else match.start())
    stance = _stance(_ING_LEMMA.get(match.group("ing")), source)
    return _Found(cue=Span(match.start("verb"), match.end("verb")), source=source, stance=stance,
                  channel=channel, content=content, order=2)


def _outlet_label(ctx: _Context, outlet: _Source) -> str | None:
    """An outlet as a channel: the table alias as the text writes it (`AFP`), else its name."""
    if outlet.start is not None and outlet.end is not None:
        for hit in ctx.hits[bisect.bisect_left(ctx.hits, outlet.start, key=lambda h: h.start):]:
            if hit.start >= outlet.end:
                break
            if ctx.entry_of(hit).type is SourceType.MEDIA:
                return hit.text
    return outlet.name


# "acknowledged the attack in a statement distributed by his press service": the statement is how
# the clause's own reporting verb reported, not a second attribution.
_STATEMENT_BEFORE = regex.compile(r"\bin\s+(?:an?|the|his|her|its|their)\s+(?:[\p{L}\-]+\s+){0,2}"
                                  r"(?:statement|post|message|video|address|update|release)\s+$")


def _reported_by_clause(ctx: _Context, match: regex.Match[str], sentence: Span) -> bool:
    """Whether the passive at ``match`` only says how an active reporting verb before it reported."""
    statement = _STATEMENT_BEFORE.search(ctx.text, max(sentence.start, match.start() - 60), match.start())
    if statement is None:
        return False
    words = _LETTERS.findall(ctx.text, max(sentence.start, statement.start() - 80), statement.start())[-10:]
    return any(word in lx.VERBS and (i == 0 or words[i - 1].lower() not in _PASSIVE_AUX)
               for i, word in enumerate(words))


def _passive_by(ctx: _Context, match: regex.Match[str], sentence: Span) -> list[_Found]:
    if _reported_by_clause(ctx, match, sentence):
        return []
    source = _np_after(ctx, match.end(), sentence.end, match.start())
    if source is None:
        # "released by a commercial provider, Maxar Technologies": a description, then the name.
        described = _DESCRIBED_NAME.match(ctx.text, match.end(), sentence.end)
        if described is None:
            return []
        source = _np_after(ctx, described.start("name"), sentence.end, match.start())
        if source is None or not source.named:
            return []
        source = attrs.evolve(source, start=match.end())
    if match.group("prep") == "in" and source.type not in (SourceType.UNNAMED, SourceType.MEDIA):
        return []
    if source.type is SourceType.PERSON and source.name is None:
        # "reported by the head of the district, Pavel Zolotarev": the role, then its holder.
        source = _named_after_role(ctx, source, sentence.end)
        if source.name is None:
            return []
    lemma = lx.VERBS.get(match.group("verb"))
    return [_Found(cue=Span(match.start("verb"), match.end("verb")), source=source,
                   stance=_stance(lemma, source), channel=source.channel,
                   content=sentence, order=3)]


def _header(ctx: _Context, match: regex.Match[str]) -> list[_Found]:
    rest_start = match.start("rest")
    source = _np_after(ctx, rest_start, match.end("rest"), rest_start)
    if source is None:
        phrase = _trim(ctx.text, rest_start, match.end("rest"))
        if phrase is None:
            return []
        source = _Source(start=phrase.start, end=phrase.end, name=None, type=SourceType.UNNAMED)
    channel = _channel(ctx.text, rest_start, match.end("rest")) or source.channel
    if channel is None:  # "Source: Ukrainian Air Force, Telegram"
        platform = _PLATFORM.search(ctx.text, rest_start, match.end("rest"))
        channel = _PLATFORMS[platform.group().lower()] if platform else None
    return [_Found(cue=Span(match.start("cue"), match.end("cue") + 1), source=source,
                   stance=_stance(None, source), channel=channel, content=None, order=0)]


# Time and manner phrases between a subject and its verb: "the ministry on Monday said",
# "Gladkov, in a Telegram post, wrote", "the Air Force in its morning report said".
_INSERTED = regex.compile(
    r"(?:\s+(?:(?:late|early|earlier|later)\s+)?on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)"
    r"|\s+(?:overnight|today|yesterday|this\s+morning|last\s+night)"
    r"|,?\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}\-]+\s+){0,2}(?:statement|post|report|update|message|"
    r"summary|address),?"
    r"|\s*\([^()\n,;:\"“”]{1,40}\))\s*$"  # "the Emergencies Ministry (MChS) said"
)


def _skip_back(text: str, lo: int, pos: int) -> tuple[int, str | None]:
    """Skip adverbs, auxiliaries and inserted time phrases before a verb; say what stopped the walk."""
    q = pos
    while True:
        inserted = _INSERTED.search(text, max(lo, q - 60), q)
        if inserted is not None and inserted.start() > lo:
            q = inserted.start()
            continue
        r = q
        while r > lo and text[r - 1] == " ":
            r -= 1
        m = _LAST_WORD.search(text, max(lo, r - 30), r)
        if not m:
            return q, None
        word = m.group().lower()
        w_start = r - len(m.group())
        if word in _BETWEEN or (_ADVERB_LY.match(m.group()) and word not in _LY_NOUNS):
            q = w_start  # "the ministry later said", "Moscow routinely denies"
            continue
        if word in _PASSIVE_AUX:
            return q, "passive"
        if word in _NOT_MAIN or word.endswith("n't"):
            return q, "not-main"
        if word in ("and", "but", "or"):
            return q, "and"
        return q, None


# A complement clause right after a verb, perhaps after a short adjunct: "warned that",
# "argued in an interview with the Kyiv Independent that".
_THAT_NEXT = regex.compile(r"\s*(?:(?:in|on|at|during|to)\s+[^,.;:\"“”]{1,60}?\s+)?"
                           r"(?:(?:the\s+)?(?:residents|passengers|travellers|travelers|customers|citizens|"
                           r"people|public|locals|parents|motorists|drivers)\s+)?(?:that\b|:|[\"“])")


def _verb(ctx: _Context, start: int, end: int, sentence: Span, earlier: Sequence[_Found],
          *, subject_end: int | None = None, channel_hint: str | None = None,
          lemma: str | None = None) -> _Found | None:
    text = ctx.text
    lo = max(sentence.start, start - _BEFORE_WINDOW)
    hi = min(sentence.end, end + _AFTER_WINDOW)
    form = text[start:end]
    if form[:1].isupper():
        form = form.lower()  # a Title Case headline
    if lemma is None:
        lemma = lx.VERBS.get(form) if channel_hint is None else lx.VERBS.get(form, form)
    if lemma is None:
        return None
    after = text[end:hi]
    next_word = _NEXT_WORD.match(after)
    nxt = next_word.group(1).lower() if next_word else ""
    cue_end = end
    if nxt in lx.VERBS and lx.VERBS[nxt] != lemma and nxt not in ("list", "name", "post", "call", "report") \
            and form.endswith("s") and not nxt.endswith("s"):
        return None  # "media reports said": the first is a noun ("denied reports" is a verb and its object)
    if lemma == "believe" and nxt in ("to", "in"):
        return None  # "believed to be", "believes in": not a report
    before = _RE_LAST_WORD.search(text, max(lo, start - 12), start)
    if before is not None and before.group(1).lower() in _DETERMINERS:
        return None  # "aware of the reports", "denied these claims": a noun
    if form.endswith("s") and before is not None and before.group(1)[:1].isupper() \
            and (nxt in _NOUN_FOLLOWERS or after[:1] == ".") and not _THAT_NEXT.match(after):
        determiner = _RE_LAST_WORD.search(text, max(lo, before.start(1) - 12), before.start(1))
        if determiner is not None and determiner.group(1).lower() in _DETERMINERS:
            return None  # "could not verify the Houthi claims.": a noun, with a name for its owner

    # Object and complement requirements of ambiguous verbs.
    if lemma == "speak":
        if nxt not in ("of", "about"):
            return None
        cue_end = end + next_word.end() if next_word else end
    if lemma == "call" and (nxt in lx.CALL_PARTICLES or not nxt or nxt in lx.CALLED_PEOPLE
                            or _SUMMONED.match(after)):
        return None  # "called on allies", "called residents to leave": a summons, not a report
    first_words = [w.lower() for w in _LETTERS.findall(after, 0, 60)[:3]]
    shows = any(w in lx.SHARED_THINGS for w in first_words)
    if lemma in ("share", "release") and not shows:
        return None  # "released footage" reports; "released prisoners" does not
    if lemma == "offer" and not any(w in lx.OFFERED_THINGS for w in first_words):
        return None
    if lemma in lx.NEEDS_OBJECT and (not nxt or after.lstrip()[:1] in ".,;") and lemma != "speak":
        return None
    if lemma in ("list", "name") and nxt == "as" and form.endswith("ed"):
        # "two people initially listed as dead", "named as suspects": a passive, no object ("an episode
        # the press service described as an attempt" reports: its object stands before it)
        return None
    if nxt in _STATES_OF_PEOPLE and form.endswith("ed"):
        # "four people initially reported dead", "were confirmed killed": a passive with its state, no
        # report ("The governor reported dead and wounded" reports)
        before = _RE_LAST_WORD.search(text, max(lo, start - 40), start)
        previous = before.group(1).lower() if before else ""
        if previous in _PASSIVE_AUX or (previous.endswith("ly") and previous not in _LY_NOUNS):
            return None
    if lemma in lx.NEEDS_THAT and lemma not in ("suggest", "argue") and not (
            shows or _THAT_NEXT.match(after)
            or _RE_PUNCT_QUOTE.search(text[lo:start])
            # "The toll could rise, Filashkin warned, as ...": the content before, only adjuncts after
            or ("," in text[lo:start] and _ADJUNCTS_ONLY.match(after))):
        return None
    if _RE_BY_AFTER.match(after) and lemma not in ("tell",):
        return None  # passive with an agent: handled by _PASSIVE_BY

    q, stop = _skip_back(text, lo, subject_end if subject_end is not None else start)
    if stop in ("passive",) and subject_end is None:
        return None
    if stop == "not-main":
        return None

    # Base forms need a plural subject ("Residents report", "Officials insist").
    base = form in lx.BASE_FORMS and channel_hint is None

    source: _Source | None = None
    inverted = False
    coordinated = False
    seg = _segment_start(text, lo, q)
    before_verb = text[lo:q].rstrip()
    if stop == "and":
        coordinated = True
    elif seg == q and before_verb.endswith(","):
        # The verb follows a comma: "X, the head of ..., said" or ", said X".
        source = _across_commas(ctx, lo, lo + len(before_verb) - 1, start)
        if source is None and lemma not in lx.NEEDS_OBJECT:
            source = _inverted_subject(ctx, cue_end, hi, start)
            if source is not None:
                source = _forward_appositive(ctx, source, hi)
                inverted = True
    elif seg == q and (before_verb == "" or before_verb.endswith(("\"", "”"))):
        if lemma not in lx.NEEDS_OBJECT:
            source = _inverted_subject(ctx, cue_end, hi, start)
            if source is not None:
                source = _forward_appositive(ctx, source, hi)
                inverted = True
    else:
        source = _np_before(ctx, seg, q, start)
        if source is not None and source.start is not None and source.start > seg:
            source = _outside_relative(ctx, seg, q, source, start)
        if source is not None and seg > lo and text[seg - 2:seg].strip() == ",":
            source = _with_leading_role(ctx, lo, seg, source)
    if coordinated:
        previous = [f.source for f in earlier if f.source is not None]
        if previous:
            source = attrs.evolve(previous[-1], start=None, end=None, channel=None)
        else:
            head = _sentence_subject(ctx, sentence, start)
            if head is None:
                return None
            source = attrs.evolve(head, start=None, end=None, channel=None)
    if source is None:
        return None
    if source.start is not None and source.channel is None:
        press_of = _PRESS_OF.search(text, max(lo, source.start - 40), source.start)
        if press_of is not None:
            source = attrs.evolve(source, start=press_of.start(), channel="press service")
    if not inverted and not coordinated and source.start is not None and source.end is not None:
        if _RE_POSSESSIVE_END.search(text[source.start:source.end]):
            return None  # "Russia's claims": a possessive, so the "verb" is a noun
        wh = _last_word(text, lo, source.start)
        if wh and wh.group(1).lower() in _EMBEDDING:
            return None  # "which officials said was": not a main clause
        first = _RE_FIRST_WORD.match(text[source.start:source.end])
        if first and first.group().lower() in _EMBEDDING:
            return None
    if nxt in ("nothing", "little"):
        return None  # "said nothing", "have said little": no content is reported
    if lemma == "read" and not _is_document(text, source):
        return None  # "the statement reads"; not "he reads"
    if base and not _plural(ctx.text, source):
        return None
    if lemma in lx.NEEDS_THAT and lemma in ("suggest", "argue") and not (
            _THAT_NEXT.match(after) or text[lo:start].rstrip().endswith(",")
            or source.type is SourceType.UNNAMED):
        return None

    # Content: after the verb when the subject comes first, the clause or quote before it otherwise.
    src_start = source.start if source.start is not None else start
    para = max(src_start - 2000, _paragraph_start(text, lo))  # a quotation opens in the same paragraph
    if not coordinated and (inverted or _content_before(text, lo, src_start, cue_end, hi, lemma)):
        opener = _quote_start(text, para, src_start)
        content = _trim(text, opener if opener is not None else lo, src_start)
    else:
        content = _trim(text, cue_end, hi)

    # Channel: in the clause of the cue, not in the content.
    if coordinated:
        region_lo = start
    elif inverted or _content_before(text, lo, src_start, cue_end, hi, lemma):
        region_lo = src_start
    else:
        region_lo = src_start if any(f.cue.end <= src_start for f in earlier) else lo
    that = _THAT.search(text, cue_end, hi) if not inverted else None
    region_hi = that.start() if that else hi
    quote = _RE_OPEN_QUOTE.search(text[cue_end:region_hi])
    if quote:
        region_hi = cue_end + quote.start()
    near = None if (lemma in lx.NEEDS_OBJECT or lemma in ("acknowledge", "confirm", "concede", "tell")) \
        else cue_end + 45
    channel = (channel_hint or _channel_before(text, region_lo, start)
               or _channel(text, start, region_hi, near, outlet_from=cue_end))
    if lemma == "tell" and channel is None:
        media = _told_media(ctx, cue_end, region_hi)
        channel = media
    if channel is None and quote is not None and region_hi - cue_end < 60:
        # "called the strike "a deliberate attack" in a post on X": the channel right after the quoted
        # object is the clause's again (never one inside the quote).
        close = _RE_CLOSE_QUOTE.search(text, region_hi + 1, min(hi, region_hi + 300))
        if close is not None and _PREPOSITION_NEXT.match(text, close.end(), hi):
            channel = _channel(text, close.end(), min(hi, close.end() + 80), close.end() + 20)
    if channel is None:  # "said in an interview with Reuters", "wrote in a column for Ukrainska Pravda"
        interview = _INTERVIEW_WITH.search(text, max(region_lo, start - 80), min(region_hi, cue_end + 60))
        if interview is not None:
            name_at = interview.start("name")
            the_at = name_at - 4 if text[max(0, name_at - 4):name_at].lower() == "the " else name_at
            hit = ctx.hit_by_start.get(the_at) or ctx.hit_by_start.get(name_at)
            # The outlet as the text names it, with its article where the table has one.
            channel = hit.text if hit is not None and ctx.entry_of(hit).type is SourceType.MEDIA \
                else interview.group("name")
            if channel in ("TV", "Television"):  # "a statement carried by state TV": no outlet named
                channel = "television"
    if channel is None and "peaking to" in text[max(region_lo, start - 120):min(region_hi, cue_end + 60)]:
        channel = _speaking_to_outlet(ctx, max(region_lo, start - 120), min(region_hi, cue_end + 60))
    return _Found(cue=Span(start, cue_end), source=source, stance=_stance(lemma, source), channel=channel,
                  content=content, order=4)


def _channel_before(text: str, lo: int, start: int) -> str | None:
    """The channel named in [lo, start) but in an inserted `, citing X,` (X's channel, not the cue's).

    `Meduza, citing Russian Telegram channels, reported`: Meduza reported on no Telegram.
    """
    before = text[lo:start]
    citing = _CITING.search(text, lo, start) if "iting" in before or "uoting" in before else None
    if citing is None:
        return _channel(text, lo, start, None)
    comma = text.find(",", citing.end(), start)
    return _channel(text, lo, citing.start(), None) or (
        _channel(text, comma + 1, start, None) if comma >= 0 else None)


_SPEAKING_TO = regex.compile(r"\b[Ss]peaking\s+to(?=\s)")


def _speaking_to_outlet(ctx: _Context, lo: int, hi: int) -> str | None:
    """`, speaking to The Guardian,`: an outlet the table knows or named like one is the channel."""
    speaking = _SPEAKING_TO.search(ctx.text, lo, hi)
    if speaking is None:
        return None
    after = speaking.end()
    while after < hi and ctx.text[after].isspace():
        after += 1
    the_at = after + 4 if ctx.text[after:after + 4].lower() == "the " else after
    hit = ctx.hit_by_start.get(after) or ctx.hit_by_start.get(the_at)
    if hit is not None and ctx.entry_of(hit).type is SourceType.MEDIA:
        return hit.text
    named = _TOLD_OUTLET.match(ctx.text, speaking.end(), hi) \
        or _TOLD_NAMED_OUTLET.match(ctx.text, speaking.end(), hi)
    return named.group("name") if named else None


# Words that make a noun phrase after the verb the subject of the reported clause, not of the verb:
# "…, citing the administration, said five people had been killed".
_CLAUSE_VERBS = _PASSIVE_AUX | frozenset(
    "had has have will would could may might should can did do does".split())


def _inverted_subject(ctx: _Context, start: int, limit: int, pos: int) -> _Source | None:
    """The subject after its verb (`, said Serhiy Popko`), unless a verb follows it (it opens the content)."""
    source = _np_after(ctx, start, limit, pos)
    if source is not None and source.end is not None:
        following = _NEXT_WORD.match(ctx.text, source.end, limit)
        if following is not None and following.group(1).lower() in _CLAUSE_VERBS:
            return None
    return source


def _told_media(ctx: _Context, start: int, end: int) -> str | None:
    """`told Suspilne` names the channel: a media outlet of the table as the object, as written (`AFP`).

    An outlet the table does not know counts when its descriptor follows it
    (`told the Bryansk Novosti website`) or its title opens with `The` (`told
    The War Zone`).
    """
    m = _RE_SPACE_THE.match(ctx.text[start:end])
    if not m:
        return None
    for at in (start + m.end(1), start + m.end()):
        hit = ctx.hit_by_start.get(at)
        if hit is not None and ctx.entry_of(hit).type is SourceType.MEDIA:
            return hit.text
    named = _TOLD_TITLED_OUTLET.match(ctx.text, start, end)
    return named.group("name") if named else None


# "told the Bryansk Novosti website", "told The War Zone": an outlet the table does not know.
_TOLD_TITLED_OUTLET = regex.compile(
    r"\s+(?:the\s+(?P<name>\p{Lu}[\p{L}\p{N}\-]*(?:\s+\p{Lu}[\p{L}\p{N}\-]*){0,2})\s+(?:website|news\s+site|"
    r"newspaper|outlet|portal|Telegram\s+channel|TV\s+channel|broadcaster|magazine)\b"
    r"|(?P<name>The\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})(?=\s+(?:that|about|on|in|it|he|she|they)\b|\s*[,.]|\s*$))"
)


def _paragraph_start(text: str, pos: int) -> int:
    """Start of the paragraph holding ``pos``."""
    starts = _paragraph_starts(text)
    index = bisect.bisect_right(starts, pos)
    return starts[index - 1] if index else 0


def _blank_line_after(text: str, pos: int) -> int:
    """Where the first blank line (two line breaks) at or after ``pos`` starts, else the end of ``text``.

    The same as ``text.find(<two line breaks>, pos)``, but from a table made once:
    a long text without blank lines made each call a scan to its end.
    """
    breaks = _blank_lines(text)
    index = bisect.bisect_left(breaks, pos)
    return breaks[index] if index < len(breaks) else len(text)


@functools.lru_cache(maxsize=8)
def _blank_lines(text: str) -> list[int]:
    """Every offset where two line breaks start in ``text`` (overlapping ones too), in order."""
    out: list[int] = []
    at = text.find("\n\n")
    while at >= 0:
        out.append(at)
        at = text.find("\n\n", at + 1)
    return out


@functools.lru_cache(maxsize=8)
def _paragraph_starts(text: str) -> list[int]:
    """Where the paragraphs of ``text`` start, made once per text (not once per question)."""
    return [p.start for p in paragraphs(text)]


def _last_word(text: str, lo: int, end: int) -> regex.Match[str] | None:
    """``_RE_LAST_WORD.search(text[lo:end])``: the word ending the stretch, but for trailing blanks.

    Searched from the end (the match is the one letter run before the trailing
    blanks, whichever way it is looked for): a search from ``lo`` tries every
    position of up to a whole clause.
    """
    return _RE_LAST_WORD.search(text, lo, end)


def _content_before(text: str, lo: int, src_start: int, cue_end: int, hi: int, lemma: str) -> bool:
    """Whether the reported content precedes the source (`..., the ministry said`).

    It does when a comma or a closing quote separates the source from what
    comes before, and nothing but adjuncts follows the verb (`said on Sunday.`,
    `claimed, adding that`); `Separately, Gladkov said the town was hit`
    reports what follows.
    """
    before = text[lo:src_start].rstrip()
    if not before or not before.endswith((",", "\"", "”", "»", "’")):
        return False
    rest = text[cue_end:hi]
    if lemma == "tell":
        return _THAT.search(rest) is None and not _RE_COLON_CLAUSE.match(rest)
    return bool(_ADJUNCTS_ONLY.match(rest))


# What may follow a verb whose content came before it: nothing, or adjuncts.
_ADJUNCTS_ONLY = regex.compile(
    r"\s*(?:[.!?\"”»]|,|;|—|–|$|(?:on|in|at|via|to|during|after|before|late|early|earlier|later|"
    r"again|also|too|yesterday|today|overnight|citing|quoting|adding|saying|calling|describing|"
    r"according|while|as|but|though|although)\b)"
)


def _covers(ctx: _Context, seg: int, source: _Source | None) -> bool:
    """Whether ``source`` spans its whole segment (leading stop words aside)."""
    if source is None or source.start is None:
        return False
    words = [w.group() for w in _WORD.finditer(ctx.text, seg, source.start)]
    # "14:20 Ivan Fedorov, head of ...", "Russia's state news agency TASS, citing ..., reported"
    return all(w.lower() in lx.STOP_WORDS or w.isdigit()
               or (i == 0 and w.endswith(("'s", "’s")) and w[:1].isupper()) for i, w in enumerate(words))


def _across_commas(ctx: _Context, lo: int, comma: int, pos: int) -> _Source | None:
    """The subject of a verb right after a comma.

    `Serhiy Lysak, the head of the ... administration, said`, `US officials,
    speaking anonymously, offered`: a name, then an appositive. `The head of
    the republic, Rustam Minnikhanov, acknowledged`: a role, then the name.
    """
    text = ctx.text
    seg1 = _segment_start(text, lo, comma)
    np1 = _np_before(ctx, seg1, comma, pos)
    comma0 = seg1 - 1
    while comma0 > lo and text[comma0].isspace():
        comma0 -= 1
    if comma0 <= lo or text[comma0] != ",":
        return None
    seg0 = _segment_start(text, lo, comma0)
    phrase = text[seg1:comma].strip()
    relative = _RELATIVE_OPEN.match(phrase) is not None
    if relative:
        # "X, a research fellow at ..., who has tracked the launches, said": the relative
        # clause says more of the subject before it, which may have its own appositive.
        before = _across_commas(ctx, lo, comma0, pos)
        if before is not None:
            return before
    described = bool(phrase) and (phrase[0].islower() or phrase.split(" ", 1)[0] in ("The", "A", "An"))
    # "DTEK, Ukraine's largest private energy company, said"; not "Kryvyi Rih, Zelensky's hometown,"
    # inside a relative clause (below)
    possessed = not described and bool(phrase) and _POSSESSED_DESCRIPTION.match(phrase) is not None
    # "Esmaeil Baghaei, Iran's Foreign Ministry spokesman, said": a person's office, owned by a country.
    owned_role = not described and not possessed and bool(phrase) \
        and _POSSESSED_ROLE.match(phrase) is not None and _ROLE.search(phrase) is not None
    if described or possessed or owned_role:
        np0 = _np_before(ctx, seg0, comma0, pos)
        if np0 is not None and np0.type is SourceType.ORGANIZATION and np0.name and " " not in np0.name \
                and np0.start is not None and ctx.hit_by_start.get(np0.start) is None \
                and _ROLE_OPENING.match(phrase) is not None:
            # "Kanaani, a Foreign Ministry spokesman, said": a surname the table does not know, then the
            # person's office, is a person.
            np0 = _Source(start=np0.start, end=np0.end, name=np0.name, type=SourceType.PERSON)
        if owned_role and (np0 is None or np0.type is not SourceType.PERSON):
            np0 = None
        if np0 is not None and _covers(ctx, seg0, np0) and (np0.name or np0.type is SourceType.UNNAMED
                                                            or relative):
            if np0.type is SourceType.PERSON:
                role = _ROLE.search(phrase)
                if role and (role.start() <= 4 or owned_role):
                    office, place = _office_and_place(phrase)
                    noun = role.group("noun").lower()
                    office = office or _OFFICE_OF.get(noun, noun)
                    np0 = attrs.evolve(np0, role=ctx.report_role(np0.name, np0.role, phrase, office, place),
                                       office=office, place=place or np0.place)
            if np0.type is SourceType.MEDIA and np0.channel is None:
                np0 = attrs.evolve(np0, channel=_np_channel(phrase))
            # "The Baza Telegram channel, citing eyewitnesses, reported": the inserted citation is an
            # attribution of its own, no part of the subject.
            cited = _CITING.match(phrase) is not None
            return attrs.evolve(np0, end=comma0 if relative or cited else comma)
        if described:
            return None
    if np1 is not None and np1.type is SourceType.PERSON and np1.name and _covers(ctx, seg1, np1):
        return attrs.evolve(_with_leading_role(ctx, lo, seg1, np1), end=comma)
    named = _described_then_named(ctx, seg0, comma0, seg1, phrase)
    if named is not None:
        return attrs.evolve(named, end=comma)
    # "Oleksandr Vilkul, who heads the administration of Kryvyi Rih, Zelensky's hometown, said":
    # a relative clause with commas of its own; the subject stands before it.
    openers = list(_RELATIVE_AFTER_COMMA.finditer(text, max(lo, comma - 160), comma0))
    opener = openers[-1] if openers else None
    if opener is not None and opener.start() > lo:
        before = _across_commas(ctx, lo, opener.start(), pos)
        if before is None:
            seg = _segment_start(text, lo, opener.start())
            before = _np_before(ctx, seg, opener.start(), pos)
            if before is None or not _covers(ctx, seg, before) \
                    or not (before.name or before.type is SourceType.UNNAMED):
                return None
        return attrs.evolve(before, end=opener.start())
    return None


# A description owned by a place, between commas after a name: "DTEK, Ukraine's largest private
# energy company, said", "Magen David Adom, Israel's emergency rescue service, said".
_POSSESSED_DESCRIPTION = regex.compile(r"\p{Lu}[\p{L}\-]*['’]s(?:\s+[\p{Ll}\-]+){1,6}$")
# A person's office between commas: "a Foreign Ministry spokesman", "the ministry's spokeswoman".
_ROLE_OPENING = regex.compile(
    rf"(?:(?:the|a|an)\s+)?(?:(?!(?:by|led|run|headed|of|for|with|from)\s)[\p{{L}}'’\-]+\s+){{0,5}}?"
    rf"(?i:{_ROLE_NOUN_RE})$")
# A capitalised body in it, if a role noun ends it: "Iran's Foreign Ministry spokesman".
_POSSESSED_ROLE = regex.compile(
    rf"\p{{Lu}}[\p{{L}}\-]*['’]s(?:\s+[\p{{L}}\-]+){{0,6}}\s+(?i:{_ROLE_NOUN_RE})$")


# What a business or group is, then its name between commas: "The company, Flex, said",
# "The grid operator, Ukrenergo, said", "The refinery's owner, Surgutneftegaz, said".
_DESCRIPTOR_BEFORE = regex.compile(
    r"^(?:the|The|its|Its)\s+(?:[\p{L}\-'’]+\s+){0,3}?(?P<noun>(?i:group|organi[sz]ation|think\s+tank|company|"
    r"firm|monitor|project|initiative|NGO|watchdog|consultancy|operator|owner))$"
)
_NAME_ONLY = regex.compile(r"\p{Lu}[\p{L}\p{N}\-&]*(?:\s+\p{Lu}[\p{L}\p{N}\-&]*){0,3}")


def _described_then_named(ctx: _Context, seg0: int, comma0: int, seg1: int, phrase: str) -> _Source | None:
    """An organisation named between commas after what it is (`The company, Flex,`), else None."""
    if not _NAME_ONLY.fullmatch(phrase) or phrase.split()[0].lower() in lx.STOP_WORDS:
        return None
    described = _DESCRIPTOR_BEFORE.match(ctx.text[seg0:comma0].strip())
    if described is None:
        return None
    hit = ctx.hit_by_start.get(seg1)
    if hit is not None and hit.end == seg1 + len(phrase):
        entry = ctx.entry_of(hit)
        if entry.type is SourceType.PERSON:
            return None
        return ctx.from_entry(entry, seg0, seg1 + len(phrase))
    noun = " ".join(described.group("noun").lower().split())
    if noun == "owner":
        noun = "company"  # "The refinery's owner, Surgutneftegaz, said ... The company added"
    return _Source(start=seg0, end=seg1 + len(phrase), name=phrase, kind=noun, type=SourceType.ORGANIZATION)


_RELATIVE_AFTER_COMMA = regex.compile(r",\s+(?:who|whose|which)\b")
# A relative clause after a subject: ", who has tracked ...", ", which publishes ...".
# Or a participle inserted the same way: ", asked about the shelling,", ", speaking to reporters,".
_RELATIVE_OPEN = regex.compile(r"(?:who|whose|which|whom|asked|speaking|talking|writing|responding|"
                               r"commenting|reached|contacted|interviewed)\b")


def _with_leading_role(ctx: _Context, lo: int, seg: int, source: _Source) -> _Source:
    """`the Russian-installed governor of Sevastopol, Mikhail Razvozhayev, said`: take the role in."""
    if source.type is not SourceType.PERSON or source.start != seg:
        return source
    text = ctx.text
    comma = seg - 1
    while comma > lo and text[comma] != ",":
        comma -= 1
    prev_seg = _segment_start(text, lo, comma)
    role = _find_role(text[prev_seg:comma])
    if not role:
        return source
    title = role.group()
    office, place = _office_and_place(title)
    noun = role.group("noun").lower()
    office = office or _OFFICE_OF.get(noun, noun)
    # A rank before the name is no role ("The IDF spokesman, Lt Col Nadav Shoshani,"): the office wins.
    rank_only = source.role is not None and all(w.lower() in lx.RANKS for w in source.role.split())
    return attrs.evolve(source, start=prev_seg + role.start(),
                        role=ctx.report_role(source.name, None if rank_only else source.role, title, office,
                                             place),
                        office=office, place=place or source.place)


def _forward_appositive(ctx: _Context, source: _Source, hi: int) -> _Source:
    """`said Serhiy Popko, head of the Kyiv city military administration`: extend over the role."""
    if source.end is None or source.type is not SourceType.PERSON:
        return source
    text = ctx.text
    m = _RE_COMMA_ROLE.match(text[source.end:hi])
    if not m:
        return source
    role = _ROLE.search(m.group("role"))
    if not role or (role.start() != 0 and m.group("role")[:role.start()].strip() not in ("the", "a", "an")):
        return source
    title = m.group("role")
    office, place = _office_and_place(title)
    noun = role.group("noun").lower()
    office = office or _OFFICE_OF.get(noun, noun)
    return attrs.evolve(source, end=source.end + m.end(),
                        role=ctx.report_role(source.name, source.role, title, office, place))


# A body's head noun and "of" before capitalised words: they name the body, not a person.
_OF_BODY_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])\p{{Lu}}[\p{{L}}]*\s+(?<=(?i:{_ORG_HEAD_RE})\s+)(?:of|for)\s+(?:the\s+)?$")
# A role "of" a body, ending where a name's capitalised run starts: "Chairman of the State Duma ".
_ROLE_OF_BODY = regex.compile(
    rf"(?<![\p{{L}}\-'’])(?:(?:the|The)\s+)?(?i:{_ROLE_NOUN_RE})\s+of\s+(?:the\s+)?"
    rf"(?:(?:\p{{Lu}}[\p{{L}}\-'’]*|of|the|and|for)\s+){{0,8}}$")


def _role_of_body_before(ctx: _Context, lo: int, at: int, end: int, person: _Source) -> _Source:
    """`Chairman of the State Duma Defence Committee Andrei Kartapolov`: the whole title is the role."""
    if not person.name or " " not in person.name:
        return person
    chain = _ROLE_OF_BODY.search(ctx.text, max(lo, at - 120), at)
    if chain is None:
        return person
    name_at = ctx.text.rfind(person.name, at, end)
    if name_at < 0:
        return person
    title = ctx.text[chain.start():name_at].strip()
    office, place = _office_and_place(title)
    role = ctx.report_role(person.name, person.role, title, office, place)
    return attrs.evolve(person, start=chain.start(), role=role, office=person.office or office)


# A role and "of" before a place that a name follows: "Mayor of Novorossiysk Andrei Kravchenko".
_ROLE_OF_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\-'’])(?:(?:the|The)\s+)?(?:[\p{{L}}\-]+\s+){{0,2}}?(?i:{_ROLE_NOUN_RE})\s+of\s+(?:the\s+)?$")


def _name_after_place(ctx: _Context, start: int, place_end: int, end: int) -> _Source | None:
    """The person named after ``role of <place>`` (from ``start`` to ``place_end``), with that role."""
    name_at = place_end
    while name_at < end and ctx.text[name_at].isspace():
        name_at += 1
    parts = _name_parts(ctx.text[name_at:end])
    person = ctx.person_from_match(name_at, end) if parts is not None else None
    if parts is None or person is None or not person.name or " " not in person.name:
        return None
    # (title words after the place belong to the role: "head of the Kyiv City Military Administration")
    title = ctx.text[start:place_end] + (f" {parts[2]}" if parts[2] else "")
    office, place = _office_and_place(title)
    role = ctx.report_role(person.name, person.role, title, office, place)
    return attrs.evolve(person, start=start, role=role, office=person.office or office,
                        place=person.place or place)


# A relative clause without commas: "A drone operator who was interviewed by the Kyiv Independent said".
_RELATIVE_WORD = regex.compile(r"(?<![\p{L}])(?:who|whom|whose)(?![\p{L}])")
# What may open a subject a relative clause follows: "A drone operator", "The man", "One resident".
_DETERMINED = regex.compile(r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Aa]nother)\s+\p{L}")


def _outside_relative(ctx: _Context, seg: int, q: int, source: _Source, verb: int) -> _Source | None:
    """The subject before a relative clause that names another source (`X who was interviewed by Y said`)."""
    assert source.start is not None
    relative = _RELATIVE_WORD.search(ctx.text, seg, source.start)
    if relative is None:
        return source
    head = _np_before(ctx, seg, relative.start(), verb)
    if head is not None and head.start is not None and _covers(ctx, seg, head):
        return attrs.evolve(head, end=source.end)
    if _DETERMINED.match(ctx.text, seg, relative.start()):
        # someone the text describes
        return _Source(start=seg, end=source.end, name=None, type=SourceType.UNNAMED)
    return None


def _sentence_subject(ctx: _Context, sentence: Span, verb: int) -> _Source | None:
    """The subject opening a sentence (`Minnikhanov cancelled ... and said`)."""
    text = ctx.text
    start = sentence.start
    if verb - start > _BEFORE_WINDOW:
        return None
    stamp = _TIMESTAMP.match(text, start, verb)
    if stamp:
        start = stamp.end()
    words = list(_WORD.finditer(text, start, verb))
    for index in range(min(len(words), 8), 0, -1):
        source = _np_before(ctx, start, words[index - 1].end(), verb)
        if source is not None and source.start == words[0].start() and source.named:
            return source
    return None


def _is_document(text: str, source: _Source) -> bool:
    """Whether the source is named by what it wrote: `the statement`, `the ministry's message`."""
    if source.start is None or source.end is None:
        return False
    last = _RE_LAST_WORD.search(text, source.start, source.end)
    return last is not None and last.group(1).lower() in lx.REPORT_NOUNS


def _plural(text: str, source: _Source) -> bool:
    if source.type is SourceType.UNNAMED:
        return True
    if source.start is None or source.end is None:
        return False
    if _SPEAKERS_FOR.match(text, source.start, source.end):
        return True
    last = text[source.start:source.end].split()[-1].lower().strip(".,")
    return last in _PLURAL_SUBJECT_WORDS or (last.endswith("s") and not last.endswith("ss")
                                             and source.type is SourceType.ORGANIZATION)
