"""Sentence segmentation: the abbreviations of military ranks do not end a sentence."""

from __future__ import annotations

import pytest

from incidentkit.text import sentences


@pytest.mark.parametrize("rank", ["Brig. Gen.", "Adm.", "Cmdr.", "Lt. Col.", "Maj. Gen."])
def test_a_rank_before_a_name_does_not_end_the_sentence(rank: str) -> None:
    text = f"IDF spokesperson {rank} Effie Defrin said 30 missiles were launched. Sirens sounded."
    assert [text[s.start:s.end] for s in sentences(text)] == [
        f"IDF spokesperson {rank} Effie Defrin said 30 missiles were launched.", "Sirens sounded."]
