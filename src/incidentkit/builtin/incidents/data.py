"""Vocabulary of the incident assembler: weapon words, attack and event words, cue phrases.

These tables are data, apart from the matching code in :mod:`.assemble`. Users
extend them with ``Pipeline(options={"incidents": {...}})`` (see
:class:`~incidentkit.builtin.incidents.Vocabulary`); every entry is a regular
expression fragment matched case-insensitively on word boundaries.
"""

from __future__ import annotations

from collections.abc import Mapping

from incidentkit.vocab import Item

#: Items that can be an incident's weapon (quantities of other items are not engagements).
WEAPON_ITEMS: frozenset[Item] = frozenset({
    Item.UAV, Item.MISSILE, Item.CRUISE_MISSILE, Item.BALLISTIC_MISSILE, Item.GUIDED_BOMB,
    Item.ROCKET, Item.SHELL, Item.AIRCRAFT, Item.HELICOPTER, Item.VESSEL,
})

#: Weapons of one family can be mentions of the same incident (``missiles`` and
#: ``Kh-101 cruise missiles``); different families never are.
FAMILY: Mapping[Item, str] = {
    Item.UAV: "uav",
    Item.MISSILE: "missile",
    Item.CRUISE_MISSILE: "missile",
    Item.BALLISTIC_MISSILE: "missile",
    Item.GUIDED_BOMB: "bomb",
    Item.ROCKET: "rocket",
    Item.SHELL: "shell",
    Item.AIRCRAFT: "aircraft",
    Item.HELICOPTER: "helicopter",
    Item.VESSEL: "vessel",
}

#: Words naming a weapon without a count (``drones attacked Pskov airport``), most specific first.
WEAPON_WORDS: Mapping[str, Item] = {
    r"cruise\s+missiles?|kalibrs?|kh-?101s?|kh-?555s?|kh-?55s?|kh-?22s?|kh-?32s?|kh-?59s?|kh-?69s?|"
    r"onyx(?:es)?|oniks|zircons?|tsirkons?|neptunes?|storm\s+shadows?|scalps?|tomahawks?":
        Item.CRUISE_MISSILE,
    r"ballistic\s+missiles?|iskanders?(?:-m)?|atacms|kinzhals?|kh-?47(?:m2)?s?|kn-?23s?|oreshnik|tochka(?:-u)?":
        Item.BALLISTIC_MISSILE,
    r"(?:guided|glide|aerial|air)\s+(?:aerial\s+)?bombs?|kabs?|fabs?": Item.GUIDED_BOMB,
    r"(?:uncrewed|unmanned|naval|sea)\s+(?:surface\s+)?(?:boats?|vessels?)|naval\s+drones?|sea\s+drones?":
        Item.VESSEL,
    r"drones?|uavs?|unmanned\s+aerial\s+vehicles?|shaheds?|gerans?|gerberas?|lancets?|molniyas?|lyutyi":
        Item.UAV,
    r"missiles?": Item.MISSILE,
    r"rockets?|grads?|vampires?|himars|mlrs|multiple[\s-]+(?:rocket\s+)?launch(?:ers?|\s+rocket\s+systems?)":
        Item.ROCKET,
    r"shells?|artillery|mortars?": Item.SHELL,
}

#: Words naming an attack by its kind rather than its weapon (``Ukrainian shelling killed ...``):
#: shells, unless the report names rockets (``shelling ... Grad launchers``).
VAGUE_WEAPON_WORDS: Mapping[str, Item] = {
    r"shell(?:ed|ing)|bombard(?:ed|ing|ment)|artillery\s+(?:fire|strikes?)": Item.SHELL,
}

#: Words that make a weapon word an attack report: ``drones struck``, ``a missile hit``.
ATTACK_WORDS: tuple[str, ...] = (
    r"attack(?:s|ed|ing)?", r"struck", r"strikes?", r"hit", r"hits", r"targeted", r"targeting",
    r"fired", r"launched", r"shelled", r"shelling", r"shot\s+down", r"downed", r"destroyed",
    r"intercepted", r"crashed", r"crashing", r"fell", r"exploded", r"used\s+against", r"repell(?:ed|ing)",
    r"brought\s+down", r"raids?", r"slammed", r"came\s+under", r"debris", r"impacts?", r"dropped",
    r"pounded", r"pounding", r"hammered", r"battered", r"set\s+(?:fire\s+to|ablaze)",
    # "drones damaged private houses", "a drone killed two people": what it did tells the attack
    r"damag(?:ed|ing)", r"killed", r"killing", r"wounded", r"wounding", r"injured", r"injuring",
)

#: Words that mark a sentence as part of an engagement even without a weapon word
#: (``air defence operated in Kyiv``, ``the city was also targeted``).
EVENT_WORDS: tuple[str, ...] = (
    r"air\s+defen[cs]es?\s+(?:operated|were\s+active|was\s+active|had\s+been\s+active|engaged|at\s+work)",
    r"targeted", r"targeting", r"attacked", r"attacks?", r"struck", r"strikes?", r"debris", r"explosions?",
    r"blasts?", r"came\s+under\s+(?:fire|attack)", r"hit", r"took\s+place", r"damaged",
    # "Hits were recorded in the Kharkiv, Sumy and Odesa regions": where the summary's attack struck
    r"(?:hits|impacts)\s+(?:were\s+|have\s+been\s+)?recorded",
    r"(?:main|primary|principal)\s+targets?",
)

#: A singular weapon that hit something counts as one hit (``a drone hit a house``).
SINGLE_HIT: str = (
    # (not the debris of "a downed drone": one that was shot down did not get through)
    r"\b(?:a|an|one)\s+(?:(?!(?:downed|intercepted|destroyed|shot-down)\b)[\w-]+\s+){0,2}?(?:{weapon})\s+"
    r"(?:has\s+|had\s+)?"
    r"(?:hit|struck|crashed\s+into|slammed\s+into|landed\s+on)\b"
    # "the enemy hit the village of Kupiansk-Vuzlovyi with a guided aerial bomb"
    r"|\b(?:hit|struck)\s+(?:[\w'’-]+\s+){1,8}?with\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:{weapon})\b"
    # "the city was hit by a guided aerial bomb"
    r"|\b(?:was|were|has\s+been|had\s+been)\s+(?:hit|struck)\s+by\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:{weapon})\b"
)

#: A singular weapon that reached what it attacked, without a word that it hit it (``a drone
#: attacked a car``, ``an FPV drone dropped explosives on a tractor``): not a count, but it got
#: through, so the drones downed over its region are another engagement.
SINGLE_REACH: str = (
    r"\b(?:a|an|one)\s+(?:(?!(?:downed|intercepted|destroyed|shot-down)\b)[\w-]+\s+){{0,2}}?(?:{weapon})\s+"
    r"(?:has\s+|had\s+)?(?:attacked|dropped\s+(?:explosives|an?\s+(?:explosive\s+device|bomb|grenade|"
    r"munition|charge)))\b"
)

#: A singular weapon that was shot down counts as one downed (``The missile was intercepted``,
#: after one missile fired; ``a drone was shot down over the village``).
SINGLE_DOWN: str = (
    r"\b(?:a|an|one|the|another)\s+(?:[\w-]+\s+){{0,2}}?(?:{weapon})\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:intercepted|shot\s+down|destroyed|downed|neutrali[sz]ed)\b"
    # "the military said it intercepted a ballistic missile launched from Yemen" (not "destroyed a
    # drone factory": the verbs of air defence only, the weapon not a modifier of another noun)
    r"|\b(?:intercepted|shot\s+down|downed)\s+(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{weapon})\b"
    r"(?!\s+(?:factory|plant|base|depot|launchers?|warehouse|storage|production|site|facility|"
    r"units?|operators?|control|crews?|teams?|positions?))"
)

#: Words in a sentence marking an older, superseded figure (``had initially reported 71``).
SUPERSEDED: tuple[str, ...] = (r"initially", r"at\s+first", r"originally", r"previously\s+reported",
                               r"earlier\s+versions?", r"had\s+earlier\s+(?:said|reported|put)",
                               # "correcting an earlier statement that put the number of drones at 52"
                               r"an\s+earlier\s+(?:statement|report|figure|estimate)")

#: Words marking a revised figure that replaces an earlier one (``the toll rose to 25``).
REVISED: tuple[str, ...] = (
    r"rose", r"risen", r"rises", r"revised", r"updated", r"corrected", r"climbed",
    # "The Defence Ministry later said it had destroyed 14 drones over the region"
    r"later\s+(?:said|put|raised|lowered|reported|gave|increased|confirmed)",
    # "another three had been shot down, bringing the total for the day to 17"
    r"bringing\s+(?:the|its|his|her|their)\s+(?:total|tally|number|toll|count)",
)

#: A casualty statement that covers every engagement of its paragraph.
ALL_CASES: tuple[str, ...] = (r"either\s+case", r"both\s+cases", r"each\s+case", r"all\s+cases")

#: Words right after a number that make it apply to each of several places (``four each``). A word
#: without pattern syntax: it is looked for with ``in`` before the pattern runs.
DISTRIBUTIVE: str = r"each"

#: Words before a place name that make it the launch site, not where the engagement was.
ORIGIN: tuple[str, ...] = (r"from",)

#: Title words around a place that make it an official's jurisdiction (``Kaluga region governor``).
TITLE_WORDS: tuple[str, ...] = (
    r"governor", r"mayor", r"head", r"administration", r"authorities", r"officials?", r"prosecutor",
)

#: Words before a place that make it only part of where the engagement was (``most over Kyiv``).
PARTIAL_PLACE: tuple[str, ...] = (r"most(?:\s+of\s+them)?", r"including")

#: Words before a count that make it the sum of what was listed (``in total, 72 missiles``).
TOTAL_WORDS: tuple[str, ...] = (r"in\s+total", r"in\s+all", r"altogether", r"overall", r"a\s+total\s+of")

#: Words after a number that make a count a new engagement, never a repeat (``one more drone``).
FRESH_AFTER: tuple[str, ...] = (r"more", r"other")

#: Words before a count that make it a new engagement (``an additional 93 drones``).
FRESH_BEFORE: tuple[str, ...] = (r"additional", r"another", r"further", r"new")

#: Country adjectives that name the attacked country in a scope phrase (``over Russian regions``).
COUNTRY_ADJECTIVES: Mapping[str, str] = {
    "russian": "RU", "ukrainian": "UA", "belarusian": "BY", "polish": "PL", "romanian": "RO",
    "moldovan": "MD", "israeli": "IL", "iranian": "IR", "lithuanian": "LT", "latvian": "LV",
    "estonian": "EE", "finnish": "FI",
    # possessive names: "Poland's armed forces shot down drones"
    "russia's": "RU", "ukraine's": "UA", "belarus's": "BY", "poland's": "PL", "romania's": "RO",
    "moldova's": "MD", "israel's": "IL", "iran's": "IR", "lithuania's": "LT", "latvia's": "LV",
    "estonia's": "EE", "finland's": "FI",
}

#: A scope phrase naming the country attacked by its adjective: ``destroyed over Russian regions``,
#: ``attacks on Russian territory``. ``{adjective}`` stands for :data:`COUNTRY_ADJECTIVES`.
COUNTRY_SCOPE: str = (
    r"\b(?:over|across|in|on|into|against)\s+(?:the\s+)?(?:[\w-]{{1,40}}\s+){{0,2}}?(?P<adjective>{adjective})\s+"
    r"(?:border\s+)?(?:regions|territory|territories|cities|towns|oblasts|soil|airspace)\b"
)

#: The closing word of every match of :data:`COUNTRY_SCOPE` (a quick test that skips a report without
#: one; keep it in step with the pattern).
COUNTRY_SCOPE_CUE: str = r"(?:regions|territory|territories|cities|towns|oblasts|soil|airspace)\b"

#: The country whose forces did the shooting down: ``Russian air defences destroyed 105 drones``,
#: ``Poland's armed forces shot down drones``. ``{adjective}`` stands for :data:`COUNTRY_ADJECTIVES`.
DEFENDER_SCOPE: str = (
    r"\b(?P<adjective>{adjective})\s+(?:air[\s-]+defen[cs]es?|armed\s+forces|military|army|air\s+force)\s+"
    r"(?:(?:systems?|units?|forces?|crews?)\s+)?(?:have\s+|had\s+)?"
    r"(?:destroyed|shot\s+down|intercepted|downed|repelled)\b"
)

#: The words every match of :data:`DEFENDER_SCOPE` has (a quick test; keep it in step).
DEFENDER_SCOPE_CUE: str = r"\b(?:defen[cs]es?|forces|military|army|force)\s"

#: Words before a count or an attack report that make it another engagement than those told before
#: (``Separately, the ministry said 21 drones ...``, ``a separate drone attack``).
SEPARATE: tuple[str, ...] = (r"separate(?:ly)?", r"in\s+another\s+(?:attack|incident|strike)")

#: Words opening a sentence that tell an earlier engagement than the one just told, not more of it
#: (``A drone hit a grain terminal on Friday afternoon ... Earlier on Friday, Russia launched 68
#: drones``): matched at the start of the sentence only.
FLASHBACK: tuple[str, ...] = (
    # ("Earlier version of this report said 59 drones" is a superseded figure, not a flashback)
    r"earlier(?!\s+(?:versions?|reports?|statements?|figures?|estimates?|tall(?:y|ies)|counts?)\b)",
    r"(?:hours|a\s+day|days|a\s+week|weeks)\s+earlier", r"before\s+that", r"prior\s+to\s+that",
)

#: Words opening a sentence that add to the sentence before it, in its window and on its
#: source's word (``Over the past night, ... 28 drones ... In addition, the Black Sea Fleet
#: destroyed 3 uncrewed boats ..., the ministry reported``): matched at the start of the sentence.
ADDITIVE: tuple[str, ...] = (r"in\s+addition", r"additionally", r"at\s+the\s+same\s+time", r"besides")

#: Words in an attack report that make it a new engagement, not more of the one told before
#: (``15:20 - Russian drones are attacking Kharkiv again``); a repetition inside one episode
#: (``at midnight, at 3:40 and again at 5:15``) is not.
AGAIN: tuple[str, ...] = (
    r"(?<!\band\s+)(?:again|anew|once\s+more)(?!\s+(?:at|on|in|around|about|shortly|after|before|later|by)\b)",
)

#: Words that make a weapon report a habit or a possibility, not one engagement
#: (``drones have repeatedly targeted the region``, ``Kalibr missiles can reach any city``).
HABITUAL: tuple[str, ...] = (
    r"repeatedly", r"regularly", r"often", r"frequently", r"routinely", r"constantly", r"usually",
    # "may" the modal, not the month ("On the night of May 3, drones attacked ...")
    r"can", r"could", r"would", r"might", r"may(?!\s+\d)", r"will",
)

#: Words of ground combat, which make a sentence with no weapon no report of an aerial attack
#: (``In the Pokrovsk direction, Ukrainian defenders repelled 45 attacks``, ``210 combat clashes
#: took place``).
GROUND_WORDS: tuple[str, ...] = (
    r"(?:combat\s+)?clash(?:es)?", r"assaults?", r"offensive\s+(?:actions?|operations?)",
    r"ground\s+attacks?", r"firefights?", r"infantry",
    r"(?:repell?(?:ed|ing)|repulsed|beat\s+off|fended\s+off)\s+(?:\S+\s+){0,3}?(?:attacks|attempts)",
    r"attacks?\s+(?:on|against)\s+(?:\S+\s+)?positions", r"(?:tried|attempted|attempts?)\s+to\s+advance",
)

#: Nouns for one person, whose death or injury counts as 1 without a numeral (``a woman was killed``).
PERSON_WORDS: tuple[str, ...] = (
    r"man", r"woman", r"boy", r"girl", r"child", r"teenager", r"resident", r"civilian", r"person",
    r"pensioner", r"driver", r"passenger", r"worker", r"employee", r"serviceman", r"police\s+officer",
    r"firefighter", r"rescuer", r"volunteer", r"farmer", r"guard", r"security\s+guard", r"pedestrian",
    r"cyclist",
)

#: One person killed or injured, named without a numeral: ``a woman was killed``, ``a man, 59, was
#: wounded``, ``the driver was injured``, ``killing a man``. ``{person}`` stands for :data:`PERSON_WORDS`;
#: the group that matches gives the role (``hurt`` is a casualty, not said which).
SINGLE_CASUALTY: str = (
    r"\b(?:(?:a|an|one)\s+(?:[\w-]{{1,40}}\s+){{0,2}}?(?:{person})|the\s+driver)(?:\s*,\s*(?:aged\s+)?\d{{1,3}}\s*,)?\s+"
    # "A one-year-old child and a young woman were killed": two (see _single_casualties)
    r"(?:and\s+(?:a|an|one)\s+(?:[\w-]{{1,40}}\s+){{0,2}}?(?:{person})\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:reportedly\s+|seriously\s+|fatally\s+|slightly\s+|critically\s+|badly\s+|also\s+)?"
    r"(?:(?P<killed2>killed)|(?P<injured2>wounded|injured|hospitali[sz]ed)|(?P<hurt2>hurt))\b|"
    r"(?:(?:was|has\s+been|had\s+been|is)\s+"
    r"(?:reportedly\s+|seriously\s+|fatally\s+|slightly\s+|critically\s+|badly\s+|also\s+)?"
    r"(?:(?P<killed>killed|dead)|(?P<injured>wounded|injured|hospitali[sz]ed|"
    r"(?:taken|rushed|admitted)\s+to\s+(?:a\s+|the\s+)?hospital)|(?P<hurt>hurt))|(?:later\s+)?(?P<died>died)))\b"
    # "killing a man", "a drone attack on Lgov injured a woman"
    r"|\b(?:(?P<killing>killing|killed)|(?P<wounding>wounding|injuring|wounded|injured))\s+"
    r"(?:(?:a|an|one)\s+(?:[\w-]{{1,40}}\s+){{0,2}}?(?:{person})|the\s+driver)\b"
)

#: Words one of which every match of :data:`SINGLE_CASUALTY` contains (a quick test that skips the
#: sentences without any; keep it in step with the pattern).
SINGLE_CASUALTY_CUE: str = (
    r"killed|dead|wounded|injured|hospitali[sz]ed|hospital|hurt|died|killing|wounding|injuring"
)

#: For the built-in word tables (by pattern name): substrings one of which every match on the
#: lower-cased text contains, so that a window without any is passed over without a scan (most
#: windows: "from" before a place, "in total" before a count). Keep each in step with its table.
CUES: Mapping[str, tuple[str, ...]] = {
    "total": ("total", "all", "altogether"),  # TOTAL_WORDS ("overall", "in all": "all")
    "fresh_before": ("additional", "another", "further", "new"),  # FRESH_BEFORE
    "origin": ("from",),  # ORIGIN
    "partial": ("most", "including"),  # PARTIAL_PLACE
    # TITLE_WORDS, for "title_after" and "title_before"
    "title_after": ("governor", "mayor", "head", "administration", "authorities", "official", "prosecutor"),
    "title_before": ("governor", "mayor", "head", "administration", "authorities", "official", "prosecutor"),
    "separate": ("separate", "another"),  # SEPARATE
    "superseded": ("initially", "first", "originally", "previously", "earlier"),  # SUPERSEDED
    "revised": ("rose", "risen", "rises", "revised", "updated", "corrected", "climbed", "later",
                "bringing"),  # REVISED
    "all_cases": ("case",),  # ALL_CASES
    "again": ("again", "anew", "once"),  # AGAIN
    # the words of COUNTRY_SCOPE_CUE and SINGLE_CASUALTY_CUE
    "country_scope": ("regions", "territor", "cities", "towns", "oblasts", "soil", "airspace"),
    "single_casualty": ("killed", "dead", "wounded", "injured", "hospital", "hurt", "died", "killing",
                        "wounding", "injuring"),
    # the words of DEFENDER_SCOPE_CUE
    "defender_scope": ("defen", "force", "military", "army"),
}

#: The region around each city that is a first-level division of its own (ISO 3166-2): drones
#: ``flying towards Moscow`` were shot down over the Moscow region.
SURROUNDING_REGION: Mapping[str, str] = {
    "RU-MOW": "RU-MOS", "RU-SPE": "RU-LEN", "UA-30": "UA-32", "UA-40": "UA-43",
}
