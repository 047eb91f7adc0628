import pytest

from suggest.history import load_history

HISTORY = ["pizza 12", "pasta 7", "", "# imported from the old site", "pizza margherita 3", "Paella 7"]


def test_history_is_loaded():
    index = load_history(HISTORY)
    assert len(index) == 4
    assert "paella" in index
    assert "piz" not in index


def test_most_searched_first():
    assert load_history(HISTORY).suggest("p") == ["pizza", "paella", "pasta", "pizza margherita"]


def test_limit():
    assert load_history(HISTORY).suggest("pa", limit=1) == ["paella"]


def test_unknown_prefix_has_no_suggestions():
    assert load_history(HISTORY).suggest("sushi") == []


def test_malformed_history_line():
    with pytest.raises(ValueError, match="line 2"):
        load_history(["pizza 12", "pasta seven"])
