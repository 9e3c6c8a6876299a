"""Review stage: the presenter sees what will be removed, corrects it, and only then exports.

A :class:`ReviewSession` holds one document (any format ``anonymize`` reads: it is read, analysed and
written back by the same stages, :mod:`anonymizer.case`), the detected spans and the decisions taken so
far; every change is saved at once to the review record (``record_path``: in the user's data folder,
outside the output folder; decisions as keyed hashes, counts, no original text), so closing the browser
loses nothing and a later review of the same (or an edited) draft resumes with the decisions that still apply.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from hashlib import sha256
from pathlib import Path

from anonymizer import case as stages
from anonymizer import link, userdata
from anonymizer.casekey import CaseKey
from anonymizer.decisions import Decisions
from anonymizer.entity_types import TABLE
from anonymizer.formats import Document
from anonymizer.pipeline import Anonymizer
from anonymizer.spans import Span
from anonymizer.text import fold

CONTEXT = 60  # characters shown each side of a doubt or an entity's occurrence
CONTEXTS = 2  # occurrences shown with their context in an entity's row


def _context(text: str, start: int, end: int) -> dict:
    """The words around ``text[start:end]`` on its line: what the page shows beside a doubt."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - CONTEXT)
    line_end = text.find("\n", end)
    line_end = min(line_end if line_end != -1 else len(text), end + CONTEXT)
    return {"before": text[line_start:start], "form": text[start:end], "after": text[end:line_end]}


def record_path(out: Path, source: Path) -> Path:
    """The review record of ``source`` exported to ``out``: in the user's own data folder
    (:mod:`anonymizer.userdata`), never in the output folder that gets shared, under a keyed name (the
    source's name is a name too)."""
    return userdata.records() / f"{userdata.keyed(f'{source.resolve()}|{out.resolve()}')[:32]}.revue.json"


@dataclass
class ReviewSession:
    anonymizer: Anonymizer
    document: Document
    out: Path
    style: str = "tag"
    key: CaseKey | None = None
    decisions: Decisions = field(default_factory=Decisions)
    detected: list[Span] = field(default_factory=list)
    exported: Path | None = None
    replace: bool = False  # --yes: the export may replace an existing file
    before_writing: Callable[[CaseKey | None], None] | None = None  # saves the case key before the export

    @classmethod
    def open(cls, anonymizer: Anonymizer, source: Path | Document, out: Path, style: str = "tag",
             key: CaseKey | None = None) -> ReviewSession:
        """A session on ``source`` (a path, read here, or a document already read); the decisions of an
        earlier review of the same draft are resumed."""
        document = source if isinstance(source, Document) else stages.read(source)
        path = record_path(out, document.path)
        decisions = Decisions.load(path) if path.exists() else Decisions()
        session = cls(anonymizer, document, out, style, key, decisions)
        session.detected = stages.analyse(stages.Case([document]), anonymizer).spans[0]
        return session

    @property
    def target(self) -> Path:
        """Where the export goes, before its name is rendered (a name that carries a removed form changes)."""
        return self.out / self.document.format.target_name(self.document)

    def _write(self, jobs):
        existing = [target for _, _, target in jobs if target.exists()]
        if existing and not self.replace:
            return {self.source: ("erreur", f"{existing[0]} existe déjà ; relancez la relecture avec --yes pour le "
                                            "remplacer (vos décisions sont gardées).")}
        if self.before_writing is not None:
            self.before_writing(self.key)
        return stages.write_here(jobs)

    @property
    def source(self) -> Path:
        return self.document.path

    @property
    def text(self) -> str:
        """The document's text as analysed (its segments joined)."""
        return self.document.text

    # -- what the page shows -------------------------------------------------------------------------
    @property
    def spans(self) -> list[Span]:
        return self.decisions.apply(self.text, self.detected)

    def entities(self) -> list[dict]:
        """One row per entity, detected or decided: its variants grouped (full name, first name, surname,
        title + surname, initials: :func:`anonymizer.link.case_entity_keys`, as the numbered tags group
        them), its occurrences with the words around the first ones, and its decision (``None`` until every
        variant is decided, "mixed" when some are kept and others masked, each variant being decided on its
        own too: a surname grouped with a full name may be another person's, "Dr Martin" and "Lucas Martin")."""
        current = self.spans
        masked = {span.start for span in current}
        seen: dict[tuple[int, int], Span] = {}
        # a form kept by hand that detection never found (a doubt masked, then kept with its person's row) stays
        # in that row, so that masking the row again masks it too
        kept = [span for span in self.decisions.find(self.text, "keep")
                if not any(span.overlaps(other) for other in self.detected)]
        for span in self.detected + kept + current:  # a decided type wins over the detected one
            seen[(span.start, span.end)] = span
        mentions = sorted(seen.values(), key=lambda span: span.start)
        keys = link.case_entity_keys([mentions])[0]
        key_of_form: dict[str, tuple[str, str]] = {}
        groups: dict[tuple[str, str], dict] = {}
        for span in mentions:
            form = fold(span.text)
            key = key_of_form.setdefault(form, keys[span])  # a form is in one row only
            group = groups.setdefault(key, {"type": key[0], "forms": {}, "occurrences": []})
            group["forms"].setdefault(form, span.text)
            group["occurrences"].append([span.start, span.end])
        rows = []
        for group in groups.values():
            forms = sorted(group["forms"].values(), key=lambda form: (-len(form), fold(form)))
            decisions = [self.decisions.of(form) for form in forms]
            actions = {decision.action if decision else None for decision in decisions}
            types = [decision.entity_type for decision in decisions if decision and decision.entity_type]
            occurrences = group["occurrences"]
            # "mixed": every variant decided, some kept ("Martin", the doctor) and some masked ("Lucas Martin")
            decision = None if None in actions else actions.pop() if len(actions) == 1 else "mixed"
            rows.append({
                "form": forms[0], "forms": forms, "type": types[0] if types else group["type"],
                "count": len(occurrences), "occurrences": occurrences, "decision": decision,
                "kept_forms": [form for form, d in zip(forms, decisions, strict=True) if d and d.action == "keep"],
                "masked": any(start in masked for start, _ in occurrences),
                "contexts": [_context(self.text, start, end) for start, end in occurrences[:CONTEXTS]]})
        # by French label, then form: a row stays in place once decided
        labels = {name: row.label for name, row in TABLE.items()}
        return sorted(rows, key=lambda r: (fold(labels.get(r["type"], r["type"])), fold(r["form"])))

    def doubts(self) -> list[dict]:
        """What stays in clear but could identify someone and nobody decided on yet, with the sentence
        around it: the page shows these first (see :mod:`anonymizer.doubts`)."""
        rows: dict[str, dict] = {}
        for doubt in self.anonymizer.doubts(self.text, self.spans):
            if self.decisions.of(doubt.text) is not None:
                continue
            row = rows.setdefault(fold(doubt.text), {
                "form": doubt.text, "reason": doubt.reason, "label": doubt.label, "score": doubt.score,
                "starts": [], "context": _context(self.text, doubt.start, doubt.end)})
            row["starts"].append(doubt.start)
        return sorted(rows.values(), key=lambda r: (-r["score"], fold(r["form"])))

    def state(self) -> dict:
        entities = self.entities()
        doubts = self.doubts()
        return {
            "file": self.source.name, "style": self.style, "text": self.text,
            "spans": [{"start": s.start, "end": s.end, "type": s.entity_type} for s in self.spans],
            "doubts": doubts,
            "entities": entities, "unreviewed": sum(1 for e in entities if e["decision"] is None) + len(doubts),
            "types": [{"type": row.name, "label": row.label, "tag": row.tag} for row in TABLE.values()],
            "can_undo": bool(self.decisions.history), "exported": str(self.exported) if self.exported else None,
        }

    def preview(self) -> str:
        key = self.key if self.key is not None else CaseKey(seed=sha256(self.text.encode()).hexdigest()[:32])
        preview_key = CaseKey.from_json(key.to_json())  # a preview decides nothing for the real key
        return self.anonymizer.anonymize(self.text, style=self.style, spans=self.spans, key=preview_key).text

    # -- what the presenter does ---------------------------------------------------------------------
    def decide(self, forms: str | list[str], action: str, entity_type: str | None = None) -> None:
        """One decision for a form, or for several at once (an entity's variants, a whole type): one step
        for undo."""
        self.decisions.decide_all([forms] if isinstance(forms, str) else list(forms), action, entity_type)
        self.save()

    def undo(self) -> None:
        self.decisions.undo()
        self.save()

    def record(self) -> dict:
        return {"file": userdata.keyed(self.source.name)[:16], "source_sha256": sha256(self.text.encode()).hexdigest(),
                "style": self.style, "counts": stages.counts(self.spans),
                "updated": datetime.now(UTC).isoformat(timespec="seconds"),
                "exported_to": self.exported.name if self.exported else None}

    def save(self) -> None:
        path = record_path(self.out, self.source)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.decisions.save(path, self.record())

    @property
    def record_file(self) -> Path:
        return record_path(self.out, self.source)

    def export(self) -> Path:
        """Write the anonymised file in the draft's own format (the leak guard must pass) and the final
        review record."""
        case = stages.Case([self.document], self.key, [self.spans])
        [outcome], self.key = stages.finish(case, stages.CaseSettings(self.style),
                                            lambda d: self.out / d.format.target_name(d), write_all=self._write)
        if outcome.status == "retenu":
            detail = outcome.message if "lisible" in outcome.message else f"{outcome.leaks} forme(s) retirée(s)"
            raise ValueError(f"{detail} encore présente(s) : vérifiez la liste.")
        if outcome.status != "ok":
            raise ValueError(outcome.message)
        self.exported = outcome.target
        self.save()
        return outcome.target
