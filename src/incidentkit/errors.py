"""Typed exceptions, all under :class:`IncidentkitError`.

Messages say what was wrong and what to do, so a caller can show them as they are.
"""

from __future__ import annotations

__all__ = [
    "CorpusError",
    "ExtractorError",
    "IncidentkitError",
    "InputError",
    "PluginError",
    "PluginLoadWarning",
    "TextTooLongError",
]


class IncidentkitError(Exception):
    """Base class of every error this library raises on purpose."""


class InputError(IncidentkitError, ValueError):
    """A document could not be built from what was given (type, encoding, date, emptiness)."""


class TextTooLongError(InputError):
    """The text is longer than the configured maximum (``max_chars``)."""


class CorpusError(IncidentkitError, ValueError):
    """A corpus file or line is malformed; the message names the file and line."""


class PluginError(IncidentkitError):
    """A plugin is unusable: unknown name, misspelt hook, bad extractor, ordering cycle."""


class ExtractorError(IncidentkitError):
    """An extractor raised or returned something invalid while processing a document.

    Outside strict mode the pipeline records it as a :class:`~incidentkit.Problem`
    and goes on with the other extractors.
    """

    def __init__(self, stage: str, extractor: str, cause: BaseException) -> None:
        self.stage = stage
        self.extractor = extractor
        self.cause = cause
        super().__init__(
            f"extractor {extractor!r} (stage {stage}) failed: "
            f"{type(cause).__name__}: {cause}"
        )


class PluginLoadWarning(UserWarning):
    """A third-party plugin could not be loaded; the others still are."""
