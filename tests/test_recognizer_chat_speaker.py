import pytest
from anonymizer.recognizers.generic.chat_speaker import ChatSpeakerRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return ChatSpeakerRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("10/03/2025 19:42 - Sof 🌻: bonsoir tout le monde", ["Sof"]),
    ("[11/03/2025, 08:03:12] Karim B.: ok pour moi", ["Karim B."]),
    ("10/03/2025 19:43 - lina a ajouté Papa Rayan", ["lina"]),
    ("12/03/25 7h15 - Mme Ferreira: Bonjour", ["Mme Ferreira"]),
    ("15/03/25 09:03 - ~ il.yas (+32 470 02 58 37): slt", ["il.yas"]),
    ("(23/07, 23:44) okapi : ok", ["okapi"]),
    # negative cases
    ("10/03/2025 19:44 - Vous: merci", []),
    ("10/03/2025 19:45 - +32 478 55 12 09: qui est-ce ?", []),
    ("Réunion le 10/03/2025 à 19:42 avec la mère.", []),
    ("(9h30) Accueil : café", []),
    ("[21:48] lil.nay_06 : wsh", ["lil.nay_06"]),
])
def test_chat_speakers(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a time alone opens a message only in a conversation: two senders or more, each writing twice or more
    ("08:12 gracie 🌸 : slt\n08:13 gracie 🌸 : ça va\n08:15 Thibault : ok\n08:16 Thibault : j'arrive",
     ["gracie", "gracie", "Thibault", "Thibault"]),
    ("08:12 gracie : slt\n08:13 gracie : ça va\n08:15 Thibault : ok", []),
    # (a time written with "h", as a copy typed by hand writes it)
    ("08h12 gracie : slt\n08h13 gracie : ça va\n08h15 Thibault : ok\n08h16 Thibault : j'arrive",
     ["gracie", "gracie", "Thibault", "Thibault"]),
    # (a nickname writing to a first name: what the phone saved, both; two nicknames alone are no conversation)
    ("08:12 gracie : slt\n08:13 bibou : wsh\n08:15 gracie : ok\n08:16 bibou : j'arrive",
     ["gracie", "bibou", "gracie", "bibou"]),
    ("08:12 titou : slt\n08:13 bibou : wsh\n08:15 titou : ok\n08:16 bibou : j'arrive", []),
    ("9h30 Accueil : café\n10h30 Pause : boissons\n9h30 Accueil : café\n10h30 Pause : jus", []),
    ("09:00 Accueil : café\n10:30 Pause : boissons\n09:00 Accueil : café\n10:30 Pause : jus", []),
    # (a programme's slots recur at one time of each day, whatever their words)
    ("09:30 Webinaire : Mme Lambert\n12:00 Debriefing : équipe\n09:30 Webinaire : M. Collard\n12:00 Debriefing : ok", []),
    # (a diary's entries and a medication schedule: labels, no first names)
    ("08:30 VAD Hermans : repas\n13:00 RDV Dr Martin : vaccin\n16:00 VAD Hermans : devoirs\n17:00 RDV Dr Martin : ok",
     []),
    ("08:00 Atarax : 25 mg\n13:00 Atarax : 25 mg\n08:00 Xyzal : 5 mg\n20:00 Xyzal : 5 mg", []),
])
def test_chat_speakers_after_a_time_alone(recognizer, text, expected):
    assert found(recognizer, text) == expected
