"""The annotated format and the metrics of shared/ANNOTATION.md, on tiny synthetic data."""

from anonymizer.evaluation import Counts, parse_annotated
from anonymizer.spans import Span

MARKED = "[[Kevin|PERSON]] voit le {{SAJ}} à [[Wavre|LOCATION]]."


def test_parse_strips_markup_and_keeps_offsets():
    doc = parse_annotated(MARKED)
    assert doc.text == "Kevin voit le SAJ à Wavre."
    assert [(g.text, doc.text[g.start:g.end]) for g in doc.gold] == [("Kevin", "Kevin"), ("Wavre", "Wavre")]
    assert [k.text for k in doc.keep] == ["SAJ"]


def test_metrics():
    doc = parse_annotated(MARKED)
    counts = Counts()
    detected = [Span.of(doc.text, 0, 5, "PERSON"), Span.of(doc.text, 14, 17, "ORGANIZATION")]
    counts.add(doc, detected, "[P] voit le [O] à Wavre.")
    rows = {r["type"]: r for r in counts.table()}
    assert rows["PERSON"]["recall"] == 1.0 and rows["LOCATION"]["recall"] == 0.0
    assert rows["ALL"]["precision"] == 0.5          # "SAJ" overlaps no gold span
    assert rows["LOCATION"]["leak_rate"] == 1.0     # "Wavre" still in the output
    assert counts.keep_rate == 0.0                  # "SAJ" was hit


def test_coverage_threshold():
    doc = parse_annotated("[[Marie-Hélène Dubois|PERSON]] arrive.")
    counts = Counts()
    counts.add(doc, [Span.of(doc.text, 0, 12, "PERSON")], "")
    assert counts.table()[0]["recall"] == 0.0        # 11 of 19 letters: under 90 %


def test_a_span_found_under_another_type_is_counted():
    doc = parse_annotated(MARKED)
    counts = Counts()
    counts.add(doc, [Span.of(doc.text, 0, 5, "LOCATION"), Span.of(doc.text, 20, 25, "LOCATION")], "")
    assert dict(counts.confusions) == {("PERSON", "LOCATION"): 1}   # recall counts it; the tag misleads
