using Asa.Repair.Diffs;
using System.Diagnostics;
using Asa.Protos.V1;
using Asa.Repair.Indexing;
using Asa.Worker.Indexing;
using Asa.Worker.Llm;
using Asa.Worker.Prompts;
using Asa.Repair.Edits;
using Asa.Repair.Guardian;
using Asa.Repair.Localization;
using Google.Protobuf;
using LibGit2Sharp;
using Microsoft.Extensions.AI;
using static Asa.Benchmarks.ReportWriter;

namespace Asa.Benchmarks;

/// <summary>
/// The <c>pipeline</c> command: the worker's own work for one task on a small repository, stage by stage, with the
/// model and the sandbox left out (their time is the model's latency and the repository's tests, not ASA's overhead).
/// Returns the process exit code.
/// </summary>
public sealed class PipelineBenchmark(PipelineOptions options, TextWriter output, TextWriter error)
{
    public const int ExitOverGoal = 5;
    private static readonly TimeSpan Goal = TimeSpan.FromSeconds(1);

    private static readonly string[] Stages =
    [
        "clone (LibGit2Sharp, local)", "index (inventory, test command)", "localise + assemble prompts (cit, code_agent)",
        "read reply (parse, apply edits, diff)", "guardian rules", "bookkeeping (fix record)",
    ];

    public Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var repository = BuggyPythonRepository.Generate(options.Files);
        Commit(repository.Root);
        var prompts = PromptCatalog.Load(Path.Combine(AppContext.BaseDirectory, "prompts"), new HashSet<string>(["json", "test-file", "edit-blocks"]));
        var counter = new PromptTokenCounter(options.Model);
        var times = Stages.ToDictionary(s => s, _ => new List<double>());
        var totals = new List<double>();
        var promptTokens = 0;

        for (var i = 0; i <= options.Iterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var clone = Path.Combine(Path.GetTempPath(), $"asa-bench-clone-{Guid.NewGuid():N}");
            try
            {
                var measured = new Dictionary<string, TimeSpan>();
                T Time<T>(string stage, Func<T> work)
                {
                    var started = Stopwatch.GetTimestamp();
                    var result = work();
                    measured[stage] = Stopwatch.GetElapsedTime(started);
                    return result;
                }

                Time(Stages[0], () => Repository.Clone(repository.Root, clone));
                var inventory = Time(Stages[1], () => CodeInventoryBuilder.Build(clone, cancellationToken));
                promptTokens = Time(Stages[2], () => AssemblePrompts(clone, repository, inventory, prompts, counter, cancellationToken));
                var (originals, changed) = Time(Stages[3], () => ReadReply(clone, repository));
                var reasons = Time(Stages[4], () => DeterministicGuardian.Review(new GuardianInput(
                    repository.BugDescription, originals, changed, changed.Keys.ToHashSet(), new HashSet<string>(["tests/test_repro.py"]))));
                Time(Stages[5], () => JsonFormatter.Default.Format(new TaskFix
                {
                    Diff = string.Concat(changed.Select(f => UnifiedDiff.Render(f.Key, originals[f.Key], f.Value))),
                    Rationale = "Divide by the total.",
                    Confidence = 0.9,
                    Attempts = 1,
                    ChangedFiles = { changed.Keys },
                }));
                if (reasons.Count > 0)
                {
                    throw new InvalidOperationException($"the guardian rejected the benchmark's fix: {string.Join(" ", reasons)}");
                }
                // The first run pays for JIT compilation and a cold file cache; it is not measured.
                if (i == 0)
                {
                    continue;
                }
                foreach (var (stage, elapsed) in measured)
                {
                    times[stage].Add(elapsed.TotalMilliseconds);
                }
                totals.Add(measured.Values.Sum(t => t.TotalMilliseconds));
            }
            finally
            {
                DeleteClone(clone);
            }
        }

        output.WriteLine(Invariant($"ASA pipeline overhead benchmark: {repository.FileCount} files ({repository.Bytes / 1_000.0:0} kB), {options.Iterations} measured runs after one unmeasured, {Environment.ProcessorCount} cores"));
        output.WriteLine("model latency and sandbox test time are not included: they are the model's and the repository's, not ASA's");
        foreach (var stage in Stages)
        {
            PrintLatency(output, $"  {stage}", LatencySummary.Of(times[stage]), null, withP90: false);
        }
        var total = LatencySummary.Of(totals);
        PrintLatency(output, "  total", total, null, withP90: false);
        output.WriteLine(Invariant($"  code_agent prompt: {promptTokens} tokens; goal: total median under {Goal.TotalMilliseconds:0} ms: {(total.P50Ms < Goal.TotalMilliseconds ? "met" : "MISSED")}"));
        if (total.P50Ms >= Goal.TotalMilliseconds)
        {
            error.WriteLine("the pipeline's own overhead exceeded 1 s");
            return Task.FromResult(ExitOverGoal);
        }
        return Task.FromResult(SubmitBenchmark.ExitOk);
    }

    private static int AssemblePrompts(
        string clone, BuggyPythonRepository repository, CodeInventory inventory, PromptCatalog prompts, PromptTokenCounter counter,
        CancellationToken cancellationToken)
    {
        var checkout = CheckoutSnapshot.Load(clone, cancellationToken);
        var localizer = new FaultLocalizer();
        var forTest = localizer.Rank(checkout, new LocalizationQuery(repository.BugDescription, "", null), cancellationToken);
        var testContext = CodeContextBuilder.Build(clone, forTest.Where(f => !f.IsTest).ToList(), 6000, counter.Count);
        var cit = prompts["cit"];
        counter.Count([new ChatMessage(ChatRole.System, cit.System), new ChatMessage(ChatRole.User, cit.RenderUser(new Dictionary<string, string>
        {
            ["bug_description"] = repository.BugDescription,
            ["repository_summary"] = $"{inventory.FileCount} files",
            ["test_command"] = inventory.DetectedTestCommand,
            ["example_test"] = "(none)",
            ["code_context"] = CodeContextBuilder.Render(testContext),
            ["feedback"] = "",
        }))]);

        var forFix = localizer.Rank(checkout, new LocalizationQuery(repository.BugDescription, repository.FailureOutput, repository.ReproductionTest), cancellationToken);
        var fixContext = CodeContextBuilder.Build(clone, forFix, 12_000, counter.Count);
        var agent = prompts["code_agent"];
        return counter.Count([new ChatMessage(ChatRole.System, agent.System), new ChatMessage(ChatRole.User, agent.RenderUser(new Dictionary<string, string>
        {
            ["bug_description"] = repository.BugDescription,
            ["reproduction_test"] = repository.ReproductionTest,
            ["failure_output"] = repository.FailureOutput,
            ["code_context"] = CodeContextBuilder.Render(fixContext),
            ["feedback"] = "",
        }))]);
    }

    private static (IReadOnlyDictionary<string, string?> Originals, IReadOnlyDictionary<string, string> Changed) ReadReply(
        string clone, BuggyPythonRepository repository)
    {
        var reply = $"""
            RATIONALE: The share divides by (total - total), which is always zero; it must divide by the total.
            CONFIDENCE: 0.9

            {repository.BuggyPath}
            <<<<<<< SEARCH
                return part / (total - total)
            =======
                return part / total
            >>>>>>> REPLACE
            """;
        var fix = EditBlockParser.Parse(reply);
        var originals = new Dictionary<string, string?>();
        var applied = EditApplier.Apply(fix.Edits, path => originals[path] = File.ReadAllText(Path.Combine(clone, path)));
        if (!applied.Applied)
        {
            throw new InvalidOperationException($"the benchmark's fix did not apply: {string.Join(" ", applied.Problems)}");
        }
        return (originals, applied.NewContents);
    }

    private static void Commit(string root)
    {
        Repository.Init(root);
        using var repository = new Repository(root);
        Commands.Stage(repository, "*");
        var author = new Signature("asa-bench", "bench@asa.invalid", DateTimeOffset.UtcNow);
        repository.Commit("Generated repository", author, author);
    }

    private static void DeleteClone(string clone)
    {
        if (Directory.Exists(clone))
        {
            Directory.Delete(clone, recursive: true);
        }
    }
}
