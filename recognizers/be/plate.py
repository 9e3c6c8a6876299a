"""Belgian licence plates.

Current format (since 2010): ``1-ABC-123`` (digit, three letters, three digits). The older
``ABC-123`` is too close to other codes, so it needs a vehicle word within 40 characters before it.
"""

from __future__ import annotations

from anonymizer.recognizers.base import FrPatternRecognizer

VEHICLE_BEFORE = (
    r"(?i:\b(?:plaque|immatricul\w*|véhicule|voiture|camionnette|moto|scooter|auto))[^\n]{0,40}?"
)


class BePlateRecognizer(FrPatternRecognizer):
    SUPPORTED_ENTITY = "PLATE"
    PATTERNS = (
        ("be_plate", r"(?<![\w-])[1-9][-\s]?[A-Z]{3}[-\s]?\d{3}(?![\w-])", 0.85),
        ("be_plate_old", rf"{VEHICLE_BEFORE}\K(?<![\w-])[A-Z]{{3}}[-\s]?\d{{3}}(?![\w-])", 0.7),
    )
    CONTEXT = ("plaque", "immatriculation", "véhicule", "voiture")
