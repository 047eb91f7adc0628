from shipping import Parcel, quote, quote_all


def test_light_parcel_to_far_zone():
    assert quote(Parcel(1, 3)) == 10.0


def test_fractional_weight():
    assert quote(Parcel(2.5, 1, order_value=40.0)) == 6.25


def test_quote_all_mixes_zones():
    parcels = [Parcel(3, 1), Parcel(1, 2), Parcel(4, 3, order_value=120.0)]
    assert quote_all(parcels) == 13.5
