import pytest
from anonymizer.recognizers.generic.date_fr import FrenchDateRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return FrenchDateRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("né le 2010-02-14, en 2024-2025, dossier 2023-0458", ["2010-02-14"]),  # the year first (an export, ISO 8601)
    ("né le 3 mai 2011", ["3 mai 2011"]),
    ("le 9 déc. 2024", ["9 déc. 2024"]),
    ("03/05/2011", ["03/05/2011"]),
    ("03-05-11", ["03-05-11"]),
    ("3.5.2011", ["3.5.2011"]),
    ("réunion le 12/03.", ["12/03"]),
    ("le 21 février", ["21 février"]),
    ("le 1er décembre", ["1er décembre"]),
    ("lundi 3 mars 2025", ["lundi 3 mars 2025"]),
    ("RDV ven. 14 nov. à 10h", ["ven. 14 nov."]),
    ("née le 30 septembre 1987", ["30 septembre 1987"]),
    # a range's first day belongs to the date ("2" would stay in the text)
    ("Séjour du 2 au 23 juin 2025", ["2 au 23 juin 2025"]),
    ("absente les 3 et 4 mars", ["3 et 4 mars"]),
    # negative cases
    ("en 2011", []),                        # bare year
    ("lundi prochain", []),                 # weekday alone
    ("depuis 3 mois", []),                  # duration
    ("en mars 2024", []),                   # month + year only
    ("elle travaille à 4/5 temps", []),     # fraction
    ("joignable 24/7", []),
    ("dossier 25/0342", []),
    ("le 32/13", []),                       # impossible day/month
    # a care log's table: the weekday's two letters are the date's, a cell's bar after it
    ("Lu 10/02   | 7h40  | KS   | Bas mis.", ["Lu 10/02"]),
    # each eye's mark out of ten in a table's cell, under "Vision OD/OG" on another line
    ("1\tALAOUI Nour\t124\t23,5\t10/10-9/10\tRRO2 fait", []),
    ("1\tALAOUI Nour\t124\t23,5\t10/10-10/10\tRRO2 fait", []),   # (a day and its twin are no range)
])
def test_dates(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text,expected", [
    # Dutch, German and English fragments of forwarded mails and notes
    ("Verzonden: maandag 13 januari 2025 09:14", ["maandag 13 januari 2025"]),
    ("het gesprek op 18 februari 2025 met de CLB", ["18 februari 2025"]),
    ("Gesendet: Freitag, 28. Februar 2025 10:02", ["Freitag, 28. Februar 2025"]),
    ("wie am 3. März besprochen", ["3. März"]),
    ("Sent: Tuesday, March 4, 2025 10:12 AM", ["Tuesday, March 4, 2025"]),
    ("on 4 March 2025", ["4 March 2025"]),
    ("one episode of distress on Saturday 17th, when; on Monday the 3rd", ["Saturday 17th", "Monday the 3rd"]),
    ("mon 2nd fils dort mal", []),  # French "mon", no Monday
    ("Ferien vom 14. bis 18. April", ["14. bis 18. April"]),
    ("Termin: Mi., 26.02.2025 um 10 Uhr; Mo., 24.03. im Büro", ["Mi., 26.02.2025", "Mo., 24.03."]),
    # negative cases
    ("Mai 2025", []),                       # month and year only
    ("in maart", []),
    ("3 Fragen", []),
])
def test_dates_in_other_languages(recognizer, text, expected):
    assert found(recognizer, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a list of days sharing one month: each day is a date
    ("les 12 et le 14 mars 2009", ["12", "14 mars 2009"]),
    ("op 10, 11, 12 en 17 februari", ["10", "11", "12", "17 februari"]),
    # a month without its accents, a day in words
    ("le 3 aout, le 5 decembre, le douze fevrier 2024", ["3 aout", "5 decembre", "douze fevrier 2024"]),
    # with its year, a day in words needs no "le" before it (a dictation); without, a number and a month are none
    ("date douze février deux mille vingt-cinq virgule. Né : dix-neuf mars 2012. Il a sept mars de retard.",
     ["douze février deux mille vingt-cinq", "dix-neuf mars 2012"]),
    # no date: numbers of children or of years, then a month
    ("entre 10 et 12 enfants en mars, 3 et 4 ans", []),
])
def test_day_lists_unaccented_months_and_days_in_words(anonymizer, text, expected):
    assert [s.text for s in anonymizer.analyze(text) if s.entity_type == "DATE"] == expected
