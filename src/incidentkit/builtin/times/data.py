"""Vocabulary of the times plugin: the words and names its patterns are built from.

Kept apart from the matching code so it can be read and extended without
touching a regular expression. Users add zones and holidays through the
plugin's options (see :class:`~incidentkit.builtin.times.TimesConfig`); the
tables here are the defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "ATTACK_WORDS",
    "CLOCK_WORDS",
    "DECADE_WORDS",
    "HOLIDAYS",
    "MONTHS",
    "NUMBER_WORDS",
    "ORDINALS",
    "OVERNIGHT_NOUNS",
    "PARTS_OF_DAY",
    "PAST_LAST_WORDS",
    "REPORTING_VERBS",
    "RESCHEDULING_VERBS",
    "SCHEDULE_VERBS",
    "SEASONS",
    "SET_ADVERBS",
    "TENS_WORDS",
    "UNITS",
    "UNIT_ABBREVIATIONS",
    "VAGUE_AMOUNTS",
    "WEEKDAYS",
    "ZONES",
]

#: Month names and abbreviations (lower case) → month number. Matched capitalised only,
#: so the modal ``may`` and the verb ``march`` are never months.
MONTHS: Mapping[str, int] = MappingProxyType({
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
})

#: Weekday names (lower case) → ISO weekday (Monday = 1). Matched capitalised only.
WEEKDAYS: Mapping[str, int] = MappingProxyType({
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
})

#: Parts of day → TIMEX3 code (``2025-07-20TMO``).
PARTS_OF_DAY: Mapping[str, str] = MappingProxyType({
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "early-morning": "MO", "dawn": "MO", "daybreak": "MO",
    "late-night": "NI", "nighttime": "NI", "night-time": "NI", "dusk": "EV", "nightfall": "EV",
    "mid-morning": "MO", "midmorning": "MO", "mid-afternoon": "AF", "midafternoon": "AF",
    "late-evening": "EV", "early-evening": "EV",
})

#: Clock words → (hour, minute).
CLOCK_WORDS: Mapping[str, tuple[int, int]] = MappingProxyType({
    "noon": (12, 0), "midday": (12, 0), "midnight": (0, 0),
})

#: Cardinal number words → value.
NUMBER_WORDS: Mapping[str, int] = MappingProxyType({
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "single": 1, "a couple of": 2, "a dozen": 12,
    "dozen": 12, "a hundred": 100, "one hundred": 100,
})

#: Tens words → value (``twenty-three`` = 20 + 3).
TENS_WORDS: Mapping[str, int] = MappingProxyType({
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
})

#: Words for an unspecified amount: ``a few hours`` → ``PTXH``.
VAGUE_AMOUNTS: tuple[str, ...] = (
    "a few", "few", "several", "many", "some", "a number of", "a couple of", "dozens of",
    "hundreds of", "numerous", "multiple",
)

#: Ordinals → number (quarters, halves, centuries, ``the 5th of July``).
ORDINALS: Mapping[str, int] = MappingProxyType({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4,
})

#: Unit words (singular, lower case) → (TIMEX3 duration letter, is a time unit after ``T``).
UNITS: Mapping[str, tuple[str, bool]] = MappingProxyType({
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "fortnight": ("2W", False), "month": ("M", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False),
})

#: Abbreviated units (matched in lower case only: ``40 min``, ``3 hrs``) → unit.
UNIT_ABBREVIATIONS: Mapping[str, str] = MappingProxyType({
    "min": "minute", "mins": "minute", "h": "hour", "hr": "hour", "hrs": "hour",
})

#: Decade words → the decade's first two digits after the century (``the nineties`` → 9).
DECADE_WORDS: Mapping[str, int] = MappingProxyType({
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
})

#: Seasons → TIMEX3 code.
SEASONS: Mapping[str, str] = MappingProxyType({
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
})

#: Adverbs and adjectives of recurrence → SET value.
SET_ADVERBS: Mapping[str, str] = MappingProxyType({
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "annual": "P1Y", "semiannual": "P6M", "semi-annual": "P6M", "twice-yearly": "P6M",
    "every day": "P1D", "every night": "P1D", "every morning": "P1D", "every evening": "P1D",
    "every week": "P1W", "every month": "P1M", "every year": "P1Y", "every hour": "PT1H",
    "each day": "P1D", "each night": "P1D", "each week": "P1W", "each month": "P1M",
    "each year": "P1Y", "every other day": "P2D", "every other week": "P2W",
    "around the clock": "P1D", "day and night": "P1D",
})

#: Named time zones (lower case) → IANA zone; ``local time`` is the report's own zone.
ZONES: Mapping[str, str] = MappingProxyType({
    "moscow time": "Europe/Moscow", "msk": "Europe/Moscow",
    "kyiv time": "Europe/Kyiv", "kiev time": "Europe/Kyiv",
    "minsk time": "Europe/Minsk", "warsaw time": "Europe/Warsaw",
    "berlin time": "Europe/Berlin", "paris time": "Europe/Paris", "london time": "Europe/London",
    "tehran time": "Asia/Tehran", "iran time": "Asia/Tehran", "iranian time": "Asia/Tehran",
    "ukrainian time": "Europe/Kyiv", "israeli time": "Asia/Jerusalem",
    "beijing time": "Asia/Shanghai", "tokyo time": "Asia/Tokyo",
    "israel time": "Asia/Jerusalem", "jerusalem time": "Asia/Jerusalem", "tel aviv time": "Asia/Jerusalem",
    "idt": "Asia/Jerusalem", "irst": "Asia/Tehran", "new york time": "America/New_York",
    "washington time": "America/New_York", "beirut time": "Asia/Beirut", "baghdad time": "Asia/Baghdad",
    "riyadh time": "Asia/Riyadh", "sanaa time": "Asia/Aden", "yemen time": "Asia/Aden",
    "uae time": "Asia/Dubai", "emirates time": "Asia/Dubai", "dubai time": "Asia/Dubai",
    "abu dhabi time": "Asia/Dubai", "gulf time": "Asia/Dubai", "gulf standard time": "Asia/Dubai",
    "gst": "Asia/Dubai", "saudi time": "Asia/Riyadh", "qatar time": "Asia/Qatar", "doha time": "Asia/Qatar",
    "kuwait time": "Asia/Kuwait", "bahrain time": "Asia/Bahrain", "oman time": "Asia/Muscat",
    "muscat time": "Asia/Muscat", "iraq time": "Asia/Baghdad", "erbil time": "Asia/Baghdad",
    "jordan time": "Asia/Amman", "amman time": "Asia/Amman", "cairo time": "Africa/Cairo",
    "egypt time": "Africa/Cairo", "lebanon time": "Asia/Beirut", "syria time": "Asia/Damascus",
    "damascus time": "Asia/Damascus", "ankara time": "Europe/Istanbul", "istanbul time": "Europe/Istanbul",
    "central european time": "Europe/Berlin", "eastern european time": "Europe/Kyiv",
    "coordinated universal time": "UTC",
    "eastern time": "America/New_York", "pacific time": "America/Los_Angeles",
    "central time": "America/Chicago", "mountain time": "America/Denver",
    "utc": "UTC", "gmt": "UTC", "greenwich mean time": "UTC", "zulu": "UTC",
    "eet": "Europe/Kyiv", "eest": "Europe/Kyiv", "cet": "Europe/Berlin", "cest": "Europe/Berlin",
    "bst": "Europe/London", "est": "America/New_York", "edt": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago", "mst": "America/Denver",
    "mdt": "America/Denver", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "local time": "",
})

#: Holidays (lower case) → rule. A rule is ``"MM-DD"`` (fixed), ``"easter+N"`` /
#: ``"orthodox-easter+N"`` (days after Easter), or ``"N:W:MM"`` (the N-th ISO weekday W of
#: month MM; N = -1 for the last). A mapping chooses by the country the report is about
#: (``"*"`` is the default), see :data:`COUNTRY_CUES`.
HOLIDAYS: Mapping[str, str | Mapping[str, str]] = MappingProxyType({
    "christmas": "12-25", "christmas day": "12-25", "christmas eve": "12-24",
    "orthodox christmas": "01-07", "new year's day": "01-01", "new year's eve": "12-31",
    "new year": "01-01", "valentine's day": "02-14", "halloween": "10-31",
    "independence day": {"*": "07-04", "UA": "08-24", "IN": "08-15", "IL": "05-14"},
    "victory day": "05-09", "defender of the fatherland day": "02-23",
    "defenders day": "10-01", "constitution day": {"*": "06-28", "RU": "12-12", "UA": "06-28"},
    "russia day": "06-12", "unity day": {"*": "11-04", "UA": "01-22"}, "national unity day": "11-04",
    # Easter and the days around it: the Orthodox dates in reports about Ukraine or Russia
    "easter": {"*": "easter+0", "UA": "orthodox-easter+0", "RU": "orthodox-easter+0"},
    "easter sunday": {"*": "easter+0", "UA": "orthodox-easter+0", "RU": "orthodox-easter+0"},
    "easter monday": {"*": "easter+1", "UA": "orthodox-easter+1", "RU": "orthodox-easter+1"},
    "good friday": {"*": "easter-2", "UA": "orthodox-easter-2", "RU": "orthodox-easter-2"},
    "palm sunday": {"*": "easter-7", "UA": "orthodox-easter-7", "RU": "orthodox-easter-7"},
    "orthodox easter": "orthodox-easter+0", "orthodox palm sunday": "orthodox-easter-7",
    "thanksgiving": "4:4:11", "thanksgiving day": "4:4:11", "labor day": "1:1:09",
    "memorial day": "-1:1:05", "martin luther king day": "3:1:01",
    "election day": "1:2:11", "boxing day": "12-26", "may day": "05-01",
    "international women's day": "03-08", "women's day": "03-08",
})

#: Words that say which country a report is about, for holidays that differ by country.
COUNTRY_CUES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "UA": ("Ukraine", "Ukrainian", "Kyiv", "Kiev"),
    "RU": ("Russia", "Russian", "Moscow", "Kremlin"),
    "US": ("United States", "U.S.", "American", "Washington"),
    "IN": ("India", "Indian", "New Delhi"),
    "IL": ("Israel", "Israeli"),
})

#: Reporting verbs: a date right after one (``said on Sunday``) dates the report, not the event,
#: so it does not anchor later clock times.
REPORTING_VERBS: tuple[str, ...] = (
    "said", "says", "saying", "wrote", "writes", "writing", "reported", "reports", "reporting",
    "told", "tells", "announced", "announces", "added", "adds", "stated", "states", "confirmed",
    "confirms", "claimed", "claims", "declared", "posted", "noted", "warned", "insisted",
    "acknowledged", "explained", "published",
)

#: Present-tense verbs of scheduled events: with one of them a weekday or a month lies ahead
#: (``the festival opens Thursday``, ``jury selection begins next week``).
SCHEDULE_VERBS: tuple[str, ...] = (
    "starts", "begins", "opens", "closes", "resumes", "reopens", "reconvenes", "convenes",
    "expires", "ends", "kicks off", "takes effect", "comes into force", "goes into effect", "premieres",
    "debuts", "is to", "are to",
)

#: Participles that move an event to a new day (``has been moved to Friday``, ``postponed
#: until Monday``): the day after them lies ahead, unless the sentence tells the past otherwise.
RESCHEDULING_VERBS: tuple[str, ...] = (
    "moved", "postponed", "rescheduled", "delayed", "deferred", "pushed back", "put off",
    "brought forward", "shifted", "adjourned", "extended", "pushed",
    # the day a decision names: "a day of mourning has been declared for June 24"
    "declared", "designated", "proclaimed",
)

#: Words after ``last`` that make it a past-tense marker (``last year``); ``the last shopping
#: day`` is not one.
PAST_LAST_WORDS: tuple[str, ...] = (
    "week", "weekend", "month", "year", "night", "time", "season", "quarter", "decade", "century",
    "spring", "summer", "autumn", "fall", "winter", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)

#: Words of attack reports. A report with none of them is read as general news, where nights
#: follow TimeML (``Friday night`` is Friday's night) rather than the corpus convention.
ATTACK_WORDS: tuple[str, ...] = (
    "drone", "drones", "uav", "uavs", "unmanned aerial", "missile", "missiles", "air defence",
    "air defense", "air-defence", "air-defense", "air defences", "air defenses", "sirens",
    "air-raid", "air alert", "explosions", "blasts", "shelling", "shelled", "airstrike", "airstrikes",
    "air strike", "air strikes", "air raid", "shahed", "shaheds", "geran", "kamikaze", "artillery",
    "shot down", "intercepted", "glide bomb", "guided bomb", "guided bombs", "rocket attack",
    "glide bombs", "aerial bomb", "aerial bombs", "bomb", "bombs", "bombing", "bombardment",
    "warplanes", "air attack", "air attacks", "attack drones",
)

#: Nouns after ``overnight`` that make it a term of finance or travel (``the overnight lending
#: rate``, ``an overnight stay``), not a night.
OVERNIGHT_NOUNS: tuple[str, ...] = (
    "rate", "rates", "lending", "loan", "loans", "deposit", "deposits", "repo", "index", "interbank",
    "money", "market", "markets", "stay", "stays", "bag", "train", "trains", "flight", "flights",
    "delivery", "shipping", "camp", "oats", "success", "sensation",
)
