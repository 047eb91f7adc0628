using Asa.Benchmarks;
using Asa.Repair;
using Asa.Repair.Engine;
using Asa.Repair.Engine.WarmRuns;
using Asa.Repair.Verification;
using Asa.Tests.Infrastructure;
using Asa.Worker.Sandbox;

namespace Asa.Tests.Repair.Engine;

/// <summary>
/// The warm Java host for real in the real sandbox service: each candidate compiled in memory with the JDK's compiler and
/// run by JUnitCore in a class loader of its own gets the verdict the classic javac-then-java run gives it, and a candidate
/// that hangs, ends the JVM or reaches out is contained as a classic run contains it, the candidates after it still running.
/// </summary>
public sealed class JavaWarmRunsSandboxTests(SandboxServer server) : IClassFixture<SandboxServer>, IDisposable
{
    /// <summary>Finds sources from the root, where the warm drivers' files also lie.</summary>
    private const string Command = "rm -rf out && mkdir out && export CLASSPATH=out:/usr/share/java/junit4.jar && " +
                                   "javac -d out $(find . -name '*.java') && java org.junit.runner.JUnitCore com.acme.CalcTest";
    private const string CalcPath = "src/com/acme/Calc.java";
    private static readonly TimeSpan CandidateLimit = TimeSpan.FromSeconds(10);
    private readonly string root = Directory.CreateTempSubdirectory("asa-java-warm-runs-").FullName;
    private readonly SandboxCandidateRunner sandbox = new(new SandboxClient(server.Client));
    private CandidateRuns? runs;

    private const string Calc = """
        package com.acme;

        public final class Calc {
            public static int add(int a, int b) {
                return a - b;
            }
        }
        """;

    [Fact]
    public async Task CandidatesGetTheVerdictsOfClassicRunsWithFreshStaticsAndAHangEndsOnlyItsOwnRun()
    {
        var fork = await WarmAsync();
        var compileError = Body("return a - ;");
        var exception = Body("throw new IllegalStateException(\"broken\");");
        var counting = Body("runs++; System.out.println(\"run number \" + runs); return a * b;");
        counting = counting with { Changed = counting.Changed.Replace("    public static int add", "    private static int runs;\n\n    public static int add") };
        var wrong = Body("return a * b;");
        var fix = Body("return a + b;");
        CandidateEdit[] candidates = [compileError, exception, counting, counting, Body("while (true) { }"), wrong, fix];

        var tried = await RunAllAsync(fork, candidates);

        Assert.Equal(7, tried.Count);
        Assert.Contains("src/com/acme/Calc.java:5: error: illegal start of expression", tried[0].OutputTail);
        Assert.Contains("java.lang.IllegalStateException: broken", tried[1].OutputTail);
        // Each candidate's two tests count 1 and 2: the second candidate's class starts again from nothing.
        Assert.Contains("run number 2", tried[2].OutputTail);
        Assert.Contains("run number 2", tried[3].OutputTail);
        Assert.DoesNotContain("run number 3", tried[3].OutputTail);
        Assert.True(tried[4].Hung, tried[4].OutputTail);
        var hangLimit = runs!.CandidateLimit(CandidateLimit);
        Assert.InRange(tried[4].Run.WallTime, hangLimit - TimeSpan.FromMilliseconds(10), hangLimit * 2);
        Assert.Contains("Tests run: 2,  Failures: 2", tried[5].OutputTail);
        Assert.True(tried[6].Run.Succeeded, tried[6].OutputTail);
        Assert.Contains("OK (2 tests)", tried[6].OutputTail);
        // The host stopped the hung test's thread and went on with the same batch.
        AssertRanIn(host: true, [.. tried]);
        foreach (var index in new[] { 0, 1, 2, 5, 6 })
        {
            var classic = await ClassicAsync(fork, candidates[index]);
            Assert.True(CandidateRuns.Difference(classic, tried[index]) is null, $"#{index}: classic\n{classic.OutputTail}\nwarm\n{tried[index].OutputTail}");
        }
        await AssertOriginalAsync(fork);
    }

    [Fact]
    public async Task ACandidateThatEndsTheJvmOrReachesOutIsContainedAndTheNextStillRuns()
    {
        var fork = await WarmAsync();
        var exit = Body("System.exit(3); return 0;");
        CandidateEdit[] candidates = [
            exit,
            Body("try (java.net.Socket socket = new java.net.Socket(\"1.1.1.1\", 53)) { return a + b; } catch (java.io.IOException e) { throw new RuntimeException(e); }"),
            Body("try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"/etc/asa-warm-escape\"), \"x\"); } catch (java.io.IOException e) { throw new RuntimeException(e); } return a + b;"),
            Body("java.util.List<byte[]> hold = new java.util.ArrayList<>(); while (true) { byte[] chunk = new byte[64 << 20]; java.util.Arrays.fill(chunk, (byte) 1); hold.add(chunk); }"),
            new("notes/plan.txt", 1, "test", "a file javac does not compile", "plan\n", "changed plan\n", 1, 1),
            Body("return b + a;"),
        ];

        var tried = await RunAllAsync(fork, candidates);

        Assert.Equal(6, tried.Count);
        Assert.Equal(3, tried[0].Run.ExitCode);
        Assert.Null(CandidateRuns.Difference(await ClassicAsync(fork, exit), tried[0]));
        Assert.Contains("java.net.", tried[1].OutputTail);
        Assert.False(tried[1].Run.Succeeded);
        Assert.False(tried[2].Run.Succeeded);
        Assert.False(File.Exists("/etc/asa-warm-escape"));
        Assert.False(tried[3].Run.Succeeded);
        // The heap's limit or, while the collector still struggles, the run's time limit (from the end of its compile) stops it.
        Assert.True(tried[3].Hung || tried[3].OutputTail.Contains("java.lang.OutOfMemoryError", StringComparison.Ordinal), tried[3].OutputTail);
        Assert.Contains("Tests run: 2,  Failures: 1", tried[4].OutputTail);
        Assert.True(tried[5].Run.Succeeded, tried[5].OutputTail);
        // System.exit ended the host and a file javac does not compile is not the host's: those two ran the classic way.
        AssertRanIn(host: true, tried[1], tried[2], tried[3], tried[5]);
        AssertRanIn(host: false, tried[0], tried[4]);
        await AssertOriginalAsync(fork);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task TheTracedCommandReportsTheLinesTheTestsRanThroughTheJavaAgentInTheSandbox()
    {
        WriteProject();
        Write("src/com/acme/Unused.java", "package com.acme;\n\npublic final class Unused {\n    public static int twice(int a) {\n        return a * 2;\n    }\n}\n");
        var workspace = await server.Client.UploadAsync(root);
        var fork = await sandbox.ForkAsync(workspace.WorkspaceId, CancellationToken.None);
        await sandbox.WriteFilesAsync(fork, LineTracer.Files, null, CancellationToken.None);

        var run = await sandbox.RunAsync(fork, LineTracer.Traced(Command), TimeSpan.FromSeconds(120), 64 * 1024, CancellationToken.None);

        var coverage = LineCoverage.Parse(LineTracer.ReportIn(run.OutputTail) ?? "", "", new HashSet<string> { CalcPath, "src/com/acme/Unused.java" }.Contains);
        Assert.True(coverage.Executed(CalcPath, 5), run.OutputTail);
        Assert.False(coverage.Executed(CalcPath, 4));
        Assert.False(coverage.Covers("src/com/acme/Unused.java"));
    }

    private async Task<string> WarmAsync()
    {
        WriteProject();
        var workspace = await server.Client.UploadAsync(root);
        var fork = await sandbox.ForkAsync(workspace.WorkspaceId, CancellationToken.None);
        var reference = await sandbox.RunTestsAsync(fork, Command, TimeSpan.FromSeconds(120), CancellationToken.None);
        Assert.Contains("Tests run: 2,  Failures: 1", reference.OutputTail);
        var runs = await CandidateRuns.PrepareAsync(sandbox, [fork], Command, reference, CandidateLimit, null, CancellationToken.None, CancellationToken.None);
        Assert.True(runs.IsWarm, $"the warm reference differs from the classic run:\n{reference.OutputTail}");
        Assert.Equal(WarmDriver.JavacHost, runs.Driver);
        Assert.Contains("Tests run: 2,  Failures: 1", runs.WarmReference?.OutputTail);
        // The warm-up left a class-data archive of the host with the compiler loaded, which a JVM maps as it starts.
        var mapped = await sandbox.RunAsync(fork, "java -Xshare:on -XX:SharedArchiveFile=\"$PWD/.asa-warm/java/host.jsa\" -cp \"$PWD/.asa-warm/java/host.jar\" AsaWarmHost " +
            $"--load-compiler {CalcPath}", TimeSpan.FromSeconds(60), 64 * 1024, CancellationToken.None);
        Assert.True(mapped.Succeeded, mapped.OutputTail);
        this.runs = runs;
        return fork;
    }

    private void WriteProject()
    {
        Write(CalcPath, Calc);
        Write("notes/plan.txt", "plan\n");
        Write("test/com/acme/CalcTest.java", """
            package com.acme;

            import static org.junit.Assert.assertEquals;

            import org.junit.Test;

            public class CalcTest {
                @Test
                public void addsTwoNumbers() {
                    assertEquals(3, Calc.add(1, 2));
                }

                @Test
                public void addsZero() {
                    assertEquals(5, Calc.add(5, 0));
                }
            }
            """);
    }

    private Task<List<TestSuiteRun>> RunAllAsync(string fork, IReadOnlyList<CandidateEdit> candidates) =>
        WarmHostRuns.RunAllAsync(sandbox, runs!, fork, candidates, CandidateLimit);

    private Task<TestSuiteRun> ClassicAsync(string fork, CandidateEdit candidate) => WarmHostRuns.ClassicAsync(sandbox, Command, fork, candidate);

    /// <summary>
    /// The JVM prints the sandbox's JAVA_TOOL_OPTIONS when it starts, before the host's first block: a classic run's output
    /// shows it, a candidate's block in the host does not.
    /// </summary>
    private static void AssertRanIn(bool host, params TestSuiteRun[] runs)
    {
        foreach (var run in runs)
        {
            Assert.True(host != run.OutputTail.Contains("Picked up JAVA_TOOL_OPTIONS", StringComparison.Ordinal), run.OutputTail);
        }
    }

    private Task AssertOriginalAsync(string fork) => WarmHostRuns.AssertContentAsync(sandbox, fork, CalcPath, Calc);

    private static CandidateEdit Body(string body) =>
        new(CalcPath, 5, "test", "a test's edit", Calc, Calc.Replace("return a - b;", body), 1, 1);

    private void Write(string path, string text) => WarmHostRuns.Write(root, path, text);
}
