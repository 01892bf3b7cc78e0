"""Built-in plugin ``locations``: place names resolved against an offline gazetteer.

Options (``Pipeline(options={"locations": {...}})``):

- ``gazetteer``: path of a gazetteer file in the packaged format, used instead
  of the packaged one (the curated table is still added);
- ``places``: path of a JSON file with a list of places, or the list itself,
  added to the gazetteer.

Other plugins add places by implementing ``incidentkit_locations_places``
(see :mod:`incidentkit.builtin.locations.hookspecs`). See ``docs/gazetteer.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pluggy

from incidentkit.errors import PluginError
from incidentkit.extractor import PluginContext, Register
from incidentkit.hookspecs import hookimpl

from . import hookspecs
from .extractor import LocationExtractor
from .gazetteer import Gazetteer, default_gazetteer, load_places_file

__all__ = ["Gazetteer", "LocationExtractor", "default_gazetteer", "make_extractor"]

_OPTIONS = frozenset({"gazetteer", "places"})


@hookimpl
def incidentkit_add_hookspecs(pluginmanager: pluggy.PluginManager) -> None:
    """Add ``incidentkit_locations_places`` for other plugins to implement."""
    pluginmanager.add_hookspecs(hookspecs)


@hookimpl
def incidentkit_register_extractors(register: Register, context: PluginContext) -> None:
    """Register the location extractor, with the user's gazetteer options and hook places."""
    options = context.options_for("locations")
    extra: list[Any] = []
    hook = getattr(context.hook, "incidentkit_locations_places", None) if context.hook else None
    if hook is not None:
        for result in hook():
            if result:
                extra.extend(result)
    register(make_extractor(options, extra))


def make_extractor(options: Mapping[str, Any] | None = None, places: list[Any] | None = None,
                   ) -> LocationExtractor:
    """The location extractor for these plugin options and extra places.

    The gazetteer is read when the first document is processed, not here.

    :raises PluginError: on an unknown option or a bad value.
    """
    options = dict(options or {})
    unknown = set(options) - _OPTIONS
    if unknown:
        raise PluginError(f"unknown locations option(s) {sorted(unknown)}; use {sorted(_OPTIONS)}")
    extra = list(places or [])
    given = options.get("places")
    if isinstance(given, (str, Path)):
        extra.extend(load_places_file(given))
    elif isinstance(given, list):
        extra.extend(given)
    elif given is not None:
        raise PluginError("the locations 'places' option is a file path or a list of places")
    path = options.get("gazetteer")
    if path is not None and not isinstance(path, (str, Path)):
        raise PluginError("the locations 'gazetteer' option is the path of a gazetteer file")
    if path is not None and not Path(path).is_file():
        raise PluginError(f"gazetteer file {str(path)!r} does not exist")
    if path is None and not extra:
        return LocationExtractor()

    def load() -> Gazetteer:
        base = Gazetteer.from_file(path) if path is not None else default_gazetteer()
        return base.extended(extra) if extra else base

    if extra:  # check the places now, so a bad one fails when the pipeline is built
        Gazetteer([], []).extended(extra)
    return LocationExtractor(loader=load)
