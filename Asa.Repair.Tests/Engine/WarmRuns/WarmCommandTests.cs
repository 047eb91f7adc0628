using Asa.Repair.Engine.WarmRuns;

namespace Asa.Repair.Tests.Engine.WarmRuns;

public sealed class WarmCommandTests
{
    [Fact]
    public void APytestModuleCommandNarrowedToQuotedTestIdsRunsWarm()
    {
        var command = WarmCommand.Parse("python3 -m pytest -q -x 'tests/test_calc.py::test_add[1-2]'");

        Assert.NotNull(command);
        Assert.Equal((WarmRunner.Pytest, ".", "python3", true), (command.Runner, command.Directory, command.Interpreter, command.PythonModule));
        Assert.Equal(["-q", "-x", "tests/test_calc.py::test_add[1-2]"], command.Arguments);
    }

    [Fact]
    public void APytestScriptAfterCdRunsWarmInThatFolder()
    {
        var command = WarmCommand.Parse("cd service && pytest -q");

        Assert.NotNull(command);
        Assert.Equal(("service", "python3", false), (command.Directory, command.Interpreter, command.PythonModule));
        Assert.Equal(["-q"], command.Arguments);
    }

    [Fact]
    public void NodesTestRunnerRunsWarmWithItsFiles()
    {
        var command = WarmCommand.Parse("node --test 'test/csv.test.js'");

        Assert.Equal(WarmRunner.NodeTest, command?.Runner);
        Assert.Equal(["test/csv.test.js"], command!.Arguments);
    }

    [Fact]
    public void DotnetRunRunsWarmWithNoProgramArguments()
    {
        var command = WarmCommand.Parse("dotnet run");

        Assert.NotNull(command);
        Assert.Equal((WarmRunner.DotnetRun, ".", null, null), (command.Runner, command.Directory, command.Project, command.Configuration));
        Assert.Empty(command.Arguments);
    }

    [Fact]
    public void DotnetRunKeepsItsProjectConfigurationAndTheProgramsArguments()
    {
        var command = WarmCommand.Parse("cd app && dotnet run --project src/App.csproj -c Release -- HeldBackTests 'two words'");

        Assert.NotNull(command);
        Assert.Equal((WarmRunner.DotnetRun, "app", "src/App.csproj", "Release"), (command.Runner, command.Directory, command.Project, command.Configuration));
        Assert.Equal(["HeldBackTests", "two words"], command.Arguments);
    }

    [Fact]
    public void OptionsAfterTheSeparatorAreTheProgramsNotDotnetRuns()
    {
        var command = WarmCommand.Parse("dotnet run -- --framework x");

        Assert.Equal(["--framework", "x"], command?.Arguments);
        Assert.Null(command?.Configuration);
    }

    [Theory]
    [InlineData("rm -rf out && mkdir out && export CLASSPATH=out:/usr/share/java/junit4.jar && javac -d out $(find src test -name '*.java') && java org.junit.runner.JUnitCore SortedSearchTest")]
    [InlineData("cd app; javac -cp \"lib/*\" -d build `find . -name *.java` && (cd build && java -cp .:../lib/* org.junit.runner.JUnitCore a.BTest)")]
    public void AJavacAndJUnitCoreCommandIsKeptWholeForTheJavaHost(string command)
    {
        var parsed = WarmCommand.Parse(command);

        Assert.Equal(WarmRunner.JUnit, parsed?.Runner);
        Assert.Equal(command, parsed!.Script);
    }

    [Theory]
    [InlineData("java -cp out:junit4.jar org.junit.runner.JUnitCore CalcTest")]
    [InlineData("javac-wrapper Calc.java && java org.junit.runner.JUnitCore CalcTest")]
    [InlineData("javac Calc.java && java org.junit.runner.JUnitCoreExtra CalcTest")]
    [InlineData("mvn -q test")]
    public void AJavaCommandWithoutBothJavacAndJUnitCoreStaysClassic(string command) => Assert.Null(WarmCommand.Parse(command));

    [Theory]
    [InlineData("python3 -m pytest -q | tee log")]
    [InlineData("python3 -m pytest -q; echo done")]
    [InlineData("python3 -m pytest $ARGS")]
    [InlineData("python3 -m pytest tests/*.py")]
    [InlineData("PYTHONPATH=src python3 -m pytest")]
    [InlineData("python3 -m pytest -k \"add and not slow\"")]
    [InlineData("python3 -m pytest 'unterminated")]
    [InlineData("npm test")]
    [InlineData("dotnet test")]
    [InlineData("dotnet run HeldBackTests")]
    [InlineData("dotnet run --framework net10.0")]
    [InlineData("dotnet run -p:Configuration=Release")]
    [InlineData("dotnet run --project")]
    [InlineData("dotnet run -c Release -c Debug")]
    [InlineData("rm -rf out && mkdir out && javac -d out Main.java && java Main")]
    public void ACommandTheShellWouldDoMoreWithStaysClassic(string command) => Assert.Null(WarmCommand.Parse(command));
}
