"""anonymizer: strip identifying details from French-language Belgian social-work narratives."""

from anonymizer.pipeline import AnonymizationResult, Anonymizer
from anonymizer.spans import ENTITY_TYPES, Span

__all__ = ["Anonymizer", "AnonymizationResult", "Span", "ENTITY_TYPES"]
__version__ = "0.1.0"
