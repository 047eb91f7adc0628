using System.Text;
using Asa.Repair.Engine;
using Asa.Repair.Engine.WarmRuns;

namespace Asa.Repair.Tests.Engine.WarmRuns;

public sealed class JavaHostTests
{
    private const string CorpusCommand =
        "rm -rf out && mkdir out && export CLASSPATH=out:/usr/share/java/junit4.jar && javac -d out $(find src test -name '*.java') && java org.junit.runner.JUnitCore SortedSearchTest";

    [Fact]
    public void TheWarmUpRunsTheWholeCommandWithTheRecorderFirstOnThePathAndBuildsTheHost()
    {
        var warmUp = WarmBatch.WarmUpCommand(WarmCommand.Parse(CorpusCommand)!);

        Assert.NotNull(warmUp);
        Assert.Contains($"PATH=\"$root/.asa-warm/java/shim:$PATH\" /bin/sh -c '{CorpusCommand.Replace("'", "'\\''")}'", warmUp);
        Assert.Contains("javac -d .asa-warm/java/bin /tmp/asa-java-host/AsaWarmHost.java", warmUp);
        Assert.DoesNotContain(WarmBatch.DriverFiles.Keys, path => path.EndsWith(".java", StringComparison.Ordinal));
        Assert.Contains(".asa-warm/java/shim/javac", WarmBatch.DriverFiles.Keys);
        Assert.Contains(".asa-warm/java/shim/java", WarmBatch.DriverFiles.Keys);
    }

    [Fact]
    public void TheRecordedCallsAreReadBackFromTheWarmUpsOutput()
    {
        static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        var output = "noise\n" +
                     $"@@asa-java root x{B64("/ws")}\n" +
                     $"@@asa-java call 1 java x{B64("/ws/t")} x{B64("org.junit.runner.JUnitCore\0Calc Test\0")} x{B64("")}\n" +
                     $"@@asa-java call 0 javac x{B64("/ws")} x{B64("-d\0out\0\0")} -\n";

        var (root, calls) = JavaCall.Parse(output)!.Value;

        Assert.Equal("/ws", root);
        Assert.Equal(2, calls.Count);
        Assert.Equal(("javac", "/ws", null), (calls[0].Tool, calls[0].Directory, calls[0].ClassPath));
        Assert.Equal(["-d", "out", ""], calls[0].Arguments);
        Assert.Equal(("java", "/ws/t", ""), (calls[1].Tool, calls[1].Directory, calls[1].ClassPath));
        Assert.Equal(["org.junit.runner.JUnitCore", "Calc Test"], calls[1].Arguments);
        Assert.Null(JavaCall.Parse("the warm-up stopped early"));
    }

    [Fact]
    public void APlanThatCannotBeFollowedSaysWhyInsteadOfGivingFiles()
    {
        var (files, error) = JavaHost.Plan($"@@asa-java root x{Convert.ToBase64String("/ws"u8.ToArray())}\n");

        Assert.Null(files);
        Assert.Equal("the test command must run javac once and then java once; it ran none", error);
        Assert.Equal((null, "the warm-up printed no recorded calls"), JavaHost.Plan(""));
    }

    [Fact]
    public void ABatchGivesTheJavaHostALineManifestAndStartsItThroughThePlansScript()
    {
        var candidate = new CandidateEdit("src/com/acme/Calc.java", 3, "test", "an edit", "a", "b", 1, 1);
        var batch = new WarmBatch(WarmCommand.Parse(CorpusCommand)!, [null, candidate], TimeSpan.FromSeconds(2.5), WarmDriver.JavacHost);

        var files = batch.Files();

        Assert.Equal($"nonce\t{batch.Nonce}\nlimitSeconds\t2.5\ntailBytes\t16384\nstopAtPass\ttrue\ncandidate\ncandidate\tsrc/com/acme/Calc.java\t.asa-warm/batch/1.txt\n", files[WarmBatch.JavaManifest]);
        Assert.Equal("b", files[".asa-warm/batch/1.txt"]);
        Assert.Equal("exec /bin/sh .asa-warm/java/run.sh \"$(pwd)\"", batch.ShellCommand());
        Assert.Equal([WarmDriver.JavacHost], WarmBatch.DriversFor(WarmRunner.JUnit));
    }

    [Fact]
    public void TheHostSaysOfAFileJavacDidNotCompileWhatTheCandidateRunsListenFor() =>
        Assert.Contains($"path + \" {CandidateRuns.NotCompiledByTheHost}@@", JavaHostProgram.Source);
}
