BASE_FEE = 4.00
PER_KG = 1.50
ZONE_SURCHARGE = {1: 0.00, 2: 2.50, 3: 6.00}
FREE_ABOVE = 100.00


def base_rate(weight_kg, zone):
    """The carrier's price: a base fee, a price per kilogram above the first, and a zone surcharge."""
    if zone not in ZONE_SURCHARGE:
        raise ValueError(f"unknown zone {zone}")
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    extra_kg = max(0, weight_kg - 1)
    return BASE_FEE + PER_KG * extra_kg + ZONE_SURCHARGE[zone]


class Parcel:
    def __init__(self, weight_kg, zone, order_value=0.0):
        self.weight_kg = weight_kg
        self.zone = zone
        self.order_value = order_value


def quote(parcel):
    """What the customer pays for shipping one parcel."""
    if parcel.order_value >= FREE_ABOVE:
        return 0.0
    return round(base_rate(parcel.weight_kg, parcel.zone), 2)


def quote_all(parcels):
    return round(sum(quote(parcel) for parcel in parcels), 2)
