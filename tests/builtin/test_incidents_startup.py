"""The incident assembler's start-up and working memory: the case-insensitive twins of the built-in
patterns are compiled only for a text that needs them, and each draft lets go of its observations
once its incident is made."""

from __future__ import annotations

import pytest

import incidentkit.text
from incidentkit import Document, Pipeline
from incidentkit.builtin.incidents import IncidentAssembler, Vocabulary, assembly
from incidentkit.models import Findings

TEXT = (
    "Drones attacked Kyiv overnight, the mayor said on Monday. A man was killed. Air defences shot "
    "down 12 drones over the Kyiv region, including 5 over the city, the Air Force said.\n\n"
    "Separately, Russia said it destroyed 20 drones over the Belgorod region; one more drone hit a "
    "house in Shebekino."
)


def _found(text: str) -> Findings:
    report = Pipeline(autoload=False, block=["incidents"]).extract(text, published="2025-07-21")
    return Findings(times=report.times, intervals=report.intervals, locations=report.locations,
                    quantities=report.quantities, attributions=report.attributions)


def test_builtin_vocabulary_compiles_only_the_patterns_every_text_needs() -> None:
    vocabulary = Vocabulary()
    # only the two run on a text as written; the rest wait for a text without a lower-cased twin
    assert sorted(vocabulary._patterns) == ["fresh_after", "vague"]
    assert "weapon" in vocabulary._lower_patterns and "single_hit" in vocabulary._lower_patterns


def test_twins_compiled_on_demand_give_the_same_incidents() -> None:
    # "ß" lower-cases to itself but case-folds to "ss": the text has no lower-cased twin
    text = TEXT + "\n\nStraße."
    assert incidentkit.text.lowered(text) is None
    found = _found(text)
    document = Document(text=text, published="2025-07-21")
    lazy = list(IncidentAssembler(Vocabulary()).extract(document, found))
    eager = Vocabulary()
    for name in eager._sources:  # every case-insensitive pattern made up front
        eager._ignorecase(name)
    assert lazy == list(IncidentAssembler(eager).extract(document, found))
    assert lazy  # (the text reports engagements)


def test_user_pattern_errors_still_raise_when_the_vocabulary_is_made() -> None:
    with pytest.raises(ValueError, match="does not compile"):
        Vocabulary().extended({"attack_words": ["(unclosed"]})


def test_drafts_release_what_they_hold_once_their_incident_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _found(TEXT)
    document = Document(text=TEXT, published="2025-07-21")
    kept: list[assembly._Draft] = []
    drafts = assembly._drafts

    def keep(doc: assembly._Doc) -> list[assembly._Draft]:
        result = drafts(doc)
        kept.extend(result)
        return result

    monkeypatch.setattr(assembly, "_drafts", keep)
    incidents = assembly.assemble(document, found)
    assert len(incidents) == len(kept) >= 2
    parents = {id(d.parent) for d in kept if d.parent is not None}
    for draft in kept:
        if id(draft) not in parents:
            assert draft.obs == [] and draft.places == [] and draft.counts == {}
