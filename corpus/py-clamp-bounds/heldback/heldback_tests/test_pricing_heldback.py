from pricing import clamp_discount, discounted_price


def test_small_discount_is_kept():
    assert clamp_discount(0.1) == 0.1


def test_maximum_is_kept():
    assert clamp_discount(0.5) == 0.5


def test_price_with_small_discount():
    assert discounted_price(80, 0.25) == 60.0
