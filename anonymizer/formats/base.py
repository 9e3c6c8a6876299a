"""The shared shape of every format."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anonymizer.spans import Grid, Span

# a merged cell's or a repeated cell's count read from a file is capped: a damaged "gridSpan" of a million, a
# spreadsheet's 1,024 repeated empty cells make no table of that width
MAX_GRID_STEP = 64


def table_places(owners: Iterable[tuple[int, Any]], cell_of: Callable[[Any], Any], table_of: Callable[[Any], Any],
                 grid_of: Callable[[Any], dict]) -> dict[int, tuple[Hashable, int, int]]:
    """Where each segment sits in a table (for :attr:`Document.cells`), one walk for every format: ``owners`` are
    (segment index, what the format reads the segment from: a paragraph, an HTML element); ``cell_of`` gives its
    table's cell or None, ``table_of`` a cell's table or None, ``grid_of`` a table's cells -> (table, row, column)
    on its grid. Each table's grid is laid once."""
    places: dict = {}  # a cell -> (table, row, column)
    laid: set = set()  # the tables whose grid is laid
    cells = {}
    for index, owner in owners:
        cell = cell_of(owner)
        if cell is None:
            continue
        if cell not in places:
            table = table_of(cell)
            if table is None or table in laid:
                continue
            laid.add(table)
            places.update(grid_of(table))
        if cell in places:
            cells[index] = places[cell]
    return cells


# Joins segments into one text for analysis: a paragraph separator no draft contains, between
# blank lines so that no pattern runs from one segment into the next.
SEPARATOR = "\n\n\u2029\n\n"


@dataclass
class Segment:
    text: str
    ref: Any = None  # the format's handle on where the text lives (an XML paragraph, a header name...)


@dataclass
class Document:
    path: Path
    segments: list[Segment]
    handle: Any = None
    notes: list[str] = field(default_factory=list)  # what the user must be told (tracked changes, layout...)
    output_suffix: str | None = None                # e.g. ".txt" for a PDF
    format: DocumentFormat | None = None            # the reader that made it, which writes it back
    # where a segment sits in a table of the document: segment index -> (table, row, column), from the format's
    # own grid (a Word, LibreOffice or HTML table; the table is the format's handle on it), for the column rules
    # (:mod:`anonymizer.columns`)
    cells: dict[int, tuple[Hashable, int, int]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return SEPARATOR.join(s.text for s in self.segments)

    def starts(self) -> list[int]:
        starts, position = [], 0
        for segment in self.segments:
            starts.append(position)
            position += len(segment.text) + len(SEPARATOR)
        return starts

    def tables(self) -> list[Grid]:
        """The document's tables as the column rules read them: per table its rows, each row its cells'
        (start, end) in :attr:`text` without their spaces, as many per row as the table has columns; an empty or
        covered cell is (0, 0), a cell of several paragraphs runs from the first to the last."""
        starts = self.starts()
        grid: dict[Hashable, dict[tuple[int, int], tuple[int, int]]] = {}
        for index, (table, row, column) in sorted(self.cells.items()):
            text = self.segments[index].text
            if not text.strip():
                continue
            start = starts[index] + len(text) - len(text.lstrip())
            end = starts[index] + len(text.rstrip())
            table_cells = grid.setdefault(table, {})
            first = table_cells.get((row, column))
            table_cells[(row, column)] = (first[0], end) if first else (start, end)
        tables = []
        for table_cells in grid.values():
            rows = 1 + max(row for row, _ in table_cells)
            columns = 1 + max(column for _, column in table_cells)
            tables.append([[table_cells.get((row, column), (0, 0)) for column in range(columns)]
                           for row in range(rows)])
        return tables

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
