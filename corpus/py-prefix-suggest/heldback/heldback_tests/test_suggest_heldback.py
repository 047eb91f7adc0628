from suggest.history import load_history
from suggest.index import PrefixIndex


def test_prefix_that_leaves_the_known_words_part_way():
    index = load_history(["pizza 12", "pasta 7"])
    assert index.suggest("pix") == []
    assert index.words_with_prefix("pizzas") == []
    assert index.suggest("pizza") == ["pizza"]


def test_empty_index():
    index = PrefixIndex()
    assert index.suggest("a") == []
    assert index.suggest("") == []
    assert "a" not in index


def test_prefix_is_case_insensitive_and_trimmed():
    index = load_history(["Ramen 4", "ramen bar 2", "rice 4"])
    assert index.suggest(" RA") == ["ramen", "ramen bar"]
    assert index.suggest("r") == ["ramen", "rice", "ramen bar"]


def test_counts_add_up_for_repeated_words():
    index = PrefixIndex()
    index.add("tacos", 2)
    index.add("tea", 3)
    index.add("Tacos", 2)
    assert len(index) == 2
    assert sorted(index.words_with_prefix("t")) == [("tacos", 4), ("tea", 3)]
    assert index.suggest("t") == ["tacos", "tea"]
