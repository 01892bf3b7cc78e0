"""Built-in attribution plugin: who says so, in what role, on which channel, how firmly.

Registers :class:`AttributionExtractor` for the attribution stage. It finds
reporting verbs with their subjects (``the ministry said``, ``, said Serhiy
Popko``), ``according to X``, ``citing X``, ``reportedly``, impersonal
passives (``are believed to``), statements that a claim could not be verified,
and ``Source: X`` headers; resolves short mentions and pronouns to the person
or organisation named before; and folds aliases to one canonical name with a
source table users can extend. :func:`governing` tells which attribution
covers a span, so incident assembly can fill ``sources``.

>>> from incidentkit import Pipeline
>>> pipeline = Pipeline(plugins=["incidentkit.builtin.attribution"], builtins=False)
>>> report = pipeline.extract("Two drones were shot down, the Russian Defence Ministry said.")
>>> [(a.cue, a.source, a.stance.value) for a in report.attributions]
[('said', 'Russian Ministry of Defence', 'stated')]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pluggy

from incidentkit.errors import PluginError
from incidentkit.extractor import PluginContext, Register
from incidentkit.hookspecs import hookimpl
from incidentkit.models import Attribution, Document, Findings, Span
from incidentkit.text import paragraphs, sentences
from incidentkit.vocab import Stage, Stance

from . import hookspecs
from ._extract import find_attributions
from .sources import SourceEntry, SourceTable

__all__ = [
    "AttributionExtractor",
    "SourceEntry",
    "SourceTable",
    "governing",
    "incidentkit_add_hookspecs",
    "incidentkit_register_extractors",
]

#: The plugin's short name: its extractor's name and its options key.
NAME = "attribution"


class AttributionExtractor:
    """Finds attributions in a document (stage ``attribution``).

    :param table: the source table to resolve aliases with (default: the built-in one).

    It keeps nothing between calls: each call builds its own view of the
    document, so one extractor may serve many threads.
    """

    name = NAME
    stage = Stage.ATTRIBUTION
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()

    def __init__(self, table: SourceTable | None = None) -> None:
        self.table = table if table is not None else SourceTable.builtin()

    def __repr__(self) -> str:
        return f"AttributionExtractor({self.table!r})"

    def extract(self, document: Document, found: Findings) -> list[Attribution]:
        """Every attribution of information to a source in ``document``, in text order."""
        return find_attributions(document, found, self.table, self.name)


def _table_from_options(options: Mapping[str, Any], extra: Sequence[object]) -> SourceTable:
    known = {"sources", "source_files", "builtin_sources"}
    unknown = sorted(set(options) - known)
    if unknown:
        raise PluginError(f"options['attribution'] has unknown keys {unknown}; use {sorted(known)}")
    files = options.get("source_files", ())
    if isinstance(files, (str, Path)):
        files = (files,)
    sources = options.get("sources", ())
    if isinstance(sources, Mapping):
        sources = sources.get("sources", ())
    builtin = options.get("builtin_sources", True)
    if not isinstance(builtin, bool):
        raise PluginError("options['attribution']['builtin_sources'] must be true or false")
    if not extra and not sources and not files and builtin:
        return SourceTable.builtin()
    return SourceTable.build(builtin=builtin, extra=[*extra, *sources], files=list(files))


@hookimpl
def incidentkit_add_hookspecs(pluginmanager: pluggy.PluginManager) -> None:
    """Add ``incidentkit_attribution_sources``, through which plugins extend the source table."""
    pluginmanager.add_hookspecs(hookspecs)


@hookimpl
def incidentkit_register_extractors(register: Register, context: PluginContext) -> None:
    """Register the attribution extractor, with the source table extended by hooks and options."""
    extra: list[object] = []
    hook = getattr(context.hook, "incidentkit_attribution_sources", None) if context.hook else None
    if hook is not None:
        for result in hook():
            if result is None:
                continue
            if isinstance(result, (Mapping, SourceEntry)):
                extra.append(result)
            elif isinstance(result, Iterable) and not isinstance(result, (str, bytes)):
                extra.extend(result)
            else:
                raise PluginError(
                    "incidentkit_attribution_sources must return source entries (mappings or "
                    f"SourceEntry objects), got {type(result).__name__}"
                )
    table = _table_from_options(context.options_for(NAME), extra)
    register(AttributionExtractor(table))


def governing(attributions: Sequence[Attribution], span: Span, document: Document | str,
              *, scope: str = "paragraph") -> Attribution | None:
    """The attribution that governs ``span``: who the information there comes from.

    The attribution whose ``content`` covers the span wins (the innermost one
    when several do, a named source over an unnamed one); else the reporting
    clause nearest to the span in its sentence, then in its paragraph; with
    ``scope="document"``, else the last named source before the span, else the
    first after it (for a headline). Statements that a claim could
    not be verified never govern: they judge a source, they are not one.

    :param attributions: the report's attributions (``report.attributions``).
    :param span: the span of a quantity, a location, or an incident's evidence.
    :param document: the document (or its text), to find sentence and paragraph bounds.
    :param scope: ``"sentence"``, ``"paragraph"`` or ``"document"``: how far to look.
    :raises ValueError: for an unknown ``scope``.

    >>> from incidentkit import Pipeline, Span
    >>> text = "Nine drones were downed, the ministry said. Gladkov wrote that two people were hurt."
    >>> report = Pipeline(plugins=["incidentkit.builtin.attribution"], builtins=False).extract(text)
    >>> governing(report.attributions, Span(text.index("two"), text.index("two") + 3), text).source
    'Vyacheslav Gladkov'
    """
    if scope not in ("sentence", "paragraph", "document"):
        raise ValueError(f"scope must be 'sentence', 'paragraph' or 'document', got {scope!r}")
    text = document.text if isinstance(document, Document) else document
    usable = [a for a in attributions if a.stance is not Stance.UNCORROBORATED]
    covering = [a for a in usable if a.content is not None and a.content.contains(span)]
    if covering:
        return min(covering, key=lambda a: (len(a.content) if a.content else 0, a.source is None,
                                            _distance(a.span, span)))

    def within(container: Span | None) -> list[Attribution]:
        if container is None:
            return []
        return [a for a in usable if container.contains(a.span)]

    sentence = _containing(sentences(text), span)
    candidates = within(sentence)
    if not candidates and scope != "sentence":
        candidates = within(_containing(paragraphs(text), span))
    if not candidates and scope == "document":
        # The last named source before the span (a report's lead), else the first after (a headline).
        named = [a for a in usable if a.source is not None] or usable
        before = [a for a in named if a.span.start < span.start]
        after = [a for a in named if a.span.start >= span.start]
        candidates = before[-1:] or after[:1]
    if not candidates:
        return None
    return min(candidates, key=lambda a: (_distance(a.span, span), a.source is None))


def _containing(spans: Sequence[Span], span: Span) -> Span | None:
    for container in spans:
        if container.start <= span.start < container.end:
            return container
    return None


def _distance(a: Span, b: Span) -> int:
    if a.overlaps(b):
        return 0
    return b.start - a.end if a.end <= b.start else a.start - b.end
