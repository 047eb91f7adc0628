using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Asa.Tests.Integration;

/// <summary>
/// Three expression shapes end to end through the stack with no model, each on a small Python program whose bug only
/// that shape fixes: the standard library's method easily confused with the one called (ManySStuBs4J "different
/// method same args", TBar FP10), an arithmetic operand too many (PIT's AOD, TBar FP11), and a conversion passed by
/// reference that should be another of its family (<see cref="Asa.Repair.Engine.CallbackReference"/>).
/// </summary>
public sealed class ExpressionShapesTests(EngineStack stack, ITestOutputHelper output) : IClassFixture<EngineStack>
{
    private static readonly TimeSpan RepairTimeout = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task ASplitFromTheLeftBecomesTheLibrarysSplitFromTheRightThoughTheFileNeverCallsIt()
    {
        var task = await RepairAsync("modules.py", """
            def module_name(path):
                base, _suffix = path.split(".", 1)
                return base

            """, """
            from modules import module_name


            def test_a_dotted_directory_keeps_its_dots():
                assert module_name("a.b/c.py") == "a.b/c"


            def test_a_plain_file_loses_its_suffix():
                assert module_name("tool.py") == "tool"

            """, "module_name('a.b/c.py') returns 'a' instead of 'a.b/c'");

        Assert.Contains("+    base, _suffix = path.rsplit(\".\", 1)\n", task.Fix.Diff);
    }

    [Fact]
    public async Task AUnitConversionAppliedTwiceLosesItsSecondDivision()
    {
        var task = await RepairAsync("speed.py", """
            def average_speed(distance_km, minutes):
                hours = minutes / 60
                return distance_km / hours / 60

            """, """
            from speed import average_speed


            def test_a_marathon_in_three_and_a_half_hours():
                assert average_speed(42, 210) == 12.0


            def test_ten_kilometres_in_an_hour():
                assert average_speed(10, 60) == 10.0

            """, "average_speed(42, 210) returns 0.2 instead of 12.0 km/h");

        Assert.Contains("+    return distance_km / hours\n", task.Fix.Diff);
    }

    [Fact]
    public async Task AConversionPassedToMapThatTruncatesBecomesTheOneThatKeepsTheFraction()
    {
        var task = await RepairAsync("parcels.py", """
            def total_weight(line):
                fields = line.split(",")
                return sum(map(int, fields))

            """, """
            from parcels import total_weight


            def test_weights_with_fractions_add_up():
                assert total_weight("1.5,2.25") == 3.75


            def test_whole_weights_add_up():
                assert total_weight("2,3") == 5

            """, "total_weight('1.5,2.25') raises ValueError: invalid literal for int() with base 10: '1.5'");

        Assert.Contains("+    return sum(map(float, fields))\n", task.Fix.Diff);
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
