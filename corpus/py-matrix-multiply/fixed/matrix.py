def shape(m):
    """(rows, columns) of a matrix given as a list of equal-length rows."""
    if not m or not m[0]:
        raise ValueError("empty matrix")
    width = len(m[0])
    if any(len(row) != width for row in m):
        raise ValueError("ragged matrix")
    return len(m), width


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def transpose(m):
    rows, cols = shape(m)
    return [[m[i][j] for i in range(rows)] for j in range(cols)]


def multiply(a, b):
    a_rows, a_cols = shape(a)
    b_rows, b_cols = shape(b)
    if a_cols != b_rows:
        raise ValueError(f"cannot multiply {a_rows}x{a_cols} by {b_rows}x{b_cols}")
    result = [[0] * b_cols for _ in range(a_rows)]
    for i in range(a_rows):
        for j in range(b_cols):
            total = 0
            for k in range(a_cols):
                total += a[i][k] * b[k][j]
            result[i][j] = total
    return result


def power(m, exponent):
    rows, cols = shape(m)
    if rows != cols:
        raise ValueError("only square matrices have powers")
    result = identity(rows)
    for _ in range(exponent):
        result = multiply(result, m)
    return result
