"""Review decisions: keep, mask (with a type) or add a form, applied to any document of the case.

Decisions name forms by a keyed hash (HMAC-SHA256 under the user's secret, :mod:`anonymizer.userdata`) of
their folded text, never by the text itself: the decisions file (the review record) holds no original
text, and its hashes cannot be matched against name lists without the secret, which is not in it (a
salted hash with its salt beside it would be: a one-word form is found in under a second). A decision
made on one document applies to the others (``anonymize --decisions FILE``) and to an edited draft: forms
are found again by hashing the document's word n-grams.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path

from anonymizer import userdata
from anonymizer.outputs import write_text_atomically
from anonymizer.resolve import merge_overlaps
from anonymizer.spans import ENTITY_TYPES, Span
from anonymizer.text import fold

ACTIONS = ("keep", "mask")
# words of a form, an apostrophe before a letter ending one: a form masked by selection ("ATR") is found after
# an elided article ("l'ATR", "d'Anas") as in "O'Brien", and before a closing quote ("‘Pistache’")
WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*(?:['’](?=[^\W_]))?|[@\d][\w.@-]*")
MAX_WORDS = 8


def _step(saved: list) -> list:
    """One undo step as saved: a list of [digest, previous] pairs (a record written before grouped decisions
    saved one pair per step)."""
    return [saved] if saved and isinstance(saved[0], str) else saved


@dataclass(frozen=True)
class Decision:
    digest: str
    action: str                 # "keep": never remove; "mask": remove, as ``entity_type``
    entity_type: str | None = None
    words: int = 1


@dataclass
class Decisions:
    salt: str = field(default_factory=lambda: secrets.token_hex(16))
    items: dict[str, Decision] = field(default_factory=dict)
    history: list[list[tuple[str, Decision | None]]] = field(default_factory=list)  # one list per step

    def digest(self, form: str) -> str:
        return userdata.keyed(f"{self.salt}|{fold(form)}")

    def decide(self, form: str, action: str, entity_type: str | None = None) -> Decision:
        return self.decide_all([form], action, entity_type)[0]

    def decide_all(self, forms: list[str], action: str, entity_type: str | None = None) -> list[Decision]:
        """One decision for every form (the variants of one person, every date of the page): one step for
        ``undo``."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        if entity_type is not None and entity_type not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {entity_type!r}")
        step: list[tuple[str, Decision | None]] = []
        decided = []
        for form in dict.fromkeys(forms):
            digest = self.digest(form)
            if all(digest != done for done, _ in step):
                step.append((digest, self.items.get(digest)))
            decision = Decision(digest, action, entity_type, len(WORD_RE.findall(form)) or 1)
            self.items[digest] = decision
            decided.append(decision)
        if step:
            self.history.append(step)
        return decided

    def undo(self) -> bool:
        if not self.history:
            return False
        for digest, previous in reversed(self.history.pop()):
            if previous is None:
                self.items.pop(digest, None)
            else:
                self.items[digest] = previous
        return True

    def of(self, form: str) -> Decision | None:
        return self.items.get(self.digest(form))

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        """``spans`` after the decisions: kept forms dropped, retyped ones retyped, added ones found."""
        out = []
        for span in spans:
            decision = self.of(span.text)
            if decision is not None and decision.action == "keep":
                continue
            if decision is not None and decision.entity_type and decision.entity_type != span.entity_type:
                span = span.with_type(decision.entity_type)
            out.append(span)
        added = [s for s in self.find(text, "mask") if not any(s.overlaps(o) for o in out)]
        return merge_overlaps(text, out + added) if added else out

    def find(self, text: str, action: str) -> list[Span]:
        """The occurrences in ``text`` of the forms decided so (a form masked or kept by hand is found wherever
        it is written, detected or not)."""
        masked = {d.digest: d for d in self.items.values() if d.action == action}
        if not masked:
            return []
        # a record saved before forms were split at their apostrophes counted "O'Brien" as one word
        longest = min(MAX_WORDS, 2 * max(d.words for d in masked.values()))
        tokens = [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
        found = []
        for i in range(len(tokens)):
            for n in range(min(longest, MAX_WORDS, len(tokens) - i), 0, -1):
                start, end = tokens[i][0], tokens[i + n - 1][1]
                decision = masked.get(self.digest(text[start:end]))
                if decision is not None:
                    found.append(Span.of(text, start, end, decision.entity_type or "PERSON", 1.0, "review"))
                    break
        return found

    def to_dict(self) -> dict:
        return {"salt": self.salt, "secret": userdata.secret_id(),
                "decisions": [asdict(d) for d in self.items.values()],
                # what "undo" takes back, kept across a resume (digests and decisions only)
                "history": [[[digest, asdict(previous) if previous else None] for digest, previous in step]
                            for step in self.history]}

    @classmethod
    def from_dict(cls, data: dict) -> Decisions:
        if "secret" not in data:
            raise ValueError("relevé fait par une version antérieure de l'outil (ses décisions n'étaient pas "
                             "protégées) : refaites la relecture")
        if data.get("secret") != userdata.secret_id():
            raise ValueError("relevé fait sur un autre poste ou par un autre utilisateur : ses décisions ne "
                             "peuvent pas s'appliquer ici (elles sont chiffrées avec le secret de ce poste)")
        items = {d["digest"]: Decision(**d) for d in data.get("decisions", [])}
        history = [[(digest, Decision(**previous) if previous else None) for digest, previous in _step(step)]
                   for step in data.get("history", [])]
        return cls(salt=data["salt"], items=items, history=history)

    def save(self, path: Path, extra: dict | None = None) -> None:
        write_text_atomically(path, json.dumps({**(extra or {}), **self.to_dict()}, indent=1))
        userdata.private(path)

    @classmethod
    def load(cls, path: Path) -> Decisions:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"{path} : fichier de décisions illisible.") from exc
        try:
            return cls.from_dict(data)
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{path} : fichier de décisions illisible.") from exc
        except ValueError as exc:
            raise ValueError(f"{path} : {exc}.") from exc
