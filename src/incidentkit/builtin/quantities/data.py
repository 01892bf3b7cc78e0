"""Vocabulary of the quantities plugin: what can be counted, what happens to it, how counts are hedged.

These tables are data, kept apart from the matching code in
:mod:`incidentkit.builtin.quantities.extractor`, so they can be read and
extended without touching a pattern. Users extend them through the plugin's
options or the ``incidentkit_quantities_vocabulary`` hook (see
:class:`~incidentkit.builtin.quantities.Vocabulary`); these are the defaults.

All keys are lower case; multi-word keys are single-space separated.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "APPROX",
    "CUES",
    "DESIGNATIONS",
    "GROUPS",
    "HEADS",
    "HYPERNYMS",
    "MODIFIER_CLASSES",
    "NON_COUNT_NOUNS",
    "NUMBER_WORDS",
    "PARTITIVE_ROLES",
    "PLACE_WORDS",
    "PREMODIFIER_CUES",
    "PRE_ONLY_CUES",
    "REFERENCE_NOUNS",
    "ROLE_BY_KIND",
    "SCALES",
    "SCALE_ABBREVIATIONS",
    "STREET_WORDS",
    "UNIT_WORDS",
]

#: Head nouns → item (``"item"`` or ``"item:role"`` when the noun itself says what
#: happened: ``deaths`` are people killed). Singular and plural forms are both listed.
HEADS: Mapping[str, str] = MappingProxyType({
    # unmanned aerial vehicles
    "drone": "uav", "drones": "uav", "uav": "uav", "uavs": "uav",
    "unmanned aerial vehicle": "uav", "unmanned aerial vehicles": "uav",
    "unmanned aircraft": "uav", "unmanned aerial systems": "uav", "uas": "uav",
    "loitering munition": "uav", "loitering munitions": "uav",
    "kamikaze drone": "uav", "kamikaze drones": "uav", "decoy": "uav", "decoys": "uav",
    "shahed": "uav", "shaheds": "uav", "geran": "uav", "gerans": "uav",
    # transliterations of the Ukrainian and Russian "шахед"
    "shahid": "uav", "shahids": "uav", "shakhed": "uav", "shakheds": "uav",
    "lancet": "uav", "lancets": "uav",
    # missiles, bombs, rockets, shells
    "missile": "missile", "missiles": "missile",
    "cruise missile": "cruise_missile", "cruise missiles": "cruise_missile",
    "ballistic missile": "ballistic_missile", "ballistic missiles": "ballistic_missile",
    "bomb": "guided_bomb", "bombs": "guided_bomb", "kab": "guided_bomb", "kabs": "guided_bomb",
    "glide bomb": "guided_bomb", "glide bombs": "guided_bomb",
    "rocket": "rocket", "rockets": "rocket",
    # "2 HIMARS multiple launch rocket system shells" (Russian MoD summaries): rockets
    "multiple launch rocket system shells": "rocket", "multiple launch rocket system rockets": "rocket",
    "multiple launch rocket system projectiles": "rocket", "mlrs shells": "rocket",
    "mlrs rockets": "rocket", "mlrs projectiles": "rocket",
    "shell": "shell", "shells": "shell", "artillery shell": "shell", "artillery shells": "shell",
    "mortar round": "shell", "mortar rounds": "shell", "round": "shell", "rounds": "shell",
    "mine": "shell", "mines": "shell",
    "projectile": "shell", "projectiles": "shell", "munition": "shell", "munitions": "shell",
    # aircraft and vessels
    "aircraft": "aircraft", "plane": "aircraft", "planes": "aircraft", "airplane": "aircraft",
    "airplanes": "aircraft", "jet": "aircraft", "jets": "aircraft", "bomber": "aircraft",
    "bombers": "aircraft", "fighter": "aircraft", "fighters": "aircraft", "warplane": "aircraft",
    "fighter-bomber": "aircraft", "fighter-bombers": "aircraft", "attack aircraft": "aircraft",
    "airliner": "aircraft",
    "airliners": "aircraft", "drone carrier": "aircraft",
    "warplanes": "aircraft", "fighter jet": "aircraft", "fighter jets": "aircraft",
    "helicopter": "helicopter", "helicopters": "helicopter",
    "ship": "vessel", "ships": "vessel", "boat": "vessel", "boats": "vessel", "vessel": "vessel",
    "vessels": "vessel", "warship": "vessel", "warships": "vessel", "submarine": "vessel",
    "submarines": "vessel", "sea drone": "vessel", "naval drone": "vessel", "landing ship": "vessel",
    "landing ships": "vessel", "tanker": "vessel", "tankers": "vessel", "tug": "vessel",
    "tugs": "vessel", "barge": "vessel", "barges": "vessel", "ferry": "vessel", "ferries": "vessel",
    "frigate": "vessel", "frigates": "vessel", "destroyer": "vessel", "destroyers": "vessel",
    "cruiser": "vessel", "cruisers": "vessel", "minesweeper": "vessel", "minesweepers": "vessel",
    "tugboat": "vessel", "tugboats": "vessel", "aircraft carrier": "vessel",
    "aircraft carriers": "vessel", "container ship": "vessel", "container ships": "vessel",
    "corvette": "vessel", "corvettes": "vessel",
    "cargo ship": "vessel", "cargo ships": "vessel", "bulk carrier": "vessel",
    "bulk carriers": "vessel", "patrol boat": "vessel", "patrol boats": "vessel",
    "unmanned surface vessels": "vessel", "uncrewed surface vessels": "vessel",
    "sea drones": "vessel", "naval drones": "vessel", "maritime drones": "vessel",
    "unmanned boats": "vessel", "uncrewed boats": "vessel",
    # people
    "person": "person", "persons": "person", "people": "person", "civilian": "person",
    "civilians": "person", "resident": "person", "residents": "person", "inhabitant": "person",
    "inhabitants": "person", "child": "person", "children": "person", "kid": "person",
    "kids": "person", "minor": "person", "minors": "person", "teenager": "person",
    "teenagers": "person", "adult": "person", "adults": "person", "man": "person", "men": "person",
    "woman": "person", "women": "person", "boy": "person", "boys": "person", "girl": "person",
    "girls": "person", "baby": "person", "babies": "person", "infant": "person", "infants": "person",
    "soldier": "person", "soldiers": "person", "serviceman": "person", "servicemen": "person",
    "service members": "person", "troops": "person", "officer": "person", "officers": "person",
    "police officer": "person", "police officers": "person", "policeman": "person",
    "policemen": "person", "firefighter": "person", "firefighters": "person",
    "rescuer": "person", "rescuers": "person", "medic": "person", "medics": "person",
    "paramedic": "person", "paramedics": "person", "doctor": "person", "doctors": "person",
    "worker": "person", "workers": "person", "employee": "person", "employees": "person",
    "student": "person", "students": "person", "pupil": "person", "pupils": "person",
    "passenger": "person", "passengers": "person", "passer-by": "person", "passers-by": "person",
    "passerby": "person", "passersby": "person", "bystander": "person", "bystanders": "person",
    "pensioner": "person", "pensioners": "person",
    "guard": "person", "guards": "person", "security guard": "person", "security guards": "person",
    "volunteer": "person", "volunteers": "person", "journalist": "person",
    "journalists": "person", "national": "person", "nationals": "person", "citizen": "person",
    "citizens": "person", "foreigner": "person", "foreigners": "person", "patient": "person",
    "patients": "person", "staff": "person", "crew members": "person", "driver": "person",
    "drivers": "person", "villager": "person", "villagers": "person", "individuals": "person",
    "personnel": "person", "crew member": "person", "crewmen": "person", "sailors": "person",
    "engineer": "person", "engineers": "person", "customer": "person", "customers": "person",
    "consumer": "person", "consumers": "person", "subscriber": "person", "subscribers": "person",
    "household": "person", "households": "person",
    "scientist": "person", "scientists": "person", "specialist": "person", "specialists": "person",
    "sapper": "person", "sappers": "person", "deminer": "person", "deminers": "person",
    "electrician": "person", "electricians": "person", "power engineer": "person",
    "power engineers": "person",
    # "around 100 crew were evacuated" (the plural "crews" are teams, no count)
    "crew": "person",
    "seafarers": "person",
    "pilot": "person", "pilots": "person", "co-pilot": "person", "airman": "person",
    "airmen": "person",
    # family members, trades and others that people are counted as
    "son": "person", "sons": "person", "daughter": "person", "daughters": "person",
    "brother": "person", "brothers": "person", "sister": "person", "sisters": "person",
    "parent": "person", "parents": "person", "mother": "person", "mothers": "person",
    "father": "person", "fathers": "person", "relative": "person", "relatives": "person",
    "grandchild": "person", "grandchildren": "person", "member": "person", "members": "person",
    "family members": "person", "schoolchildren": "person", "toddlers": "person",
    "pedestrian": "person", "pedestrians": "person", "teacher": "person", "teachers": "person",
    "nurse": "person", "nurses": "person", "farmer": "person", "farmers": "person",
    "miner": "person", "miners": "person", "fishermen": "person", "cyclists": "person",
    "tourist": "person", "tourists": "person", "evacuees": "person", "refugees": "person",
    "hostage": "person", "hostages": "person", "prisoner": "person", "prisoners": "person",
    "pows": "person", "prisoners of war": "person", "conscripts": "person", "recruits": "person",
    "militants": "person",
    "commander": "person", "commanders": "person", "instructor": "person", "instructors": "person",
    # nationals named by demonym: "two Israelis were injured"
    "ukrainians": "person", "russians": "person", "israelis": "person", "palestinians": "person",
    "iranians": "person", "syrians": "person", "lebanese": "person", "belarusians": "person",
    "americans": "person", "georgians": "person", "moldovans": "person",
    "death": "person:killed", "deaths": "person:killed", "fatalities": "person:killed",
    "fatality": "person:killed", "dead": "person:killed", "bodies": "person:killed",
    "injuries": "person:injured", "wounded": "person:injured", "injured": "person:injured",
    "casualties": "person:casualty", "casualty": "person:casualty", "victims": "person:casualty",
    "victim": "person:casualty",
    # buildings, vehicles and other objects
    "building": "building", "buildings": "building", "house": "building", "houses": "building",
    "home": "building", "homes": "building", "apartment block": "building",
    "apartment blocks": "building", "apartment building": "building",
    "apartment buildings": "building", "block of flats": "building", "blocks of flats": "building",
    "high-rise": "building", "high-rises": "building", "tower": "building", "towers": "building",
    "facility": "building", "facilities": "building", "school": "building", "schools": "building",
    "hospital": "building", "hospitals": "building", "warehouse": "building",
    "warehouses": "building", "structure": "building", "structures": "building",
    "dormitory": "building", "dormitories": "building", "shop": "building", "shops": "building",
    "store": "building", "stores": "building", "garage": "building", "garages": "building",
    "silo": "building", "silos": "building",
    "shelter": "building", "shelters": "building", "bomb shelter": "building",
    "bomb shelters": "building",
    "outbuilding": "building", "outbuildings": "building", "cottage": "building",
    "cottages": "building", "kindergarten": "building", "kindergartens": "building",
    "church": "building", "churches": "building", "hangar": "building", "hangars": "building",
    "depot": "building", "depots": "building", "oil depot": "building", "oil depots": "building",
    "fuel depot": "building", "fuel depots": "building", "refinery": "building",
    "refineries": "building", "factory": "building", "factories": "building",
    "shopping centre": "building", "shopping centres": "building", "shopping center": "building",
    "shopping centers": "building", "shopping mall": "building", "shopping malls": "building",
    "mall": "building", "malls": "building", "supermarket": "building", "supermarkets": "building",
    "power plant": "building", "power plants": "building", "power station": "building",
    "power stations": "building",
    "enterprise": "building", "enterprises": "building",
    "shed": "building", "sheds": "building", "barn": "building", "barns": "building",
    "car": "vehicle", "cars": "vehicle", "vehicle": "vehicle", "vehicles": "vehicle",
    "truck": "vehicle", "trucks": "vehicle", "lorry": "vehicle", "lorries": "vehicle",
    "bus": "vehicle", "buses": "vehicle", "minibus": "vehicle", "minibuses": "vehicle",
    "van": "vehicle", "vans": "vehicle", "minivan": "vehicle", "minivans": "vehicle",
    "pickup": "vehicle", "pickups": "vehicle", "tractor": "vehicle", "tractors": "vehicle",
    "motorcycle": "vehicle", "motorcycles": "vehicle", "ambulance": "vehicle",
    "ambulances": "vehicle", "fire engine": "vehicle", "fire engines": "vehicle",
    "tank": "vehicle", "tanks": "vehicle", "train": "vehicle", "trains": "vehicle",
    "locomotive": "vehicle", "locomotives": "vehicle", "wagon": "vehicle", "wagons": "vehicle",
    "apartment": "other", "apartments": "other", "flat": "other", "flats": "other",
    "institution": "other", "institutions": "other", "unit": "other", "units": "other",
    "window": "other", "windows": "other", "power line": "other", "power lines": "other",
    "high-voltage line": "other", "high-voltage lines": "other", "transmission line": "other",
    "transmission lines": "other", "power transmission lines": "other",
    "substation": "other", "substations": "other", "howitzer": "other", "howitzers": "other",
    "gun": "other", "guns": "other", "system": "other", "systems": "other",
    # places counted ("impacts in 3 locations", "hit 14 locations") are only where: role other
    "location": "other:other", "locations": "other:other", "site": "other:other",
    "sites": "other:other", "area": "other:other", "areas": "other:other",
    "airbase": "other:other", "airbases": "other:other", "air base": "other:other",
    "air bases": "other:other", "airfield": "other:other", "airfields": "other:other",
    "airport": "other:other", "airports": "other:other",
    "radar station": "other", "radar stations": "other", "electronic warfare station": "other",
    "electronic warfare stations": "other", "ew station": "other", "ew stations": "other",
    "battery": "other", "batteries": "other", "command post": "other",
    "command posts": "other", "reactor": "other", "reactors": "other",
    "power unit": "other", "power units": "other",
    "air defence system": "other", "air defense system": "other",
    "tank farm": "other",
    "fuel tank": "other", "fuel tanks": "other", "storage tank": "other",
    "storage tanks": "other", "launcher": "other", "launchers": "other",
    "pieces of equipment": "other", "units of equipment": "other", "pieces of machinery": "other",
    "units of machinery": "other", "fire group": "other", "fire groups": "other",
    "mobile fire group": "other", "mobile fire groups": "other",
    "impact": "shell:hit", "impacts": "shell:hit", "arrivals": "shell:hit",
    "target": "other", "targets": "other", "air target": "other", "air targets": "other",
    "aerial targets": "other", "objects": "other", "air attack weapons": "other",
    "air attack means": "other", "weapons": "other", "means of air attack": "other",
    "means of aerial attack": "other", "aerial attack means": "other", "air attack assets": "other",
    # the defence's own munitions, fired at the attack: neither the attack's weapons nor its
    # outcome ("Israel fired 12 interceptors", "interceptor drones shot down 30 Shaheds")
    "interceptor": "missile:other", "interceptors": "missile:other",
    "interceptor missile": "missile:other", "interceptor missiles": "missile:other",
    "interceptor drone": "uav:other", "interceptor drones": "uav:other",
    # places
    "region": "region", "regions": "region", "oblast": "region", "oblasts": "region",
    "province": "region", "provinces": "region", "territory": "region", "territories": "region",
    "republic": "region", "republics": "region", "border region": "region",
    "border regions": "region",
    "district": "district", "districts": "district", "raion": "district", "raions": "district",
    "municipality": "district", "municipalities": "district", "community": "district",
    "communities": "district", "hromada": "district", "hromadas": "district",
    "settlement": "settlement", "settlements": "settlement", "village": "settlement",
    "villages": "settlement", "town": "settlement", "towns": "settlement", "city": "settlement",
    "cities": "settlement", "hamlet": "settlement", "hamlets": "settlement",
    "locality": "settlement", "localities": "settlement",
})

#: Item → group; the group decides which cues apply (a person is killed, a building damaged).
GROUPS: Mapping[str, str] = MappingProxyType({
    "uav": "weapon", "missile": "weapon", "cruise_missile": "weapon",
    "ballistic_missile": "weapon", "guided_bomb": "weapon", "rocket": "weapon", "shell": "weapon",
    "vessel": "weapon", "aircraft": "platform", "helicopter": "platform", "person": "person",
    "building": "structure", "vehicle": "structure", "settlement": "area", "district": "area",
    "region": "area", "other": "structure",
})

#: Generic nouns that stand for whatever weapon the report is about (``40 targets``
#: in a drone raid are drones) → the items they may stand for.
HYPERNYMS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "aircraft": ("uav",),
    "target": ("weapon",), "targets": ("weapon",), "air target": ("weapon",),
    "air targets": ("weapon",), "aerial targets": ("weapon",), "objects": ("weapon",),
    "air attack weapons": ("weapon",), "air attack means": ("weapon",), "weapons": ("weapon",),
    "means of air attack": ("weapon",), "means of aerial attack": ("weapon",),
    "aerial attack means": ("weapon",), "air attack assets": ("weapon",),
    "impact": ("weapon",), "impacts": ("weapon",), "arrivals": ("weapon",),
})

#: Model names and designations → item. A designation names a type, never a count:
#: ``Kh-101`` is not 101 of anything. Keys without digits are names matched as words;
#: keys with digits are matched with their family prefix (``kh-101`` also covers ``Kh-101s``).
#: ``missile`` marks generic or ambiguous types (plain ``Iskander`` may be the cruise
#: Iskander-K), ``system`` air-defence systems that are never counted items.
DESIGNATIONS: Mapping[str, str] = MappingProxyType({
    # drones
    "shahed": "uav", "shahed-131": "uav", "shahed-136": "uav", "shahed-238": "uav",
    "geran": "uav", "geran-1": "uav", "geran-2": "uav", "geran-3": "uav", "gerbera": "uav",
    "lancet": "uav", "lancet-3": "uav", "orlan": "uav", "orlan-10": "uav", "orlan-30": "uav",
    "zala": "uav", "supercam": "uav", "mohajer-6": "uav", "bayraktar": "uav", "tb2": "uav",
    "lyutyi": "uav", "liutyi": "uav", "mugin-5": "uav", "uj-22": "uav", "uj-26": "uav",
    "bober": "uav", "beaver": "uav", "kub-bla": "uav", "italmas": "uav",
    # cruise missiles
    "kh-101": "cruise_missile", "kh-102": "cruise_missile", "kh-555": "cruise_missile",
    "kh-55": "cruise_missile", "kh-55sm": "cruise_missile", "kh-50": "cruise_missile",
    "kalibr": "cruise_missile", "3m-14": "cruise_missile", "3m-54": "cruise_missile",
    "iskander-k": "cruise_missile", "9m728": "cruise_missile", "9m729": "cruise_missile",
    "storm shadow": "cruise_missile", "scalp": "cruise_missile", "taurus": "cruise_missile",
    "neptune": "cruise_missile", "neptun": "cruise_missile", "long neptun": "cruise_missile",
    "r-360": "cruise_missile", "tomahawk": "cruise_missile",
    "zircon": "cruise_missile", "tsirkon": "cruise_missile", "3m22": "cruise_missile",
    "p-800": "cruise_missile", "oniks": "cruise_missile", "onyx": "cruise_missile",
    "long neptune": "cruise_missile", "flamingo": "cruise_missile", "fp-5": "cruise_missile",
    # ballistic missiles
    "iskander-m": "ballistic_missile", "9m723": "ballistic_missile", "kn-23": "ballistic_missile",
    "kn-24": "ballistic_missile", "hwasong-11": "ballistic_missile",
    "kinzhal": "ballistic_missile", "kh-47m2": "ballistic_missile", "kh-47": "ballistic_missile",
    "tochka": "ballistic_missile", "tochka-u": "ballistic_missile", "atacms": "ballistic_missile",
    "mgm-140": "ballistic_missile", "oreshnik": "ballistic_missile", "rs-26": "ballistic_missile",
    "fateh-110": "ballistic_missile", "fateh-360": "ballistic_missile", "prsm": "ballistic_missile",
    "sapsan": "ballistic_missile", "hrim-2": "ballistic_missile",
    # other missiles (generic or ambiguous classes)
    "iskander": "missile", "kh-59": "missile", "kh-69": "missile", "kh-22": "missile",
    "kh-32": "missile", "kh-31": "missile", "kh-31p": "missile", "kh-35": "missile",
    "kh-29": "missile", "kh-38": "missile", "kh-58": "missile", "s-200": "missile",
    "s-300": "missile", "s-400": "missile", "s-500": "missile", "bastion": "missile",
    "olkha": "missile", "harpoon": "missile", "agm-88": "missile", "harm": "missile",
    "kh-59mk": "missile", "kh-59mk2": "missile", "tor": "system", "buk": "system",
    "pantsir": "system", "pantsir-s": "system", "pantsir-s1": "system", "patriot": "system",
    "iris-t": "system", "nasams": "system", "samp/t": "system", "gepard": "system",
    "stinger": "system", "igla": "system", "hawk": "system",
    # bombs
    "fab-250": "guided_bomb", "fab-500": "guided_bomb", "fab-1500": "guided_bomb",
    "fab-3000": "guided_bomb", "kab-500": "guided_bomb", "kab-1500": "guided_bomb",
    "umpk": "guided_bomb", "odab-500": "guided_bomb", "gbu-39": "guided_bomb",
    "gbu-62": "guided_bomb", "jdam": "guided_bomb", "jdam-er": "guided_bomb",
    "aasm": "guided_bomb", "hammer": "guided_bomb", "upab-1500": "guided_bomb",
    # rockets and artillery
    "grad": "rocket", "bm-21": "rocket", "uragan": "rocket", "bm-27": "rocket",
    "smerch": "rocket", "bm-30": "rocket", "tornado-s": "rocket", "vilkha": "rocket",
    "vampire": "rocket", "gmlrs": "rocket",
    # launchers and guns: named, never counted as what they fire
    "rm-70": "system", "himars": "system", "m142": "system", "m270": "system", "tos-1": "system",
    "tos-1a": "system", "m777": "system", "d-30": "system", "2s19": "system", "msta": "system",
    "caesar": "system", "krab": "system", "2s7": "system", "pion": "system",
    # aircraft and helicopters
    "tu-95": "aircraft", "tu-95ms": "aircraft", "tu-160": "aircraft", "tu-22m3": "aircraft",
    "tu-22": "aircraft", "su-24": "aircraft", "su-24m": "aircraft", "su-25": "aircraft",
    "su-27": "aircraft", "su-30": "aircraft", "su-30sm": "aircraft", "su-34": "aircraft",
    "su-35": "aircraft", "su-35s": "aircraft", "su-57": "aircraft", "mig-29": "aircraft",
    "mig-31": "aircraft", "mig-31k": "aircraft", "mig-31i": "aircraft", "f-16": "aircraft",
    "f-35": "aircraft", "mirage": "aircraft", "mirage-2000": "aircraft", "a-50": "aircraft",
    "a-50u": "aircraft", "il-76": "aircraft", "il-78": "aircraft", "il-20": "aircraft",
    "il-22": "aircraft", "an-26": "aircraft", "an-124": "aircraft", "be-12": "aircraft",
    "be-200": "aircraft", "gripen": "aircraft",
    "ka-52": "helicopter", "mi-8": "helicopter", "mi-24": "helicopter", "mi-28": "helicopter",
    "mi-35": "helicopter", "mi-17": "helicopter", "mi-26": "helicopter", "ka-27": "helicopter",
    # vehicles
    "t-72": "vehicle", "t-80": "vehicle", "t-90": "vehicle", "bmp-2": "vehicle",
    "bmp-3": "vehicle", "btr-82": "vehicle", "kamaz": "vehicle",
})

#: Words inside a noun phrase that make a missile or bomb more specific.
MODIFIER_CLASSES: Mapping[str, str] = MappingProxyType({
    "cruise": "cruise_missile", "ballistic": "ballistic_missile",
    "aeroballistic": "ballistic_missile", "hypersonic": "missile", "guided": "missile",
    "anti-aircraft": "missile", "anti-radar": "missile", "anti-ship": "missile",
    "surface-to-air": "missile", "air-to-surface": "missile", "air-launched": "missile",
})

#: Nouns that end a noun phrase as counts of something that is not a thing
#: (``two drone attacks`` counts attacks, not drones).
NON_COUNT_NOUNS: frozenset[str] = frozenset("""
attack attacks strike strikes raid raids wave waves
alert alerts threat threats debris fragments fragment wreckage parts part production plant
plants factory factories base bases crew crews operator operators
sortie sorties episode episodes incident incidents explosion explosions blast blasts
time times hour hours day days week weeks month months year years minute minutes
second seconds decade decades round rounds salvo salvos barrage barrages interception
interceptions drops airstrike airstrikes shelling shellings bombardment bombardments
engagement engagements
""".split())

#: Qualifiers in front of a number → ``approx`` value. ``over`` is a qualifier unless
#: the count is of places (``76 drones over 17 regions``).
APPROX: Mapping[str, str] = MappingProxyType({
    "about": "about", "around": "about", "roughly": "about", "some": "about",
    "approximately": "about", "approx": "about", "approx.": "about", "nearly": "about",
    "almost": "about", "close to": "about", "an estimated": "about", "estimated": "about",
    "circa": "about", "some estimated": "about", "just under": "about",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "not fewer than": "at_least", "a minimum of": "at_least",
    "more than": "more_than", "over": "more_than", "well over": "more_than",
    "just over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "above": "more_than", "well above": "more_than", "more then": "more_than",
    "up to": "up_to", "as many as": "up_to", "at most": "up_to", "no more than": "up_to",
    "not more than": "up_to", "a maximum of": "up_to", "fewer than": "up_to",
    "less than": "up_to", "under": "up_to",
})

#: Cue words and phrases → what happened (a cue *kind*). The kind becomes a role
#: once the counted item is known (ROLE_BY_KIND): ``destroyed`` drones were shot
#: down, a ``destroyed`` building was damaged.
CUES: Mapping[str, str] = MappingProxyType({
    # launched
    "launched": "launch", "launch": "launch", "launching": "launch", "fired": "launch",
    "firing": "launch", "used": "launch", "using": "launch",
    "attacked": "launch", "targeted": "launch", "took part": "launch", "taking part": "launch",
    "involved": "launch", "involving": "launch", "flew toward": "launch",
    "flew towards": "launch", "flown toward": "launch", "flown towards": "launch",
    "flying toward": "launch", "flying towards": "launch", "headed for": "launch",
    "heading for": "launch", "consisted of": "launch", "launch of": "launch",
    # Ukrainian Air Force: "23 of the drones came from the direction of Kursk"
    "from the direction of": "launch", "from the directions of": "launch",
    "attacked with": "launch", "attack with": "launch", "with": "launch", "attacked by": "launch",
    "attack by": "launch", "attacks by": "launch", "raid by": "launch",
    "targeted by": "launch", "approached": "launch", "were spotted": "launch",
    "attempted to attack": "launch", "tried to attack": "launch",
    # bombs dropped from aircraft or drones were used against the place
    "dropped": "launch", "dropping": "launch",

    # shot down, intercepted
    "shot down": "intercept", "shooting down": "intercept", "downed": "intercept",
    "intercepted": "intercept", "intercepting": "intercept", "brought down": "intercept",
    "neutralised": "intercept", "neutralized": "intercept", "suppressed": "intercept",
    "disabled": "intercept", "stopped": "intercept", "repelled": "intercept",
    "eliminated": "destroy", "liquidated": "destroy", "taken out": "intercept", "knocked out": "intercept",
    "downing": "intercept", "took down": "intercept", "taken down": "intercept", "taking down": "intercept",
    "destruction of": "intercept", "downing of": "intercept", "interception of": "intercept",
    "debris from": "intercept", "debris of": "intercept", "wreckage of": "intercept",
    "fragments of": "intercept", "engaged and destroyed": "intercept",
    "destroyed": "destroy", "destroying": "destroy",
    "destroyed or damaged": "damage", "damaged or destroyed": "damage",
    "damaged": "damage", "damaging": "damage", "partly destroyed": "damage",
    "partially destroyed": "damage", "partly destroying": "damage",
    "partially destroying": "damage", "crashed into": "hit", "crashed onto": "hit",
    "broken": "damage", "shattered": "damage", "smashed": "damage", "burned down": "damage",
    "burned": "damage", "burnt": "damage", "burned out": "damage", "burnt out": "damage",
    "gutted": "damage", "charred": "damage",
    # "a nine-storey building partly collapsed"
    "collapsed": "damage", "partly collapsed": "damage", "partially collapsed": "damage",
    # ships sunk in an attack were its targets: "sinking four of them"
    "sank": "damage", "sunk": "damage", "sinking": "damage",
    # "Some 100 buildings had windows blown out"
    # "13 schools reported damage", "40 buildings sustained damage"
    "reported damage": "damage", "sustained damage": "damage", "suffered damage": "damage",
    "windows blown out": "damage", "windows shattered": "damage",
    # "More than 1,000 windows were blown out"
    "blown out": "damage", "were blown out": "damage",
    "burnt down": "damage", "caught fire": "damage", "set on fire": "damage", "set ablaze": "damage",
    "damage to": "damage", "blown out in": "damage", "broken in": "damage",
    "shattered in": "damage", "smashed in": "damage", "knocked out in": "damage",
    "damaged in": "damage", "broke windows in": "damage", "broke the windows in": "damage",
    "blew out windows in": "damage", "shattered windows in": "damage",
    "smashed windows in": "damage", "damaged windows in": "damage",
    # hit
    "hit": "hit", "hits": "hit", "hitting": "hit", "striking": "hit", "struck": "hit", "landed": "hit",
    "reached their targets": "hit", "reached their target": "hit", "reached targets": "hit",
    "reach their targets": "hit", "reach their target": "hit", "reach targets": "hit",
    "reach the target": "hit", "reach their intended targets": "hit",
    # one weapon: "only one of the 20 missiles reached its target"
    "reached its target": "hit", "reached its targets": "hit", "reach its target": "hit",
    "reached the target": "hit",
    "hit their targets": "hit", "hit by": "hit", "struck by": "hit", "got through": "hit",
    "hits by": "hit", "hits of": "hit", "impacts of": "hit",
    # "Strikes by nine missiles and 56 drones were recorded at 37 locations"
    "strikes by": "hit", "strikes of": "hit", "strikes from": "hit", "hits from": "hit",
    "impacts from": "hit",
    # lost
    "lost": "lost", "locationally lost": "lost", "lost locationally": "lost", "jammed": "lost",
    # losses of people and equipment: "the enemy's losses amounted to up to 95 servicemen"
    "losses amounted to": "lost", "losses totalled": "lost", "losses totaled": "lost",
    "losses of": "lost", "losses were": "lost", "losses stood at": "lost",
    "losses came to": "lost",
    # no damage: "4,000 homes lost power"
    "lost power": "person_other", "lost electricity": "person_other", "lost heating": "person_other",
    "lost their power supply": "person_other",
    "lost from radar": "lost", "went off radar": "lost", "disappeared from radar": "lost",
    "disappeared from radars": "lost", "vanished from radar": "lost",
    "vanished from radars": "lost", "dropped off radar": "lost",
    # other movement
    "flew off": "other", "flew away": "other", "veered off": "other", "returned": "other",
    "crossed into": "other", "flew into belarus": "other",
    # made, not used: "producing close to 2,700 a month"
    "produced": "other", "producing": "other", "produces": "other", "produce": "other",
    "manufactured": "other", "manufacturing": "other", "manufactures": "other",
    "assembles": "other", "assembled": "other", "assembling": "other", "supplied": "other",
    "supplying": "other", "supplies": "other", "shipped": "other", "handed over": "other",
    "stockpiled": "other", "kept": "other", "keeps": "other", "turned out": "other",
    # weapons found on the ground: "7 drones had been found so far"
    "found": "other",
    # what a launcher or an aircraft can hold, not what it fired: "a launcher that carries 12
    # missiles", "bombers armed with 8 Kh-101"
    "carries": "other", "carry": "other", "carrying": "other", "armed with": "other",
    "equipped with": "other", "loaded with": "other",
    # "Kalibr carriers with a total salvo of up to 28 missiles" (Ukrainian Navy)
    "total salvo of": "other", "combined salvo of": "other", "salvo capacity of": "other",
    "capacity of": "other",
    # people
    "killed": "kill", "killing": "kill", "kills": "kill", "kill": "kill", "dead": "kill",
    "died": "kill", "die": "kill", "perished": "kill", "lost their lives": "kill",
    "bodies of": "kill", "among the dead": "kill", "death toll": "kill",
    "claimed the lives of": "kill", "claimed the life of": "kill", "took the lives of": "kill",
    "took the life of": "kill",
    "injured": "injure", "injuring": "injure", "injures": "injure", "wounded": "injure",
    "wounding": "injure", "hospitalised": "injure", "hospitalized": "injure",
    "taken to hospital": "injure", "taken to the hospital": "injure",
    "admitted to hospital": "injure", "in hospital": "injure",
    "in hospitals": "injure", "in the hospital": "injure", "in the hospitals": "injure",
    "sought medical help": "injure",
    "medical help": "injure", "medical attention": "injure", "medical assistance": "injure",
    "medical care": "injure", "treatment": "injure", "treated": "injure", "wounds": "injure",
    "injuries": "injure", "concussion": "injure", "concussed": "injure", "burns": "injure",
    "among the injured": "injure", "among the wounded": "injure",
    "sustained": "injure", "suffered": "injure", "sustained injuries": "injure",
    "suffered injuries": "injure", "received injuries": "injure", "received wounds": "injure",
    "in serious condition": "injure", "in a serious condition": "injure",
    "in critical condition": "injure", "in a critical condition": "injure",
    "in grave condition": "injure", "in a grave condition": "injure",
    "in moderate condition": "injure", "in stable condition": "injure",
    # "two in extremely serious condition"
    **{f"in {adverb} {degree} condition": "injure"
       for adverb in ("extremely", "very", "especially", "particularly")
       for degree in ("serious", "critical", "grave")},
    "hurt": "casualty", "casualties": "casualty", "victims": "casualty", "affected": "casualty",
    "killed or injured": "casualty", "killed or wounded": "casualty", "killed and injured": "casualty",
    "killed and wounded": "casualty", "dead or injured": "casualty", "dead and injured": "casualty",
    "dead or wounded": "casualty", "dead and wounded": "casualty",
    "missing": "person_other", "unaccounted for": "person_other", "rescued": "person_other",
    "evacuated": "person_other", "pulled": "person_other", "moved": "person_other",
    "examined": "person_other", "registered": "person_other", "trapped": "person_other",
    "displaced": "person_other", "relocated": "person_other", "detained": "person_other",
    "live": "person_other", "lived": "person_other", "living": "person_other",
    # "two power plants sustained serious damage": the damage may be qualified
    **{f"{verb} {degree} damage": "damage"
       for verb in ("reported", "sustained", "suffered", "received")
       for degree in ("serious", "significant", "severe", "heavy", "minor", "extensive",
                      "considerable", "critical", "some")},
})

#: (cue kind, item group) → role. Pairs not listed do not apply: a ``killed`` cue says
#: nothing about drones, and the search for a cue goes on. ``hit_with`` is no cue word's
#: kind: it is what ``with`` means after ``struck`` (``struck the city with two bombs``).
ROLE_BY_KIND: Mapping[tuple[str, str], str] = MappingProxyType({
    ("launch", "weapon"): "launched", ("intercept", "weapon"): "destroyed",
    ("destroy", "weapon"): "destroyed", ("damage", "weapon"): "damaged",
    ("hit", "weapon"): "hit", ("hit_with", "weapon"): "hit", ("lost", "weapon"): "lost",
    ("other", "weapon"): "other",
    ("launch", "platform"): "other", ("intercept", "platform"): "destroyed",
    ("destroy", "platform"): "destroyed", ("damage", "platform"): "damaged",
    ("hit", "platform"): "damaged", ("lost", "platform"): "lost", ("other", "platform"): "other",
    ("destroy", "structure"): "damaged", ("damage", "structure"): "damaged",
    ("hit", "structure"): "damaged", ("person_other", "structure"): "other",
    ("kill", "person"): "killed",
    # "destroyed up to 40 servicemen" (Russian MoD): killed
    ("destroy", "person"): "killed", ("injure", "person"): "injured",
    ("casualty", "person"): "casualty", ("person_other", "person"): "other",
    # "Russia lost 1,050 soldiers": losses of people are the killed and wounded together
    ("lost", "person"): "casualty",
    # "lost 2 pickup trucks", "two houses lost their roofs": destroyed or damaged
    ("lost", "structure"): "damaged",
})

#: Nouns after ``of the`` / ``among the`` that say what happened to the people counted.
PARTITIVE_ROLES: Mapping[str, str] = MappingProxyType({
    "dead": "killed", "killed": "killed", "victims": "casualty", "injured": "injured",
    "wounded": "injured", "casualties": "casualty",
})

#: Number words → value.
NUMBER_WORDS: Mapping[str, int] = MappingProxyType({
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
})

#: Scale words → multiplier (``3 thousand``, ``1.3 million``, ``two dozen``, ``a million``).
SCALES: Mapping[str, int] = MappingProxyType({
    "dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
})

#: Short scale words, after the number (``1.5 bn``) or glued to it (``2k``, ``1.5bn``, ``3m``).
#: ``k`` and ``m`` only count glued: apart, they are more often units.
SCALE_ABBREVIATIONS: Mapping[str, int] = MappingProxyType({
    "k": 1000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
})

#: Words after a preposition that show a count is broken down by place
#: (``six over the Kaluga region``).
PLACE_WORDS: frozenset[str] = frozenset(
    "region regions oblast territory district city town village capital republic sea".split()
)

#: Cues that only work in front of the count (``attacked with 78 missiles``,
#: ``debris from two drones``), never after it.
PRE_ONLY_CUES: frozenset[str] = frozenset({
    "with", "armed with", "equipped with", "loaded with", "total salvo of", "combined salvo of",
    "salvo capacity of", "capacity of",
    "attacked with", "attack with", "attacked by", "attack by", "attacks by", "raid by",
    "targeted by", "hit by", "struck by", "hits by", "hits of", "impacts of",
    "strikes by", "strikes of", "strikes from", "hits from", "impacts from",
    "debris from", "debris of", "wreckage of", "fragments of", "bodies of", "destruction of",
    "claimed the lives of", "claimed the life of", "took the lives of", "took the life of",
    "downing of", "interception of", "launch of", "consisted of", "among the dead",
    "crashed into", "crashed onto", "damage to", "blown out in", "broken in", "shattered in",
    "smashed in", "knocked out in", "damaged in",
    "broke windows in", "broke the windows in", "blew out windows in", "shattered windows in",
    "smashed windows in", "damaged windows in",
    "among the injured", "among the wounded", "death toll", "losses amounted to", "losses of",
    "losses totalled", "losses totaled", "losses were", "losses stood at", "losses came to",
})

#: Past participles that may stand before the noun they describe (``13 injured students``).
PREMODIFIER_CUES: frozenset[str] = frozenset(
    "injured wounded dead killed damaged destroyed downed launched intercepted".split()
)

#: Nouns right before a number that make it a label, not a count
#: (``hotline 122``, ``Article 205``, ``School No. 5``, ``Telegram channel 112``).
REFERENCE_NOUNS: frozenset[str] = frozenset("""
hotline hotlines phone telephone number numbers call calling dial dialling dialing channel
no no. nos # page pages article articles paragraph section chapter item clause part
resolution decree flight flights route routes line lines platform gate terminal school gymnasium
lyceum hospital
building house apartment flat room office street avenue highway road block unit brigade floor floors
regiment division corps army code extension tel fax box
""".split())

#: Words that follow a house number in an address (``98 Profsoyuznaya Street``).
STREET_WORDS: frozenset[str] = frozenset("""
street st avenue ave prospekt prospect proyezd lane road boulevard blvd square embankment
highway ulitsa vulytsia pereulok alley drive way
""".split())

#: Units after a number that make it a measure, money, a share or a time, not a count.
UNIT_WORDS: frozenset[str] = frozenset("""
km kilometre kilometres kilometer kilometers km² sq metre metres meter meters m mile miles
hectare hectares ha acre acres tonne tonnes ton tons kg kilogram kilograms gram grams litre
litres liter liters cubic percent per % degrees dollars dollar usd euros euro eur hryvnias
hryvnia uah roubles rouble rubles ruble rub pounds gbp yuan second seconds minute minutes hour
hours day days week weeks month months year years decade decades century centuries storey
storeys story stories floor floors times time
kv kw mw gw kwh mwh gwh volt volts kilovolt kilovolts kilowatt kilowatts megawatt megawatts
gigawatt gigawatts
""".split())
