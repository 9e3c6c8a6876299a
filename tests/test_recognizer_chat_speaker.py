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
    # negative cases
    ("10/03/2025 19:44 - Vous: merci", []),
    ("10/03/2025 19:45 - +32 478 55 12 09: qui est-ce ?", []),
    ("Réunion le 10/03/2025 à 19:42 avec la mère.", []),
])
def test_chat_speakers(recognizer, text, expected):
    assert found(recognizer, text) == expected
