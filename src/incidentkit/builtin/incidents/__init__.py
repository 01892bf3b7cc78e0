"""Built-in incident assembly: turns the mentions of the earlier stages into incidents.

The plugin registers one extractor, ``incidents``, for :attr:`Stage.INCIDENTS
<incidentkit.Stage.INCIDENTS>`. It groups weapon counts, attack reports, places,
time windows, attributions and casualty figures into one
:class:`~incidentkit.Incident` per engagement, following FORMAT.md's Incidents
section and conventions (see ``docs/incidents.md``).

Options (``Pipeline(options={"incidents": {...}})``) extend its word tables:
``weapon_words`` maps extra patterns to items (``{"lancets?": "uav"}``), and
``country_adjectives`` maps extra adjectives to country codes (``{"moldovan": "MD"}``),
and ``attack_words``, ``event_words``, ``superseded``, ``revised``, ``all_cases``,
``origin``, ``title_words``, ``partial_place``, ``total_words``, ``fresh_after``,
``fresh_before``, ``habitual``, ``ground_words``, ``person_words``, ``separate`` add patterns to those
lists. To replace the assembler, block ``incidents`` and register another extractor for
``Stage.INCIDENTS``.
"""

from __future__ import annotations

from collections.abc import Iterable

from incidentkit.extractor import PluginContext, Register
from incidentkit.hookspecs import hookimpl
from incidentkit.models import Document, Findings, Incident
from incidentkit.vocab import Stage

from .assembly import DEFAULT_VOCABULARY, Vocabulary, assemble

__all__ = ["IncidentAssembler", "Vocabulary", "incidentkit_register_extractors"]


class IncidentAssembler:
    """The ``incidents`` extractor: one :class:`~incidentkit.Incident` per reported engagement.

    It keeps no state between documents (the vocabulary is compiled once and
    read-only; each call works on its own drafts), so one instance serves any
    number of threads.

    :param vocabulary: the word tables to match (default: the built-in ones).
    """

    name: str = "incidents"
    stage: Stage = Stage.INCIDENTS
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = vocabulary if vocabulary is not None else DEFAULT_VOCABULARY

    def __repr__(self) -> str:
        return f"IncidentAssembler(name={self.name!r})"

    def extract(self, document: Document, found: Findings) -> Iterable[Incident]:
        """Assemble the incidents that ``found``'s mentions describe, in order of first mention."""
        return assemble(document, found, vocabulary=self.vocabulary, extractor=self.name)


@hookimpl
def incidentkit_register_extractors(register: Register, context: PluginContext) -> None:
    """Register the incident assembler, with the word tables extended by ``options["incidents"]``."""
    options = context.options_for("incidents")
    vocabulary = DEFAULT_VOCABULARY.extended(options) if options else DEFAULT_VOCABULARY
    register(IncidentAssembler(vocabulary=vocabulary))
