using Asa.Repair.Guardian;

namespace Asa.Repair.Tests;

/// <summary>Reviews a change to one file, shown to the model, with the reproduction test protected.</summary>
public static class GuardianReview
{
    public const string Bug = "add(2, 3) returns -1 instead of 5";
    public const string Calc = "def add(a, b):\n    return a - b\n";
    public const string ReproductionTest = "tests/test_asa_reproduction.py";

    public static IReadOnlyList<string> Review(
        string path, string? original, string changed, string bug = Bug, IEnumerable<string>? shown = null) =>
        DeterministicGuardian.Review(new GuardianInput(
            bug,
            new Dictionary<string, string?> { [path] = original },
            new Dictionary<string, string> { [path] = changed },
            (shown ?? [path]).ToHashSet(StringComparer.Ordinal),
            new HashSet<string> { ReproductionTest }));

    public static IReadOnlyList<string> ReviewAddedLine(string path, string line, string bug = Bug) =>
        Review(path, Calc, Calc + line + "\n", bug);
}
