"""The one seam for the speed patches that reach into other libraries' private members.

Each patch below saves start-up or analysis time by using something its library does not promise to
keep. Each one is used only when ``enabled()`` (set ``ANONYMIZER_PLAIN_LIBRARIES=1`` to turn them all
off) and when what it relies on is still there; otherwise the plain library call is made, with the same
results, only slower. tests/test_patches.py checks, for each patch, that the private member it relies on
exists in the installed version, and that the plain calls give the same tokens, entities and spans.

- ``light_loader`` (models/french.py) relies on spaCy's tokenizer serialisation (``Tokenizer.from_bytes``
  with ``exclude``, the ``token_match`` msgpack key); plain call: ``spacy.load(path, exclude=...)``.
- ``lean_artifacts`` (models/nlp.py) relies on Presidio's ``SpacyNlpEngine._doc_to_nlp_artifact``,
  ``_get_entities``, ``_get_scores_for_entities`` and ``_get_updated_entities``; plain call: Presidio's own
  artefacts (with lemmas). presidio-analyzer is bounded below 2.3 in pyproject.toml for this.
- ``wordfreq_buckets`` (models/lexicon.py) relies on wordfreq's data file ``large_fr.msgpack.gz`` in the
  "cB" format, version 1; plain call: ``wordfreq.zipf_frequency``.

python-docx has no public API to replace a part's XML or an external relationship's target: the Word
writer uses ``Part._blob``, ``XmlPart._element`` and ``_Relationship._target`` with no fallback (a
missing member is a clear failure of the Word tests, not a slower path).
"""

from __future__ import annotations

import os
from functools import cache

SWITCH = "ANONYMIZER_PLAIN_LIBRARIES"


def enabled() -> bool:
    """The speed patches are on unless ``ANONYMIZER_PLAIN_LIBRARIES`` is set (to anything but "" or "0")."""
    return os.environ.get(SWITCH, "") in ("", "0")


@cache
def presidio_artifacts_available() -> bool:
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    return all(hasattr(SpacyNlpEngine, name) for name in (
        "_doc_to_nlp_artifact", "_get_entities", "_get_scores_for_entities", "_get_updated_entities"))


@cache
def light_loader_available() -> bool:
    import inspect

    from spacy.tokenizer import Tokenizer

    return "exclude" in inspect.signature(Tokenizer.from_bytes).parameters and hasattr(Tokenizer, "token_match")


def use(patch: str) -> bool:
    """Whether ``patch`` ("light_loader", "lean_artifacts", "wordfreq_buckets") is to be used now."""
    if not enabled():
        return False
    if patch == "lean_artifacts":
        return presidio_artifacts_available()
    if patch == "light_loader":
        return light_loader_available()
    if patch == "wordfreq_buckets":
        return True  # the reader checks the file's format itself and returns None when it differs
    raise ValueError(f"unknown patch {patch!r}")
