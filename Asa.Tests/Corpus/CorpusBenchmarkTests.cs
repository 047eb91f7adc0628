using System.Text.Json;
using Asa.Benchmarks;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Corpus;

/// <summary>
/// The <c>corpus</c> command against the real back end with no model configured: today every reproduced bug ends
/// FAILED saying no fixer is configured, and the report says so truthfully.
/// </summary>
public sealed class CorpusBenchmarkTests(AsaStack stack) : IClassFixture<AsaStack>, IDisposable
{
    private readonly SampleCorpus sample = new();
    private readonly string json = Path.Combine(Path.GetTempPath(), $"asa-corpus-results-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task AReproducedBugWithNoFixerIsReportedFailedNotFixedWithTheTasksError()
    {
        sample.WriteCase("py-sample", SampleCorpus.ValidCase);
        var options = CorpusOptions.Parse(["--grpc", $"http://127.0.0.1:{stack.GrpcPort}", "--corpus", sample.Path, "--json", json, "--case-timeout", "240"]);
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await new CorpusBenchmark(options, await stack.KeyFor(AsaStack.DefaultUser), output, error)
            .RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(5));

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}\n{stack.Diagnostics()}");
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var result = Assert.Single(document.RootElement.GetProperty("cases").EnumerateArray());
        Assert.Equal("py-sample", result.GetProperty("name").GetString());
        Assert.Equal("FAILED", result.GetProperty("status").GetString());
        Assert.False(result.GetProperty("fixed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("correct").ValueKind);
        Assert.Contains("no fixer is configured", result.GetProperty("error").GetString());
        Assert.True(result.GetProperty("seconds").GetDouble() > 0);
        var all = document.RootElement.GetProperty("totals")[0];
        Assert.Equal(("all", 1, 0), (all.GetProperty("scope").GetString(), all.GetProperty("cases").GetInt32(), all.GetProperty("fixed").GetInt32()));
        Assert.Contains("py-sample", output.ToString());
        Assert.Contains("no fixer is configured", output.ToString());
    }

    public void Dispose()
    {
        sample.Dispose();
        File.Delete(json);
    }
}
