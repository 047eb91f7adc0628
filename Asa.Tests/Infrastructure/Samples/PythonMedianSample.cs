namespace Asa.Tests.Infrastructure.Samples;

/// <summary>Python and pytest: <c>median</c> returns the upper middle value of an even-length list instead of the mean of the two middle values.</summary>
internal static class PythonMedianSample
{
    public static BuggySample Sample { get; } = new(
        Name: "python-median",
        Language: "python",
        Files: new Dictionary<string, string>
        {
            ["pyproject.toml"] = """
            [project]
            name = "metrics"
            version = "0.1.0"

            [tool.pytest.ini_options]
            pythonpath = ["src"]
            testpaths = ["tests"]

            """,
            ["src/metrics.py"] = """"
            """Summary statistics for lists of numbers."""


            def mean(values):
                """The arithmetic mean; raises ValueError for an empty list."""
                if not values:
                    raise ValueError("mean of an empty list")
                return sum(values) / len(values)


            def median(values):
                """The middle value; for an even count, the mean of the two middle values."""
                if not values:
                    raise ValueError("median of an empty list")
                ordered = sorted(values)
                middle = len(ordered) // 2
                return ordered[middle]


            def value_range(values):
                """The difference between the largest and the smallest value."""
                if not values:
                    raise ValueError("range of an empty list")
                return max(values) - min(values)

            """",
            ["tests/test_metrics.py"] = """
            import pytest

            from metrics import mean, median, value_range


            def test_mean():
                assert mean([1, 2, 3, 4]) == 2.5


            def test_median_of_odd_count():
                assert median([3, 1, 2]) == 2
                assert median([7]) == 7


            def test_value_range():
                assert value_range([4, 9, 1]) == 8


            def test_empty_list_is_rejected():
                with pytest.raises(ValueError):
                    median([])

            """,
        },
        TestCommand: "python3 -m pytest -q",
        BugDescription: """
            median() gives the wrong answer for lists with an even number of values.

            >>> from metrics import median
            >>> median([4, 1, 3, 2])
            3

            The docstring says an even count should give the mean of the two middle values, so I expected 2.5.
            Odd-length lists look fine (median([3, 1, 2]) is 2). Python 3.11, metrics from main.
            """,
        ReproductionTestPath: "tests/test_median_even_count.py",
        ReproductionTest: """
            from metrics import median


            def test_median_of_even_count_is_mean_of_middle_values():
                assert median([4, 1, 3, 2]) == 2.5

            """,
        ReproductionCommand: "python3 -m pytest -q tests/test_median_even_count.py",
        FixReply: """
            RATIONALE: For an even number of values there are two middle values and the median is their mean;
            the function always returned the upper one. Average ordered[middle - 1] and ordered[middle] in that case.
            CONFIDENCE: 0.95

            src/metrics.py
            <<<<<<< SEARCH
                middle = len(ordered) // 2
                return ordered[middle]
            =======
                middle = len(ordered) // 2
                if len(ordered) % 2 == 0:
                    return (ordered[middle - 1] + ordered[middle]) / 2
                return ordered[middle]
            >>>>>>> REPLACE
            """,
        WrongFixReply: """
            RATIONALE: The middle index is off by one for even counts; (len - 1) // 2 picks the true middle and
            leaves odd counts unchanged.
            CONFIDENCE: 0.6

            src/metrics.py
            <<<<<<< SEARCH
                middle = len(ordered) // 2
            =======
                middle = (len(ordered) - 1) // 2
            >>>>>>> REPLACE
            """,
        TestDeletingReply: """
            RATIONALE: The odd-count assertion pins the current indexing, which conflicts with the even-count
            behaviour; dropping it lets the median tests agree.
            CONFIDENCE: 0.7

            tests/test_metrics.py
            <<<<<<< SEARCH
            def test_median_of_odd_count():
                assert median([3, 1, 2]) == 2
                assert median([7]) == 7
            =======
            def test_median_of_odd_count():
                assert median([7]) == 7
            >>>>>>> REPLACE
            """,
        BuggyFile: "src/metrics.py");
}
