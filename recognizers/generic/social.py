"""Social-media handles: ``@lea.vdb_``, or a handle right after a network label
("Insta : lea.vdb", "snap: kev_du_78", "TikTok @...")."""

from __future__ import annotations

import re

from anonymizer.models.lexicon import is_word
from anonymizer.recognizers.base import FrPatternRecognizer, pattern_name
from anonymizer.recognizers.names.tokens import file_name_without_name, words_joined

from anonymizer import vocabulary

# the networks by their names
SITES = r"insta(?:gram)?|snap(?:chat)?|tiktok|facebook|fb|messenger|twitter|telegram|discord|twitch|youtube"
# ... and the words that label an account: a whole word, its plural or a derived one ("pseudonyme", "tiktokeuse";
# "installées", "instar", "compteur", "snapshot" are no network's)
NETWORK = rf"(?i:\b(?:{SITES}|tik tok|pseudo|compte)(?:s|nymes?|eurs?|euses?)?(?!\w))"
HANDLE = r"[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?"
TLD = r"(?:com|be|fr|org|net|eu|nl|io)"
# a handle dictated, as a voicemail's transcript writes it: "son instagram c'est emir point k sept"
_SAID_PIECE = rf"[a-z0-9]+(?:[^\S\n]+{vocabulary.said_number(1, thousands=True)})*"  # ("ougree quatre mille cent")
SAID_HANDLE = (rf"{_SAID_PIECE}(?:[^\S\n]+(?:point|tiret(?:[^\S\n]+bas)?|underscore)[^\S\n]+{_SAID_PIECE})+")


# a mention of a member by the name on her profile ("@Karim Bensaïd"): a capitalised word with no digit, dot or
# underscore, the person's (recognizers.names.person.mention_spans), no handle
DISPLAY_NAME = re.compile(r"@[A-Z][a-z]+")


# an ordinal, a school year ("diffusée sur Snap par un élève de 2e"): no handle
ORDINAL = re.compile(r"\d{1,2}(?:e|er|re|ère|ème|eme|nd|nde|è)")
# the accounts of a budget, not of a network, when a French word follows ("les comptes : recettes 1200 €")
ACCOUNTS_LABEL = re.compile(r"(?i:\b(comptes?))\s*(?:\([^)\n]{0,15}\))?\s*:\s*$")
NAMED_NETWORK = re.compile(rf"(?i:\b(?:{SITES})\b)")
# the first letters of a month's name, as a network prints a comment's date ("12 mars", "3 sept.")
MONTH_OPENING = r"(?i:janv|f[ée]vr|mars|avr|mai|juin|juil|ao[ûu]t|sept|oct|nov|d[ée]c)"
# a time ("coucher à 20h30", "snap envoyé à 23h"): no handle
TIME = re.compile(r"\d{1,2}h(?:\d{2})?")


class SocialHandleRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "SOCIAL"
    PATTERNS = (
        ("at_handle", rf"(?<![\w.@+-])@{HANDLE}(?![\w@]|\.\w)", 0.8),
        ("labelled", rf"{NETWORK}\s*(?:\([^)\n]{{0,15}}\))?\s*:\s*\K(?!@){HANDLE}(?![\w@])", 0.75),
        # "sur insta lea.vdb_", "compte Instagram (zehra.ozt10)", "son snap à un collègue : loic_lalouv7":
        # a handle with a dot, underscore or digit within 40 characters after a network name
        ("near_network", rf"{NETWORK}[^\n]{{0,40}}?\K(?<![\w.@/-])(?=[a-z0-9_]*(?:[._][a-z0-9]|\d))"
                         rf"(?=[a-z0-9_.]*[a-z])(?![\w.]*\.{TLD}\b)[a-z0-9_]{{2,}}(?:\.[a-z0-9_]+)*"
                         rf"(?![\w@/]|\.\w)", 0.6),
        # ... or in quotes, in any case: "un compte « Besi.Kras.7000 »"
        ("quoted_near_network", rf"{NETWORK}[^\n]{{0,40}}?[«\"“][^\S\n]*\K(?=[\w.]*(?:[._]\w|\d))"
                                rf"(?=[\w.]*[^\W\d_]){HANDLE}(?=[^\S\n]*[»\"”])", 0.6),
        # an underscore is not French: "inaya_x", "kev_du_78"
        # (accents too: "Modération_FPW", a forum's moderator)
        ("underscore", r"(?<![\w.@/#-])[^\W_]+(?:_[^\W_]*)+(?:\.\w+)*(?![\w@]|\.\w)", 0.6),
        # said aloud within 60 characters after a network name (one piece at least no French word: "c'est un point
        # important" is none)
        ("said_handle", rf"{NETWORK}[^\n]{{0,60}}?\K(?<![\w-]){SAID_HANDLE}(?![\w-])", 0.6),
        # an account's name in a file path, which a linked picture or a template keeps ("C:\\Users\\adelvigne\\...",
        # "/Users/adelvigne/...", "/home/adelvigne/..."): the writer's login (not the shared profiles)
        ("account_folder", r"(?:(?<![\w])[A-Za-z]:[\\/]+(?i:users|utilisateurs|documents and settings)"
                           r"|(?<![\w.])/(?:Users|home))"
                           r"[\\/]+\K(?!(?i:public|default|all users|shared)[\\/])[^\\/:*?\"<>|\s][^\\/:*?\"<>|\r\n]*"
                           r"(?=[\\/])", 0.6),
        # chat transcripts: a dotted handle as the speaker at the start of a line ("soso.brx : ...", a comment listed
        # with a dash: "- nour.bbyy : ...")
        # (three letters in its first part: "- p.ex : ...", "- 1.2 : objectifs" are no handles)
        # (or a comment's author before a dash and its date: "jordan.lcq — 15 mai 2023")
        ("speaker", r"(?m)^(?:[^\S\n]*[-•*>][^\S\n]*)?\K(?!(?:art|sect|chap|al|cf|ex|par)\.)(?=[a-z0-9]*[a-z]{3})"
                    r"[a-z0-9]+(?:\.[a-z0-9_]+)+"
                    r"(?=[^\S\n]*(?::|[—–-][^\S\n]*\d{1,2}(?:[^\S\n]+[a-zé]{3,}|[/.]\d{1,2})))", 0.6),
        # a comment's author as a network prints it before a middle dot and the comment's age or date ("soso.dmrc · il
        # y a 4 j", "user8815402276 · 2 h", "kev.m · 12 mars", "nana.2009 · 3-12"): a dot, an underscore or a digit in
        # it (a display name, "Nadine Lh ·", is the person recogniser's; a file's or a step's name before its size or
        # its state, "rapport2024 · 12 pages", "etape1 · accueil", is none)
        ("comment_author", r"(?m)^(?:[^\S\n]*[-•*>↳][^\S\n]*|[^\S\n]*)\K(?=[a-z0-9_.]{0,27}[a-z]{3})"
                           r"(?=[a-z0-9_.]{0,29}[._\d])"
                           r"[a-z0-9_]+(?:\.[a-z0-9_]+)*(?=[^\S\n]+·[^\S\n]*(?:il[^\S\n]+y[^\S\n]+a|\d{1,3}[^\S\n]?"
                           r"(?:h|heures?|j|jours?|min|sem|semaines?|s|d|w|m|an|ans|mois)\b|hier\b"
                           r"|\d{1,2}(?:[^\S\n]+" + MONTH_OPENING + r"|[-/.]\d{1,2})))", 0.6),
    )
    CONTEXT = ("insta", "snap", "tiktok", "facebook", "pseudo")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """A French function word after the label is the sentence going on, no handle ("sur Instagram
        (@jordan.vh.98) : on avait grandi")."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # (a file's name is no handle: "PV_conseil_classe_P4.docx"; one holding a person's name stays removed)
        results = [r for r in results if not file_name_without_name(text, r.start, r.end)]
        return [r for r in results if not (pattern_name(r) == "labelled"
                                           and (text[r.start:r.end].lower() in vocabulary.stop_words()
                                                or _budget_accounts(text, r.start, r.end)))
                and not (pattern_name(r) == "said_handle" and _all_words(text[r.start:r.end]))
                and not (pattern_name(r) == "underscore" and _field_name(text, r.start, r.end))
                and not (pattern_name(r) == "near_network" and (ORDINAL.fullmatch(text, r.start, r.end)
                                                               or TIME.fullmatch(text, r.start, r.end)))
                and not (pattern_name(r) == "at_handle" and DISPLAY_NAME.fullmatch(text, r.start, r.end))]


def _budget_accounts(text: str, start: int, end: int) -> bool:
    """A French word after "comptes :", or after "compte :" with no network named just before: the accounts of a
    budget ("les comptes : recettes 1200 €", "Comptes :\nloyer 600 €"), no handle ("TikTok, compte : licorne")."""
    label = ACCOUNTS_LABEL.search(text, max(0, start - 15), start)
    if label is None or re.fullmatch(r"[^\W\d_]+", text[start:end]) is None or not is_word(text[start:end].lower()):
        return False
    return label.group(1).lower().endswith("s") \
        or NAMED_NETWORK.search(text, max(0, label.start() - 25), label.start()) is None


def _field_name(text: str, start: int, end: int) -> bool:
    """A form's or a spreadsheet's field name: words of the lexicon joined by underscores ("date_naissance",
    "Équipe_éducative"), or letters in a row of cells with a French word among them ("ref_dossier;NOM;date_naiss")."""
    parts = text[start:end].split("_")
    if words_joined(text[start:end]):  # ("Dossiers_en_cours": a spreadsheet's tab)
        return True
    line = vocabulary.line_around(text, start, end)
    return all(part.isalpha() for part in parts) and any(is_word(part.lower()) for part in parts) \
        and any(line.count(separator) >= 2 for separator in ";|\t")


# what stands before a section's "point" (a masculine word: "la point 93" is a handle)
SECTION_DETERMINERS = frozenset({"au", "du", "le", "ce", "un", "chaque", "dernier", "premier"})


def _all_words(said: str) -> bool:
    """Each piece a French word ("c'est un point important"), or a function word, "point" and a number: a section's
    ("le compte mentionné au point 4"; "lune point 2008", "chocolat underscore 75" are handles)."""
    pieces = said.split()
    if len(pieces) == 3 and pieces[0] in SECTION_DETERMINERS and pieces[1] == "point" and pieces[2].isdigit():
        return True
    return all(is_word(w) for w in pieces if w not in ("point", "tiret", "bas", "underscore"))
