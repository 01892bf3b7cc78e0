from __future__ import annotations

import datetime as dt
import io
import json

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incidentkit import (
    Attribution,
    CorpusError,
    Document,
    Evidence,
    Incident,
    LocationMention,
    Place,
    Point,
    Problem,
    QuantityMention,
    Report,
    Span,
    TimeInterval,
    TimeMention,
)
from incidentkit.serialize import read_jsonl, write_jsonl

TEXT = "Between 8:00 and 12:30 air defence destroyed 16 drones over Kaluga region, Shapsha said."


def at(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start, start + len(part))


def full_report() -> Report:
    moscow = dt.timezone(dt.timedelta(hours=3))
    return Report(
        document=Document(text=TEXT, published=dt.datetime(2025, 7, 20, 15, 10, tzinfo=moscow),
                          id="r1", url="https://example.org/r1"),
        times=(TimeMention(span=at("8:00"), text="8:00", type="TIME", value="2025-07-20T08:00",
                           zone="Europe/Moscow", granularity="minute",
                           earliest=dt.datetime(2025, 7, 20, 8, tzinfo=moscow),
                           latest=dt.datetime(2025, 7, 20, 8, 1, tzinfo=moscow)),),
        intervals=(TimeInterval(span=Span(0, 22), text=TEXT[:22], start="2025-07-20T08:00",
                                end="2025-07-20T12:30", start_span=at("8:00"), end_span=at("12:30")),),
        locations=(LocationMention(span=at("Kaluga region"), text="Kaluga region", type="admin1",
                                   name="Kaluga Oblast", country="RU", admin1="RU-KLU",
                                   point=Point(54.4, 36.0),
                                   candidates=(Place(name="Kaluga Oblast", type="admin1"),)),),
        quantities=(QuantityMention(span=at("16 drones"), text="16 drones", value=16, approx="exact",
                                    item="uav", role="destroyed"),),
        attributions=(Attribution(span=at("said"), cue="said", source="Vladislav Shapsha",
                                  source_text="Shapsha", source_span=at("Shapsha"), source_type="person",
                                  stance="stated", content=Span(0, 75)),),
        incidents=(Incident(id="abc", weapon="uav", counts={"destroyed": 16}, start="2025-07-20T08:00",
                            end="2025-07-20T12:30", country="RU", admin1=("RU-KLU",), killed=0,
                            evidence=(Evidence("quantity", at("16 drones")),)),),
        problems=(Problem(message="boom", kind="RuntimeError", stage="attribution", extractor="x"),),
    )


def test_the_json_follows_the_corpus_format() -> None:
    data = json.loads(full_report().to_json())
    assert data["quantities"][0] == {
        "span": list(attrs.astuple(at("16 drones"))), "text": "16 drones", "value": 16, "approx": "exact",
        "item": "uav", "role": "destroyed", "extractor": "", "distributive": False}
    assert data["attributions"][0]["cue"] == "said"
    assert data["incidents"][0]["counts"] == {"destroyed": 16}
    assert data["published"] == "2025-07-20T15:10:00+03:00"


def test_round_trip_is_exact() -> None:
    report = full_report()
    assert Report.from_json(report.to_json()) == report
    assert Report.from_dict(report.to_dict()) == report


def test_jsonl_round_trip_and_errors_name_the_line() -> None:
    stream = io.StringIO()
    assert write_jsonl([full_report(), full_report()], stream) == 2
    assert list(read_jsonl(stream.getvalue().splitlines())) == [full_report(), full_report()]
    with pytest.raises(CorpusError, match="<stream>:2: not JSON"):
        list(read_jsonl([full_report().to_json(), "{oops"]))
    with pytest.raises(CorpusError, match="not a valid report"):
        Report.from_dict({"text": TEXT, "quantities": [{"span": [0, 3], "text": "Bet"}]})


words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    text = draw(words.filter(lambda t: t.strip()))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    span = Span(start, end)
    quantity = QuantityMention(span=span, text=text[start:end], value=draw(st.integers(0, 10**9)),
                               approx=draw(st.sampled_from(["exact", "about", "up_to"])),
                               item=draw(st.sampled_from(["uav", "person", "other"])),
                               role=draw(st.sampled_from(["hit", "killed", "other"])))
    published = draw(st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2150, 1, 1))))
    incident = Incident(id=draw(words), weapon="uav", counts=draw(st.dictionaries(
        st.sampled_from(["launched", "destroyed", "lost", "hit"]), st.integers(0, 1000))),
        admin1=draw(st.lists(words, max_size=3)), killed=draw(st.one_of(st.none(), st.integers(0, 99))))
    return Report(document=Document(text=text, published=published), quantities=(quantity,),
                  incidents=(incident,))


@settings(max_examples=60, deadline=None)
@given(reports())
def test_round_trip_on_arbitrary_reports(report: Report) -> None:
    assert Report.from_json(report.to_json()) == report
