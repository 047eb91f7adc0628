import pytest

from luhn import digits_of, is_valid_card


def test_digits_ignore_separators():
    assert digits_of("12-34 5") == [1, 2, 3, 4, 5]


def test_letters_are_rejected():
    with pytest.raises(ValueError):
        digits_of("4111-abcd")


def test_classic_test_card_is_valid():
    assert is_valid_card("4111 1111 1111 1111")


def test_card_with_many_high_digits_is_valid():
    assert is_valid_card("4556 7375 8689 9855")


def test_short_number_is_invalid():
    assert not is_valid_card("0000 0000")
