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
    public async Task AJavaRatioOfTwoIntsKeepsItsFractionByADivisionInDouble()
    {
        var task = await stack.RepairAsync(new Dictionary<string, string>
        {
            ["src/Archery.java"] = """
                public final class Archery {
                    private Archery() {
                    }

                    /** The share of the arrows shot that hit the target, from 0 to 1. */
                    public static double accuracy(int hits, int shots) {
                        return hits / shots;
                    }
                }

                """,
            ["test/ArcheryTest.java"] = """
                import static org.junit.Assert.assertEquals;

                import org.junit.Test;

                public class ArcheryTest {
                    @Test
                    public void everyArrowOnTargetIsFullAccuracy() {
                        assertEquals(1.0, Archery.accuracy(12, 12), 1e-9);
                    }

                    @Test
                    public void threeHitsInFourShotsAreThreeQuarters() {
                        assertEquals(0.75, Archery.accuracy(3, 4), 1e-9);
                    }
                }

                """,
        }, "Archery.accuracy(3, 4) returns 0.0 instead of 0.75",
            "rm -rf out && mkdir out && export CLASSPATH=out:/usr/share/java/junit4.jar && javac -d out $(find src test -name '*.java') && java org.junit.runner.JUnitCore ArcheryTest",
            RepairTimeout, output);

        Assert.Equal(["src/Archery.java"], task.Fix.ChangedFiles);
        Assert.Contains("+        return (double) hits / shots;\n", task.Fix.Diff);
    }
}
