"""Scoring predictions against a gold corpus, with the rules of FORMAT.md's "Scoring" section.

Mentions of one kind pair one-to-one by overlapping spans, largest overlap
first; ``<kind>.span`` counts the pairs, and each normalised field counts the
pairs where it is right. Incidents pair when they share an (outcome, count)
pair, or, where one has no counts, the same weapon and admin1 set; on pairs,
each field's accuracy is reported. Figures are micro-averaged over documents.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs
import regex

from .corpus import MENTION_KINDS, locate
from .models import Span

__all__ = [
    "INCIDENT_FIELDS",
    "MENTION_FIELDS",
    "Accuracy",
    "DocumentScore",
    "Evaluation",
    "Score",
    "evaluate",
    "normalise_name",
    "normalise_value",
    "score_document",
]


@attrs.define
class Score:
    """Counts for precision, recall and F1: true positives, predicted and gold totals."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        """Tp / pred (1.0 when nothing was predicted and nothing was expected)."""
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        """Tp / gold (1.0 when there was nothing to find)."""
        return self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        """Accumulate another score's counts."""
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold


@attrs.define
class Accuracy:
    """Right answers out of the paired incidents."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """Right / total (1.0 when nothing was paired)."""
        return self.right / self.total if self.total else 1.0

    def add(self, other: Accuracy) -> None:
        """Accumulate another accuracy's counts."""
        self.right += other.right
        self.total += other.total


# ------------------------------------------------------------ normalisation

_TYPE_WORDS = regex.compile(
    r"\b(?:district|raion|rayon|oblast|region|krai|kray|territory|republic|autonomous|okrug|"
    r"municipal|urban|city|of|the)\b"
)
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_SKY = regex.compile(r"(?:skiy|skyi|skii|skij|ski|sky)\b")
_IY = regex.compile(r"(?:iy|yi|ii|ij)\b")


def normalise_name(name: str | None) -> str:
    """A name reduced for comparison: case, accents, punctuation, type words, transliteration.

    >>> normalise_name("Duminichskiy District") == normalise_name("duminichsky")
    True
    >>> normalise_name("Kharkiv Oblast") == normalise_name("Harkiv region")
    True
    """
    if name is None:
        return ""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "").replace("'", "").replace("ʼ", "")
    text = _NON_WORD.sub(" ", text)
    text = _TYPE_WORDS.sub(" ", text)
    text = _SKY.sub("sky", text)
    text = _IY.sub("y", text)
    text = text.replace("kh", "h").replace("yo", "e").replace("ye", "e")
    return " ".join(text.split())


def normalise_value(value: Any) -> Any:
    """A TIMEX3 value with ``:00`` seconds dropped (``T08:00:00`` → ``T08:00``)."""
    if isinstance(value, str) and regex.search(r"T\d{2}:\d{2}:00$", value):
        return value[:-3]
    return value


def _same_name(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return normalise_name(str(a)) == normalise_name(str(b))


#: Field checks on matched mention pairs: kind → field → (gold, pred) → right?
MENTION_FIELDS: Mapping[str, Mapping[str, Callable[[Mapping[str, Any], Mapping[str, Any]], bool]]] = {
    "times": {
        "value": lambda g, p: normalise_value(g.get("value")) == normalise_value(p.get("value")),
        "type": lambda g, p: g.get("type") == p.get("type"),
    },
    "locations": {
        "resolved": lambda g, p: (g.get("type") == p.get("type") and g.get("admin1") == p.get("admin1")
                                  and _same_name(g.get("name"), p.get("name"))),
        "admin1": lambda g, p: g.get("admin1") == p.get("admin1"),
    },
    "quantities": {
        "value": lambda g, p: g.get("value") == p.get("value"),
        "typed": lambda g, p: all(g.get(k) == p.get(k) for k in ("value", "item", "role", "approx")),
    },
    "attributions": {
        "source": lambda g, p: _same_name(g.get("source"), p.get("source")),
        "stance": lambda g, p: g.get("stance") == p.get("stance"),
        "channel": lambda g, p: _same_name(g.get("channel"), p.get("channel")),
    },
}


def _names(values: Iterable[Any] | None) -> set[str]:
    return {normalise_name(str(v)) for v in values or ()}


#: Incident field checks on paired incidents.
INCIDENT_FIELDS: Mapping[str, Callable[[Mapping[str, Any], Mapping[str, Any]], bool]] = {
    "weapon": lambda g, p: g.get("weapon") == p.get("weapon"),
    "counts": lambda g, p: dict(g.get("counts") or {}) == dict(p.get("counts") or {}),
    "start": lambda g, p: normalise_value(g.get("start")) == normalise_value(p.get("start")),
    "end": lambda g, p: normalise_value(g.get("end")) == normalise_value(p.get("end")),
    "country": lambda g, p: g.get("country") == p.get("country"),
    "admin1": lambda g, p: set(g.get("admin1") or ()) == set(p.get("admin1") or ()),
    "admin2": lambda g, p: _names(g.get("admin2")) == _names(p.get("admin2")),
    "settlements": lambda g, p: _names(g.get("settlements")) == _names(p.get("settlements")),
    "sources": lambda g, p: _names(g.get("sources")) <= _names(p.get("sources")),
    "casualties": lambda g, p: (g.get("killed"), g.get("injured")) == (p.get("killed"), p.get("injured")),
}


# ------------------------------------------------------------ matching

def match_spans(gold: Sequence[Span | None], pred: Sequence[Span | None]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) of overlapping spans, largest overlap first."""
    candidates: list[tuple[int, int, int]] = []
    order = sorted((s.start, s.end, j) for j, s in enumerate(pred) if s is not None)
    starts = [o[0] for o in order]
    for i, g in enumerate(gold):
        if g is None:
            continue
        hi = bisect.bisect_left(starts, g.end)
        for start, end, j in order[:hi]:
            if end > g.start:
                candidates.append((-(min(end, g.end) - max(start, g.start)), i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


def _outcome_pairs(incident: Mapping[str, Any]) -> set[tuple[str, Any]]:
    return set((incident.get("counts") or {}).items())


def match_incidents(
    gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]
) -> list[tuple[int, int]]:
    """Pair incidents: shared (outcome, count) pairs, or same weapon and admin1 set without counts."""
    scored: list[tuple[tuple[int, int], int, int]] = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            shared = len(_outcome_pairs(g) & _outcome_pairs(p))
            agree = sum(1 for check in INCIDENT_FIELDS.values() if check(g, p))
            if shared:
                scored.append(((shared, agree), i, j))
            elif (not g.get("counts") or not p.get("counts")) and g.get("weapon") == p.get("weapon") \
                    and set(g.get("admin1") or ()) == set(p.get("admin1") or ()):
                scored.append(((0, agree), i, j))
    scored.sort(key=lambda t: (-t[0][0], -t[0][1], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in scored:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


# ------------------------------------------------------------ scoring

@attrs.define
class DocumentScore:
    """The scores of one document (or, summed, of a corpus)."""

    id: str | None = None
    fields: dict[str, Score] = attrs.field(factory=dict)
    incident_fields: dict[str, Accuracy] = attrs.field(factory=dict)

    def add(self, other: DocumentScore) -> None:
        """Accumulate another document's counts."""
        for name, score in other.fields.items():
            self.fields.setdefault(name, Score()).add(score)
        for name, acc in other.incident_fields.items():
            self.incident_fields.setdefault(name, Accuracy()).add(acc)

    def to_dict(self) -> dict[str, Any]:
        """Plain figures for JSON output."""
        return {
            "id": self.id,
            "fields": {name: {"precision": s.precision, "recall": s.recall, "f1": s.f1,
                              "tp": s.tp, "pred": s.pred, "gold": s.gold}
                       for name, s in self.fields.items()},
            "incident_fields": {name: {"accuracy": a.value, "right": a.right, "total": a.total}
                                for name, a in self.incident_fields.items()},
        }


def score_document(gold: Mapping[str, Any], pred: Mapping[str, Any],
                   kinds: Iterable[str] | None = None) -> DocumentScore:
    """Score one predicted record against its gold record (both in the corpus format).

    :param kinds: the mention kinds (and ``incidents``) to score; all by default.
    """
    text = gold["text"]
    wanted = set(kinds) if kinds is not None else {*MENTION_KINDS, "incidents"}
    result = DocumentScore(id=gold.get("id"))
    for kind, key in MENTION_KINDS.items():
        if kind not in wanted:
            continue
        g_items = list(gold.get(kind) or [])
        p_items = list(pred.get(kind) or [])
        pairs = match_spans(locate(text, g_items, key), locate(text, p_items, key))
        result.fields[f"{kind}.span"] = Score(len(pairs), len(p_items), len(g_items))
        for field, check in MENTION_FIELDS[kind].items():
            right = sum(1 for i, j in pairs if check(g_items[i], p_items[j]))
            result.fields[f"{kind}.{field}"] = Score(right, len(p_items), len(g_items))
    if "incidents" in wanted:
        g_inc = list(gold.get("incidents") or [])
        p_inc = list(pred.get("incidents") or [])
        pairs = match_incidents(g_inc, p_inc)
        result.fields["incidents.found"] = Score(len(pairs), len(p_inc), len(g_inc))
        exact = 0
        for name, check in INCIDENT_FIELDS.items():
            right = sum(1 for i, j in pairs if check(g_inc[i], p_inc[j]))
            result.incident_fields[name] = Accuracy(right, len(pairs))
        exact = sum(1 for i, j in pairs if all(c(g_inc[i], p_inc[j]) for c in INCIDENT_FIELDS.values()))
        result.fields["incidents.exact"] = Score(exact, len(p_inc), len(g_inc))
    return result


@attrs.define
class Evaluation:
    """A corpus evaluation: totals over all documents and each document's own scores."""

    total: DocumentScore
    documents: list[DocumentScore]
    missing: list[str] = attrs.field(factory=list)

    def to_dict(self, *, by_doc: bool = False) -> dict[str, Any]:
        """Figures for JSON output (with per-document figures if asked)."""
        out = self.total.to_dict()
        out.pop("id")
        out["documents"] = len(self.documents)
        out["missing_predictions"] = list(self.missing)
        if by_doc:
            out["by_doc"] = [d.to_dict() for d in self.documents]
        return out

    def table(self) -> str:
        """The scores as an aligned text table."""
        return format_table(self.total)


def format_table(score: DocumentScore) -> str:
    """Render one score set: P/R/F1 rows, then incident field accuracy."""
    lines = [f"{'field':<24} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>5} {'pred':>5} {'gold':>5}"]
    for name, s in score.fields.items():
        lines.append(f"{name:<24} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   "
                     f"{s.tp:5d} {s.pred:5d} {s.gold:5d}")
    if score.incident_fields:
        lines.append("")
        lines.append(f"{'incident field':<24} {'acc':>6}   {'right':>5} {'pairs':>5}")
        for name, a in score.incident_fields.items():
            lines.append(f"{'incidents.' + name:<24} {a.value:6.3f}   {a.right:5d} {a.total:5d}")
    return "\n".join(lines)


def evaluate(gold: Iterable[Mapping[str, Any]], predictions: Mapping[str, Mapping[str, Any]],
             kinds: Iterable[str] | None = None) -> Evaluation:
    """Score predictions (by document id) against gold records.

    A gold document without a prediction counts as an empty prediction and
    is listed in ``missing``.
    """
    total = DocumentScore()
    documents: list[DocumentScore] = []
    missing: list[str] = []
    wanted = list(kinds) if kinds is not None else None
    for record in gold:
        ident = str(record.get("id"))
        pred = predictions.get(ident)
        if pred is None:
            missing.append(ident)
            pred = {}
        doc_score = score_document(record, pred, wanted)
        documents.append(doc_score)
        total.add(doc_score)
    return Evaluation(total=total, documents=documents, missing=missing)
