using Asa.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Asa.Tests.Integration;

/// <summary>
/// Identity compared where a value was meant, end to end through the stack with no model: a Java method that compares a
/// name built at run time with <c>==</c>, which only a comparison by <c>equals</c> fixes.
/// </summary>
public sealed class ValueEqualityShapesTests(EngineStack stack, ITestOutputHelper output) : IClassFixture<EngineStack>
{
    private static readonly TimeSpan RepairTimeout = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task AJavaNameBuiltAtRunTimeIsFoundByEqualsNotByIdentity()
    {
        var task = await stack.RepairAsync(new Dictionary<string, string>
        {
            ["src/Roster.java"] = """
                import java.util.ArrayList;
                import java.util.List;

                public final class Roster {
                    private final List<String> players = new ArrayList<>();

                    public void add(String first, String last) {
                        players.add(first + " " + last);
                    }

                    /** Where the player of that full name stands on the roster, or -1 when none does. */
                    public int place(String fullName) {
                        for (int i = 0; i < players.size(); i++) {
                            String player = players.get(i);
                            if (player == fullName) {
                                return i;
                            }
                        }
                        return -1;
                    }
                }

                """,
            ["test/RosterTest.java"] = """
                import static org.junit.Assert.assertEquals;

                import org.junit.Test;

                public class RosterTest {
                    @Test
                    public void anUnknownPlayerHasNoPlace() {
                        Roster roster = new Roster();
                        roster.add("Ada", "Byron");
                        assertEquals(-1, roster.place("Alan Turing"));
                    }

                    @Test
                    public void aPlayerTypedInIsFoundAtTheirPlace() {
                        Roster roster = new Roster();
                        roster.add("Ada", "Byron");
                        roster.add("Grace", "Hopper");
                        assertEquals(1, roster.place(new StringBuilder("Grace").append(" Hopper").toString()));
                    }
                }

                """,
        }, "Roster.place(\"Grace Hopper\") returns -1 although Grace Hopper was added second",
            "rm -rf out && mkdir out && export CLASSPATH=out:/usr/share/java/junit4.jar && javac -d out $(find src test -name '*.java') && java org.junit.runner.JUnitCore RosterTest",
            RepairTimeout, output);

        Assert.Equal(["src/Roster.java"], task.Fix.ChangedFiles);
        Assert.Contains("+            if (player.equals(fullName)) {\n", task.Fix.Diff);
    }
}
