import re

_NOT_DIGIT = re.compile(r"\D")


def normalize_email(email):
    """Addresses compare without case or surrounding spaces; an empty one is None."""
    email = (email or "").strip().lower()
    return email or None


def normalize_phone(phone, country_code="44"):
    """Digits only, national numbers written with the leading 0 become international."""
    digits = _NOT_DIGIT.sub("", phone or "")
    if phone and phone.strip().startswith("00"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = country_code + digits[1:]
    return digits if len(digits) >= 7 else None
