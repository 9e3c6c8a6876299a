"""The shared shape of every format."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anonymizer.spans import Span

# Joins segments into one text for analysis: a paragraph separator no draft contains, between
# blank lines so that no pattern runs from one segment into the next.
SEPARATOR = "\n\n\u2029\n\n"


# Joins the cells of one table row, and the rows of one table, as a spreadsheet pasted as text writes them (a tab
# between cells, a line per row), the same length as SEPARATOR so that offsets do not depend on it: the rules that
# read a table's columns ("Intervenant", "FASE") see a Word table as they see a CSV.
CELL_JOINER = "\t    "
ROW_JOINER = "\n    "
PARAGRAPH_IN_CELL = "  ·  "  # (two paragraphs of one cell stay on its row's line)


@dataclass
class Segment:
    text: str
    ref: Any = None  # the format's handle on where the text lives (an XML paragraph, a header name...)
    row: tuple[str, int, int] | None = None  # (table, row, cell) of a paragraph in a Word table's cell, else None


def _joiner(before: Segment, after: Segment) -> str:
    if not (before.row and after.row and before.row[0] == after.row[0]):
        return SEPARATOR
    if before.row == after.row:
        return PARAGRAPH_IN_CELL
    if before.row[1] == after.row[1]:
        return CELL_JOINER
    return ROW_JOINER if after.row[1] == before.row[1] + 1 else SEPARATOR


assert len(CELL_JOINER) == len(ROW_JOINER) == len(PARAGRAPH_IN_CELL) == len(SEPARATOR)


@dataclass
class Document:
    path: Path
    segments: list[Segment]
    handle: Any = None
    notes: list[str] = field(default_factory=list)  # what the user must be told (tracked changes, layout...)
    output_suffix: str | None = None                # e.g. ".txt" for a PDF
    format: DocumentFormat | None = None            # the reader that made it, which writes it back

    @property
    def text(self) -> str:
        if not any(segment.row for segment in self.segments):
            return SEPARATOR.join(s.text for s in self.segments)
        parts = []
        for before, segment in zip([None, *self.segments], self.segments, strict=False):
            if before is not None:
                parts.append(_joiner(before, segment))
            parts.append(segment.text)
        return "".join(parts)

    def starts(self) -> list[int]:
        starts, position = [], 0
        for segment in self.segments:
            starts.append(position)
            position += len(segment.text) + len(SEPARATOR)
        return starts

    def clip(self, spans: list[Span]) -> list[Span]:
        """Spans cut at segment boundaries (a span never runs from one paragraph into the next)."""
        text, out, starts = self.text, [], self.starts()
        bounds = [(start, start + len(seg.text)) for start, seg in zip(starts, self.segments, strict=True)]
        for span in spans:
            # only the segments the span reaches, from the one it starts in (not every segment per span)
            i = max(0, bisect_right(starts, span.start) - 1)
            while i < len(bounds) and bounds[i][0] < span.end:
                lo, hi = bounds[i]
                start, end = max(span.start, lo), min(span.end, hi)
                if start < end and text[start:end].strip():
                    out.append(span if (start, end) == (span.start, span.end)
                               else Span.of(text, start, end, span.entity_type, span.score, span.source))
                i += 1
        return out

    def segment_edits(self, ranges: Iterable[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
        """(start, end, new text) in the offsets of :attr:`text`, cut per segment, in its own offsets."""
        starts = self.starts()
        per_segment: list[list[tuple[int, int, str]]] = [[] for _ in self.segments]
        for start, end, new in ranges:
            index = bisect_right(starts, start) - 1  # the last segment starting at or before the range
            per_segment[index].append((start - starts[index], end - starts[index], new))
        return per_segment


class DocumentFormat:
    """read(path) -> Document; write(document, per-segment edits, target)."""

    def read(self, path: Path) -> Document:
        raise NotImplementedError

    def write(self, document: Document, edits: list[list[tuple[int, int, str]]], target: Path) -> None:
        """Write ``document`` to ``target`` with each segment's edits applied."""
        raise NotImplementedError

    def target_name(self, document: Document) -> str:
        return document.path.stem + (document.output_suffix or document.path.suffix)
