"""The quantities stage keeps one token object per distinct text and token places in arrays."""

from __future__ import annotations

import datetime
import tracemalloc

from benchmarks.generate import long_report

from incidentkit import Findings
from incidentkit.builtin.quantities import QuantityExtractor
from incidentkit.builtin.quantities.extractor import _Tables, _tokenize
from incidentkit.builtin.quantities.vocabulary import Vocabulary
from incidentkit.models import Document
from incidentkit.text import offset_code as _index_code


def _tables() -> _Tables:
    return _Tables(Vocabulary.default())


def test_a_text_repeated_shares_its_token() -> None:
    toks, offsets, sents, paras = _tokenize("16 drones. Drones and drones.\n\nMore drones 16.",
                                            _tables())
    assert [t.text for t in toks] == ["16", "drones", ".", "Drones", "and", "drones", ".",
                                      "More", "drones", "16", "."]
    assert toks[1] is toks[5] is toks[8] and toks[0] is toks[9] and toks[2] is toks[6]
    assert list(offsets) == [0, 3, 9, 11, 18, 22, 28, 31, 36, 43, 45]
    assert list(sents) == [0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]
    assert list(paras) == [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]
    assert offsets.itemsize == sents.itemsize == paras.itemsize == 4


def test_slashed_words_are_split_in_place() -> None:
    text = "They shot down/suppressed 5 drones and Kh-101/Kh-555 missiles."
    toks, offsets, sents, paras = _tokenize(text, _tables())
    assert [t.text for t in toks] == ["They", "shot", "down", "/", "suppressed", "5", "drones",
                                      "and", "Kh-101/Kh-555", "missiles", "."]
    assert [t.kind for t in toks][2:5] == ["word", "punct", "word"]
    assert all(text[o:o + len(t.text)] == t.text for t, o in zip(toks, offsets, strict=True))
    assert len(sents) == len(paras) == len(toks)


def test_offsets_of_a_huge_text_take_eight_bytes() -> None:
    assert _index_code(1_000_000) == "I"
    assert _index_code((1 << 32) - 1) == "I"
    assert _index_code(1 << 32) == "Q"


def test_working_memory_stays_small_on_a_long_report() -> None:
    text, _ = long_report(200_000, seed=7)
    extractor = QuantityExtractor()
    document = Document(text=text, published=datetime.date(2025, 7, 20))
    extractor.extract(document, Findings())  # memos warm
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        mentions = extractor.extract(document, Findings())
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert mentions
    # some 39 bytes a character with an object and an offset per token, some 17 now
    assert peak < 28 * len(text)
