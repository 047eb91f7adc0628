using Asa.Repair.Diffs;
using Asa.Repair.Edits;

namespace Asa.Repair.Guardian;

/// <summary>
/// Rejects fixes that do what a bug fix never needs: touch files outside what the model saw, weaken tests, add secrets,
/// new network, process or environment access, obfuscated code, or build changes. The rules are fixed tables, so the same
/// fix always gets the same verdict.
/// </summary>
public static class DeterministicGuardian
{
    /// <summary>One sentence per violation, naming the file and the rule; empty when the fix passes.</summary>
    public static IReadOnlyList<string> Review(GuardianInput input)
    {
        var reasons = new List<string>();
        foreach (var (path, changed) in input.Changed.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!RepositoryPath.Check(path, out var invalid))
            {
                reasons.Add($"The fix edits '{Printable(path)}', which is not a valid repository path: {invalid}.");
                continue;
            }
            if (input.ProtectedFiles.Contains(path))
            {
                reasons.Add($"The fix edits the reproduction test {path}.");
                continue;
            }
            var known = input.Originals.TryGetValue(path, out var original);
            if (input.Tests?.ReasonFor(path) is { } protectedBecause)
            {
                var verb = known && original is null ? "creates" : changed.Trim().Length == 0 ? "deletes" : "edits";
                reasons.Add($"The fix {verb} {path}, which no fix may touch because {protectedBecause}: a fix changes the code under test, never its tests or test configuration.");
                continue;
            }
            if (!(known && original is null) && !input.ShownFiles.Contains(path))
            {
                reasons.Add($"The fix edits {path}, which the model was not shown.");
            }

            var (added, removed) = UnifiedDiff.ChangedLines(original, changed);
            var change = new FileChange(path, original, changed, added, removed);
            reasons.AddRange(TestWeakeningRules.Check(change));
            reasons.AddRange(SuspiciousCodeRules.Check(change));
            reasons.AddRange(CapabilityRules.Check(change, input.BugDescription));
            reasons.AddRange(BuildFileRules.Check(change, input.BugDescription));
        }
        return reasons;
    }

    private static string Printable(string path) => string.Concat(path.Select(c => char.IsControl(c) ? '?' : c));
}
