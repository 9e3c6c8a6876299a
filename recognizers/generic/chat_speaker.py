"""The speakers of a copied chat (WhatsApp, Messenger, SMS exports): the name between a message's time
stamp and its colon, or before what the application writes of them ("a créé le groupe", "a ajouté").

    10/03/2025 19:42 - Sof 🌻: bonsoir tout le monde
    [11/03/2025, 08:03:12] Karim B.: ok
    10/03/2025 19:43 - Sof a ajouté Papa Rayan
    [mar. 14/01 21:47] lil.nay_06 : wsh t la
    (23/07, 23:44) okapi : on se voit ?
    15/03/25 09:03 - ~ il.yas (+32 470 02 58 37): slt
    08:12 gracie 🌸 : slt            (a time alone: only in a conversation, see below)
    bibo 18:02 : tkt                 (the time after the sender: the same)


A speaker is whoever the phone saved: a nickname, a short form ("Sof"), a first name in lower case. The
lines' layout, not the word, says it is a person; the name is then looked for everywhere else
(propagation). "Vous" (the exporter's own messages) and a phone number are no names. WhatsApp writes "~"
before a sender the phone has not saved, and that sender's number in brackets after the name.
"""

from __future__ import annotations

import re

from anonymizer.models.lexicon import is_frequent, is_word
from anonymizer.recognizers.base import FrPatternRecognizer, pattern_name
from anonymizer.recognizers.lookup import in_first_names

from anonymizer import vocabulary

TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?"
WEEKDAY = r"(?i:(?:lun|mar|mer|jeu|ven|sam|dim)(?:\.|[a-z]*)?[^\S\n]+)"
SHORT_DATE = r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?[^\S\n]+"
# a full stamp ("10/03/2025 19:42 -", "[11/03/2025, 08:03:12]"), or a bracketed shorter one as Messenger and
# Instagram copies show it ("[21:48]", "[mar. 14/01 21:47]"), or a day and a time in round brackets as some
# exports write them ("(23/07, 23:44)"); a time alone without square brackets opens many lines that are no
# messages ("9h30 Accueil : café", "(9h30) Accueil : café")
AFTER_STAMP = r"(?:[^\S\n]*[-–][^\S\n]*|[^\S\n]+)(?:~[^\S\n]*)?)"
STAMP = (r"(?m:^[^\S\n]*(?:\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[^\S\n]+" + TIME + r"\]?"
         r"|\[" + WEEKDAY + r"?(?:" + SHORT_DATE + r")?" + TIME + r"\])" + AFTER_STAMP)
# (in round brackets a diary writes its entries too: "(12/03, 14:00) Réunion : équipe SAJ" is no speaker)
ROUND_STAMP = r"(?m:^[^\S\n]*\(" + WEEKDAY + r"?" + SHORT_DATE + TIME + r"\)" + AFTER_STAMP
# a time alone ("08:12 gracie 🌸 : slt", "08h12 gracie : slt"), as a copy made under a day's heading writes its
# messages: a speaker only when the text is a conversation, two senders or more each writing twice or more, at two
# times or more, one at least opening with a listed first name and none with a word French writes ("09:00 Accueil :
# café" of a programme, "08:30 VAD Hermans :" of a diary, "08:00 Atarax : 25 mg" of a medication schedule are labels)
BARE_STAMP = r"(?m:^[^\S\n]*" + TIME + r"[^\S\n]+)"
# a time after the sender and before the colon ("Naima 19:40 : ...")
TIME_AFTER = re.compile(r"[^\S\n]+(" + TIME + r")[^\S\n]*:")
MIN_MESSAGES = 2  # lines each sender of a conversation writes, at least
MIN_SENDERS = 2
PLAIN_ZIPF = 3.0  # a word French writes this often is a slot's label ("Pause"), unless a first name
NAME = r"[^\W\d_][\w'’.-]*(?:[^\S\n][^\W\d_][\w'’.-]*){0,2}"
AFTER = (r"(?=[^\S\n]*[^\w\s:]{0,4}[^\S\n]*(?:\([^()\n]{0,25}\)[^\S\n]*)?"
         r"(?::|[^\S\n]a[^\S\n]+(?:créé|ajouté|retiré|quitté|changé|rejoint)))")


class ChatSpeakerRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "PERSON"
    PATTERNS = (("chat_speaker", rf"{STAMP}\K{NAME}{AFTER}", 0.7),
                ("chat_speaker_round", rf"{ROUND_STAMP}\K{NAME}{AFTER}", 0.7),
                ("chat_speaker_bare", rf"{BARE_STAMP}\K{NAME}{AFTER}", 0.7),
                # the sender before the time, as some copies write it ("Naima 19:40 : ...", "bibo 18:02 : ..."):
                # under the same conversation's test as a time alone
                ("chat_speaker_time_after", rf"(?m:^[^\S\n]*)\K{NAME}(?={TIME_AFTER.pattern})", 0.7))

    def invalidate_result(self, pattern_text: str) -> bool:
        """"Vous" (the exporter's own messages) and other function words are no speakers' names."""
        return pattern_text.split()[0].lower() in vocabulary.stop_words()

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results = [r for r in results
                   if not (pattern_name(r) in ("chat_speaker_round", *CONVERSATION_ONLY)
                           and _entry_label(text[r.start:r.end]))]
        for layout in CONVERSATION_ONLY:
            results = _in_conversation(text, results, layout)
        return results


# the layouts whose senders are senders only in a conversation
CONVERSATION_ONLY = ("chat_speaker_bare", "chat_speaker_time_after")


def _in_conversation(text: str, results: list, layout: str) -> list:
    """The senders of ``layout`` only in a conversation: two senders or more, each writing at two times or more (a
    programme's slot recurs at one time of each day, "09:30 Webinaire"), one at least opening with a listed first
    name."""
    found = [r for r in results if pattern_name(r) == layout]
    if not found:
        return results
    senders: dict[str, set[str]] = {}
    for r in found:
        if _named(text[r.start:r.end]) or _nickname(text[r.start:r.end]):
            if layout == "chat_speaker_bare":
                stamp = text[text.rfind("\n", 0, r.start) + 1:r.start].strip()
            else:
                stamp = TIME_AFTER.match(text, r.end).group(1)
            senders.setdefault(text[r.start:r.end], set()).add(stamp)
    writing = {name for name, stamps in senders.items() if len(stamps) >= MIN_MESSAGES}
    if len(writing) < MIN_SENDERS or not any(_named(name) for name in writing):
        writing = set()
    return [r for r in results if pattern_name(r) != layout or text[r.start:r.end] in writing]


# what a diary writes after an entry's stamp: the kind of entry, not who speaks
ENTRY_LABELS = vocabulary.sector_words("entry")


def _named(sender: str) -> bool:
    """A sender after a time alone opens with a first name the lists hold ("gracie 🌸", "Karim B."): a timetable's
    or a diary's label is no one ("VAD Hermans", "RDV Dr Martin", "Atarax", "EDM")."""
    first = sender.split()[0]
    return in_first_names(first.capitalize()) and not first.isupper() and not _plain_words(first) \
        and not _entry_label(first)


def _nickname(sender: str) -> bool:
    """A sender whose first word is no listed first name but no label either, in a conversation where another
    sender's is ("bibou", "Zaza 💜" writing to "gracie"): what the phone saved; a word French writes ("Pause",
    "Lapin"), an acronym ("EDM") or a diary's label stays a label."""
    first = sender.split()[0]
    return not first.isupper() and not _plain_words(first) and not _entry_label(first)


def _plain_words(name: str) -> bool:
    """French words only, none a first name: a programme's slot ("Accueil", "Pause café"), no sender."""
    return all((is_word(word.lower()) or is_frequent(word.lower(), PLAIN_ZIPF))
               and not in_first_names(word.capitalize()) for word in name.split())


def _entry_label(name: str) -> bool:
    """A diary entry's label after its stamp ("Réunion", "Entretien", "Visite"), not a speaker a phone saved
    ("okapi", "Lapin", "Sof", "Karim B.")."""
    return name.lower() in ENTRY_LABELS
