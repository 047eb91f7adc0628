using Asa.Repair.Engine.WarmRuns;

namespace Asa.Repair.Tests.Engine.WarmRuns;

public sealed class JUnitPlanTests
{
    private const string Root = "/sandbox/ws-1";
    private const string JUnitJar = "/usr/share/java/junit4.jar";

    /// <summary>The corpus's command: <c>export CLASSPATH=out:junit4.jar &amp;&amp; javac -d out $(find …) &amp;&amp; java org.junit.runner.JUnitCore T</c>.</summary>
    private static readonly JavaCall[] CorpusCalls =
    [
        new("javac", Root, ["-d", "out", "src/SortedSearch.java", "test/SortedSearchTest.java"], $"out:{JUnitJar}"),
        new("java", Root, [JUnitPlan.MainClass, "SortedSearchTest"], $"out:{JUnitJar}"),
    ];

    [Fact]
    public void TheCorpusCommandCompilesItsSourcesAgainstJUnitAndRunsItsTestClassFromTheRoot()
    {
        var plan = JUnitPlan.Make(Root, CorpusCalls);

        Assert.Equal([("src/SortedSearch.java", "src/SortedSearch.java"), ("test/SortedSearchTest.java", "test/SortedSearchTest.java")], plan.Sources);
        var (option, entries) = Assert.Single(plan.PathOptions);
        Assert.Equal("-classpath", option);
        Assert.Equal([JUnitJar], entries);
        Assert.Equal([JUnitJar], plan.RuntimeClassPath);
        Assert.Equal(["SortedSearchTest"], plan.JUnitArguments);
        Assert.Empty(plan.JavacOptions);
        Assert.Empty(plan.JvmOptions);
        Assert.Equal(".", plan.RunDirectory);
    }

    [Fact]
    public void PathsAreKeptRelativeToTheRootFromTheFolderEachToolRanIn()
    {
        var plan = JUnitPlan.Make(Root, [
            new("javac", Root + "/app", ["-cp", $"lib/dep.jar:{Root}/shared/util.jar:../tools/*:{JUnitJar}", "-d", "../build/classes", "./src//com/acme/Calc.java"], null),
            new("java", Root + "/build", ["-cp", $"classes:{Root}/app/lib/dep.jar:{JUnitJar}", JUnitPlan.MainClass, "com.acme.CalcTest"], null),
        ]);

        Assert.Equal(("./src//com/acme/Calc.java", "app/src/com/acme/Calc.java"), Assert.Single(plan.Sources));
        Assert.Equal(["app/lib/dep.jar", "shared/util.jar", "tools/*", JUnitJar], plan.PathOptions[0].Entries);
        Assert.Equal(["app/lib/dep.jar", JUnitJar], plan.RuntimeClassPath);
        Assert.Equal("build", plan.RunDirectory);
    }

    [Fact]
    public void WithNoClasspathOptionOrVariableBothToolsUseTheirFolder()
    {
        var plan = JUnitPlan.Make(Root, [
            new("javac", Root + "/t", ["Calc.java", "CalcTest.java"], null),
            new("java", Root + "/t", [JUnitPlan.MainClass, "CalcTest"], null),
        ]);

        Assert.Equal(["t"], plan.PathOptions[0].Entries);
        Assert.Equal(["t"], plan.RuntimeClassPath);
    }

    [Fact]
    public void AClasspathOfOnlyTheOutputFolderCompilesAgainstNothing()
    {
        var plan = JUnitPlan.Make(Root, [
            new("javac", Root, ["-d", "out", "-cp", "out", "Calc.java"], null),
            new("java", Root, ["-cp", $"out:{JUnitJar}", JUnitPlan.MainClass, "CalcTest"], null),
        ]);

        Assert.Equal([JUnitPlan.EmptyClassPath], plan.PathOptions[0].Entries);
    }

    [Fact]
    public void JavacOptionsThatShapeTheCompileAreKeptAndTheSourcePathIsReRooted()
    {
        var plan = JUnitPlan.Make(Root, [
            new("javac", Root, ["-encoding", "ISO-8859-1", "-g", "--release=17", "-Xlint:unchecked", "-proc:none", "-sourcepath", "src", "-d", "out", "src/Calc.java"], null),
            new("java", Root, ["-ea", "-Dlocale=fr", "-Xss4m", "-cp", $"out:{JUnitJar}", JUnitPlan.MainClass, "--filter=x", "CalcTest"], null),
        ]);

        Assert.Equal(["-encoding", "ISO-8859-1", "-g", "--release", "17", "-Xlint:unchecked", "-proc:none"], plan.JavacOptions);
        Assert.Equal("ISO-8859-1", plan.Encoding);
        Assert.Equal("-sourcepath", plan.PathOptions[1].Option);
        Assert.Equal(["src"], plan.PathOptions[1].Entries);
        Assert.Equal(["-ea", "-Dlocale=fr", "-Xss4m"], plan.JvmOptions);
        Assert.Equal(["--filter=x", "CalcTest"], plan.JUnitArguments);
    }

    [Theory]
    [InlineData("-processor", "javac was given -processor")]
    [InlineData("-processorpath", "javac was given -processorpath")]
    [InlineData("--module-path", "javac was given --module-path")]
    [InlineData("@sources.txt", "javac read its arguments from a file")]
    [InlineData("Calc.class", "not a .java source")]
    public void JavacArgumentsTheHostCannotFollowKeepTheSearchClassic(string argument, string reason)
    {
        var error = Assert.Throws<JUnitPlanException>(() => JUnitPlan.Make(Root, [
            new("javac", Root, [argument, "x", "Calc.java"], null),
            CorpusCalls[1],
        ]));

        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("-jar", "java was given -jar")]
    [InlineData("@jvm.args", "java read its arguments from a file")]
    [InlineData("--module-path", "java was given --module-path")]
    [InlineData("com.acme.Main", "java ran com.acme.Main")]
    public void JavaArgumentsTheHostCannotFollowKeepTheSearchClassic(string argument, string reason)
    {
        var error = Assert.Throws<JUnitPlanException>(() => JUnitPlan.Make(Root, [
            CorpusCalls[0],
            new("java", Root, [argument, JUnitPlan.MainClass, "CalcTest"], null),
        ]));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void OnlyOneJavacFollowedByOneJavaCanBeFollowed()
    {
        Assert.Contains("it ran none", Assert.Throws<JUnitPlanException>(() => JUnitPlan.Make(Root, [])).Message);
        Assert.Contains("it ran javac", Assert.Throws<JUnitPlanException>(() => JUnitPlan.Make(Root, [CorpusCalls[0]])).Message);
        Assert.Contains("it ran java, then javac", Assert.Throws<JUnitPlanException>(() => JUnitPlan.Make(Root, [CorpusCalls[1], CorpusCalls[0]])).Message);
        Assert.Contains("javac, then javac, then java", Assert.Throws<JUnitPlanException>(() => JUnitPlan.Make(Root, [CorpusCalls[0], .. CorpusCalls])).Message);
    }

    [Fact]
    public void JavaRunOutsideTheWorkspaceOrAnArgumentWithALineBreakIsNotFollowed()
    {
        Assert.Contains("outside the workspace", Assert.Throws<JUnitPlanException>(() =>
            JUnitPlan.Make(Root, [CorpusCalls[0], CorpusCalls[1] with { Directory = "/tmp" }])).Message);
        Assert.Contains("a tab or a line break", Assert.Throws<JUnitPlanException>(() =>
            JUnitPlan.Make(Root, [CorpusCalls[0], CorpusCalls[1] with { Arguments = [JUnitPlan.MainClass, "Calc\nTest"] }])).Message);
    }

    [Fact]
    public void TheFilesGiveTheHostItsPlanLinesTheJvmItsQuotedOptionsAndTheShellItsFolder()
    {
        var plan = JUnitPlan.Make(Root, [
            new("javac", Root, ["-d", "out", "-g", "src/My Calc.java"], $"out:{JUnitJar}"),
            new("java", $"{Root}/it's", ["-Dgreeting=say \"hi\"", @"-Dpath=C:\temp", JUnitPlan.MainClass, "CalcTest"], $"{Root}/out:{JUnitJar}"),
        ]);

        var files = plan.Files();

        Assert.Equal("source\tsrc/My Calc.java\tsrc/My Calc.java\noption\t-g\npaths\t-classpath\t/usr/share/java/junit4.jar\n" +
                     "runtime-classpath\t/usr/share/java/junit4.jar\njunit\tCalcTest\n", files[JUnitPlan.PlanFile]);
        Assert.Equal("\"-Dgreeting=say \\\"hi\\\"\"\n\"-Dpath=C:\\\\temp\"\n", files[JUnitPlan.ArgumentFile]);
        Assert.Contains("\ncd 'it'\\''s' && exec java @\"$1/.asa-warm/java/jvm.args\" ${share:+\"$share\"} -cp \"$1/.asa-warm/java/host.jar\" AsaWarmHost \"$1\" ", files[JUnitPlan.RunScript]);
    }
}
