import pytest
from anonymizer.recognizers.be.case_ref import CaseRefRecognizer
from helpers import found


@pytest.fixture(scope="module")
def recognizer():
    return CaseRefRecognizer()


@pytest.mark.parametrize("text,expected", [
    ("votre réf. SAJ NA 24/0917", ["SAJ NA 24/0917"]),
    ("dossier SAJ n° 25/0342", ["25/0342"]),
    ("notice MO.12.98.331/24", ["MO.12.98.331/24"]),
    ("PV BR.22.L3.004512/2024 du parquet", ["BR.22.L3.004512/2024"]),
    ("AS/2024/01266", ["AS/2024/01266"]),
    ("réf. : CPAS-2023-8841", ["CPAS-2023-8841"]),
    ("Notre référence : 2024/TJ/1187", ["2024/TJ/1187"]),
    # negative cases
    ("le dossier est suivi depuis 2 ans", []),
    ("un PV a été dressé", []),
])
def test_case_ref(recognizer, text, expected):
    assert found(recognizer, text) == expected
