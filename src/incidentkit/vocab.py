"""Closed vocabularies of the incident format (FORMAT.md), as string enums.

Each enum's values are the exact strings of the JSON format, so ``Item("uav")``
parses a corpus value and ``Item.UAV.value`` writes it back.
"""

from __future__ import annotations

from enum import Enum

__all__ = [
    "Approx",
    "Granularity",
    "Item",
    "LocationType",
    "Outcome",
    "Role",
    "SourceType",
    "Stage",
    "Stance",
    "TimeType",
]


class _Vocab(str, Enum):
    """A vocabulary value that prints as its JSON string."""

    def __str__(self) -> str:
        return str(self.value)


class Stage(_Vocab):
    """Pipeline stages, in the order they run."""

    TIMES = "times"
    LOCATIONS = "locations"
    QUANTITIES = "quantities"
    ATTRIBUTION = "attribution"
    INCIDENTS = "incidents"

    @property
    def order(self) -> int:
        """Position of the stage in the fixed sequence (0 runs first)."""
        return list(Stage).index(self)


class TimeType(_Vocab):
    """TimeML TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(_Vocab):
    """How precise a time mention's bounds are, finest first."""

    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    HALF_YEAR = "half_year"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class LocationType(_Vocab):
    """Kinds of place a location mention names."""

    COUNTRY = "country"
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"
    SETTLEMENT = "settlement"
    FEATURE = "feature"


class Approx(_Vocab):
    """How a count is qualified (``about 20``, ``at least 20``...)."""

    EXACT = "exact"
    ABOUT = "about"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    UP_TO = "up_to"


class Item(_Vocab):
    """What a quantity counts; also an incident's weapon."""

    UAV = "uav"
    MISSILE = "missile"
    CRUISE_MISSILE = "cruise_missile"
    BALLISTIC_MISSILE = "ballistic_missile"
    GUIDED_BOMB = "guided_bomb"
    ROCKET = "rocket"
    SHELL = "shell"
    AIRCRAFT = "aircraft"
    HELICOPTER = "helicopter"
    VESSEL = "vessel"
    PERSON = "person"
    BUILDING = "building"
    VEHICLE = "vehicle"
    SETTLEMENT = "settlement"
    DISTRICT = "district"
    REGION = "region"
    OTHER = "other"


class Role(_Vocab):
    """What happened to the counted things."""

    LAUNCHED = "launched"
    DESTROYED = "destroyed"
    LOST = "lost"
    HIT = "hit"
    KILLED = "killed"
    INJURED = "injured"
    CASUALTY = "casualty"
    DAMAGED = "damaged"
    OTHER = "other"


class Outcome(_Vocab):
    """The roles an incident counts weapons by."""

    LAUNCHED = "launched"
    DESTROYED = "destroyed"
    LOST = "lost"
    HIT = "hit"


class SourceType(_Vocab):
    """Who an attribution's source is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    MEDIA = "media"
    UNNAMED = "unnamed"


class Stance(_Vocab):
    """How firmly the source puts the information."""

    STATED = "stated"
    CONFIRMED = "confirmed"
    CLAIMED = "claimed"
    REPORTED = "reported"
    DENIED = "denied"
    UNCORROBORATED = "uncorroborated"
