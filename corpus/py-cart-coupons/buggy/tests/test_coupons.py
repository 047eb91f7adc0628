import pytest

from coupons import CouponError, apply_coupons, cart_total

CART = [("shirt", 2, 30.0), ("cap", 1, 40.0)]


def test_cart_total():
    assert cart_total(CART) == 100.0


def test_percent_coupon():
    assert apply_coupons(CART, ["SAVE10"]) == 90.0


def test_two_different_coupons_combine():
    assert apply_coupons(CART, ["SAVE10", "FIVEOFF"]) == 85.0


def test_same_coupon_counts_once():
    assert apply_coupons(CART, ["SAVE10", "SAVE10"]) == 90.0


def test_unknown_coupon():
    with pytest.raises(CouponError):
        apply_coupons(CART, ["FREE"])
