"""Start-up of the times grammar: what it compiles up front, and the shortcuts that save parsing.

The grammar compiles up front only what most texts need (``Rule.pattern`` of a rule few texts
reach is compiled on first use), and a few patterns call a fragment defined once instead of
repeating it; the calls must match exactly as the fragment written out would.
"""

from __future__ import annotations

from typing import Any

import pytest
import regex

from incidentkit.builtin.times import TimesExtractor
from incidentkit.builtin.times import grammar as grammar_module
from tests.builtin.test_times_speed import TEXTS

MORE = [
    "the night of Friday to Saturday, overnight from Monday into Tuesday, the night from July 4 to July 5",
    "The night from Christmas Eve to Christmas Day, overnight from 20.07.2025 into the next day",
    "July 19-20, 19 to 20 July, July 31 to August 1, 31 July - 1 August, 3 - 5 May, Jul. 3 to Aug. 4",
    "the night of July 19-20, 2024; the morning of 19 to 20 July; the evening of May 3 and June 4",
]


def _written_out(source: str, name: str, fragment: str) -> str:
    """``source`` with the calls of ``name`` replaced by ``fragment`` and its definition dropped."""
    definition = f"(?(DEFINE)(?P<{name}>{fragment}))"
    assert definition in source
    return source.replace(definition, "").replace(f"(?&{name})", fragment)


@pytest.fixture(scope="module")
def extractor() -> TimesExtractor:
    return TimesExtractor()


@pytest.mark.parametrize(("rule_name", "name", "fragment"), [
    ("night_span", "day_", "DAY"), ("day_range", "month_r_", "MONTH"), ("pod_of", "month_r_", "MONTH"),
])
def test_a_called_fragment_matches_as_written_out(extractor: TimesExtractor, rule_name: str, name: str,
                                                  fragment: str) -> None:
    grammar = extractor.grammar
    rule = next(rule for rule in grammar.rules if rule.name == rule_name)
    plain = regex.compile(_written_out(rule.source, name, getattr(grammar, fragment)))
    matched = 0
    for text in [*TEXTS, *MORE]:
        found = [(m.span(), {k: v for k, v in m.groupdict().items() if k != name})
                 for m in rule.pattern.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)], (rule_name, text)
        matched += len(found)
    assert matched >= 4, rule_name


def test_rare_rules_are_compiled_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    original = regex.compile

    def spy(pattern: str, *args: Any, **kwargs: Any) -> regex.Pattern[str]:
        compiled.append(pattern)
        return original(pattern, *args, **kwargs)

    monkeypatch.setattr(regex, "compile", spy)
    grammar = TimesExtractor().grammar
    rare = [rule for rule in grammar.rules if rule.name in grammar_module._RARE_RULES]
    assert {rule.name for rule in rare} == set(grammar_module._RARE_RULES)
    for rule in grammar.rules:
        assert (rule.source in compiled) is (rule.name not in grammar_module._RARE_RULES), rule.name
        if rule.fast_gates and rule.gate_source is not None:
            assert rule.gate_source not in compiled, rule.name  # only the fast gates are searched
    # on first use, the same pattern as compiling the source
    for rule in rare:
        assert rule.pattern.pattern == rule.source
        assert rule.pattern is rule.pattern


def test_day_forms_are_told_by_the_day_rule(extractor: TimesExtractor) -> None:
    """``Grammar.day`` reads the form of a DAY text from the day rule's form groups."""
    grammar = extractor.grammar
    day_rule = next(rule for rule in grammar.rules if rule.name == "day")
    for text, form in [("Friday, December 29, 2023", "absolute"), ("2025-07-20", "iso"),
                       ("7/20/2025", "numeric"), ("last Monday", "weekday"), ("yesterday", "deictic"),
                       ("the same day", "anaphoric"), ("Christmas Eve", "holiday")]:
        match = day_rule.pattern.fullmatch(text)
        assert match is not None, text
        assert [name for name in grammar.day_form_names if match.group("form_" + name)] == [form]
