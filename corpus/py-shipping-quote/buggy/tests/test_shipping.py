import pytest

from shipping import Parcel, base_rate, quote


def test_base_rate_light_parcel():
    assert base_rate(1, 1) == 4.0


def test_free_shipping_on_large_orders():
    assert quote(Parcel(5, 3, order_value=150.0)) == 0.0


def test_same_weight_and_zone():
    assert quote(Parcel(2, 2)) == 8.0


def test_heavier_parcel_to_zone_two():
    assert quote(Parcel(3, 2)) == 9.5


def test_unknown_zone_is_rejected():
    with pytest.raises(ValueError):
        base_rate(2, 9)
