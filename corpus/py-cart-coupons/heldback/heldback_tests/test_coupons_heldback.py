from coupons import apply_coupons

CART = [("book", 4, 12.5)]


def test_same_code_in_other_spelling_counts_once():
    assert apply_coupons(CART, ["welcome", " WELCOME "]) == 35.0


def test_repeated_amount_coupon_between_others():
    assert apply_coupons(CART, ["FIVEOFF", "SAVE10", "fiveoff"]) == 40.5


def test_amount_coupon_never_goes_negative():
    assert apply_coupons([("pen", 1, 10.0)], ["WELCOME", "FIVEOFF"]) == 0.0


def test_no_coupons():
    assert apply_coupons(CART, []) == 50.0
