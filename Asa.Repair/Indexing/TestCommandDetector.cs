using System.Text.Json;

namespace Asa.Repair.Indexing;

/// <summary>
/// Finds how a repository runs its tests from the files it has. When several toolchains are present,
/// the one of the repository's main language wins.
/// </summary>
public static class TestCommandDetector
{
    private const string NpmDefaultTestScript = "no test specified";

    public static string? Detect(string root, IReadOnlyList<string> relativePaths, IReadOnlyDictionary<string, int> filesByLanguage)
    {
        var candidates = Candidates(root, relativePaths).ToList();
        return candidates
            .OrderByDescending(c => c.Languages.Sum(language => filesByLanguage.GetValueOrDefault(language)))
            .Select(c => c.Command)
            .FirstOrDefault();
    }

    private static IEnumerable<(string Command, string[] Languages)> Candidates(string root, IReadOnlyList<string> paths)
    {
        bool AtTop(string name) => File.Exists(Path.Combine(root, name));
        bool Anywhere(Func<string, bool> predicate) => paths.Any(predicate);

        if (Anywhere(p => p.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)
                          || p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".fsproj", StringComparison.OrdinalIgnoreCase)))
        {
            yield return ("dotnet test", ["C#", "F#", "Visual Basic"]);
        }
        if (AtTop("pom.xml"))
        {
            yield return ("mvn -q test", ["Java", "Kotlin", "Scala"]);
        }
        if (AtTop("build.gradle") || AtTop("build.gradle.kts"))
        {
            yield return (AtTop("gradlew") ? "./gradlew test" : "gradle test", ["Java", "Kotlin", "Groovy"]);
        }
        if (AtTop("go.mod"))
        {
            yield return ("go test ./...", ["Go"]);
        }
        if (AtTop("Cargo.toml"))
        {
            yield return ("cargo test", ["Rust"]);
        }
        if (AtTop("package.json") && HasNpmTestScript(Path.Combine(root, "package.json")))
        {
            yield return ("npm test", ["JavaScript", "TypeScript"]);
        }
        if (UsesPytest(root, paths))
        {
            yield return ("python3 -m pytest", ["Python"]);
        }
    }

    private static bool HasNpmTestScript(string packageJson)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(packageJson));
            return document.RootElement.TryGetProperty("scripts", out var scripts)
                && scripts.ValueKind == JsonValueKind.Object
                && scripts.TryGetProperty("test", out var test)
                && test.ValueKind == JsonValueKind.String
                && !test.GetString()!.Contains(NpmDefaultTestScript, StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool UsesPytest(string root, IReadOnlyList<string> paths)
    {
        if (File.Exists(Path.Combine(root, "pytest.ini")) || paths.Any(p => Path.GetFileName(p) == "conftest.py"))
        {
            return true;
        }
        if (FileMentions(Path.Combine(root, "pyproject.toml"), "[tool.pytest") || FileMentions(Path.Combine(root, "setup.cfg"), "[tool:pytest]")
            || FileMentions(Path.Combine(root, "tox.ini"), "[pytest]"))
        {
            return true;
        }
        return paths.Any(p =>
        {
            var name = Path.GetFileName(p);
            return name.EndsWith(".py", StringComparison.Ordinal) && (name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal));
        });
    }

    private static bool FileMentions(string path, string text) =>
        File.Exists(path) && File.ReadAllText(path).Contains(text, StringComparison.Ordinal);
}
