using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Asa.Tests.Integration;

/// <summary>
/// The engine's set B fix shapes end to end through the stack with no model, each on a small Python program whose bug
/// only that shape fixes: a missed update in a loop (TBar FP4), two swapped indices (ManySStuBs4J "swap arguments"), a
/// wrong container assigned to (TBar FP13), and one wrong operator copied to two lines (a pair of sibling edits).
/// </summary>
public sealed class AssignmentAndNameShapesTests(EngineStack stack, ITestOutputHelper output) : IClassFixture<EngineStack>
{
    private static readonly TimeSpan RepairTimeout = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task ALoopThatNeverUpdatesItsPreviousValueGetsTheMissedAssignment()
    {
        var task = await RepairAsync("rises.py", """
            def count_rises(readings):
                rises = 0
                previous = None
                for reading in readings:
                    if previous is not None and reading > previous:
                        rises += 1
                return rises

            """, """
            from rises import count_rises


            def test_rises_are_counted():
                assert count_rises([1, 3, 2, 5, 6]) == 3


            def test_a_flat_series_has_no_rise():
                assert count_rises([4, 4, 4]) == 0

            """, "count_rises([1, 3, 2, 5, 6]) returns 0 instead of 3");

        Assert.Contains("+        previous = reading\n", task.Fix.Diff);
    }

    [Fact]
    public async Task TwoSwappedIndicesAreSwappedBack()
    {
        var task = await RepairAsync("grid.py", """
            def transpose(matrix):
                rows = len(matrix)
                cols = len(matrix[0])
                result = [[0] * rows for _ in range(cols)]
                for r in range(rows):
                    for c in range(cols):
                        result[c][r] = matrix[c][r]
                return result

            """, """
            from grid import transpose


            def test_a_wide_matrix_turns_tall():
                assert transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]


            def test_a_square_matrix_is_mirrored():
                assert transpose([[1, 2], [3, 4]]) == [[1, 3], [2, 4]]

            """, "transpose([[1, 2, 3], [4, 5, 6]]) raises IndexError");

        Assert.Contains("+            result[c][r] = matrix[r][c]\n", task.Fix.Diff);
    }

    [Fact]
    public async Task AnAssignmentToTheWrongContainerIsMadeToTheRightOne()
    {
        var task = await RepairAsync("tally.py", """
            def tally(orders, fee):
                counts = {}
                totals = {}
                for customer, amount in orders:
                    counts[customer] = counts.get(customer, 0) + 1
                    net = amount - fee
                    counts[customer] = totals.get(customer, 0) + net
                return counts, totals

            """, """
            from tally import tally


            def test_orders_are_counted_and_summed_per_customer():
                assert tally([("ann", 10), ("bob", 5), ("ann", 20)], 1) == ({"ann": 2, "bob": 1}, {"ann": 28, "bob": 4})

            """, "tally counts ann's orders as 9 and leaves the totals empty");

        Assert.Contains("+        totals[customer] = totals.get(customer, 0) + net\n", task.Fix.Diff);
    }

    [Fact]
    public async Task OneWrongOperatorCopiedToTwoLinesIsFixedAtBoth()
    {
        var task = await RepairAsync("temperature.py", """
            def to_fahrenheit_range(low_c, high_c):
                low = low_c * 9 / 5 - 32
                high = high_c * 9 / 5 - 32
                return low, high

            """, """
            from temperature import to_fahrenheit_range


            def test_water():
                assert to_fahrenheit_range(0, 100) == (32.0, 212.0)


            def test_a_mild_day():
                assert to_fahrenheit_range(10, 20) == (50.0, 68.0)

            """, "to_fahrenheit_range(0, 100) returns (-32.0, 148.0) instead of (32.0, 212.0)");

        Assert.Contains("+    low = low_c * 9 / 5 + 32\n", task.Fix.Diff);
        Assert.Contains("+    high = high_c * 9 / 5 + 32\n", task.Fix.Diff);
        Assert.Contains("lines 2 and 3 it made two edits", task.Fix.Rationale);
    }

    /// <summary>Submits a repository of one module and its tests, and returns the task once it completed with a fix of the module alone.</summary>
    private async Task<AsaTask> RepairAsync(string module, string code, string tests, string bug)
    {
        var task = await stack.RepairPythonAsync(
            new Dictionary<string, string> { ["conftest.py"] = "", [module] = code, ["tests/test_" + module] = tests }, bug, RepairTimeout, output);
        Assert.Equal([module], task.Fix.ChangedFiles);
        return task;
    }
}
