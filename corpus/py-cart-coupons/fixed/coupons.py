COUPONS = {
    "SAVE10": ("percent", 10),
    "SAVE25": ("percent", 25),
    "FIVEOFF": ("amount", 5.00),
    "WELCOME": ("amount", 15.00),
}


class CouponError(Exception):
    pass


def cart_total(cart):
    """cart: list of (name, quantity, unit_price)."""
    return round(sum(quantity * price for _, quantity, price in cart), 2)


def apply_one(total, code):
    if code not in COUPONS:
        raise CouponError(f"unknown coupon {code!r}")
    kind, value = COUPONS[code]
    if kind == "percent":
        return total * (100 - value) / 100
    return max(0.0, total - value)


def apply_coupons(cart, codes):
    """The cart total after the coupons, in the order given; each code counts once,
    whatever its spelling (codes are case-insensitive)."""
    total = cart_total(cart)
    used = set()
    for code in codes:
        key = code.strip().upper()
        if key in used:
            continue
        used.add(key)
        total = apply_one(total, key)
    return round(total, 2)
