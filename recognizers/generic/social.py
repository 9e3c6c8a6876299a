"""Social-media handles: ``@lea.vdb_``, or a handle right after a network label
("Insta : lea.vdb", "snap: kev_du_78", "TikTok @...")."""

from __future__ import annotations

from recognizers.base import FrPatternRecognizer

NETWORK = (
    r"(?i:\b(?:insta(?:gram)?|snap(?:chat)?|tiktok|tik tok|facebook|fb|messenger|twitter|telegram"
    r"|discord|twitch|youtube|pseudo|compte))"
)
HANDLE = r"[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?"


class SocialHandleRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "SOCIAL"
    PATTERNS = (
        ("at_handle", rf"(?<![\w.@+-])@{HANDLE}(?![\w@]|\.\w)", 0.8),
        ("labelled", rf"(?<={NETWORK}\s*(?:\([^)\n]{{0,15}}\))?\s*:\s*)(?!@){HANDLE}(?![\w@])", 0.75),
        # "sur insta lea.vdb_": a label without colon, a handle with a dot, underscore or digit
        ("labelled_marked", rf"(?<={NETWORK}\s+)(?=[\w.]*[._\d])(?!@){HANDLE}(?![\w@])", 0.6),
    )
    CONTEXT = ("insta", "snap", "tiktok", "facebook", "pseudo")
