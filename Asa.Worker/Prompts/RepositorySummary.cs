using System.Text;
using Asa.Protos.V1;
using Asa.Repair.Localization;

namespace Asa.Worker.Prompts;

/// <summary>The short description of a repository a prompt carries: its languages and its test files.</summary>
public static class RepositorySummary
{
    private const int ListedTests = 20;

    public static string Describe(CodeInventory? inventory, IReadOnlyList<RankedFile> ranked)
    {
        var text = new StringBuilder();
        if (inventory is not null)
        {
            text.Append($"{inventory.FileCount} files; languages: ")
                .AppendJoin(", ", inventory.Languages.Take(5).Select(l => $"{l.Language} ({l.FileCount} files)"))
                .Append('\n');
        }
        var tests = ranked.Where(f => f.IsTest).Select(f => f.Path).Order(StringComparer.Ordinal).Take(ListedTests).ToList();
        text.Append(tests.Count > 0 ? $"Existing test files: {string.Join(", ", tests)}" : "No existing test files were found.");
        return text.ToString();
    }
}
