import pytest

from matrix import multiply, transpose


def test_square_product():
    assert multiply([[1, 2], [3, 4]], [[5, 6], [7, 8]]) == [[19, 22], [43, 50]]


def test_transpose_of_wide_matrix():
    assert transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]


def test_mismatched_shapes_are_rejected():
    with pytest.raises(ValueError):
        multiply([[1, 2]], [[1, 2]])


def test_wide_result():
    a = [[1, 2, 3], [4, 5, 6]]
    b = [[1, 0, 0, 1], [0, 1, 0, 1], [0, 0, 1, 1]]
    assert multiply(a, b) == [[1, 2, 3, 6], [4, 5, 6, 15]]
