"""URLs: with a scheme, with ``www.``, or a bare domain under a common TLD followed by a path."""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer

TAIL = r"(?:[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?])?"
TLDS = r"(?:be|com|org|net|fr|eu|nl|lu|io|info|me|ly|gl|gg|tv)"


class FrUrlRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "URL"
    PATTERNS = (
        ("scheme", rf"(?i:\bhttps?://){TAIL}", 0.9),
        ("www", rf"(?<![\w./@])(?i:www\.)[\w-]+(?:\.[\w-]+)+{TAIL}", 0.85),
        ("domain_path", rf"(?<![\w./@-])[\w-]+(?:\.[\w-]+)*\.{TLDS}/{TAIL}", 0.7),
        ("domain", rf"(?<![\w./@-])[\w-]{{2,}}(?:\.[\w-]+)*\.{TLDS}(?![\w@.-]|\.\w)", 0.5),
    )
    CONTEXT = ("site", "lien", "url", "page", "profil")
