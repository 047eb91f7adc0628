from fractions import Fraction

import pytest

from recipes.planner import Ingredient, parse_ingredient, parse_recipe, scale, shopping_list

PANCAKES = parse_recipe("Pancakes", 4, ["200 g flour", "500 ml milk", "2 eggs", "1 tbsp sugar"])


def test_ingredient_with_unit():
    assert parse_ingredient("200 g Flour") == Ingredient("flour", Fraction(200), "g")
    assert parse_ingredient("1/2 Teaspoons salt") == Ingredient("salt", Fraction(1, 2), "tsp")


def test_ingredient_without_unit_is_counted():
    assert parse_ingredient("3 eggs") == Ingredient("eggs", Fraction(3), "pc")


def test_bad_quantity_is_refused():
    with pytest.raises(ValueError):
        parse_ingredient("some flour")
    with pytest.raises(ValueError):
        parse_ingredient("0 g flour")


def test_scaling_to_more_servings():
    scaled = scale(PANCAKES, 6)
    assert scaled.servings == 6
    assert [i.quantity for i in scaled.ingredients] == [300, 750, 3, Fraction(3, 2)]


def test_shopping_list_for_one_recipe():
    bread = parse_recipe("Bread", 1, ["500 g flour", "300 ml water", "1 egg"])
    assert shopping_list([(bread, 2)]) == ["2 egg", "1 kg flour", "600 ml water"]


def test_same_ingredient_is_added_up_across_recipes():
    bread = parse_recipe("Bread", 1, ["1 kg flour", "10 g yeast"])
    assert shopping_list([(PANCAKES, 4), (bread, 1)]) == [
        "2 eggs", "1.2 kg flour", "500 ml milk", "15 ml sugar", "10 g yeast"]
