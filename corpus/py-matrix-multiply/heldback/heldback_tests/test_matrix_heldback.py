from matrix import multiply, power


def test_row_times_column_is_one_by_one():
    assert multiply([[1, 2, 3]], [[4], [5], [6]]) == [[32]]


def test_column_times_row_is_outer_product():
    assert multiply([[1], [2]], [[3, 4, 5]]) == [[3, 4, 5], [6, 8, 10]]


def test_fibonacci_power():
    assert power([[1, 1], [1, 0]], 10) == [[89, 55], [55, 34]]


def test_product_with_transposed():
    a = [[2, 0], [1, 3], [0, 1]]
    assert multiply(a, [[1, 1, 1], [1, 1, 1]]) == [[2, 2, 2], [4, 4, 4], [1, 1, 1]]
