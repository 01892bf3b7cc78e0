from __future__ import annotations

import datetime as dt

import attrs
import pytest

from incidentkit import (
    Document,
    Incident,
    InputError,
    QuantityMention,
    Report,
    Span,
    TimeMention,
)


class TestSpan:
    def test_end_must_follow_start(self) -> None:
        with pytest.raises(ValueError, match="must be after its start"):
            Span(5, 5)

    def test_negative_start(self) -> None:
        with pytest.raises(ValueError, match="negative"):
            Span(-1, 3)

    def test_overlap_arithmetic(self) -> None:
        assert Span(0, 5).overlaps(Span(4, 9))
        assert not Span(0, 5).overlaps(Span(5, 9))
        assert Span(0, 5).overlap(Span(3, 9)) == 2
        assert Span(0, 10).contains(Span(2, 3))


class TestDocument:
    def test_published_parsed_from_iso_strings(self) -> None:
        assert Document(text="x", published="2025-07-20").published == dt.date(2025, 7, 20)
        aware = Document(text="x", published="2025-07-20T15:10:00+03:00")
        assert aware.reference_date == dt.date(2025, 7, 20)
        assert aware.tzinfo is not None and aware.tzinfo.utcoffset(None) == dt.timedelta(hours=3)

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"text": b"bytes"}, "text is bytes"),
            ({"text": 42}, "text must be a str"),
            ({"text": ""}, "empty"),
            ({"text": " \n\t "}, "only whitespace"),
            ({"text": "x", "published": "2025-02-30"}, "not an ISO 8601"),
            ({"text": "x", "published": "yesterday"}, "not an ISO 8601"),
            ({"text": "x", "published": dt.date(1066, 10, 14)}, "outside"),
            ({"text": "x", "published": 20250720}, "must be a date"),
            ({"text": "x", "zone": "Mars/Olympus"}, "not a known IANA zone"),
        ],
    )
    def test_bad_input_is_named(self, kwargs: dict[str, object], message: str) -> None:
        with pytest.raises(InputError, match=message):
            Document(**kwargs)  # type: ignore[arg-type]

    def test_from_bytes_strips_bom_and_reports_bad_bytes(self) -> None:
        assert Document.from_bytes("\ufeffDrones".encode()).text == "Drones"
        assert Document.from_bytes("Дроны".encode("cp1251"), encoding="cp1251").text == "Дроны"
        with pytest.raises(InputError, match="not valid UTF-8 .byte 3"):
            Document.from_bytes(b"abc\xff")
        with pytest.raises(InputError, match="unknown encoding"):
            Document.from_bytes(b"abc", encoding="no-such-codec")

    def test_frozen(self) -> None:
        doc = Document(text="x")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            doc.text = "y"  # type: ignore[misc]


class TestMentions:
    def test_text_must_have_span_length(self) -> None:
        with pytest.raises(ValueError, match="has 4 characters but its span"):
            TimeMention(span=Span(0, 3), text="8:00", type="TIME", value="2025-07-20T08:00")

    def test_timex_value_checked(self) -> None:
        with pytest.raises(ValueError, match="not a TIMEX3 value"):
            TimeMention(span=Span(0, 4), text="8:00", type="TIME", value="8 o'clock")
        for value in ("2025-07-20TNI", "2025-W29", "PT4H30M", "P3D", "PXY", "PRESENT_REF",
                      "XXXX-07-20", "199X", "2024-Q3", "2024-SU", "2025-07-20T08:00:00", "XXXX-WXX-1",
                      "P1DE", "P2CE", "2024-H1"):
            TimeMention(span=Span(0, 1), text="x", type="DATE", value=value)

    def test_vocabularies_are_enforced(self) -> None:
        with pytest.raises(ValueError, match="'drone' is not a valid Item"):
            QuantityMention(span=Span(0, 1), text="x", value=1, approx="exact", item="drone", role="hit")

    def test_counts_cannot_be_negative(self) -> None:
        with pytest.raises(ValueError, match="must not be negative"):
            QuantityMention(span=Span(0, 1), text="x", value=-1, approx="exact", item="uav", role="hit")
        with pytest.raises(ValueError, match=r"counts\[destroyed\] must not be negative"):
            Incident(id="i", weapon="uav", counts={"destroyed": -2})
        with pytest.raises(ValueError, match="not a valid Outcome"):
            Incident(id="i", weapon="uav", counts={"killed": 2})
        with pytest.raises(ValueError, match="killed must not be negative"):
            Incident(id="i", weapon="uav", killed=-1)

    def test_incident_counts_are_read_only_and_ordered(self) -> None:
        incident = Incident(id="i", weapon="uav", counts={"lost": 10, "launched": 93})
        assert [k.value for k in incident.counts] == ["launched", "lost"]
        with pytest.raises(TypeError):
            incident.counts["hit"] = 1  # type: ignore[index]


class TestReport:
    def test_spans_must_lie_in_the_text(self) -> None:
        doc = Document(text="16 drones")
        mention = QuantityMention(span=Span(3, 12), text="drones xx", value=16, approx="exact",
                                  item="uav", role="hit")
        with pytest.raises(ValueError, match="ends past the text"):
            Report(document=doc, quantities=(mention,))

    def test_text_must_match_the_document(self) -> None:
        doc = Document(text="16 drones")
        mention = QuantityMention(span=Span(0, 9), text="17 drones", value=17, approx="exact",
                                  item="uav", role="hit")
        with pytest.raises(ValueError, match="is not the text at"):
            Report(document=doc, quantities=(mention,))


class TestPickling:
    """Reports cross process boundaries (``extract_many``) and caches by pickle."""

    @pytest.fixture
    def report(self) -> Report:
        from incidentkit import Pipeline

        return Pipeline(autoload=False).extract(
            "Air defence destroyed 16 UAVs over the Kaluga region between 8:00 and 12:30, "
            "Governor Vladislav Shapsha wrote on Telegram. Two people were injured.",
            published="2025-07-20", id="r1")

    def test_every_model_round_trips(self, report: Report) -> None:
        import pickle

        assert report.incidents and report.attributions and report.locations  # every kind in it
        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
            clone = pickle.loads(pickle.dumps(report, protocol))
            assert clone == report and clone.to_dict() == report.to_dict()
            assert [m.candidates for m in clone.locations] == [m.candidates for m in report.locations]

    def test_a_state_pickled_as_a_dict_is_still_read(self) -> None:
        # attrs' own state (earlier versions of incidentkit): a dict of field names
        mention = QuantityMention(span=Span(0, 2), text="16", value=16, approx="exact", item="uav",
                                  role="destroyed")
        state = {field.name: getattr(mention, field.name) for field in attrs.fields(QuantityMention)}
        clone = QuantityMention.__new__(QuantityMention)
        clone.__setstate__(state)  # type: ignore[attr-defined]
        assert clone == mention

    def test_a_state_of_the_wrong_length_is_an_error_not_a_half_built_object(self) -> None:
        clone = Span.__new__(Span)
        with pytest.raises(ValueError, match="zip"):
            clone.__setstate__((1,))  # type: ignore[attr-defined]
