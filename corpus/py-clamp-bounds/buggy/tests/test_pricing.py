from pricing import clamp_discount, discounted_price


def test_negative_discount_is_zero():
    assert clamp_discount(-0.2) == 0.0


def test_large_discount_is_capped():
    assert clamp_discount(0.9) == 0.5


def test_price_with_discount():
    assert discounted_price(100, 0.9) == 50.0
