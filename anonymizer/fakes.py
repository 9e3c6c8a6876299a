"""Well-formed fake identifiers of the same format as the originals, with valid checksums.

Each takes the original surface and a ``random.Random`` and keeps the original's layout (separators,
grouping, prefixes such as "+32" or "BE"); the check digits follow the rules the detectors validate
(python-stdnum: ``stdnum.be.nn``, ``stdnum.be.vat``, ``stdnum.be.eid``, ``stdnum.iban``).
"""

from __future__ import annotations

import itertools
import random
import re
import string
from datetime import date, timedelta

from stdnum import iban as iban_std
from stdnum.be import eid, nn, vat

# Belgian bank codes (first three digits of the account) that stdnum knows, a few big banks.
BE_BANK_CODES = ("001", "063", "068", "096", "143", "310", "363", "735", "750", "103")
MAX_TRIES = 200


def relayout(original: str, digits: str, letters: str | None = None) -> str:
    """Put ``digits`` in place of the original's digits, keeping everything else. A surface holding more
    digits than the number (a span merged with its neighbours: "NN 83.02.14-278.94 — carte 592-...") takes
    them again from the start rather than failing. ``letters``, when given, replace the original's letters
    the same way, in their case ("24/1187/niv" after "39/9584/MAU" -> "39/9584/mau")."""
    stream = itertools.cycle(digits or "0")
    letter_stream = itertools.cycle(letters) if letters else None
    out = []
    for c in original:
        if c.isdigit():
            out.append(next(stream))
        elif letter_stream is not None and c.isascii() and c.isalpha():
            new = next(letter_stream)
            out.append(new.lower() if c.islower() else new.upper())
        else:
            out.append(c)
    return "".join(out)


def scramble(original: str, rng: random.Random) -> str:
    """Same shape: each digit -> a random digit, each letter -> a random letter of the same case."""
    out = []
    for char in original:
        if char.isdigit():
            out.append(rng.choice(string.digits))
        elif char.isalpha() and char.isascii():
            out.append(rng.choice(string.ascii_uppercase if char.isupper() else string.ascii_lowercase))
        else:
            out.append(char)
    return "".join(out)


def fake_niss(original: str, rng: random.Random, birth: date | None = None) -> str:
    """A valid national number (2000+ rule included) laid out like ``original``."""
    for _ in range(MAX_TRIES):
        day = birth or date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 70))
        body = f"{day:%y%m%d}{rng.randrange(1, 998):03d}"
        base = int(("2" if day.year >= 2000 else "") + body)
        number = body + f"{97 - base % 97:02d}"
        if nn.is_valid(number) and re.sub(r"\D", "", original) != number:
            return relayout(original, number)
        birth = None
    raise RuntimeError("no valid NISS found")


def fake_iban(original: str, rng: random.Random) -> str:
    compact = re.sub(r"[\s-]", "", original).upper()
    country = compact[:2]
    for _ in range(MAX_TRIES):
        if country == "BE":
            account = rng.choice(BE_BANK_CODES) + "".join(rng.choice(string.digits) for _ in range(7))
            bban = account + f"{int(account) % 97 or 97:02d}"
        else:
            bban = scramble(compact[4:], rng)
        candidate = country + iban_std.calc_check_digits(country + "00" + bban) + bban
        if iban_std.is_valid(candidate) and candidate != compact:
            return _relayout_alnum(original, candidate)
    return fake_iban("BE00" + "0" * 12, rng) if country != "BE" else original


def _relayout_alnum(original: str, compact: str) -> str:
    """``compact`` written with the separators of ``original``; in groups of four (as banks print an IBAN)
    when the two do not have as many letters and digits."""
    if sum(c.isalnum() for c in original) != len(compact):
        return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    stream = iter(compact)
    return "".join(next(stream) if c.isalnum() else c for c in original)


def fake_bce(original: str, rng: random.Random) -> str:
    prefix = re.match(r"^\s*BE\s?", original)
    body = original[prefix.end():] if prefix else original
    for _ in range(MAX_TRIES):
        base = "0" + "".join(rng.choice(string.digits) for _ in range(7))
        number = base + f"{97 - int(base) % 97:02d}"
        if vat.is_valid(number) and number != re.sub(r"\D", "", body).zfill(10):
            digits_needed = sum(c.isdigit() for c in body)
            return (prefix.group() if prefix else "") + relayout(body, number[-digits_needed:])
    raise RuntimeError("no valid BCE number found")


def fake_eid(original: str, rng: random.Random) -> str:
    for _ in range(MAX_TRIES):
        body = "".join(rng.choice(string.digits) for _ in range(10))
        number = body + f"{int(body) % 97 or 97:02d}"
        if eid.is_valid(number) and number != re.sub(r"\D", "", original):
            return relayout(original, number)
    raise RuntimeError("no valid eID number found")


def fake_phone(original: str, rng: random.Random) -> str:
    """Keep the international prefix and the kind of line (mobile 04x / fixed zone), randomise the rest."""
    digits = re.sub(r"\D", "", original)
    if original.lstrip().startswith("+"):
        keep = 2 if digits.startswith("32") else min(3, len(digits) - 6)
    elif digits.startswith("00"):
        keep = 4
    else:
        keep = 0
    national = digits[keep:]
    mobile = national.lstrip("0").startswith(("45", "46", "47", "48", "49"))
    zeros = len(national) - len(national.lstrip("0"))
    head_len = zeros + 2 if mobile else zeros + 1  # "04" + operator digit, or "0" + first zone digit
    for _ in range(MAX_TRIES):
        tail = "".join(rng.choice(string.digits) for _ in range(len(national) - head_len))
        new = digits[:keep] + national[:head_len] + tail
        if new != digits:
            return relayout(original, new)
    return original
