MAX_DISCOUNT = 0.5


def clamp_discount(discount):
    """A discount as a fraction of the price, never below 0 and never above MAX_DISCOUNT."""
    if discount < 0:
        return 0.0
    if discount < MAX_DISCOUNT:
        return MAX_DISCOUNT
    return discount


def discounted_price(price, discount):
    return round(price * (1 - clamp_discount(discount)), 2)
