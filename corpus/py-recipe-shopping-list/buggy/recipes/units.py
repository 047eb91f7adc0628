from fractions import Fraction

# unit -> (the unit amounts are added up in, how many of those one unit is)
_UNITS = {
    "g": ("g", 1),
    "kg": ("g", 1000),
    "ml": ("ml", 1),
    "l": ("ml", 1000),
    "tsp": ("ml", 5),
    "tbsp": ("ml", 15),
    "cup": ("ml", 240),
    "pc": ("pc", 1),
}

_ALIASES = {
    "gram": "g",
    "grams": "g",
    "kilo": "kg",
    "kilos": "kg",
    "litre": "l",
    "litres": "l",
    "liter": "l",
    "liters": "l",
    "teaspoon": "tsp",
    "teaspoons": "tsp",
    "tablespoon": "tbsp",
    "tablespoons": "tbsp",
    "cups": "cup",
}


def canonical_unit(word: str) -> str | None:
    """'Grams' -> 'g', 'tbsp.' -> 'tbsp'; None when the word is not a unit we know."""
    word = word.lower().rstrip(".")
    word = _ALIASES.get(word, word)
    return word if word in _UNITS else None


def to_base(quantity: Fraction, unit: str) -> tuple[Fraction, str]:
    """200 g -> (200, 'g'), 1.5 kg -> (1500, 'g'), 2 tbsp -> (30, 'ml')."""
    base, factor = _UNITS[unit]
    return quantity * factor, base


def for_display(quantity: Fraction, base: str) -> tuple[Fraction, str]:
    """Large amounts in the bigger unit: 1500 g -> 1.5 kg, 1250 ml -> 1.25 l."""
    if base == "g" and quantity >= 1000:
        return quantity / 1000, "kg"
    if base == "ml" and quantity >= 1000:
        return quantity / 1000, "l"
    return quantity, base


def format_quantity(quantity: Fraction) -> str:
    """Whole numbers as such, others with at most two decimals: '3', '1.5', '0.33'."""
    if quantity.denominator == 1:
        return str(quantity.numerator)
    return f"{float(quantity):.2f}".rstrip("0").rstrip(".")
