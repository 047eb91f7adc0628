using System.Text.RegularExpressions;

namespace Asa.Repair.Localization;

/// <summary>
/// The repository modules a test imports, found by pattern in any of the languages: Python and Java imports and
/// JavaScript imports and requires as extension-free module paths, Go imports as package paths.
/// </summary>
internal static partial class ImportReferences
{
    public static IReadOnlyList<string> Modules(string source)
    {
        var modules = new List<string>();
        foreach (Match match in PythonFrom().Matches(source))
        {
            var module = match.Groups["module"].Value.TrimStart('.').Replace('.', '/');
            modules.Add(module);
            // `from pkg import calc` may name a submodule rather than a function.
            modules.AddRange(match.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(name => name.Split(' ')[0])
                .Where(name => name.Length > 0 && name != "*")
                .Select(name => module.Length == 0 ? name : $"{module}/{name}"));
        }
        foreach (Match match in PythonImport().Matches(source))
        {
            modules.AddRange(match.Groups["modules"].Value.Split(',', StringSplitOptions.TrimEntries).Select(m => m.Split(' ')[0].Replace('.', '/')));
        }
        foreach (Match match in ScriptImport().Matches(source))
        {
            modules.Add(StripScriptExtension(match.Groups["module"].Value));
        }
        foreach (Match match in JavaImport().Matches(source))
        {
            var name = match.Groups["name"].Value;
            modules.Add(name.Replace('.', '/'));
            if (match.Groups["static"].Success && name.LastIndexOf('.') is > 0 and var dot)
            {
                modules.Add(name[..dot].Replace('.', '/'));
            }
        }
        return modules.Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<string> GoPackages(string source)
    {
        var packages = new List<string>();
        foreach (Match block in GoImportBlock().Matches(source))
        {
            packages.AddRange(QuotedPath().Matches(block.Groups["paths"].Value).Select(m => m.Groups[1].Value));
        }
        packages.AddRange(GoSingleImport().Matches(source).Select(m => m.Groups["path"].Value));
        // A test in the package under test imports nothing; its package clause names the directory instead.
        if (GoPackageClause().Match(source) is { Success: true } clause && clause.Groups["name"].Value != "main")
        {
            packages.Add(clause.Groups["name"].Value);
        }
        return packages.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string StripScriptExtension(string module)
    {
        var extension = Path.GetExtension(module);
        return extension is ".js" or ".mjs" or ".cjs" or ".ts" or ".jsx" or ".tsx" ? module[..^extension.Length] : module;
    }

    [GeneratedRegex(@"^[ \t]*from[ \t]+(?<module>\.*[\w.]*)[ \t]+import[ \t]+\(?(?<names>[\w, \t]+)", RegexOptions.Multiline)]
    private static partial Regex PythonFrom();

    [GeneratedRegex(@"^[ \t]*import[ \t]+(?<modules>[\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex PythonImport();

    [GeneratedRegex(@"(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['""](?<module>[^'""\n]+)['""]")]
    private static partial Regex ScriptImport();

    [GeneratedRegex(@"^[ \t]*import[ \t]+(?<static>static[ \t]+)?(?<name>[\w.]+)[ \t]*;", RegexOptions.Multiline)]
    private static partial Regex JavaImport();

    [GeneratedRegex(@"^[ \t]*import[ \t]*\((?<paths>[^)]*)\)", RegexOptions.Multiline)]
    private static partial Regex GoImportBlock();

    [GeneratedRegex(@"^[ \t]*import[ \t]+(?:\w+[ \t]+)?""(?<path>[^""\n]+)""", RegexOptions.Multiline)]
    private static partial Regex GoSingleImport();

    [GeneratedRegex(@"^package[ \t]+(?<name>\w+?)(?:_test)?[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex GoPackageClause();

    [GeneratedRegex(@"""([^""\n]+)""")]
    private static partial Regex QuotedPath();
}
