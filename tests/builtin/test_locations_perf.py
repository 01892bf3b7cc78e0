"""The locations stage's speed-ups give the same answers as the plain computations they replace."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from incidentkit.builtin.locations import default_gazetteer
from incidentkit.builtin.locations.extractor import FUZZY_CUTOFF, _words_of


def test_fuzzy_choices_are_the_untyped_keys_in_order() -> None:
    gaz = default_gazetteer()
    for type_, code in (("admin1", None), ("settlement", "RU-KLU"), ("admin2", "UA-63")):
        numbers = gaz.of_type(type_) if code is None else gaz.in_region(type_, code)
        plain = {(n, k): k for n in numbers for k in gaz.keys_of(n) if not k.startswith("~")}
        assert list(gaz.fuzzy_choices(type_, code).items()) == list(plain.items())
        assert gaz.fuzzy_choices(type_, code) is gaz.fuzzy_choices(type_, code)


def test_fuzzy_per_region_equals_one_merged_lookup() -> None:
    gaz = default_gazetteer()
    codes = ["RU-KLU", "RU-BRY", "RU-KRS", "UA-63", "UA-59"]
    for key in ("dumnichsky", "borovsk", "glushkovo", "sudza", "kupiansk", "zzzzzz"):
        merged: dict[tuple[int, str], str] = {}
        for code in codes:
            merged.update(gaz.fuzzy_choices("settlement", code))
        expected = process.extractOne(key, merged, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        best = None
        for code in codes:
            cutoff = FUZZY_CUTOFF if best is None else max(FUZZY_CUTOFF, best[1])
            found = process.extractOne(key, gaz.fuzzy_choices("settlement", code), scorer=fuzz.ratio,
                                       score_cutoff=cutoff)
            if found is not None and (best is None or found[1] > best[1]):
                best = found
        assert best == expected


def test_words_drop_possessives() -> None:
    ws = _words_of("Ukraine's and Russia’s air forces; A's Kyiv")
    assert [(w.text, w.end - w.start) for w in ws][:3] == [("Ukraine", 7), ("and", 3), ("Russia", 6)]
    assert ws[-2].text == "A's"  # three letters and shorter keep their ending
