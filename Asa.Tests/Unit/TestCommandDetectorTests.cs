using Asa.Worker.Indexing;
using Asa.Repair.Indexing;

namespace Asa.Tests.Unit;

public sealed class TestCommandDetectorTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("asa-detect-");

    public void Dispose() => root.Delete(recursive: true);

    private void Write(string relativePath, string content = "")
    {
        var path = Path.Combine(root.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private string Detect() => CodeInventoryBuilder.Build(root.FullName, CancellationToken.None).DetectedTestCommand;

    [Theory]
    [InlineData("tests/test_calc.py", "python3 -m pytest")]
    [InlineData("calc_test.py", "python3 -m pytest")]
    [InlineData("pytest.ini", "python3 -m pytest")]
    [InlineData("src/App/App.csproj", "dotnet test")]
    [InlineData("App.sln", "dotnet test")]
    [InlineData("go.mod", "go test ./...")]
    [InlineData("Cargo.toml", "cargo test")]
    [InlineData("pom.xml", "mvn -q test")]
    [InlineData("build.gradle", "gradle test")]
    public void DetectsTheTestCommandFromTheFilesARepositoryHas(string file, string command)
    {
        Write(file);

        Assert.Equal(command, Detect());
    }

    [Fact]
    public void PrefersTheGradleWrapperWhenThereIsOne()
    {
        Write("build.gradle");
        Write("gradlew");

        Assert.Equal("./gradlew test", Detect());
    }

    [Fact]
    public void DetectsNpmTestOnlyWhenPackageJsonDefinesARealTestScript()
    {
        Write("package.json", """{ "scripts": { "test": "echo \"Error: no test specified\" && exit 1" } }""");
        Assert.Equal("", Detect());

        Write("package.json", """{ "scripts": { "test": "node --test" } }""");
        Assert.Equal("npm test", Detect());
    }

    [Fact]
    public void PicksTheToolchainOfTheMainLanguageWhenSeveralArePresent()
    {
        Write("package.json", """{ "scripts": { "test": "jest" } }""");
        Write("tests/test_a.py");
        Write("pkg/a.py");
        Write("pkg/b.py");
        Write("web/app.js");

        Assert.Equal("python3 -m pytest", Detect());
    }

    [Fact]
    public void FindsNothingInARepositoryWithoutTests()
    {
        Write("README.md", "# nothing to test");
        Write("main.py", "print('hi')");

        Assert.Equal("", Detect());
    }
}
