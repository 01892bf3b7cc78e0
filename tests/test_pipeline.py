from __future__ import annotations

import os
import pickle
import re
import time

import pytest

from incidentkit import (
    Document,
    ExtractorError,
    Failure,
    Incident,
    InputError,
    Pipeline,
    PluginError,
    QuantityMention,
    Report,
    Span,
    Stage,
    TextTooLongError,
    TimeMention,
    extractor,
    hookimpl,
    hookspec,
)

from .conftest import TEXT, TOY_EXTRACTORS


def toy(*extra: object, **kwargs: object) -> Pipeline:
    return Pipeline(plugins=[*TOY_EXTRACTORS, *extra], builtins=False, autoload=False, **kwargs)  # type: ignore[arg-type]


def test_every_stage_contributes_and_later_stages_see_earlier_ones() -> None:
    report = toy().extract(TEXT, published="2025-07-20")
    assert [t.text for t in report.times] == ["8:00"]
    assert [loc.name for loc in report.locations] == ["Kaluga Oblast"]
    assert [q.value for q in report.quantities] == [16]
    assert [a.source for a in report.attributions] == ["Vladislav Shapsha"]
    (incident,) = report.incidents
    assert incident.admin1 == ("RU-KLU",) and incident.sources == ("Vladislav Shapsha",)
    assert report.problems == ()


def test_results_are_stamped_with_their_extractor() -> None:
    report = toy().extract(TEXT)
    assert {t.extractor for t in report.times} == {"clock"}
    assert {i.extractor for i in report.incidents} == {"assemble"}


def test_stages_run_in_fixed_order_whatever_the_registration_order() -> None:
    pipeline = Pipeline(plugins=list(reversed(TOY_EXTRACTORS)), builtins=False, autoload=False)
    assert [s.stage for s in pipeline.extractors] == list(Stage)


def _recorder(name: str, log: list[str], **order: tuple[str, ...]) -> object:
    @extractor(name=name, stage=Stage.QUANTITIES, **order)
    def run(document, found):  # type: ignore[no-untyped-def]
        log.append(name)
        return []

    return run


def test_before_and_after_order_a_stage() -> None:
    log: list[str] = []
    plugins = [_recorder("c", log, after=("b",)), _recorder("a", log, before=("b",)), _recorder("b", log)]
    Pipeline(plugins=plugins, builtins=False, autoload=False).extract("text")
    assert log == ["a", "b", "c"]


def test_unknown_order_names_are_ignored_and_cycles_rejected() -> None:
    log: list[str] = []
    Pipeline(plugins=[_recorder("a", log, after=("blocked-one",))], builtins=False, autoload=False)
    with pytest.raises(PluginError, match="cyclic"):
        Pipeline(plugins=[_recorder("a", log, after=("b",)), _recorder("b", log, after=("a",))],
                 builtins=False, autoload=False)


@extractor(name="broken", stage=Stage.QUANTITIES)
def broken(document, found):  # type: ignore[no-untyped-def]
    raise RuntimeError("regex exploded")


@extractor(name="whose-process", stage=Stage.QUANTITIES)
def whose_process(document, found):  # type: ignore[no-untyped-def]
    time.sleep(0.02)  # a report that takes a while, so the caller is never idle
    raise RuntimeError(f"extracted in process {os.getpid()}")


def test_a_failing_extractor_is_reported_by_name_and_the_others_kept() -> None:
    report = toy(broken).extract(TEXT)
    (problem,) = report.problems
    assert (problem.extractor, problem.stage, problem.kind) == ("broken", Stage.QUANTITIES, "RuntimeError")
    assert "regex exploded" in problem.message
    assert [q.value for q in report.quantities] == [16]
    assert len(report.incidents) == 1


def test_strict_mode_raises_a_typed_error() -> None:
    with pytest.raises(ExtractorError, match="'broken' .stage quantities. failed") as info:
        toy(broken, strict=True).extract(TEXT)
    assert info.value.extractor == "broken"
    assert isinstance(info.value.cause, RuntimeError)


@extractor(name="wrong-type", stage=Stage.LOCATIONS)
def wrong_type(document, found):  # type: ignore[no-untyped-def]
    return [TimeMention(span=Span(0, 3), text=document.text[:3], type="DATE", value="2025")]


@extractor(name="wrong-span", stage=Stage.QUANTITIES, after=("drones",))
def wrong_span(document, found):  # type: ignore[no-untyped-def]
    return [QuantityMention(span=Span(0, 3), text="abc", value=3, approx="exact", item="uav", role="hit")]


def test_invalid_output_is_an_extractor_failure() -> None:
    report = toy(wrong_type, wrong_span).extract(TEXT)
    messages = {p.extractor: p.message for p in report.problems}
    assert "stage locations takes LocationMention" in messages["wrong-type"]
    assert "does not match the document" in messages["wrong-span"]
    assert [loc.name for loc in report.locations] == ["Kaluga Oblast"]


@extractor(name="drones-again", stage=Stage.QUANTITIES, after=("drones",))
def drones_again(document, found):  # type: ignore[no-untyped-def]
    start = document.text.index("16")
    yield QuantityMention(span=Span(start, start + 2), text="16", value=16, approx="about",
                          item="uav", role="hit")
    other = document.text.index("Governor")
    yield QuantityMention(span=Span(other, other + 8), text="Governor", value=1, approx="exact",
                          item="person", role="other")


def test_overlapping_duplicates_from_a_later_extractor_are_dropped() -> None:
    report = toy(drones_again).extract(TEXT)
    assert [(q.text, q.extractor) for q in report.quantities] == [
        ("16 drones", "drones"), ("Governor", "drones-again")]


def test_the_earlier_extractor_wins_when_order_is_reversed() -> None:
    reordered = extractor(name="first", stage=Stage.QUANTITIES, before=("drones",))(drones_again.function)
    report = toy(reordered).extract(TEXT)
    assert [q.extractor for q in report.quantities] == ["first", "first"]


@extractor(name="same-incident", stage=Stage.INCIDENTS, after=("assemble",))
def same_incident(document, found):  # type: ignore[no-untyped-def]
    yield Incident(id=found.incidents[0].id, weapon="missile")
    yield Incident(id="new", weapon="missile")


def test_incidents_with_the_same_id_are_merged() -> None:
    report = toy(same_incident).extract(TEXT)
    assert [(i.id, i.weapon.value) for i in report.incidents] == [("inc-22", "uav"), ("new", "missile")]


def test_block_by_plugin_or_extractor_name() -> None:
    report = toy(block=["kaluga", "said"]).extract(TEXT)
    assert report.locations == () and report.attributions == ()
    assert report.incidents[0].admin1 == ()


def test_unknown_builtin_is_an_error() -> None:
    with pytest.raises(PluginError, match="no built-in plugin 'tmes'"):
        Pipeline(builtins=["tmes"], autoload=False)


class MisspeltPlugin:
    @hookimpl
    def incidentkit_register_extractor(self, register, context):  # type: ignore[no-untyped-def]
        pass


def test_misspelt_hook_fails_loudly_with_a_suggestion() -> None:
    with pytest.raises(PluginError, match="unknown hook 'incidentkit_register_extractor'.*did you mean "
                                          "'incidentkit_register_extractors'"):
        Pipeline(plugins=[MisspeltPlugin()], builtins=False, autoload=False)


class UnmarkedPlugin:
    name = "unmarked"

    def incidentkit_register_extractors(self, register, context):  # type: ignore[no-untyped-def]
        register(TOY_EXTRACTORS[2])


def test_hooks_work_without_the_marker() -> None:
    report = Pipeline(plugins=[UnmarkedPlugin()], builtins=False, autoload=False).extract(TEXT)
    assert [q.value for q in report.quantities] == [16]


def test_a_non_plugin_object_is_rejected() -> None:
    with pytest.raises(PluginError, match="neither a plugin"):
        Pipeline(plugins=[object()], builtins=False, autoload=False)


def test_duplicate_extractor_names_are_rejected() -> None:
    with pytest.raises(PluginError, match="already used"):
        Pipeline(plugins=[UnmarkedPlugin(), extractor(name="drones", stage="quantities")(lambda d, f: [])],
                 builtins=False, autoload=False)


def test_options_reach_plugins() -> None:
    seen = {}

    class Configurable:
        name = "configurable"

        @hookimpl
        def incidentkit_register_extractors(self, register, context):  # type: ignore[no-untyped-def]
            seen.update(context.options_for("configurable"))

    Pipeline(plugins=[Configurable()], builtins=False, autoload=False, options={"configurable": {"k": 1}})
    assert seen == {"k": 1}


class TestInput:
    def test_bytes_and_documents_are_accepted(self) -> None:
        pipeline = toy()
        assert pipeline.extract(TEXT.encode()).quantities[0].value == 16
        report = pipeline.extract(Document(text=TEXT, id="d1"))
        assert report.document.id == "d1"

    def test_document_plus_fields_is_ambiguous(self) -> None:
        with pytest.raises(InputError, match="either a Document or text"):
            toy().extract(Document(text=TEXT), published="2025-07-20")

    def test_too_long_text_is_rejected_clearly(self) -> None:
        with pytest.raises(TextTooLongError, match="more than max_chars=10"):
            toy(max_chars=10).extract(TEXT)

    def test_not_a_document(self) -> None:
        with pytest.raises(InputError, match="cannot make a document from int"):
            toy().extract(42)  # type: ignore[arg-type]


class TestExtractMany:
    ITEMS = [TEXT, "", {"id": "x", "text": TEXT, "published": "2025-07-20"}, b"\xff", "No drones."]

    def check(self, results: list[Report | Failure]) -> None:
        assert [type(r).__name__ for r in results] == ["Report", "Failure", "Report", "Failure", "Report"]
        assert results[1].index == 1 and "empty" in results[1].message  # type: ignore[union-attr]
        assert results[2].document.id == "x"  # type: ignore[union-attr]
        assert [q.value for q in results[0].quantities] == [16]  # type: ignore[union-attr]

    def test_stream_keeps_order_and_survives_failures(self) -> None:
        self.check(list(toy().extract_many(self.ITEMS)))

    @pytest.mark.parametrize("processes", [2, 3])
    def test_processes_give_the_same_results(self, processes: int) -> None:
        pipeline = toy()
        serial = list(pipeline.extract_many(self.ITEMS * 3))
        parallel = list(pipeline.extract_many(self.ITEMS * 3, processes=processes, chunksize=2))
        assert parallel == serial
        self.check(parallel[:5])

    def test_the_calling_process_is_one_of_the_processes(self) -> None:
        # processes=2 is one worker and the caller, which extracts while the worker does:
        # two processes' worth of CPU, not a third process competing for it
        items = [f"{n} drones were shot down." for n in range(12)]
        results = list(toy(whose_process).extract_many(items, processes=2, chunksize=2))
        assert [r.document.text for r in results if isinstance(r, Report)] == items
        pids = {int(match[1]) for r in results if isinstance(r, Report) for p in r.problems
                if (match := re.search(r"extracted in process (\d+)", p.message))}
        assert len(pids) == 2 and os.getpid() in pids

    def test_pipeline_pickles_by_its_arguments(self) -> None:
        clone = pickle.loads(pickle.dumps(toy()))
        assert [s.name for s in clone.extractors] == [s.name for s in toy().extractors]


class WeaponSpecs:
    """Hook specifications a plugin adds for other plugins (``incidentkit_add_hookspecs``)."""

    @hookspec
    def incidentkit_example_weapon_names(self) -> list[str]:  # type: ignore[empty-body]
        """Return extra weapon names."""


class WeaponCounter:
    name = "weapon-counter"

    @hookimpl
    def incidentkit_add_hookspecs(self, pluginmanager):  # type: ignore[no-untyped-def]
        pluginmanager.add_hookspecs(WeaponSpecs)

    @hookimpl
    def incidentkit_register_extractors(self, register, context):  # type: ignore[no-untyped-def]
        names = [n for names in context.hook.incidentkit_example_weapon_names() for n in names]

        @extractor(name="weapon-counter", stage=Stage.QUANTITIES)
        def count(document, found):  # type: ignore[no-untyped-def]
            for name in names:
                start = document.text.find(f"2 {name}")
                if start >= 0:
                    yield QuantityMention(span=Span(start, start + 2 + len(name)),
                                          text=document.text[start:start + 2 + len(name)], value=2,
                                          approx="exact", item="other", role="launched")

        register(count)


class Lancet:
    @hookimpl
    def incidentkit_example_weapon_names(self):  # type: ignore[no-untyped-def]
        return ["Lancets"]


def test_a_plugin_can_add_hooks_that_other_plugins_implement() -> None:
    pipeline = Pipeline(plugins=[WeaponCounter(), Lancet()], builtins=False, autoload=False)
    assert [q.text for q in pipeline.extract("They launched 2 Lancets.").quantities] == ["2 Lancets"]
