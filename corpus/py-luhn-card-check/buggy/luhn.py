def digits_of(number):
    """The digits of a card number, ignoring spaces and dashes."""
    cleaned = number.replace(" ", "").replace("-", "")
    if not cleaned.isdigit():
        raise ValueError(f"not a card number: {number!r}")
    return [int(ch) for ch in cleaned]


def luhn_sum(digits):
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 1:
            doubled = digit * 2
            if doubled > 10:
                doubled -= 9
            total += doubled
        else:
            total += digit
    return total


def is_valid_card(number):
    digits = digits_of(number)
    if len(digits) < 12:
        return False
    return luhn_sum(digits) % 10 == 0


def check_digit(partial):
    """The digit to append to `partial` so that the whole number is valid."""
    digits = digits_of(partial) + [0]
    return (10 - luhn_sum(digits) % 10) % 10
