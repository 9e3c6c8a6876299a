"""URLs: with a scheme, with ``www.``, a bare domain under a common TLD followed by a path, or a short link."""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer

TAIL = r"(?:[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?])?"
TLDS = r"(?:be|com|org|net|fr|eu|nl|lu|io|info|me|ly|gl|gg|tv)"
SHORT_LINK_TLDS = r"(?:gle|ly|gl|co|be|me|gd|gy|to|link|page|app)"  # the link shorteners' and sharers' domains


class FrUrlRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "URL"
    PATTERNS = (
        ("scheme", rf"(?i:\bhttps?://){TAIL}", 0.9),
        ("www", rf"(?<![\w./@])(?i:www\.)[\w-]+(?:\.[\w-]+)+{TAIL}", 0.85),
        ("domain_path", rf"(?<![\w./@-])[\w-]+(?:\.[\w-]+)*\.{TLDS}/{TAIL}", 0.7),
        # a short link's domain ("forms.gle/7kQpX2aLm9", "youtu.be/dQw4w9", "t.co/x7Yq2", "wa.me/32471..."), its
        # path of letters and digits or of letters in both cases: no two abbreviations joined ("tél.fixe/gsm",
        # "mg.kg/jour", "lun.mer/16h30", "rapport.psy/2023")
        ("any_domain_path",
         rf"(?<![\w./@-])[\w-]+(?:\.[\w-]+)*\.{SHORT_LINK_TLDS}/"
         rf"(?=[\w-]*\d|[\w-]*[a-z][\w-]*[A-Z]|[\w-]*[A-Z][\w-]*[a-z])[\w-]{{3,}}{TAIL}", 0.6),
        ("domain", rf"(?<![\w./@-])[\w-]{{2,}}(?:\.[\w-]+)*\.{TLDS}(?![\w@.-]|\.\w)", 0.5),
    )
    CONTEXT = ("site", "lien", "url", "page", "profil")
