using Asa.Benchmarks;

Func<CancellationToken, Task<int>> benchmark;
try
{
    // Arguments are parsed before anything runs, so only a bad argument is reported with the usage text.
    benchmark = args switch
    {
        ["submit", .. var rest] => new SubmitBenchmark(SubmitOptions.Parse(rest), Console.Out, Console.Error).RunAsync,
        ["sandbox", .. var rest] => new SandboxBenchmark(SandboxOptions.Parse(rest), Console.Out, Console.Error).RunAsync,
        ["prompt-size", .. var rest] => new PromptSizeBenchmark(PromptSizeOptions.Parse(rest), Console.Out, Console.Error).RunAsync,
        ["pipeline", .. var rest] => new PipelineBenchmark(PipelineOptions.Parse(rest), Console.Out, Console.Error).RunAsync,
        ["corpus", .. var rest] => new CorpusBenchmark(CorpusOptions.Parse(rest), Environment.GetEnvironmentVariable(BenchmarkClient.ApiKeyVariable), Console.Out, Console.Error).RunAsync,
        ["engine-rank", .. var rest] => new EngineRankBenchmark(EngineRankOptions.Parse(rest), Console.Out, Console.Error).RunAsync,
        ["candidates", .. var rest] => new CandidateRateBenchmark(CandidateRateOptions.Parse(rest), Console.Out, Console.Error).RunAsync,
        _ => throw new ArgumentException("name a benchmark: submit, sandbox, prompt-size, pipeline, corpus, engine-rank or candidates"),
    };
}
catch (ArgumentException exception)
{
    var usage = args.FirstOrDefault() switch
    {
        "submit" => SubmitOptions.Usage,
        "sandbox" => SandboxOptions.Usage,
        "prompt-size" => PromptSizeOptions.Usage,
        "pipeline" => PipelineOptions.Usage,
        "corpus" => CorpusOptions.Usage,
        "engine-rank" => EngineRankOptions.Usage,
        "candidates" => CandidateRateOptions.Usage,
        _ => $"{SubmitOptions.Usage}\n{SandboxOptions.Usage}\n{PromptSizeOptions.Usage}\n{PipelineOptions.Usage}\n{CorpusOptions.Usage}\n{EngineRankOptions.Usage}\n{CandidateRateOptions.Usage}",
    };
    Console.Error.WriteLine($"{exception.Message}\n\n{usage}");
    return SubmitBenchmark.ExitUsage;
}
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; interrupt.Cancel(); };
return await benchmark(interrupt.Token);
