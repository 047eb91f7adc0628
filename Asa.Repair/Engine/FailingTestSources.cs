using Asa.Repair.Localization;

namespace Asa.Repair.Engine;

/// <summary>
/// The failing tests' sources, so localisation can follow what they call: in each test file the failure names (by
/// path, or by file name as JUnit and .NET runners print a class), the test functions the failure names, or the
/// whole file when it names none of them.
/// </summary>
public static class FailingTestSources
{
    public static string? Find(CheckoutSnapshot checkout, string failureOutput, Func<string, bool>? isTest = null)
    {
        isTest ??= TestFileConvention.IsTest;
        var sources = new List<string>();
        for (var index = 0; index < checkout.Files.Count && sources.Count < 3; index++)
        {
            var file = checkout.Files[index];
            if (!isTest(file.Path)
                || !failureOutput.Contains(file.Path, StringComparison.Ordinal) && !failureOutput.Contains(Path.GetFileNameWithoutExtension(file.Path), StringComparison.Ordinal))
            {
                continue;
            }
            var lines = file.Text.Split('\n');
            var failing = checkout.Symbols[index]
                .Where(s => s.Kind is "function" or "method" && NamedIn(failureOutput, s.Name))
                .Select(s => string.Join('\n', lines[(s.StartLine - 1)..Math.Min(s.EndLine, lines.Length)]))
                .ToList();
            sources.Add(failing.Count > 0 ? string.Join('\n', failing) : file.Text);
        }
        return sources.Count == 0 ? null : string.Join('\n', sources);
    }

    private static bool NamedIn(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : text[at - 1];
            var after = at + name.Length >= text.Length ? ' ' : text[at + name.Length];
            if (!char.IsLetterOrDigit(before) && before != '_' && !char.IsLetterOrDigit(after) && after != '_')
            {
                return true;
            }
        }
        return false;
    }
}
