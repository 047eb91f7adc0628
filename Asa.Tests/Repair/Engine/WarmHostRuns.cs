using Asa.Benchmarks;
using Asa.Repair;
using Asa.Repair.Engine;
using Asa.Repair.Engine.WarmRuns;
using Asa.Repair.Verification;

namespace Asa.Tests.Repair.Engine;

/// <summary>
/// What the sandbox tests of the compiling warm hosts (C#, Java) share: candidates tried batch after batch as the search
/// tries them until one passes, a candidate's classic run, a file's content in the fork, and the scratch repository.
/// </summary>
internal static class WarmHostRuns
{
    public static async Task<List<TestSuiteRun>> RunAllAsync(
        SandboxCandidateRunner sandbox, CandidateRuns runs, string fork, IReadOnlyList<CandidateEdit> candidates, TimeSpan limit)
    {
        var tried = new List<TestSuiteRun>();
        while (tried.Count < candidates.Count && !(tried.Count > 0 && tried[^1].Run.Succeeded))
        {
            var batch = await runs.RunAsync(sandbox, fork, [.. candidates.Skip(tried.Count)], _ => Asa.Repair.Edits.TextEncoding.Utf8, limit,
                CancellationToken.None, CancellationToken.None);
            tried.AddRange(batch.Select(b => b.Failing));
        }
        return tried;
    }

    public static async Task<TestSuiteRun> ClassicAsync(SandboxCandidateRunner sandbox, string command, string fork, CandidateEdit candidate) =>
        await CandidateRuns.Classic(command).RunAsync(sandbox, fork, [candidate], _ => Asa.Repair.Edits.TextEncoding.Utf8, TimeSpan.FromSeconds(120),
            CancellationToken.None, CancellationToken.None) is [var (_, run)] ? run : throw new InvalidOperationException("no classic run");

    public static async Task AssertContentAsync(SandboxCandidateRunner sandbox, string fork, string path, string expected)
    {
        var shown = await sandbox.RunAsync(fork, $"cat {path}", TimeSpan.FromSeconds(30), 64 * 1024, CancellationToken.None);
        Assert.Equal(expected, shown.OutputTail);
    }

    public static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
