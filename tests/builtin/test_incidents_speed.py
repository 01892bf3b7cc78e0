"""The incident assembler on long inputs: its reach index finds what a plain walk finds, and a scan
that runs away becomes a Problem instead of hanging."""

from __future__ import annotations

import pytest

import incidentkit.text
from incidentkit import Document, Pipeline
from incidentkit.builtin.incidents import IncidentAssembler, assembly
from incidentkit.models import Findings
from incidentkit.text import lowered

REPORT = (
    "Russian air defences destroyed {n} Ukrainian drones over the {region} region overnight, the Defence "
    "Ministry said on Sunday. Governor Vyacheslav Gladkov said a woman was injured in Shebekino, where "
    "debris damaged two houses. Separately, Ukraine's air force said Russia launched {m} Shahed drones and "
    "three Kh-101 cruise missiles at Kyiv, of which {k} drones and all missiles were shot down; the mayor "
    "of Kyiv said one man was killed. In total, {n} drones were destroyed over the region."
)
REGIONS = ("Belgorod", "Kursk", "Bryansk", "Oryol", "Kaluga", "Voronezh")


def _long_text(pieces: int) -> str:
    return "\n\n".join(
        REPORT.format(n=10 + i % 7, m=30 + i % 5, k=20 + i % 5, region=REGIONS[i % len(REGIONS)])
        for i in range(pieces))


def _found(text: str) -> Findings:
    report = Pipeline(autoload=False, block=["incidents"]).extract(text)
    return Findings(times=report.times, intervals=report.intervals, locations=report.locations,
                    quantities=report.quantities, attributions=report.attributions)


def _plain_candidates(self: assembly._Builder, obs: assembly._Obs, *, same_admin1: bool = False,
                      live_only: bool = True) -> list[assembly._Draft]:
    """``candidates()`` as a walk back through every draft, the way it was before the index."""
    found = []
    for draft in reversed(self.drafts):
        if not obs.headline:
            if obs.pos - draft.created > 4 * assembly._REACH:
                break
            if obs.pos - draft.last > assembly._REACH:
                continue
        if live_only and draft.dropped:
            continue
        if not self._family_ok(draft, obs, obs.family):
            continue
        if obs.window is not None and not obs.window.compatible(draft.window):
            continue
        mine, theirs = obs.admin1, draft.admin1
        if same_admin1:
            if not mine or not (mine & theirs):
                continue
        elif mine and theirs and not (mine & theirs):
            continue
        found.append(draft)
    found.reverse()
    return found


def test_reach_index_finds_what_a_plain_walk_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    # a short reach, so that a text of a few pages goes past it (and past four times it)
    monkeypatch.setattr(assembly, "_REACH", 1500)
    monkeypatch.setattr(assembly._ReachIndex, "_BLOCK", 1500 // 8)
    text = _long_text(40)
    assert len(text) > 8 * assembly._REACH
    document, found = Document(text=text), _found(text)
    indexed = assembly.assemble(document, found)
    monkeypatch.setattr(assembly._Builder, "candidates", _plain_candidates)
    assert assembly.assemble(document, found) == indexed
    assert len(indexed) > 40


def test_a_runaway_scan_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    # one long line without a sentence end: every sentence-wide scan goes over the whole text
    text = " ".join(["drones attacked the region and missiles struck the city"] * 5000)
    monkeypatch.setattr(incidentkit.text, "SCAN_TIMEOUT_BASE", 1e-9)
    monkeypatch.setattr(incidentkit.text, "SCAN_TIMEOUT_PER_CHAR", 0.0)
    with pytest.raises(TimeoutError):
        assembly.assemble(Document(text=text), Findings())
    pipeline = Pipeline(plugins=[IncidentAssembler()], builtins=False, autoload=False)
    report = pipeline.run(Document(text=text))
    assert [problem.kind for problem in report.problems] == ["TimeoutError"]


@pytest.mark.parametrize("text", [
    "Drones hit KYIV; a Kh-101 cruise missile was SHOT DOWN — “Shahed” drones, the mayor said.",
    "Strasse: 3 drones",  # ASCII and caseless punctuation: lower-casing is exact
])
def test_lowered_is_the_lower_cased_text(text: str) -> None:
    assert lowered(text) == text.lower()


@pytest.mark.parametrize("text", ["STRAßE drones", "ſhells", "ﬁred missiles", "İskander"])
def test_not_lowered_where_lower_casing_is_not_exact(text: str) -> None:
    # ß and ﬁ fold to two letters, ſ folds to s, İ lower-cases to two characters: the
    # case-insensitive scans of the text itself are kept.
    assert lowered(text) is None


def test_weapons_from_the_whole_text_are_those_of_each_slice() -> None:
    text = _long_text(3) + "\n\nThe cruise\n\nmissiles; dronesX drones, shelling-drones and Kh-101s."
    doc = assembly._Doc(Document(text=text), _found(text), assembly.DEFAULT_VOCABULARY)
    vocab = assembly.DEFAULT_VOCABULARY
    taken = 0
    for start in range(0, len(text), 7):
        for end in range(start, min(len(text), start + 300), 11):
            whole = doc._weapons_from_whole(start, end)
            if whole is not None:
                taken += 1
                assert whole == vocab.weapon_matches(text, start, end), (start, end)
    assert taken > 500
