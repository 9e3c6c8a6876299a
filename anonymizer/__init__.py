"""anonymizer: strip identifying details from French-language Belgian social-work narratives.

``Anonymizer``, ``AnonymizationResult``, ``Span`` and ``ENTITY_TYPES`` are imported on first use
(PEP 562): the process entry point (anonymizer/launch.py) decides how spaCy and Presidio are loaded
before anything imports them.
"""

from __future__ import annotations

__all__ = ["Anonymizer", "AnonymizationResult", "Span", "ENTITY_TYPES"]
__version__ = "0.1.0"

_HOMES = {"Anonymizer": "anonymizer.pipeline", "AnonymizationResult": "anonymizer.pipeline",
          "Span": "anonymizer.spans", "ENTITY_TYPES": "anonymizer.spans"}


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'anonymizer' has no attribute {name!r}")
    import importlib

    from models.startup import collection_paused

    with collection_paused():  # spaCy, Presidio and our recognisers (models/startup.py)
        value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value
    return value
