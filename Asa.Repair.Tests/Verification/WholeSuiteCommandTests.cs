using Asa.Repair.Verification;

namespace Asa.Repair.Tests.Verification;

public sealed class WholeSuiteCommandTests
{
    [Theory]
    [InlineData("python3 -m pytest -q tests/test_parse.py", "python3 -m pytest -q")]
    [InlineData("python3 -m pytest -q -p no:cacheprovider tests/test_parse.py::test_sign -x", "python3 -m pytest -q -p no:cacheprovider -x")]
    [InlineData("pytest -k sign", "pytest")]
    [InlineData("cd pkg && pytest -q tests", "cd pkg && pytest -q")]
    [InlineData("node --test test/parse.test.js", "node --test")]
    [InlineData("dotnet test --filter FullyQualifiedName~Parse", "dotnet test")]
    [InlineData("mvn -q test -Dtest=ParseTest", "mvn -q test")]
    public void ANarrowCommandsWholeSuiteIsTheSameRunnerWithoutWhatSelects(string command, string wholeSuite) =>
        Assert.Equal(wholeSuite, WholeSuiteCommand.For(command));

    [Theory]
    [InlineData("python3 -m pytest -q")]
    [InlineData("python3 -m pytest -q -p no:cacheprovider")]
    [InlineData("node --test")]
    [InlineData("dotnet run")]
    [InlineData("npm test")]
    [InlineData("python3 -m pytest -q 'tests/test a.py'")]
    [InlineData("python3 -m pytest tests/test_a.py && flake8")]
    public void ACommandThatSelectsNothingOrIsNotUnderstoodHasNone(string command) => Assert.Null(WholeSuiteCommand.For(command));
}
