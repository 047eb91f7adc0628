from dataclasses import dataclass
from fractions import Fraction

from recipes.units import canonical_unit, for_display, format_quantity, to_base


@dataclass(frozen=True)
class Ingredient:
    name: str
    quantity: Fraction
    unit: str


@dataclass(frozen=True)
class Recipe:
    title: str
    servings: int
    ingredients: tuple[Ingredient, ...]


def parse_quantity(text: str) -> Fraction:
    """'2', '0.5' or '1/2'."""
    try:
        quantity = Fraction(text)
    except (ValueError, ZeroDivisionError):
        raise ValueError(f"not a quantity: {text!r}") from None
    if quantity <= 0:
        raise ValueError(f"quantity must be positive: {text!r}")
    return quantity


def parse_ingredient(line: str) -> Ingredient:
    """'200 g flour', '1/2 tsp salt', '3 eggs' (no unit: counted in pieces)."""
    parts = line.split()
    if len(parts) < 2:
        raise ValueError(f"expected '<quantity> [unit] <ingredient>': {line!r}")
    quantity = parse_quantity(parts[0])
    unit = canonical_unit(parts[1])
    if unit is None:
        return Ingredient(" ".join(parts[1:]).lower(), quantity, "pc")
    if len(parts) < 3:
        raise ValueError(f"missing ingredient after the unit: {line!r}")
    return Ingredient(" ".join(parts[2:]).lower(), quantity, unit)


def parse_recipe(title: str, servings: int, lines: list[str]) -> Recipe:
    if servings <= 0:
        raise ValueError("servings must be positive")
    ingredients = tuple(parse_ingredient(line) for line in lines if line.strip())
    return Recipe(title, servings, ingredients)


def scale(recipe: Recipe, servings: int) -> Recipe:
    """The recipe for another number of servings."""
    if servings <= 0:
        raise ValueError("servings must be positive")
    factor = Fraction(servings, recipe.servings)
    scaled = tuple(Ingredient(i.name, i.quantity * factor, i.unit) for i in recipe.ingredients)
    return Recipe(recipe.title, servings, scaled)


def shopping_list(plan: list[tuple[Recipe, int]]) -> list[str]:
    """
    What to buy for (recipe, servings) pairs: one line per ingredient, alphabetical, with the amounts of the same
    ingredient added up across the recipes, in g/kg, ml/l or pieces.
    """
    totals: dict[tuple[str, str], Fraction] = {}
    for recipe, servings in plan:
        for ingredient in scale(recipe, servings).ingredients:
            amount, base = to_base(ingredient.quantity, ingredient.unit)
            key = (ingredient.name, base)
            totals[key] = totals.get(key, Fraction(0)) + amount
    lines = []
    for (name, base), amount in sorted(totals.items()):
        quantity, unit = for_display(amount, base)
        if unit == "pc":
            lines.append(f"{format_quantity(quantity)} {name}")
        else:
            lines.append(f"{format_quantity(quantity)} {unit} {name}")
    return lines
