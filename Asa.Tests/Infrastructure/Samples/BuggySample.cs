namespace Asa.Tests.Infrastructure.Samples;

/// <summary>
/// A tiny repository with one bug its own tests do not cover, and what a model would answer about it. Its tests
/// pass as committed; <see cref="ReproductionTest"/> fails with an assertion error until <see cref="FixReply"/>'s
/// edits are applied, after which it and <see cref="TestCommand"/> pass. Replies are in the code_agent format
/// (RATIONALE, CONFIDENCE, then SEARCH/REPLACE blocks). Checked in the real sandbox by BuggySampleTests.
/// </summary>
/// <param name="Name">Unique kebab-case name, such as <c>python-median</c>.</param>
/// <param name="Language">python, csharp or javascript.</param>
/// <param name="Files">The repository as committed, by path relative to its root.</param>
/// <param name="TestCommand">The user's test command; passes on the committed repository.</param>
/// <param name="BugDescription">The bug as a user would report it.</param>
/// <param name="ReproductionTestPath">Where a model would put the reproduction test (a new file).</param>
/// <param name="ReproductionTest">The reproduction test; fails on an assertion before the fix.</param>
/// <param name="ReproductionCommand">Runs only the reproduction test.</param>
/// <param name="FixReply">A reply whose edits fix the bug.</param>
/// <param name="WrongFixReply">A plausible reply that applies cleanly but leaves the reproduction failing.</param>
/// <param name="TestDeletingReply">A reply that removes an assertion from the existing tests instead of fixing the code.</param>
/// <param name="BuggyFile">The path of the file with the bug.</param>
public sealed record BuggySample(
    string Name,
    string Language,
    IReadOnlyDictionary<string, string> Files,
    string TestCommand,
    string BugDescription,
    string ReproductionTestPath,
    string ReproductionTest,
    string ReproductionCommand,
    string FixReply,
    string WrongFixReply,
    string TestDeletingReply,
    string BuggyFile)
{
    /// <summary>A git repository holding <see cref="Files"/> in one commit on <c>main</c>.</summary>
    public GitRepositoryBuilder Repository() => new GitRepositoryBuilder().WithFiles(Files).Commit($"Add {Name}");

    /// <summary>A cit reply (the reproduction-test prompt's format) that writes <see cref="ReproductionTest"/>.</summary>
    public string CitReply() => CitReply(ReproductionTestPath, ReproductionCommand, ReproductionTest);

    public static string CitReply(string path, string command, string content) =>
        $"PATH: {path}\nCOMMAND: {command}\nEXPECTED_FAILURE: the assertion fails while the bug is present\n```\n{content}\n```\n";

    public override string ToString() => Name;
}

/// <summary>The buggy sample repositories, one per language the sandbox can test.</summary>
public static class BuggySamples
{
    public static BuggySample Python => PythonMedianSample.Sample;

    public static BuggySample CSharp => CSharpPagingSample.Sample;

    public static BuggySample JavaScript => JavaScriptTruncateSample.Sample;

    public static IReadOnlyList<BuggySample> All { get; } = [Python, CSharp, JavaScript];

    public static BuggySample Named(string name) =>
        All.SingleOrDefault(sample => sample.Name == name) ?? throw new ArgumentException($"No buggy sample is named '{name}'.", nameof(name));
}
