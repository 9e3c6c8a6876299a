"""The one table of entity types: everything the stages need to know about a type, in one row.

A row gives the French tag of the ``tag`` style (``[PERSONNE_1]``), the label of the review page, the
rank in overlaps (lower wins among structured identifiers: a checksum-validated number beats a name
the NER saw inside it), whether the type is a name (trimmed of titles, merged by length) and whether
its other mentions are propagated, how the ``pseudo`` style replaces it, and its colour on the review
page. A new type is one row here (or :func:`register` for a library user's own recogniser); the
analyser refuses a recogniser that emits a type missing from the table
(:func:`anonymizer.recognizers.registry.build_registry`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

# how the pseudo style replaces a type (anonymizer.pseudonymize.Pseudonymizer.surrogate)
SURROGATES = ("person", "location", "address", "school", "organization", "date", "email", "social", "url",
              "number", "tag")


@dataclass(frozen=True)
class EntityType:
    """One row of the table (see the module docstring)."""

    name: str
    tag: str
    label: str
    rank: int
    surrogate: str = "number"
    colour: str = "#e3e3e3"
    name_like: bool = False
    propagated: bool = False

    def __post_init__(self) -> None:
        if not self.name.isupper() or not self.tag.replace("_", "").isalnum():
            raise ValueError(f"type name and tag in capitals: {self.name!r}, {self.tag!r}")
        if self.surrogate not in SURROGATES:
            raise ValueError(f"unknown surrogate kind {self.surrogate!r} for {self.name}")


_NAME = "#ffd2cc"
_CONTACT = "#f6d0e8"
_NUMBER = "#e3e3e3"

# Ordered as the review page lists them; ``rank`` orders overlaps (most specific first).
_BUILT_IN = (
    EntityType("PERSON", "PERSONNE", "Personne", 14, "person", _NAME, name_like=True, propagated=True),
    EntityType("LOCATION", "LIEU", "Lieu", 16, "location", "#cde8c8", name_like=True, propagated=True),
    EntityType("ADDRESS", "ADRESSE", "Adresse", 10, "address", "#b9e0d6"),
    EntityType("SCHOOL", "ECOLE", "École", 13, "school", "#fde2a6", name_like=True, propagated=True),
    EntityType("ORGANIZATION", "ORGANISATION", "Organisation", 15, "organization", "#dccff5", name_like=True,
               propagated=True),
    EntityType("DATE", "DATE", "Date", 11, "date", "#cfe3fa"),
    EntityType("PHONE", "TELEPHONE", "Téléphone", 7, "number", _CONTACT),
    EntityType("EMAIL", "EMAIL", "E-mail", 4, "email", _CONTACT),
    EntityType("NISS", "NISS", "NISS", 0, "number", _NUMBER),
    EntityType("IBAN", "IBAN", "IBAN", 1, "number", _NUMBER),
    EntityType("BCE", "BCE", "BCE", 2, "number", _NUMBER),
    EntityType("CASE_REF", "REFERENCE", "Référence", 12, "number", _NUMBER),
    EntityType("FASE", "FASE", "FASE", 9, "number", _NUMBER),
    EntityType("PLATE", "PLAQUE", "Plaque", 8, "number", _NUMBER),
    EntityType("ID_CARD", "CARTE_ID", "Carte d'identité", 3, "number", _NUMBER),
    EntityType("URL", "URL", "URL", 5, "url", _CONTACT),
    EntityType("SOCIAL", "RESEAU_SOCIAL", "Réseau social", 6, "social", _CONTACT, propagated=True),
    EntityType("INAMI", "INAMI", "Numéro INAMI", 3, "number", _NUMBER),
    EntityType("MUTUALITY", "MUTUELLE", "Affiliation mutuelle", 3, "number", _NUMBER),
)

TABLE: dict[str, EntityType] = {row.name: row for row in _BUILT_IN}


class _Names(Sequence[str]):
    """The names of the table's types, as it stands (library users may add rows)."""

    def __getitem__(self, index):  # type: ignore[override]
        return tuple(TABLE)[index]

    def __len__(self) -> int:
        return len(TABLE)

    def __contains__(self, name: object) -> bool:
        return name in TABLE

    def __iter__(self) -> Iterator[str]:
        return iter(tuple(TABLE))

    def __repr__(self) -> str:
        return repr(tuple(TABLE))


ENTITY_TYPES: Sequence[str] = _Names()


def entity_type(name: str) -> EntityType:
    """The row of ``name``; a clear error for a type the table does not hold."""
    try:
        return TABLE[name]
    except KeyError:
        raise UnknownEntityType(name) from None


class UnknownEntityType(ValueError):
    def __init__(self, name: str, where: str = "") -> None:
        origin = f" (émis par {where})" if where else ""
        super().__init__(f"type d'entité inconnu {name!r}{origin} : ajoutez-le à la table des types "
                         f"(anonymizer.entity_types.register) ; types connus : {', '.join(TABLE)}")


def register(row: EntityType) -> EntityType:
    """Add a type (a library user's recogniser emitting its own type); the same row twice is a no-op."""
    existing = TABLE.get(row.name)
    if existing is not None and existing != row:
        raise ValueError(f"le type {row.name!r} existe déjà avec d'autres réglages")
    TABLE[row.name] = row
    _derived.clear()
    return row


def tag_of(name: str) -> str:
    return entity_type(name).tag


def rank_of(name: str) -> int:
    row = TABLE.get(name)
    return row.rank if row is not None else 99


_derived: dict[str, frozenset[str]] = {}  # sets read on hot paths, rebuilt when a row is added


def _types_with(flag: str) -> frozenset[str]:
    """The names of the types whose row has ``flag`` set, computed once per state of the table."""
    if flag not in _derived:
        _derived[flag] = frozenset(name for name, row in TABLE.items() if getattr(row, flag))
    return _derived[flag]


def name_types() -> frozenset[str]:
    """Types whose spans are names (trimmed of titles and kept words, merged by length)."""
    return _types_with("name_like")


def propagated_types() -> frozenset[str]:
    """Types whose every other mention is looked for once one is found."""
    return _types_with("propagated")
