using System.Text.Json;
using Asa.Cli;
using Asa.Corpus;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Cli;

/// <summary>
/// <c>asa eval</c> end to end against a running stack with the embedded engine: two corpus cases loaded as an evaluation
/// set, run with the engine, and reported to files.
/// </summary>
public sealed class CliEvaluationTests(EngineStack stack) : IClassFixture<EngineStack>, IDisposable
{
    // Two cases the engine fixes in seconds; the rest of the run is the held-back check in the sandbox.
    private static readonly string[] CaseNames = ["js-leap-year", "py-clamp-bounds"];
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(5);

    private readonly string scratch = Directory.CreateTempSubdirectory("asa-cli-eval-").FullName;

    [Fact]
    public async Task TwoCorpusCasesLoadRunWithTheEngineAndReportFixedAndCorrect()
    {
        await using var worker = await stack.EngineWorkerAsync();
        using var cli = await CliSession.ForUserAsync(stack, $"cli-eval-{Guid.NewGuid():N}");
        cli.WorkingDirectory = scratch;
        CopyCases(Path.Combine(scratch, "corpus"));
        var repositories = Path.Combine(scratch, "repos");

        var loaded = (await cli.RunAsync("eval", "load-corpus", "--repos-dir", repositories)).ShouldExit(ExitCodes.Ok);
        Assert.Contains("Loaded 2 cases", loaded.Output);
        Assert.All(CaseNames, name => Assert.True(Directory.Exists(Path.Combine(repositories, name, ".git")), name));

        var cases = (await cli.RunAsync("eval", "cases", "--json")).ShouldExit(ExitCodes.Ok).Json().GetProperty("cases").EnumerateArray()
            .Where(c => CaseNames.Contains(c.GetProperty("name").GetString())).ToList();
        Assert.Equal(2, cases.Count);
        Assert.All(cases, c => Assert.Equal(Path.Combine(repositories, c.GetProperty("name").GetString()!), c.GetProperty("repoUrl").GetString()));
        Assert.All(cases, c => Assert.Equal(("easy", 1), (c.GetProperty("difficulty").GetString(), c.GetProperty("checkFileCount").GetInt32())));

        var run = (await cli.RunAsync(["eval", "run", "--case", "py-clamp-bounds", "--case", "js-leap-year", "--fixer", "engine", "--wait", "--json"],
            CancellationToken.None, RunLimit)).ShouldExit(ExitCodes.Ok).Json();
        var runId = run.GetProperty("run").GetProperty("runId").GetString()!;

        var reports = Path.Combine(scratch, "reports");
        var report = (await cli.RunAsync("eval", "report", runId, "--out", reports)).ShouldExit(ExitCodes.Ok);
        var markdown = await File.ReadAllTextAsync(Path.Combine(reports, $"{runId}.md"));
        Assert.Equal(markdown, report.Output);
        Assert.Contains("| all | 2 | 2 | 2 | 100.0% | 2 / 2 | 100.0% |", markdown);
        Assert.Contains("| easy | 2 | 2 | 2 | 100.0% | 2 / 2 | 100.0% |", markdown);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(reports, $"{runId}.json")));
        var overall = json.RootElement.GetProperty("overall");
        Assert.Equal((2, 2, 2, 2, 2), (overall.GetProperty("cases").GetInt32(), overall.GetProperty("recorded").GetInt32(),
            overall.GetProperty("passed").GetInt32(), overall.GetProperty("checked").GetInt32(), overall.GetProperty("correct").GetInt32()));
        Assert.Equal(1.0, overall.GetProperty("passRate").GetDouble());
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(CaseNames, results.Select(r => r.GetProperty("caseName").GetString()).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.Equal(("recorded", true, true),
            (r.GetProperty("state").GetString(), r.GetProperty("passed").GetBoolean(), r.GetProperty("correct").GetBoolean())));

        var status = (await cli.RunAsync("eval", "status", runId)).ShouldExit(ExitCodes.Ok);
        Assert.All(CaseNames, name => Assert.Contains(name, status.Output));
        Assert.Contains("recorded: 2 of 2 cases", status.Output);
    }

    private static void CopyCases(string corpus)
    {
        foreach (var name in CaseNames)
        {
            var source = Path.Combine(SolutionPaths.Root, CorpusCatalog.FolderName, name);
            var target = Path.Combine(corpus, name);
            CorpusFiles.CopyTree(source, target);
        }
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
