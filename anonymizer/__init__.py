"""anonymizer: strip identifying details from French-language Belgian social-work narratives.

    >>> from anonymizer import Anonymizer
    >>> engine = Anonymizer()
    >>> engine.anonymize("Kevin Dumoulin, 14 ans, vit à Wavre.").text   # doctest: +SKIP
    '[PERSONNE_1], 14 ans, vit à [LIEU_1].'

Public names: ``Anonymizer`` (texts and whole documents), ``AnonymizationResult``, ``DocumentResult``,
``Span``, ``CaseKey`` (the encrypted mapping of a case), ``PseudoOptions``, the table of entity types
(``ENTITY_TYPES``, ``EntityType``, ``register_entity_type``), ``InputError``, ``LeakGuardError``.
They are imported on first use (PEP 562): the process entry point (anonymizer/launch.py) decides how
spaCy and Presidio are loaded before anything imports them.
"""

from __future__ import annotations

__all__ = ["Anonymizer", "AnonymizationResult", "DocumentResult", "Span", "CaseKey", "PseudoOptions",
           "ENTITY_TYPES", "EntityType", "register_entity_type", "InputError", "LeakGuardError"]
__version__ = "0.1.0"

_HOMES = {"Anonymizer": "anonymizer.pipeline", "AnonymizationResult": "anonymizer.pipeline",
          "DocumentResult": "anonymizer.pipeline", "LeakGuardError": "anonymizer.pipeline",
          "Span": "anonymizer.spans", "ENTITY_TYPES": "anonymizer.entity_types",
          "EntityType": "anonymizer.entity_types", "register_entity_type": "anonymizer.entity_types:register",
          "CaseKey": "anonymizer.casekey", "PseudoOptions": "anonymizer.pseudonymize",
          "InputError": "anonymizer.reader"}


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module 'anonymizer' has no attribute {name!r}")
    import importlib

    module, _, attribute = _HOMES[name].partition(":")
    value = getattr(importlib.import_module(module), attribute or name)
    globals()[name] = value
    return value
