"""The one span type used inside the project.

Presidio's ``RecognizerResult`` is converted to :class:`Span` at the detection boundary
(:mod:`anonymizer.detect`) and never travels further.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from anonymizer.entity_types import ENTITY_TYPES, TABLE, UnknownEntityType

# The entity types and their French tags live in one table (anonymizer.entity_types).
__all__ = ["ENTITY_TYPES", "Grid", "Span"]

# a table's cells as the column rules read them (anonymizer.columns): rows of (start, end) cells in a document's text,
# the header row first (anonymizer.formats.base.Document.tables)
Grid = list[list[tuple[int, int]]]


@dataclass(frozen=True, order=True)
class Span:
    """A detected identifying span: ``text == document[start:end]``."""

    start: int
    end: int
    entity_type: str
    score: float = field(default=1.0, compare=False)
    text: str = field(default="", compare=False)
    source: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if self.start < 0 or self.end <= self.start:
            raise ValueError(f"empty or negative span {self.start}-{self.end}")
        if self.entity_type not in TABLE:
            raise UnknownEntityType(self.entity_type)

    @classmethod
    def of(cls, text: str, start: int, end: int, entity_type: str, score: float = 1.0,
           source: str = "") -> Span:
        """Build a span from a document, filling ``text`` from the offsets."""
        return cls(start, end, entity_type, score, text[start:end], source)

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def length(self) -> int:
        return self.end - self.start

    def with_type(self, entity_type: str) -> Span:
        return replace(self, entity_type=entity_type)

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "entity_type": self.entity_type,
                "score": round(self.score, 4), "text": self.text}
