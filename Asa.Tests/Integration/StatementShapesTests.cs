using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Asa.Tests.Integration;

/// <summary>
/// The engine's statement-level fix shapes end to end through the stack with no model: a pointless expression
/// statement that should have been a return (TBar FP12/FP4), and a guard clause that returns early when a lookup finds
/// nothing (TBar FP2, PAR's null checker). Each is a small Python program whose bug only that shape fixes.
/// </summary>
public sealed class StatementShapesTests(EngineStack stack, ITestOutputHelper output) : IClassFixture<EngineStack>
{
    private static readonly TimeSpan RepairTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task APriceComputedAndDroppedInABranchIsReturned()
    {
        var task = await RepairAsync("fares.py", """
            def fare(age, base):
                if age < 12:
                    return base // 2
                elif age >= 65:
                    base - 5
                return base

            """, "test_fares.py", """
            from fares import fare


            def test_children_pay_half():
                assert fare(8, 20) == 10


            def test_seniors_pay_five_less():
                assert fare(70, 20) == 15


            def test_adults_pay_the_base_fare():
                assert fare(30, 20) == 20

            """, "fare(70, 20) returns 20: seniors are charged the full fare instead of 5 less");

        Assert.Contains("+        return base - 5\n", task.Fix.Diff);
        Assert.Single(task.Fix.Diff.Split('\n'), line => line.StartsWith('+') && !line.StartsWith("+++", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AShelfThatIsNotFoundGivesNoTitlesInsteadOfACrash()
    {
        var task = await RepairAsync("shelves.py", """
            def locate(shelves, code):
                for shelf in shelves:
                    if shelf["code"] == code:
                        return shelf


            def titles(shelves, code):
                found = []
                shelf = locate(shelves, code)
                for book in shelf["books"]:
                    found.append(book.upper())
                return found

            """, "test_shelves.py", """
            from shelves import titles

            SHELVES = [{"code": "a1", "books": ["dune", "emma"]}, {"code": "b2", "books": []}]


            def test_titles_of_a_shelf():
                assert titles(SHELVES, "a1") == ["DUNE", "EMMA"]


            def test_an_unknown_shelf_has_no_titles():
                assert titles(SHELVES, "z9") == []

            """, "titles(SHELVES, 'z9') crashes with TypeError: 'NoneType' object is not subscriptable instead of giving []");

        Assert.Contains("     shelf = locate(shelves, code)\n+    if shelf is None:\n+        return []\n     for book in shelf[\"books\"]:\n", task.Fix.Diff);
        Assert.Equal(2, task.Fix.Diff.Split('\n').Count(line => line.StartsWith('+') && !line.StartsWith("+++", StringComparison.Ordinal)));
    }

    private async Task<AsaTask> RepairAsync(string codePath, string code, string testPath, string tests, string bug)
    {
        var task = await stack.RepairPythonAsync(new Dictionary<string, string> { [codePath] = code, [testPath] = tests }, bug, RepairTimeout, output);
        Assert.Equal([codePath], task.Fix.ChangedFiles);
        return task;
    }
}
