using System.Text.RegularExpressions;

namespace Asa.Repair.Guardian;

/// <summary>A fix must make the tests pass by fixing the code, never by removing, skipping or deleting what the tests check.</summary>
internal static class TestWeakeningRules
{
    public static readonly PathGlob[] TestFiles =
    [
        new("**/test_*.py"), new("**/*_test.py"),
        new("**/tests/**"), new("**/test/**"), new("**/Tests/**"), new("**/Test/**"), new("**/__tests__/**"),
        new("**/*Tests.cs"), new("**/*Test.cs"), new("**/*.Tests/**"),
        new("**/*Test.java"),
        new("**/*.test.js"), new("**/*.test.ts"), new("**/*.test.jsx"), new("**/*.test.tsx"),
        new("**/*.spec.js"), new("**/*.spec.ts"), new("**/*.spec.jsx"), new("**/*.spec.tsx"),
        new("**/*_test.go"),
    ];

    private static readonly Regex Assertion = new(
        @"\bassert|Assert\.|\bexpect\(|\bt\.(?:Error|Fatal)|\b[Ss]hould", RegexOptions.CultureInvariant);

    private static readonly (string Name, Regex Pattern)[] SkipMarkers =
    [
        ("@pytest.mark.skip", new(@"@pytest\.mark\.skip")),
        ("pytest.skip(", new(@"\bpytest\.skip\(")),
        ("@unittest.skip", new(@"@unittest\.skip")),
        ("Skip =", new(@"\bSkip\s*=\s*""")),
        ("[Fact(Skip", new(@"\[(?:Fact|Theory)\(\s*Skip\b")),
        ("it.skip", new(@"\bit\.skip\b")),
        ("describe.skip", new(@"\bdescribe\.skip\b")),
        ("test.skip", new(@"\btest\.skip\b")),
        ("xit(", new(@"\bxit\(")),
        ("xdescribe(", new(@"\bxdescribe\(")),
        ("@Ignore", new(@"@Ignore\b")),
        ("@Disabled", new(@"@Disabled\b")),
        ("t.Skip", new(@"\bt\.Skip(?:Now|f)?\(")),
    ];

    public static IEnumerable<string> Check(FileChange change)
    {
        if (!PathGlob.AnyMatches(TestFiles, change.Path))
        {
            yield break;
        }
        if (change.IsDeletion)
        {
            yield return $"The fix deletes the test file {change.Path}.";
            yield break;
        }
        // An assertion that is only moved or re-indented reappears among the added lines and is not lost.
        var kept = change.Added.Select(line => line.Trim()).ToHashSet(StringComparer.Ordinal);
        var removedAssertion = change.Removed.FirstOrDefault(line => Assertion.IsMatch(line) && !kept.Contains(line.Trim()));
        if (removedAssertion is not null)
        {
            yield return $"The fix removes an assertion from the test file {change.Path} ('{removedAssertion.Trim()}').";
        }
        // One reason is enough; several markers often match the same line, as in [Fact(Skip = "...")].
        var marker = SkipMarkers.FirstOrDefault(m => change.Added.Any(m.Pattern.IsMatch));
        if (marker.Name is not null)
        {
            yield return $"The fix adds a skip marker ({marker.Name}) to the test file {change.Path}.";
        }
    }
}
