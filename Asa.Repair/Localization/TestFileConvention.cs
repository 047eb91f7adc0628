namespace Asa.Repair.Localization;

/// <summary>Whether a path is a test by the naming conventions of the common test frameworks.</summary>
public static class TestFileConvention
{
    private static readonly HashSet<string> TestDirectories = new(StringComparer.OrdinalIgnoreCase)
    {
        "test", "tests", "__tests__", "spec", "specs", "testing", "testdata", "__mocks__",
    };

    public static bool IsTest(string path)
    {
        var segments = path.Split('/');
        if (segments[..^1].Any(d => TestDirectories.Contains(d) || d.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase)
                                     || d.EndsWith(".Test", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        var name = segments[^1];
        var stem = Path.GetFileNameWithoutExtension(name);
        return name == "conftest.py"
            || stem.StartsWith("test_", StringComparison.Ordinal)
            || stem.EndsWith("_test", StringComparison.Ordinal)
            || stem.EndsWith("_tests", StringComparison.Ordinal)
            || stem.EndsWith(".test", StringComparison.Ordinal)
            || stem.EndsWith(".spec", StringComparison.Ordinal)
            || (stem.Length > 4 && (stem.EndsWith("Test", StringComparison.Ordinal) || stem.EndsWith("Tests", StringComparison.Ordinal)
                                    || stem.EndsWith("Spec", StringComparison.Ordinal)));
    }
}
