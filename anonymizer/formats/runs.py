"""Replacing text inside a paragraph made of several formatted runs, keeping the formatting.

A name may be split over runs ("<b>Kevin</b> Dumoulin"). The paragraph's text is the runs' texts
joined; a replacement goes into the first run it touches and the covered text is removed from the
following runs, so every other run keeps its text and formatting.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def replace_in_runs(texts: Sequence[str], edits: list[tuple[int, int, str]], set_text: Callable[[int, str], None]
                    ) -> None:
    """``texts``: the runs' texts; ``edits``: (start, end, new) in paragraph offsets, non-overlapping;
    ``set_text(i, text)`` writes run i."""
    bounds, position = [], 0
    for text in texts:
        bounds.append((position, position + len(text)))
        position += len(text)
    new_texts = list(texts)
    for start, end, new in sorted(edits, reverse=True):
        first = True
        for i, (run_start, run_end) in enumerate(bounds):
            if run_end <= start or run_start >= end or run_start == run_end:
                continue
            local_start, local_end = max(start, run_start) - run_start, min(end, run_end) - run_start
            text = new_texts[i]
            new_texts[i] = text[:local_start] + (new if first else "") + text[local_end:]
            first = False
    for i, (old, new) in enumerate(zip(texts, new_texts, strict=True)):
        if old != new:
            set_text(i, new)
