import pytest
from anonymizer.recognizers.generic.codes import ReferenceCodeRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return ReferenceCodeRecognizer()


@pytest.mark.parametrize("text,expected", [
    # a passport's number after its word
    ("passeport afghan n° P03418872", ["P03418872"]),
    ("son passeport polonais EK 4127730 est périmé", ["EK 4127730"]),
    ("Passeport syrien de Mme : N014578236", ["N014578236"]),
    ("Please note that Capucine's passport (EP 715204) expires on 2 June 2025", ["EP 715204"]),
    ("Reisepass (Nr. 058734219)", ["058734219"]),
    ("passeport intérieur seulement, n° ЕН 207394", ["ЕН 207394"]),
    ("passeport expiré depuis 2019", []),                     # a year
    ("Le passeport lui a coûté 350000 francs CFA", []),       # an amount
    ("Réf. AGAJ/DSA/2025/06", ["AGAJ/DSA/2025/06"]),
    ("entretiens au bureau B.104, puis en salle C-012", []),  # rooms
    ("dossier B.104.227 ouvert", ["B.104.227"]),
    ("publiée au Moniteur sous le numéro 22341876.", ["22341876"]),
    ("Le courrier porte SAJ/NAM/2024/1234 ; local FED-FLO-24-00613", ["SAJ/NAM/2024/1234", "FED-FLO-24-00613"]),
    ("dossier FED-FLO-24-00613 au centre", ["FED-FLO-24-00613"]),
    ("notre réf. JHD-2024/318", ["JHD-2024/318"]),
    ("notice BR43.L1.004512/24", ["BR43.L1.004512/24"]),
    ("code EAN 541448820044617897", ["541448820044617897"]),
    ("carte 1401-0917-34822", ["1401-0917-34822"]),
    ("SP 9.874.213", ["SP 9.874.213"]),  # the letters that open the number with it
    ("client 5127 4410 883 chez le fournisseur", ["5127 4410 883"]),
    ("passeport n° P04817265 (copie)", ["P04817265"]),
    ("PPS 8417263TA, NIE X1234567L, DNI 12345678Z", ["8417263TA", "X1234567L", "12345678Z"]),
    ("immatriculée au Kosovo (03-481-KF), devant", ["03-481-KF"]),
    ("tribunal de la famille – RG 24/4312/A", ["24/4312/A"]),
    ("épisode dépressif majeur (F32.1), TDAH (F90.0)", []),              # diagnosis codes name nobody
    ("la classe de 3B, le local B12, la COVID-19, 2-3 jours", []),
    ("n° 12 345 678 901", ["12 345 678 901"]),
    ("Visa n° 862413 – INAMI", ["862413"]),                              # five digits or more after "n°"
    ("cadastrée section B, n° 412K3, inoccupée ; chambre n° 12b", ["412K3"]),  # three digits and a capital after n°
    ("chambre n° 12, local n°204, n° 1348", []),
    ("Réf. : RIS/2025/0318 – n° interne logiciel social : 118-44720", ["RIS/2025/0318", "118-44720"]),  # three words
    ("compte bloqué (ticket #48213), ticket modérateur de 12 €", ["48213"]),  # a helpdesk's ticket
    ("Mutuelle frais restants dus : 12500 ; dossier voiture kilométrage total : 125000 km", []),  # amounts
    ("la référence est 23/4471, non 1187/24 ni 0562/24", ["23/4471", "1187/24", "0562/24"]),
    ("affiliation 133 / 0412587 / 06 ; dossier 2023-0458 ; EAN 5414488200 5123 4568",
     ["133 / 0412587 / 06", "2023-0458", "5414488200 5123 4568"]),
    ("de 2010-2015, notes 12 / 15 / 20, 10 - 12 - 14 ans", []),
    ("2021 - 2022 / 2022 - 2023, 10 - 12 / 14 - 18, 650 / 700 / 750 €, 2010 - 2015 - 2020", []),
    ("BCE 0412587063 1000 Bruxelles, compte 123456789 2024", ["0412587063", "123456789"]),
    ("noté 16/20, puis 85/100, en 12/2024, le règlement 2016/679, 24/7, 50/50, en 2024/2025", []),
    ("the attendance officer's file LPA 2024/11852; directive 2019/1152", ["LPA 2024/11852"]),  # five digits
    ("Le SPJ 2024/01234 ; le règlement (UE) 2019/11520 ; un budget 2024/25000 €", ["2024/01234"]),
    ("une dette de 12 500 000 €", []),
    ("le 12 03 2024 à 10 h", []),
    # innocent numbers: negative cases
    ("année scolaire 2024-2025", []),
    ("en 2023, à 10h30, 22:48", []),
    ("un loyer de 1.480 € et 12.500.000 euros", []),
    ("l'article 458 du Code pénal", []),
    ("COVID-19 et B12", []),
    ("elle a 14 ans, en 2e secondaire", []),
])
def test_codes(recognizer, text, expected):
    assert found(recognizer, text) == expected
