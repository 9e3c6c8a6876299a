"""Annotated narratives (shared/ANNOTATION.md) and the detection metrics defined there.

``[[surface|TYPE]]`` marks a span that must go, ``{{term}}`` a term that must stay. Stripping the
markup gives the plain text the tool sees; offsets are Python character offsets into it.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from anonymizer.leaks import find_leaks, identifying_tokens
from anonymizer.spans import Span
from anonymizer.text import fold_aligned

# [[surface|TYPE]] or, in case folders, [[surface|TYPE|ID]] (one id per real-world entity across the folder)
MARKUP_RE = re.compile(r"\[\[(.+?)\|([A-Z_]+)(?:\|([\w.-]+))?\]\]|\{\{(.+?)\}\}", re.DOTALL)
COVERAGE = 0.9


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    entity_type: str
    text: str
    entity: str | None = None  # the entity id of a case folder's annotation


@dataclass(frozen=True)
class AnnotatedText:
    name: str
    text: str
    gold: tuple[GoldSpan, ...]
    keep: tuple[GoldSpan, ...]

    @property
    def words(self) -> int:
        return len(self.text.split())


def parse_annotated(marked: str, name: str = "") -> AnnotatedText:
    pieces: list[str] = []
    gold: list[GoldSpan] = []
    keep: list[GoldSpan] = []
    position = length = 0
    for match in MARKUP_RE.finditer(marked):
        pieces.append(marked[position:match.start()])
        length += match.start() - position
        surface = match.group(1) if match.group(1) is not None else match.group(4)
        target = gold if match.group(1) is not None else keep
        label = match.group(2) or "KEEP"
        target.append(GoldSpan(length, length + len(surface), label, surface, match.group(3)))
        pieces.append(surface)
        length += len(surface)
        position = match.end()
    pieces.append(marked[position:])
    return AnnotatedText(name, "".join(pieces), tuple(gold), tuple(keep))


def load_corpus(folder: str | Path, names: Iterable[str] | None = None) -> list[AnnotatedText]:
    paths = sorted(Path(folder).glob("*.txt"))
    if names is not None:
        wanted = set(names)
        paths = [p for p in paths if p.stem in wanted or p.name in wanted or p.stem[:3] in wanted]
    return [parse_annotated(p.read_text(encoding="utf-8"), p.name) for p in paths]


# the word between the two days of a range the product replaces apart ("du [DATE_1] au [DATE_2]"): it names nothing
RANGE_LINK = re.compile(r"\s*(?:au|et|à|-|–|bis|tot|to)\s*")


def _range_links(gold: GoldSpan, text: str, detected: list[Span]) -> set[int]:
    inside = sorted((max(s.start, gold.start), min(s.end, gold.end)) for s in detected
                    if s.start < gold.end and gold.start < s.end)
    return {i for (_, end), (start, _) in itertools.pairwise(inside)
            if end < start and RANGE_LINK.fullmatch(text, end, start) for i in range(end, start)}


def _covered(gold: GoldSpan, text: str, detected: list[Span]) -> bool:
    links = _range_links(gold, text, detected) if gold.entity_type == "DATE" else set()
    positions = [i for i in range(gold.start, gold.end) if not text[i].isspace() and i not in links]
    if not positions:
        return True
    hit = sum(1 for i in positions if any(s.start <= i < s.end for s in detected))
    return hit / len(positions) >= COVERAGE


def _identifying_left(text: str, gold: GoldSpan, detected: list[Span]) -> list[tuple[int, int]]:
    """(start, end) of the identifying words and numbers of ``gold`` that no detected span covers."""
    words, digits = identifying_tokens(gold.text, gold.entity_type)
    left = []
    for match in re.finditer(r"[^\W\d_]{3,}|\d(?:[\s./-]?\d)*", gold.text):
        token = match.group()
        identifying = fold_aligned(token) in words or re.sub(r"\D", "", token) in digits
        start, end = gold.start + match.start(), gold.start + match.end()
        if identifying and not any(s.start < end and start < s.end for s in detected):
            left.append((start, end))
    return left


@dataclass
class Counts:
    """Per-type tallies, summed over documents."""

    gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    detected: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    leaked: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    keep_total: int = 0
    keep_kept: int = 0
    files: int = 0
    clean_files: int = 0  # files with no leak at all ("can I send it as is?")
    # gold spans found, but replaced under another type (a person tagged [LIEU_1]): (gold, detected) -> n
    confusions: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    missed: list[tuple[str, str, str]] = field(default_factory=list)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)
    over_redacted: list[tuple[str, str]] = field(default_factory=list)
    # doubts (anonymizer.doubts): how many, and how many of the gold spans detection missed they point at
    words: int = 0
    flags: int = 0
    missed_flagged: int = 0
    missed_total: int = 0
    flags_on_missed: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, doc: AnnotatedText, detected: list[Span], output: str, doubts: list | None = None) -> None:
        leaks_before = sum(self.leaked.values())
        self.words += doc.words
        if doubts is not None:
            self._add_doubts(doc, detected, doubts)
        for gold in doc.gold:
            self.gold[gold.entity_type] += 1
            near = [s for s in detected if s.start < gold.end and gold.start < s.end]
            if _covered(gold, doc.text, near):
                self.found[gold.entity_type] += 1
                main = max(near, key=lambda s: min(s.end, gold.end) - max(s.start, gold.start))
                if main.entity_type != gold.entity_type:
                    self.confusions[(gold.entity_type, main.entity_type)] += 1
            else:
                self.missed.append((doc.name, gold.entity_type, gold.text))
            if find_leaks(output, [(gold.text, gold.entity_type)]):
                self.leaked[gold.entity_type] += 1
        self.files += 1
        self.clean_files += sum(self.leaked.values()) == leaks_before
        for span in detected:
            self.detected[span.entity_type] += 1
            if any(span.start < g.end and g.start < span.end for g in doc.gold):
                self.correct[span.entity_type] += 1
            else:
                self.false_positives.append((doc.name, span.entity_type, span.text))
        for term in doc.keep:
            self.keep_total += 1
            untouched = not any(s.start < term.end and term.start < s.end for s in detected)
            if untouched and term.text in output:
                self.keep_kept += 1
            else:
                self.over_redacted.append((doc.name, term.text))

    def _add_doubts(self, doc: AnnotatedText, detected: list[Span], doubts: list) -> None:
        """What a reread must find: the gold spans with an identifying word or number that detection left in
        clear (the words the leak rate counts, not covered by any detected span), and how many of them a
        doubt points at."""
        self.flags += len(doubts)
        for gold in doc.gold:
            left = _identifying_left(doc.text, gold, detected)
            if not left:
                continue
            self.missed_total += 1
            flag = next((d for d in doubts for s, e in left if d.start < e and s < d.end), None)
            if flag is not None:
                self.missed_flagged += 1
                self.flags_on_missed.append((doc.name, gold.entity_type, gold.text, flag.reason))

    @property
    def flag_recall(self) -> float | None:
        """Share of the gold spans with an identifying word left in clear that a doubt points at."""
        return round(self.missed_flagged / self.missed_total, 4) if self.missed_total else None

    @property
    def flags_per_thousand_words(self) -> float | None:
        return round(1000 * self.flags / self.words, 2) if self.words else None

    def table(self) -> list[dict]:
        """One row per type plus an ALL row: recall, precision, leak rate, counts."""
        types = sorted(set(self.gold) | set(self.detected))
        rows = [self._row(t, self.gold[t], self.found[t], self.detected[t], self.correct[t], self.leaked[t])
                for t in types]
        rows.append(self._row("ALL", sum(self.gold.values()), sum(self.found.values()),
                              sum(self.detected.values()), sum(self.correct.values()),
                              sum(self.leaked.values())))
        return rows

    @staticmethod
    def _row(name: str, gold: int, found: int, detected: int, correct: int, leaked: int) -> dict:
        return {
            "type": name, "gold": gold, "detected": detected,
            "recall": round(found / gold, 4) if gold else None,
            "precision": round(correct / detected, 4) if detected else None,
            "leak_rate": round(leaked / gold, 4) if gold else None,
        }

    @property
    def keep_rate(self) -> float | None:
        return round(self.keep_kept / self.keep_total, 4) if self.keep_total else None


# -- entity resolution across a case (issue "One person, one name across the case") --------------------------
@dataclass
class CaseCounts:
    """Whether each entity of a case folder gets one replacement across the case, and whether a replacement
    names two entities. A mention counts when detection replaced it (recall is measured apart)."""

    entities: int = 0        # entities with two detected mentions or more
    consistent: int = 0      # ... that got one replacement (tag) or connected surrogates (pseudo)
    within_entities: int = 0  # the same within single documents
    within_consistent: int = 0
    shared: int = 0          # replacements naming two entities or more, summed over cases
    cases: int = 0
    by_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # [entities, one]
    problems: list[str] = field(default_factory=list)  # one line per split entity or shared replacement

    def add(self, documents: list[AnnotatedText], replacements: list[dict[Span, str]], style: str) -> None:
        self.cases += 1
        mentions: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # entity -> (doc, surface, new)
        types: dict[str, str] = {}
        for index, (doc, found) in enumerate(zip(documents, replacements, strict=True)):
            for gold in doc.gold:
                if gold.entity is None:
                    continue
                near = [(span, new) for span, new in found.items() if span.start < gold.end and gold.start < span.end]
                if not near or not _covered(gold, doc.text, [span for span, _ in near]):
                    continue
                span, new = max(near, key=lambda p: min(p[0].end, gold.end) - max(p[0].start, gold.start))
                mentions[gold.entity].append((index, fold_aligned(gold.text), new))
                types[gold.entity] = gold.entity_type
        for entity, seen in mentions.items():
            if len(seen) >= 2:
                one = _one_replacement([new for _, _, new in seen], style)
                if not one:
                    forms = sorted({f"{surface} -> {new}" for _, surface, new in seen})
                    self.problems.append(f"SPLIT  {types[entity]:<12} {entity}: " + " | ".join(forms))
                self.entities += 1
                self.consistent += one
                self.by_type[types[entity]][0] += 1
                self.by_type[types[entity]][1] += one
            for index in {i for i, _, _ in seen}:
                inside = [new for i, _, new in seen if i == index]
                if len(inside) >= 2:
                    self.within_entities += 1
                    self.within_consistent += _one_replacement(inside, style)
        owners: dict[str, set[str]] = defaultdict(set)
        surfaces: dict[str, set[str]] = defaultdict(set)
        for entity, seen in mentions.items():
            for _, surface, new in seen:
                owners[new].add(entity)
                surfaces[new].add(surface)
        # a replacement naming two entities; in pseudo style only when they were written differently (two
        # people written "Dumoulin" alone cannot be told apart by any tool)
        shared = [new for new, who in owners.items() if len(who) >= 2 and (style == "tag" or len(surfaces[new]) >= 2)]
        self.shared += len(shared)
        self.problems += [f"SHARED {new}: " + ", ".join(sorted(owners[new])) + " (" + " | ".join(sorted(surfaces[new]))
                          + ")" for new in shared]

    def summary(self) -> dict:
        return {"cases": self.cases, "entities_multi": self.entities,
                "one_replacement": round(self.consistent / self.entities, 4) if self.entities else None,
                "one_replacement_within_document": (round(self.within_consistent / self.within_entities, 4)
                                                    if self.within_entities else None),
                "shared_replacements": self.shared,
                "one_replacement_by_type": {t: f"{one}/{n}" for t, (n, one) in sorted(self.by_type.items())}}


def _one_replacement(replacements: list[str], style: str) -> bool:
    """Tags: all the same. Pseudonyms: the surrogates of one person differ by form ("Lucas Martin", "Lucas",
    "M. Martin"), so they must all be linked through shared words; a number's through its digits whatever the
    separators ("0471 53 80 52", "0471538052"), a date's through its day and month whatever the writing
    ("07/08/2023", "lundi 7 août")."""
    if style == "tag":
        return len(set(replacements)) == 1
    initials = [_initials_written(new) for new in replacements]
    # (initials link a mention to the full names they abbreviate, never two full names to each other: the others
    # must be linked by their words first)
    named = [i for i, letters in enumerate(initials) if letters is None]
    if not named:
        return len(set(replacements)) == 1
    words = {i: _link_tokens(replacements[i]) for i in named}
    reached, frontier = {named[0]}, [named[0]]
    while frontier:
        i = frontier.pop()
        for j in named:
            if j not in reached and words[i] & words[j]:
                reached.add(j)
                frontier.append(j)
    return len(reached) == len(named) and all(
        letters is None or any(_abbreviates(letters, replacements[j]) or _link_tokens(replacements[i]) & words[j]
                               for j in named) for i, letters in enumerate(initials))  # ("DIOP" of "Awa DIOP" too)


def _initials_written(new: str) -> str | None:
    """The letters of a replacement that is a person's initials ("FM", "E.P.", "TVdV"), else None."""
    return re.sub(r"[^A-Za-z]", "", new).upper() if INITIALS_CODE.fullmatch(new.strip()) else None


def _abbreviates(letters: str | None, new: str) -> bool:
    """``letters`` (initials) are those of a full name ``new`` of two words or more: all its words' or its first's
    and its last's ("FM" of "Franck Michel"). Only an initials' replacement links so, never two full names."""
    named = re.findall(r"[^\W\d_]+", new)
    if letters is None or len(named) < 2 or re.search(r"\d", new):
        return False
    return letters in ("".join(word[0] for word in named).upper(), (named[0][0] + named[-1][0]).upper())


# a person's initials as a replacement writes them: "FM", "E.P.", "TVdV" (the scorer's own reading, not the product's)
INITIALS_CODE = re.compile(r"(?:[A-Z]\.?|[a-z](?=[A-Z])){2,4}")
MIN_NUMBER_DIGITS = 6  # a phone, a NISS, an account: digits alone link two writings of one number


def _link_tokens(new: str) -> set[str]:
    """Words of a surrogate, and for a number its digits (and its groups of digits together, in any order), for a
    date its day and month (their groups of digits alone would link "0471 53 80 52" to "0471 53 80 53", "07/08/2023"
    to "07/09/2023")."""
    from anonymizer import dates

    tokens = set(re.findall(r"[^\W\d_]{2,}", new.lower()))
    digits = re.sub(r"^32(?=\d{9}$)", "0", re.sub(r"^00", "", re.sub(r"\D", "", new)))  # "+32 478…" is "0478…"
    # (a date of the solar Hijri calendar by its Gregorian day: "10 Aqrab 1396" is 1 November 2017)
    written = dates.parse(new, 2000) or dates.parse_foreign(new, 2000) or dates.parse_solar_hijri(new)
    if written is not None:
        tokens.add(f"@{written.value.day}/{written.value.month}")
    elif len(digits) >= MIN_NUMBER_DIGITS:
        tokens.add(f"#{digits}")
        groups = re.findall(r"\d+", new)
        if len(groups) >= 2:  # a reference's groups in another order ("9584/39", "39/9584/MAU"): the same groups
            tokens.add("#" + "|".join(sorted(groups)))
    else:
        tokens |= set(re.findall(r"\d+", new))
    return tokens
