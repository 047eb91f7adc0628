using System.Text.Json;
using System.Text.Json.Nodes;

namespace Asa.Repair.Guardian;

/// <summary>
/// CI, build and packaging files decide what runs and what ships; a bug fix changes them only when the bug is about them.
/// </summary>
internal static class BuildFileRules
{
    public static readonly PathGlob[] BuildFiles =
    [
        new(".github/**"), new(".ci/**"), new("**/.gitlab-ci.yml"),
        new("**/Dockerfile"), new("**/Dockerfile.*"), new("**/Makefile"),
        new("**/setup.py"), new("**/pyproject.toml"),
        new("**/*.csproj"), new("**/Directory.Build.props"), new("**/Directory.Build.targets"),
        new("**/pom.xml"), new("**/build.gradle"), new("**/build.gradle.kts"),
    ];

    /// <summary>Only its scripts run anything; a dependency bump in package.json is an ordinary change.</summary>
    private static readonly PathGlob PackageJson = new("**/package.json");

    public static IEnumerable<string> Check(FileChange change, string bugDescription)
    {
        var isBuildFile = PathGlob.AnyMatches(BuildFiles, change.Path)
                          || (PackageJson.Matches(change.Path) && ScriptsDiffer(change.Original, change.Changed));
        if (isBuildFile && !Names(bugDescription, change.Path))
        {
            yield return $"The fix changes the CI, build or packaging file {change.Path}, which the bug description does not name.";
        }
    }

    private static bool Names(string bugDescription, string path) =>
        bugDescription.Contains(path, StringComparison.OrdinalIgnoreCase)
        || bugDescription.Contains(path[(path.LastIndexOf('/') + 1)..], StringComparison.OrdinalIgnoreCase);

    private static bool ScriptsDiffer(string? original, string changed) =>
        // Unreadable JSON cannot be shown to leave the scripts alone.
        !TryReadScripts(original ?? "{}", out var before) || !TryReadScripts(changed, out var after) || !JsonNode.DeepEquals(before, after);

    private static bool TryReadScripts(string json, out JsonNode? scripts)
    {
        try
        {
            scripts = JsonNode.Parse(json)?["scripts"];
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            scripts = null;
            return false;
        }
    }
}
