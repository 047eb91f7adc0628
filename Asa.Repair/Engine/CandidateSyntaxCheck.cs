using System.Collections.Concurrent;
using System.Diagnostics;
using Asa.Repair.Indexing;

namespace Asa.Repair.Engine;

/// <summary>
/// Whether a candidate may run, by its language's own rules: C# compiles in its project (Roslyn) and JavaScript parses
/// (Acornima), checked here; Python and Java are checked by their own parsers in the sandbox (<see cref="SyntaxCheckers"/>),
/// lazily and in batches: a candidate whose verdict is unknown is checked together with the next unchecked candidates
/// of its language the queue would give, in the fork about to run it, and every verdict is kept.
/// A parser is trusted only on a file it accepts unchanged. A file it rejects as it is (a syntax newer than the
/// sandbox's, or a checker's fault), or a language whose checker cannot run at all, keeps its candidates unchecked:
/// said once as a warning, and the tests decide. The token check (<see cref="SyntaxCheck"/>) stays as a cheap filter in
/// front of the parser, on files whose unchanged text passes it. One per search; safe to use from several forks at once.
/// </summary>
public sealed class CandidateSyntaxCheck(
    CSharpProjectCompiler compiler,
    ICandidateRunner runner,
    IRepairProgress progress,
    Func<Func<CandidateEdit, bool>, int, IReadOnlyList<CandidateEdit>> upcoming,
    SearchTimes? times = null)
{
    public const int BatchSize = 64;
    private const int CheckerOutputChars = 256 * 1024;
    private static readonly TimeSpan CheckerTimeLimit = TimeSpan.FromMinutes(2);
    private static readonly Task<SyntaxVerdict> Failed = Task.FromResult(SyntaxVerdict.Fails);
    private static readonly Task<SyntaxVerdict> NotChecked = Task.FromResult(SyntaxVerdict.Unchecked);

    private readonly Lock gate = new();
    private readonly Dictionary<CandidateEdit, Task<SyntaxVerdict>> verdicts = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, bool> tokensPassUnchanged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> rejectedUnchanged = new(StringComparer.Ordinal);
    private readonly HashSet<SourceLanguage> checkerCannotRun = [];
    private readonly HashSet<string> warned = new(StringComparer.Ordinal);

    public async Task<SyntaxVerdict> CheckAsync(CandidateEdit candidate, string fork, CancellationToken cancellationToken)
    {
        var language = Languages.Editable(candidate.Path)
                       ?? throw new ArgumentException($"{candidate.Path} is not in a language the engine edits.", nameof(candidate));
        if (language is SourceLanguage.CSharp or SourceLanguage.JavaScript)
        {
            var started = Stopwatch.GetTimestamp();
            var valid = language == SourceLanguage.CSharp
                ? compiler.Compiles(candidate.Path, candidate.Changed)
                : SyntaxCheck.IsValid(language, candidate.Changed, CodeTokenizer.Tokenize(language, candidate.Changed));
            times?.Add(SearchActivity.EngineCheck, Stopwatch.GetElapsedTime(started), 1);
            return valid ? SyntaxVerdict.Parses : SyntaxVerdict.Fails;
        }
        return await ParsedAsync(candidate, language, fork, cancellationToken);
    }

    private async Task<SyntaxVerdict> ParsedAsync(CandidateEdit candidate, SourceLanguage language, string fork, CancellationToken cancellationToken)
    {
        Task<SyntaxVerdict>? verdict;
        List<(CandidateEdit Candidate, TaskCompletionSource<SyntaxVerdict> Verdict)>? batch = null;
        lock (gate)
        {
            if (!verdicts.TryGetValue(candidate, out verdict) && (verdict = Known(candidate, language)) is null)
            {
                batch = [.. upcoming(c => !ReferenceEquals(c, candidate) && Languages.Editable(c.Path) == language && !verdicts.ContainsKey(c) && Known(c, language) is null,
                        BatchSize - 1)
                    .Prepend(candidate)
                    .Select(c => (c, new TaskCompletionSource<SyntaxVerdict>(TaskCreationOptions.RunContinuationsAsynchronously)))];
                foreach (var (edit, pending) in batch)
                {
                    verdicts[edit] = pending.Task;
                }
                verdict = batch[0].Verdict.Task;
            }
        }
        if (batch is not null)
        {
            await CheckBatchAsync(language, batch, fork, cancellationToken);
        }
        return await verdict.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// The verdict a candidate gets without its parser, kept: rejected by the token filter, or unchecked because the
    /// parser cannot be trusted on its file or language. Null when only the parser can tell. Called under the gate.
    /// </summary>
    private Task<SyntaxVerdict>? Known(CandidateEdit candidate, SourceLanguage language)
    {
        Task<SyntaxVerdict>? known = null;
        if (tokensPassUnchanged.GetOrAdd(candidate.Path, _ => TokensPass(language, candidate.Original)) && !TokensPass(language, candidate.Changed))
        {
            known = Failed;
        }
        else if (checkerCannotRun.Contains(language) || rejectedUnchanged.ContainsKey(candidate.Path))
        {
            known = NotChecked;
        }
        if (known is not null)
        {
            verdicts[candidate] = known;
        }
        return known;
    }

    private static bool TokensPass(SourceLanguage language, string text) => SyntaxCheck.IsValid(language, text, CodeTokenizer.Tokenize(language, text));

    private async Task CheckBatchAsync(
        SourceLanguage language, List<(CandidateEdit Candidate, TaskCompletionSource<SyntaxVerdict> Verdict)> batch, string fork, CancellationToken cancellationToken)
    {
        var warnings = new List<(string Key, string Message)>();
        try
        {
            var candidates = batch.Select(b => b.Candidate).ToList();
            var files = new Dictionary<string, string>(SyntaxCheckers.Files, StringComparer.Ordinal) { [SyntaxCheckers.BatchFile] = SyntaxBatch.Write(candidates) };
            await runner.WriteFilesAsync(fork, files, null, cancellationToken);
            var started = Stopwatch.GetTimestamp();
            var run = await runner.RunAsync(fork, SyntaxCheckers.Command(language), CheckerTimeLimit, CheckerOutputChars, cancellationToken);
            times?.Add(SearchActivity.SyntaxCheck, Stopwatch.GetElapsedTime(started), batch.Count);
            var result = run.LimitsHit.Count == 0 ? SyntaxBatch.Read(run.OutputTail) : null;
            if (result is null)
            {
                lock (gate)
                {
                    checkerCannotRun.Add(language);
                }
                warnings.Add(($"syntax-check-{language}",
                    $"{SyntaxCheckers.ParserName(language)} could not check {language} candidates: the checker {run.Describe()}{Tail(run.OutputTail)}. " +
                    $"{language} candidates run without a syntax check, and the tests decide."));
            }
            else
            {
                var paths = candidates.Select(c => c.Path).Distinct(StringComparer.Ordinal).ToList();
                for (var i = 0; i < paths.Count; i++)
                {
                    var (verdict, message) = result.Files.GetValueOrDefault(i, (SyntaxVerdict.Unchecked, "the checker gave no verdict"));
                    if (verdict != SyntaxVerdict.Parses && rejectedUnchanged.TryAdd(paths[i], message))
                    {
                        warnings.Add(($"syntax-check-unchanged-{paths[i]}",
                            $"{paths[i]} does not parse unchanged by {SyntaxCheckers.ParserName(language)} ({message}); " +
                            "its candidates are not rejected by that check, and the tests decide."));
                    }
                }
            }
            for (var i = 0; i < batch.Count; i++)
            {
                var (candidate, verdict) = batch[i];
                verdict.TrySetResult(result is null || rejectedUnchanged.ContainsKey(candidate.Path)
                    ? SyntaxVerdict.Unchecked
                    : result.Candidates.TryGetValue(i, out var answer) ? answer.Verdict : SyntaxVerdict.Unchecked);
            }
        }
        catch (Exception failure)
        {
            foreach (var (_, verdict) in batch)
            {
                if (failure is OperationCanceledException && cancellationToken.IsCancellationRequested)
                {
                    verdict.TrySetCanceled(cancellationToken);
                }
                else
                {
                    verdict.TrySetException(failure);
                }
            }
            throw;
        }
        foreach (var (key, message) in warnings)
        {
            await WarnOnceAsync(key, message, cancellationToken);
        }
    }

    private async Task WarnOnceAsync(string key, string message, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!warned.Add(key))
            {
                return;
            }
        }
        await progress.LogAsync(RepairStep.GeneratingFix, warning: true, "Syntax check: " + message, key, cancellationToken);
    }

    private static string Tail(string output)
    {
        var text = string.Join(' ', output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? "" : $": {(text.Length > 300 ? "…" + text[^300..] : text)}";
    }
}
