"""Test helpers: run one recogniser alone, and parse inline golden cases."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer

GOLD_RE = re.compile(r"<ent label=(\w+)>(.*?)</ent>")


def found(recognizer: EntityRecognizer, text: str) -> list[str]:
    """Surface texts the recogniser finds in ``text`` (sorted by position)."""
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    return [text[r.start:r.end] for r in sorted(results, key=lambda r: r.start) if r.score > 0]


def detected(anonymizer, text: str) -> list[tuple[str, str]]:
    """(entity type, text) of what the full pipeline finds in ``text``."""
    return [(s.entity_type, s.text) for s in anonymizer.analyze(text)]


def parse_gold(marked: str) -> tuple[str, list[tuple[str, str]]]:
    """``"né le <ent label=DATE>18 avril 2012</ent>"`` -> plain text, [(label, surface)]."""
    gold = [(m.group(1), m.group(2)) for m in GOLD_RE.finditer(marked)]
    return GOLD_RE.sub(lambda m: m.group(2), marked), gold
