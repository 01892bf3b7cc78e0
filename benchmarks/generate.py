"""Synthetic incident reports for benchmarks and fuzzing: templates filled from package data.

Place names come from the locations plugin's data files (``curated.json`` and
``gazetteer.json.gz``) and source names from the attribution plugin's
``sources.json`` when those packages are installed; a short fallback list
keeps the generator working without them. The gold corpus is never read, so
the reports can be made as many and as long as needed without touching the
evaluation data.

Everything is driven by one ``random.Random(seed)``: the same seed gives the
same reports.

>>> from benchmarks.generate import ReportGenerator
>>> gen = ReportGenerator(seed=1)
>>> report = gen.report(target_chars=3000)
>>> 2500 <= len(report["text"]) <= 3500, report["published"][:2]
(True, '20')
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import json
import random
from collections.abc import Iterator
from importlib import resources
from typing import Any, NamedTuple

__all__ = ["Names", "ReportGenerator", "load_names", "reports"]


class Names(NamedTuple):
    """Vocabulary the templates draw from."""

    regions: tuple[str, ...]  # "Kaluga", used as "Kaluga region" / "the Kaluga region"
    districts: tuple[str, ...]  # "Borovsky District"
    settlements: tuple[str, ...]  # "Bryansk", "Kharkiv"
    officials: tuple[tuple[str, str], ...]  # (name, role) of persons
    bodies: tuple[str, ...]  # organisations and media
    origin: str  # "package data" or "fallback"


_FALLBACK = Names(
    regions=("Kaluga", "Bryansk", "Kursk", "Belgorod", "Voronezh", "Oryol", "Tula", "Smolensk",
             "Rostov", "Lipetsk", "Tambov", "Kharkiv", "Odesa", "Dnipropetrovsk", "Sumy"),
    districts=("Borovsky District", "Duminichsky District", "Tarussky District", "Glushkovsky District",
               "Sudzhansky District", "Krasnoyaruzhsky District"),
    settlements=("Bryansk", "Kursk", "Belgorod", "Voronezh", "Kharkiv", "Odesa", "Dnipro", "Sumy",
                 "Novoshakhtinsk", "Taganrog", "Kstovo", "Tuapse"),
    officials=(("Vladislav Shapsha", "Governor of Kaluga Oblast"),
               ("Alexander Bogomaz", "Governor of Bryansk Oblast"),
               ("Oleh Syniehubov", "Head of the Kharkiv Regional Military Administration")),
    bodies=("Russian Ministry of Defence", "Ukrainian Air Force", "TASS", "Reuters", "RIA Novosti"),
    origin="fallback",
)


def _package_json(package: str, name: str) -> Any:
    ref = resources.files(package).joinpath(name)
    raw = ref.read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return json.loads(raw)


@functools.lru_cache(maxsize=1)
def load_names() -> Names:
    """Names from the built-in plugins' data files, or the fallback list when they are absent."""
    try:
        curated = _package_json("incidentkit.builtin.locations", "curated.json")
        regions = tuple(sorted({a["aliases"][0] for a in curated["admin1"]
                                if a.get("kind") in ("oblast", "krai") and a.get("aliases")
                                and " " not in a["aliases"][0]}))
        gazetteer = _package_json("incidentkit.builtin.locations", "gazetteer.json.gz")
        rows = gazetteer["places"]
        settlements = tuple(sorted({r[0] for r in rows if r[1] == "settlement" and r[2] in ("RU", "UA")
                                    and (r[7] or 0) >= 50_000 and r[0].isascii()}))
        districts = tuple(sorted({r[0] for r in rows if r[1] == "admin2" and r[2] in ("RU", "UA")
                                  and r[0].endswith(" District") and r[0].isascii()}))
    except (ImportError, OSError, KeyError, TypeError, ValueError, IndexError):
        regions, settlements, districts = (), (), ()
    try:
        table = _package_json("incidentkit.builtin.attribution", "data/sources.json")["sources"]
        officials = tuple((s["name"], s.get("role") or "official") for s in table
                          if s.get("type") == "person" and s.get("country") in ("RU", "UA"))
        bodies = tuple(s["name"] for s in table if s.get("type") in ("organization", "media"))
    except (ImportError, OSError, KeyError, TypeError, ValueError):
        officials, bodies = (), ()
    if len(regions) < 5 or len(settlements) < 5 or len(districts) < 5:
        regions, settlements, districts = _FALLBACK.regions, _FALLBACK.settlements, _FALLBACK.districts
        origin = "fallback"
    else:
        origin = "package data"
    if len(officials) < 3 or len(bodies) < 3:
        officials, bodies = _FALLBACK.officials, _FALLBACK.bodies
    return Names(regions, districts, settlements, officials, bodies, origin)


_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "fifteen", "twenty")
_WEAPONS = ("drones", "UAVs", "unmanned aerial vehicles", "fixed-wing drones", "missiles",
            "cruise missiles", "ballistic missiles", "guided aerial bombs", "Shahed-type drones")
_DOWN = ("destroyed", "shot down", "intercepted", "downed", "neutralised", "suppressed")
_SAY = ("said", "wrote", "reported", "announced", "stated", "confirmed", "claimed")
_CHANNELS = ("on Telegram", "on his Telegram channel", "in a statement", "at a briefing", "on X")
_PARTS = ("morning", "afternoon", "evening", "night")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_DAMAGE = ("a residential building", "a private house", "a power line", "several cars",
           "a warehouse", "the roof of a school", "an industrial site", "a gas pipeline")


class ReportGenerator:
    """Makes report-like texts of a requested size, deterministically from ``seed``."""

    def __init__(self, seed: int = 0, names: Names | None = None) -> None:
        self.random = random.Random(seed)
        self.names = names or load_names()

    # ------------------------------------------------------------ pieces
    def _count(self) -> str:
        r = self.random
        if r.random() < 0.25:
            return r.choice(_NUMBER_WORDS)
        return str(r.choice((r.randint(2, 30), r.randint(30, 200), r.randint(1, 9))))

    def _approx(self) -> str:
        return self.random.choice(("", "", "", "about ", "at least ", "more than ", "up to ", "some "))

    def _clock(self) -> str:
        return f"{self.random.randint(0, 23)}:{self.random.choice(('00', '15', '30', '45', '05'))}"

    def _date(self, published: dt.date) -> str:
        day = published - dt.timedelta(days=self.random.randint(0, 3))
        month = _MONTHS[day.month - 1]
        return self.random.choice((f"{month} {day.day}", f"on {day.day} {month}", "yesterday", "overnight",
                                   "last night", "on Saturday", "this morning"))

    def _region(self) -> str:
        name = self.random.choice(self.names.regions)
        return self.random.choice((f"{name} region", f"the {name} region", f"{name} Oblast", name))

    def _source(self) -> tuple[str, str]:
        r = self.random
        if r.random() < 0.6:
            name, role = r.choice(self.names.officials)
            return name, role
        return r.choice(self.names.bodies), ""

    # ------------------------------------------------------------ paragraphs
    def paragraph(self, published: dt.date) -> str:
        """One paragraph of one of several kinds seen in agency briefs, posts and summaries."""
        r = self.random
        kind = r.randrange(8)
        region, other = self._region(), self._region()
        source, role = self._source()
        say = r.choice(_SAY)
        weapon = r.choice(_WEAPONS)
        if kind == 0:
            return (f"Air defence forces {r.choice(_DOWN)} {self._approx()}{self._count()} {weapon} over "
                    f"{region} {self._date(published)}, {source} {say} {r.choice(_CHANNELS)}.")
        if kind == 1:
            return (f"Between {self._clock()} and {self._clock()} Moscow time, {self._count()} {weapon} were "
                    f"{r.choice(_DOWN)} over {region}, {self._count()} over {other} and "
                    f"{self._count()} over {self._region()}, according to {source}.")
        if kind == 2:
            district = r.choice(self.names.districts)
            toll = r.choice(("No one was hurt.", "There were no casualties.",
                             f"{self._count().capitalize()} people were injured.",
                             f"{self._count().capitalize()} civilians were killed."))
            return (f"{role + ' ' if role else ''}{source} {say} that debris fell in {district} and "
                    f"damaged {r.choice(_DAMAGE)}. {toll}")
        if kind == 3:
            place = r.choice(self.names.settlements)
            return (f"Explosions were heard in {place} {self._date(published)} at about {self._clock()}, "
                    f"local media reported. The reports could not be independently verified.")
        if kind == 4:
            launched = r.randint(20, 400)
            return (f"Overnight the enemy attacked with {launched} {weapon} and {r.randint(1, 40)} missiles "
                    f"of various types. As of {self._clock()}, {r.randint(1, launched)} were shot down or "
                    f"suppressed and {r.randint(0, 20)} {r.choice(('hit', 'struck'))} targets in "
                    f"{r.randint(2, 9)} locations, the air force said.")
        if kind == 5:
            days = r.randint(2, 14)
            return (f"In the past 24 hours, the {r.choice(('morning', 'evening'))} summary said, "
                    f"{self._count()} {weapon} were {r.choice(_DOWN)}; over the last {days} days the total "
                    f"reached {r.randint(100, 3000)}, roughly {r.randint(10, 300)} a day.")
        if kind == 6:
            place = r.choice(self.names.settlements)
            return (f"{place} ({region}) — {source} {say} on {_MONTHS[published.month - 1]} {published.day} "
                    f"that a {r.choice(('drone', 'missile'))} hit {r.choice(_DAMAGE)} in the "
                    f"{r.choice(_PARTS)}, and {self._approx()}{self._count()} residents were evacuated.")
        return (f"Flights at airports in {region} were suspended for {r.randint(2, 9)} hours "
                f"{self._date(published)} while {self._count()} {weapon} were {r.choice(_DOWN)} on approach; "
                f"the airport resumed work at {self._clock()}.")

    def report(self, target_chars: int = 3000, *, index: int = 0) -> dict[str, Any]:
        """A report as a corpus-style mapping (``id``, ``published``, ``text``) near ``target_chars``."""
        r = self.random
        published = dt.date(2024, 1, 1) + dt.timedelta(days=r.randint(0, 700))
        pieces: list[str] = [f"{self._count().capitalize()} {r.choice(_WEAPONS)} "
                             f"{r.choice(_DOWN)} over {self._region()}"]
        size = len(pieces[0])
        while size < target_chars:
            piece = self.paragraph(published)
            if size + len(piece) + 2 > target_chars * 1.15 and size >= target_chars * 0.85:
                break
            pieces.append(piece)
            size += len(piece) + 2
        return {"id": f"gen-{index:06d}", "published": published.isoformat(), "text": "\n\n".join(pieces)}

    def reports(self, count: int, target_chars: int = 3000) -> Iterator[dict[str, Any]]:
        """``count`` reports of about ``target_chars`` characters each."""
        for index in range(count):
            yield self.report(target_chars, index=index)


def reports(count: int, target_chars: int = 3000, seed: int = 0) -> list[dict[str, Any]]:
    """``count`` generated reports (a list), the same for the same arguments."""
    return list(ReportGenerator(seed).reports(count, target_chars))


def long_report(total_chars: int, piece_chars: int = 1000, seed: int = 0) -> tuple[str, list[str]]:
    """A report of about ``total_chars`` built from pieces of ``piece_chars``; returns it and the pieces.

    The long report is exactly the pieces joined by blank lines, so timing it
    against the pieces one by one measures how cost grows with length.
    """
    count = max(1, round(total_chars / piece_chars))
    pieces = [r["text"] for r in ReportGenerator(seed).reports(count, piece_chars)]
    return "\n\n".join(pieces), pieces
