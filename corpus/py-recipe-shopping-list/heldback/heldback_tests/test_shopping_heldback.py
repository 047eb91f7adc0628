from recipes.planner import parse_recipe, shopping_list

SOUP = parse_recipe("Soup", 4, ["1 l stock", "2 tbsp olive oil", "400 g carrots", "1 tsp salt", "1 onion"])
SALAD = parse_recipe("Salad", 2, ["1 tbsp olive oil", "1/2 tsp salt", "200 g carrots"])


def test_spoons_are_added_up_in_millilitres():
    assert shopping_list([(SOUP, 4), (SALAD, 2)]) == [
        "600 g carrots", "45 ml olive oil", "1 onion", "7.5 ml salt", "1 l stock"]


def test_grams_and_kilos_of_one_ingredient_make_one_line():
    cake = parse_recipe("Cake", 8, ["250 g sugar", "0.5 kg flour"])
    jam = parse_recipe("Jam", 1, ["1 kg sugar"])
    assert shopping_list([(cake, 8), (jam, 1)]) == ["500 g flour", "1.25 kg sugar"]


def test_scaled_amounts_are_added_before_choosing_the_unit():
    stew = parse_recipe("Stew", 4, ["0.8 kg beef", "1 cup water"])
    assert shopping_list([(stew, 2), (stew, 3)]) == ["1 kg beef", "300 ml water"]


def test_litres_and_cups_together():
    punch = parse_recipe("Punch", 10, ["1.5 l juice", "2 cups soda"])
    assert shopping_list([(punch, 10), (punch, 5)]) == ["2.25 l juice", "720 ml soda"]


def test_empty_plan():
    assert shopping_list([]) == []
