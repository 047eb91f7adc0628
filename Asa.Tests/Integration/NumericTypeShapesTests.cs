using Asa.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Asa.Tests.Integration;

/// <summary>
/// TBar's FP8 (mutate integer division) end to end through the stack with no model: a Java method that divides two
/// ints and so drops the fraction, which only a division carried out in floating point fixes.
/// </summary>
public sealed class NumericTypeShapesTests(EngineStack stack, ITestOutputHelper output) : IClassFixture<EngineStack>
{
    private static readonly TimeSpan RepairTimeout = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task AJavaShareOfTwoIntsKeepsItsFractionByADivisionInDouble()
    {
        var task = await stack.RepairAsync(new Dictionary<string, string>
        {
            ["src/Bill.java"] = """
                public final class Bill {
                    private Bill() {
                    }

                    /** What each of the people pays when they split the total evenly. */
                    public static double share(int total, int people) {
                        return total / people;
                    }
                }

                """,
            ["test/BillTest.java"] = """
                import static org.junit.Assert.assertEquals;

                import org.junit.Test;

                public class BillTest {
                    @Test
                    public void anEvenTotalSplitsIntoWholeShares() {
                        assertEquals(3.0, Bill.share(9, 3), 1e-9);
                    }

                    @Test
                    public void anOddTotalKeepsTheHalf() {
                        assertEquals(3.5, Bill.share(7, 2), 1e-9);
                    }
                }

                """,
        }, "Bill.share(7, 2) returns 3.0 instead of 3.5: the fraction of a share is lost",
            "rm -rf out && mkdir out && export CLASSPATH=out:/usr/share/java/junit4.jar && javac -d out $(find src test -name '*.java') && java org.junit.runner.JUnitCore BillTest",
            RepairTimeout, output);

        Assert.Equal(["src/Bill.java"], task.Fix.ChangedFiles);
        Assert.Contains("+        return (double) total / people;\n", task.Fix.Diff);
    }
}
