"""Vocabulary of the location matcher: type words, cues and stop words, as data.

Everything the matcher treats specially is listed here, apart from the
matching code, so it can be read and extended in one place. All entries are
lower case; the matcher compares lower-cased words.
"""

from __future__ import annotations

from collections.abc import Mapping

#: Type words after a name that make it a first-level division ("Kaluga region"); phrases of
#: several words are matched word by word.
ADMIN1_AFTER: frozenset[str] = frozenset({
    "region", "oblast", "province", "krai", "kray", "territory", "republic", "okrug",
    "autonomous okrug", "autonomous district", "autonomous region", "autonomous republic",
    # first-level divisions abroad: Romanian and Baltic counties, Polish voivodeships, Yemeni,
    # Lebanese and Egyptian governorates ("Tulcea county", "the Hodeidah governorate")
    "county", "voivodeship", "governorate",
})
#: Type words after a name that make it a district ("Valuysky district").
ADMIN2_AFTER: frozenset[str] = frozenset({
    "district", "raion", "rayon", "urban district", "municipal district", "urban okrug",
    "municipal okrug", "city district", "municipal formation", "hromada", "territorial community",
})
#: Type words after a name that make it a Ukrainian hromada (a municipality inside a raion),
#: named "X Hromada" ("the Krasnopillia hromada").
HROMADA_AFTER: frozenset[str] = frozenset({"hromada", "territorial community"})
#: Words after an airport or plant name that belong to the feature ("Kazan airport").
FEATURE_AFTER: frozenset[str] = frozenset({
    "airport", "airfield", "air base", "airbase", "military airfield", "air field",
    "power plant", "power station", "hydroelectric power plant", "hydroelectric power station",
    "thermal power plant", "thermal power station", "nuclear power plant", "nuclear power station",
    "hydropower plant", "combined heat and power plant", "special economic zone", "residential complex",
    "shipyard", "industrial park", "refinery", "oil refinery", "metro station", "railway station",
    "npp",
})
#: What a plant makes, between its name and its head word ("the Azot chemical plant",
#: "the Kremniy El microelectronics plant").
PLANT_DESCRIPTORS: frozenset[str] = frozenset({
    "chemical", "petrochemical", "metallurgical", "steel", "oil", "gas", "fuel", "aircraft", "aviation",
    "ammunition", "explosives", "gunpowder", "microelectronics", "electronics", "electromechanical",
    "mechanical", "engineering", "machine-building", "tank", "armoured", "armored", "repair", "defence",
    "defense", "drone", "missile", "shipbuilding", "cement", "fertiliser", "fertilizer", "nitrogen",
    "coke", "coking", "pumping", "processing", "storage", "radio", "optical", "instrument", "tractor",
})
#: Head words after such descriptors.
PLANT_HEADS: frozenset[str] = frozenset({"plant", "factory", "works", "refinery", "depot", "terminal"})
#: Lower-case type words of unnamed-in-the-gazetteer features and the canonical ending of their
#: names ("the Antipinsky refinery" → "Antipinsky Oil Refinery", as curated refineries are named).
FEATURE_NAME_TAILS: Mapping[str, str] = {"refinery": "Oil Refinery"}
#: Plural type words that end (or, with a dash or colon, start) a list of names
#: sharing them ("the Bryansk, Kursk and Oryol regions", "four districts—Borovsky, ...").
PLURAL_TYPES: Mapping[str, str] = {
    "regions": "admin1", "oblasts": "admin1", "provinces": "admin1", "krais": "admin1",
    "territories": "admin1", "republics": "admin1", "counties": "admin1", "voivodeships": "admin1",
    "governorates": "admin1",
    "districts": "admin2", "raions": "admin2", "rayons": "admin2", "okrugs": "admin2", "hromadas": "admin2",
    "airports": "feature", "airfields": "feature", "air bases": "feature", "airbases": "feature",
    "refineries": "feature",
    "villages": "settlement", "towns": "settlement", "cities": "settlement", "settlements": "settlement",
    "communities": "admin2", "territorial communities": "admin2",
    "directions": "settlement", "axes": "settlement",
}
#: Words after a town's name that name the front sector around it ("the Chasiv Yar direction",
#: "the Kupiansk and Lyman directions"): the town is meant, however small.
FRONT_WORDS: frozenset[str] = frozenset({"direction", "directions", "axis", "axes"})
#: Words after a Ukrainian town's name that name its hromada, as Ukrainian officials write in
#: English ("the Krasnopillia community", "the Kramatorsk and Sloviansk communities"); after any
#: other name they are no type word ("the Druze community").
#: (A list remembers the first word of its plural type word: "territorial" of "territorial communities".)
COMMUNITY_WORDS: frozenset[str] = frozenset({"community", "communities", "territorial"})
#: Words after a bare region name that show it means the region ("Kursk governor").
ADMIN1_HINTS: frozenset[str] = frozenset({
    "governor", "governors", "regional", "region's", "oblast's", "governorate", "governorship",
    "exclave", "enclave",
    # Ukrainian regional (military) administrations, as English reports abbreviate them ("the
    # Zaporizhzhia OVA", "Kharkiv ODA head"; the city's is "MVA")
    "ova", "oda", "ova's", "oda's",
})
#: Words after a bare name that show it means the city ("Kyiv city military administration").
CITY_HINTS: frozenset[str] = frozenset({"city", "city's", "mayor", "mayor's", "municipal", "mva"})
#: Words before a name that make it a settlement and allow small places ("the village of Volfino").
SETTLEMENT_CUES: frozenset[str] = frozenset({
    "village of", "villages of", "town of", "towns of", "city of", "cities of", "settlement of",
    "settlements of", "hamlet of", "township of", "urban-type settlement of", "suburb of",
    "outskirts of", "residents of", "village", "town", "city", "settlement", "mayor of",
    # Russian kinds of village: a Cossack stanitsa, a khutor (farmstead hamlet), a selo
    "stanitsa of", "stanitsa", "khutor of", "khutor", "selo of", "selo",
})
#: Cues that name a village: a large town of the same name is not meant ("the village of Murom"
#: in a Belgorod district is not the city of Murom).
VILLAGE_CUES: frozenset[str] = frozenset({"village of", "villages of", "hamlet of", "village", "hamlet",
                                          "khutor of", "khutor", "selo of", "selo"})
#: Prepositions before an airport's name in a sentence about flights ("flights at Kurumoch").
AIRPORT_BEFORE: frozenset[str] = frozenset({"at", "from", "to", "into", "in"})
#: Words after a bare region name, alone or after a second name and a dash, that show it
#: means the region ("the Kursk border", "the Kharkiv–Belgorod border").
BORDER_WORDS: frozenset[str] = frozenset({"border", "borders", "frontier"})
#: Words before a place name that make the whole a feature ("Cape Khersones", "Lake Onega").
FEATURE_BEFORE: frozenset[str] = frozenset({"cape", "lake", "mount", "gulf", "bay", "island", "port"})
#: Capitalised head words of streets, buildings and sites: "Profsoyuznaya Street",
#: "Taganrog Art Museum", "Oskol Electrometallurgical Plant".
FEATURE_HEADS: frozenset[str] = frozenset({
    "street", "avenue", "prospekt", "prospect", "boulevard", "lane", "square", "highway",
    "proyezd", "proezd", "pereulok", "embankment", "shosse", "bridge", "reservoir", "airport",
    "refinery", "plant", "museum", "hospital", "stadium", "cathedral", "church", "theatre", "theater",
    "dam", "park", "market", "mall", "shipyard", "terminal", "depot", "factory", "works",
    "institute", "kombinat", "arsenal", "port", "canal", "monastery", "palace", "barracks",
    "peninsula", "spit", "island", "islands", "road", "river", "house", "bay", "harbour", "harbor", "lagoon",
    "chp", "chpp", "tpp", "hpp", "tets",  # power plants by their abbreviations ("the Kremenchuk CHP")
})
#: Lower-case descriptors after a capitalised name that make a feature with it
#: ("Lazurnye Nebesa residential complex", "Kyiv hydroelectric power plant").
FEATURE_TAILS: frozenset[str] = FEATURE_AFTER | frozenset({"complex", "residential complex"})
#: Words after a name that make it part of an organisation, outlet or event name
#: ("Kyiv Independent", "Caspian Pipeline Consortium", "Black Sea Fleet").
ORG_AFTER: frozenset[str] = frozenset({
    "times", "post", "independent", "pravda", "consortium", "pipeline", "news", "daily", "telegraph",
    "herald", "gazette", "group", "company", "corporation", "corp", "bank", "university", "airlines",
    "airways", "railways", "railway", "metro", "oblenergo", "energo", "dynamo", "fc", "club", "agency",
    "fleet", "army", "brigade", "division", "command", "guard", "battalion", "regiment",
    "patriarchate", "declaration", "accords", "accord", "agreement", "format", "summit", "protocol",
    "memorandum", "convention", "initiative", "school", "academy", "council", "duma", "rada",
    "parliament", "ministry", "court", "tribunal", "police", "prosecutor", "prosecutor's", "service",
    "directorate", "committee", "commission", "oblgaz", "vodokanal", "television", "tv", "radio",
    "channel", "media", "newspaper", "journal", "review", "review's", "institute", "centre", "center",
    "club's", "conference", "forum", "process", "talks",
})
#: Words that make a capitalised name an organisation, not an unknown place after a cue
#: ("the Kyiv City Military Administration", "Kyiv City Council").
ORG_NAME_WORDS: frozenset[str] = ORG_AFTER | {"administration", "hall", "office", "department"}
#: Capitalised words before a place name that make it part of a club's or an outlet's name
#: ("Dynamo Kyiv", "Zenit St Petersburg", "Shakhtar Donetsk"; the public broadcaster's regional
#: newsrooms, "Suspilne Chernihiv").
ORG_BEFORE: frozenset[str] = frozenset({
    "dynamo", "dinamo", "shakhtar", "zenit", "spartak", "cska", "lokomotiv", "zorya", "chornomorets",
    "metalist", "karpaty", "rubin", "akhmat", "krylia", "torpedo", "fc", "hc", "bc", "sc",
    "suspilne", "suspilnyi",
})
#: Vessel nouns before a ship's name, which is often a place's ("the cruiser Moskva",
#: "the landing ship Novocherkassk").
VESSEL_BEFORE: frozenset[str] = frozenset({
    "cruiser", "frigate", "corvette", "submarine", "flagship", "destroyer", "tanker", "warship", "ship",
    "vessel", "icebreaker", "minesweeper", "tugboat", "trawler",
})
#: Vessel nouns after "the" and a ship's name ("the Kursk submarine", "the Moskva cruiser"); not
#: "ship" or "tanker", which a port's name may stand before ("a Novorossiysk tanker").
VESSEL_AFTER: frozenset[str] = frozenset({
    "cruiser", "frigate", "corvette", "submarine", "destroyer", "warship", "icebreaker", "minesweeper",
})
#: Words after such a noun that make the whole a site of the place ("the Novorossiysk submarine base").
VESSEL_SITES: frozenset[str] = frozenset({
    "base", "bases", "pens", "port", "harbour", "harbor", "yard", "shipyard", "dock", "docks", "plant",
    "factory", "fleet", "flotilla", "squadron", "brigade", "division", "unit", "crews", "crew",
})
#: Lower-case unit words after a place name that make it a unit's name ("the Azov brigade",
#: "the Vostok group", "the Dnepr grouping of forces").
UNIT_AFTER: frozenset[str] = frozenset({
    "brigade", "brigades", "battalion", "battalions", "regiment", "regiments", "fleet", "flotilla", "group",
    "division", "divisions", "corps", "grouping",
})
#: Sites whose name also stands for the institution in them (folded spelling).
METONYMS: frozenset[str] = frozenset({"kremlin", "moscow kremlin", "white house", "bankova", "pentagon",
                                      "elysee palace", "downing street"})
#: Words after such a site that use it for the institution ("Kremlin spokesman").
METONYMY_AFTER: frozenset[str] = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "press", "aide", "aides", "official", "officials",
    "chief", "administration", "said", "says", "has", "is", "was", "claims", "claimed", "denied",
    "insists", "insisted", "source", "sources", "leadership", "critic", "critics", "propaganda",
    "foreign", "insider", "insiders", "pool",
})
#: Verbs of saying after a speaker's name ("the village of Kozinka, Gladkov said").
SPEECH_AFTER: frozenset[str] = frozenset({
    "said", "says", "wrote", "writes", "added", "adds", "reported", "reports", "told", "tells", "stated",
    "states", "noted", "notes", "announced", "announces", "confirmed", "confirms", "explained", "warned",
    "posted", "claimed", "claims", "specified", "clarified",
})
#: Capitalised words that start sentences or headlines and are never part of a place name.
LEADING_STOP: frozenset[str] = frozenset({
    "the", "a", "an", "on", "in", "at", "near", "from", "to", "of", "and", "or", "by", "along", "across",
    "over", "under", "outside", "inside", "behind", "into", "onto", "off", "for", "with", "after",
    "before", "during", "since", "while", "when", "where", "then", "also", "but", "residents",
    "debris", "drones", "drone", "missiles", "two", "three", "four", "five", "one", "several",
    "its", "his", "her", "their", "this", "that", "these", "those", "some", "both", "each", "every",
    "another", "other", "no", "not", "around", "about", "between", "above", "below", "via",
    "meanwhile", "later", "earlier", "separately", "elsewhere", "here", "there",
})
#: Places that stand for each other when context is weighed (a city and the region around it).
CONTEXT_TWINS: Mapping[str, str] = {
    "RU-MOW": "RU-MOS", "RU-MOS": "RU-MOW", "RU-SPE": "RU-LEN", "RU-LEN": "RU-SPE",
    "UA-30": "UA-32", "UA-32": "UA-30", "UA-40": "UA-43", "UA-43": "UA-40",
}
#: Lower-case words after a city name that make it a time zone, not a place ("03:00 Kyiv time").
ZONE_AFTER: frozenset[str] = frozenset({"time"})
#: Capitalised words that may follow a one-word place name without making it a person's
#: given name ("Kursk Governor Roman Starovoit", "Kaluga Region").
NAME_FOLLOWERS: frozenset[str] = frozenset({
    "governor", "mayor", "region", "oblast", "krai", "district", "raion", "city", "regional", "military",
    "airport", "refinery", "plant", "port", "railway", "station", "governor's", "mayor's", "administration",
    "authorities", "authority", "council", "head", "chief", "police", "prosecutor", "emergency",
})
#: Titles and given names that, right before a one-word town name, make it a surname
#: ("Governor Gusev", "Alexander Gusev").
#: Titles whose "of" names a place, not a person ("Head of Adygea Murat Kumpilov").
TITLE_WORDS: frozenset[str] = frozenset("""
governor mayor president minister commander chief head deputy ambassador
""".split())
PERSON_BEFORE: frozenset[str] = frozenset("""
governor mayor president minister general colonel lieutenant major captain sergeant spokesman
spokeswoman commander chief head deputy ambassador senator patriarch metropolitan archbishop mr mrs ms
dr prof
alexander alexandr aleksandr oleksandr alexei alexey aleksei oleksii oleksiy anatoly anatoliy andrei
andrey andriy anton arkady artem artyom bogdan bohdan boris denis dmitry dmitri dmytro eduard evgeny
yevgeny yevhen fyodor fedir gennady hennadiy georgy heorhiy grigory hryhoriy igor ihor ilya illia
ivan kirill kyrylo konstantin kostiantyn leonid maksim maxim maksym mikhail mykhailo mykhaylo nikita
nikolai nikolay mykola oleg oleh pavel pavlo petr petro pyotr roman ruslan sergei sergey serhiy serhii
stanislav stepan taras timur vadim vadym valery valeriy vasily vasyl viktor vitaly vitali vitaliy
vladimir volodymyr vladislav vladyslav vyacheslav viacheslav yaroslav yuri yury yuriy zakhar
alla anastasia anna darya daria ekaterina kateryna elena olena galina halyna irina iryna lyudmila
liudmyla maria mariya marina maryna natalia nataliya natalya olga olha svetlana svitlana tatiana
tetiana tatyana valentina valentyna veronika yulia yuliia
""".split())
#: Adjectives that may stand between a list and its plural type word
#: ("the Belgorod and Kursk border regions").
LIST_ADJECTIVES: frozenset[str] = frozenset({
    "border", "frontline", "front-line", "neighbouring", "neighboring", "adjacent", "southern", "northern",
    "western", "eastern", "central", "occupied", "russian", "ukrainian", "frontier", "bordering",
})
#: Nouns after a small town's name that show the name is a weapon's ("Vilkha rockets").
WEAPON_AFTER: frozenset[str] = frozenset({
    "rocket", "rockets", "missile", "missiles", "drone", "drones", "system", "systems", "launcher",
    "launchers", "mlrs", "complex", "complexes", "munition", "munitions", "bomb", "bombs", "shell", "shells",
})
#: Words before "the" that make a town's name a river's ("across the Dnipro", "the banks of the Don").
RIVER_BEFORE: frozenset[str] = frozenset({
    "of", "across", "along", "into", "crossed", "crossing", "cross", "beyond", "behind", "up", "down", "on",
    "near", "over", "by", "from", "towards", "toward", "past", "beside", "under",
})
#: Words after such a name that leave it a river's; any other lower-case word makes the name a
#: modifier ("the Dnipro strike" is the city's).
RIVER_AFTER: frozenset[str] = frozenset({
    "near", "in", "at", "and", "or", "river", "to", "from", "by", "between", "south", "north", "east", "west",
    "upstream", "downstream", "was", "is", "has", "had", "were", "are", "have", "will", "towards", "toward",
    "into", "over", "under", "on", "for", "with", "where", "which", "that", "while", "after", "before",
    "through", "flows", "runs",
})
#: Nouns after "the" and a town's name that is also a river's, which make it the river
#: wherever it stands ("The Dnipro crossing", "the Don delta").
RIVER_NOUNS: frozenset[str] = frozenset({
    "crossing", "crossings", "bank", "banks", "delta", "estuary", "floodplain", "riverbank", "riverbed",
})
#: Head words of streets: a street named after a person or town is not placed by that name.
STREET_HEADS: frozenset[str] = frozenset({
    "street", "avenue", "prospekt", "prospect", "boulevard", "lane", "square", "highway", "proyezd",
    "proezd", "pereulok", "embankment", "shosse",
})
#: Lower-case head words of landforms named after a place ("the Tarkhankut peninsula", "the Kinburn
#: spit", "Zmiinyi island"): the name and the head word are one feature, as with a capitalised head.
LANDFORM_HEADS: frozenset[str] = frozenset({"peninsula", "spit", "island", "islands", "lagoon"})
#: Words that join the names of a list ("Kursk and Oryol", "as well as").
CONNECTORS: frozenset[str] = frozenset({"and", "or", "as", "well"})
#: Type words left out of the name of a district the gazetteer lacks ("Zapadnodvinsky district").
TYPE_PARTS: frozenset[str] = frozenset({
    "district", "raion", "rayon", "urban", "municipal", "okrug", "city", "formation", "hromada", "community",
    "territorial",
})
#: Endings of demonyms and other adjectives that are never village names ("Ukrainian cities").
DEMONYM_ENDINGS: tuple[str, ...] = ("ian", "ean", "ese", "ish", "ern", "ic", "an's")
#: Head words that name a site only with a place inside the name ("Poltava Military Institute"),
#: else an organisation ("Royal United Services Institute").
INSTITUTION_HEADS: frozenset[str] = frozenset({"institute"})
#: Words that may stand between a region's name and its hint word ("Kursk acting governor").
HINT_QUALIFIERS: frozenset[str] = frozenset({"acting", "interim", "former", "deputy", "vice", "new"})
#: First words of many village names that are not names alone ("Malaya Loknya", "Nova Kakhovka").
NAME_PREFIXES: frozenset[str] = frozenset({
    "malaya", "maly", "maloye", "bolshaya", "bolshoy", "bolshoye", "novaya", "novy", "novoye", "novo",
    "staraya", "stary", "staroye", "verkhnyaya", "verkhny", "verkhneye", "nizhnyaya", "nizhny", "nizhneye",
    "krasnaya", "krasny", "krasnoye", "velyka", "velyki", "velyke", "mala", "mali", "male", "nova", "novi",
    "nove", "stara", "stari", "stare", "verkhnia", "nyzhnia", "zolota", "zolotaya", "chervona", "bila",
})
