from luhn import check_digit, is_valid_card


def test_mastercard_sample_is_valid():
    assert is_valid_card("5555-5555-5555-4444")


def test_changed_digit_is_invalid():
    assert not is_valid_card("5555-5555-5555-4445")


def test_check_digit_with_fives():
    assert check_digit("555555555555444") == 4


def test_check_digit_round_trip():
    partial = "453914880343646"
    assert is_valid_card(partial + str(check_digit(partial)))
