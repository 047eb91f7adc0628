using System.Text.Json;
using Asa.Benchmarks;
using Asa.Tests.Infrastructure;
using Asa.Tests.Infrastructure.Samples;

namespace Asa.Tests.Corpus;

/// <summary>
/// The <c>corpus</c> command against the back end with a scripted model, so a task comes back COMPLETED with a fix:
/// the held-back tests then tell a right fix from one that only satisfies the tests the task was given.
/// </summary>
public sealed class CorpusRepairTests(ModelStack stack) : IClassFixture<ModelStack>, IDisposable
{
    private const string ReproductionTest = "from calc import add\n\n\ndef test_add_adds():\n    assert add(2, 3) == 5\n";

    private readonly SampleCorpus sample = new();
    private readonly string json = Path.Combine(Path.GetTempPath(), $"asa-corpus-results-{Guid.NewGuid():N}.json");

    private FakeOpenAiServer Model => stack.Model;

    [Fact]
    public async Task ARightFixIsCountedFixedAndCorrect()
    {
        var result = await RunWithFixAsync("    return a + b");

        Assert.Equal("COMPLETED", result.GetProperty("status").GetString());
        Assert.True(result.GetProperty("fixed").GetBoolean());
        Assert.True(result.GetProperty("correct").GetBoolean(), result.GetProperty("correctness_reason").GetString());
        Assert.True(result.GetProperty("fixed_and_correct").GetBoolean());
    }

    [Fact]
    public async Task AFixThatOnlySatisfiesTheGivenTestsIsCountedFixedButNotCorrect()
    {
        var result = await RunWithFixAsync("    return a + b if a >= 0 else a - b");

        Assert.Equal("COMPLETED", result.GetProperty("status").GetString());
        Assert.True(result.GetProperty("fixed").GetBoolean());
        Assert.False(result.GetProperty("correct").GetBoolean());
        Assert.Equal("the held-back command exited 1", result.GetProperty("correctness_reason").GetString());
    }

    public void Dispose()
    {
        sample.Dispose();
        File.Delete(json);
    }

    private async Task<JsonElement> RunWithFixAsync(string replacement)
    {
        sample.WriteCase("py-sample", SampleCorpus.ValidCase);
        Model.Reset();
        Model.ReplyTo(ModelScript.Cit, BuggySample.CitReply("test_repro_add.py", "python3 -m pytest -q -p no:cacheprovider test_repro_add.py", ReproductionTest));
        Model.ReplyTo(ModelScript.CodeAgent, $"""
            RATIONALE: add() subtracts its second argument instead of adding it.
            CONFIDENCE: 0.9

            calc.py
            <<<<<<< SEARCH
                return a - b
            =======
            {replacement}
            >>>>>>> REPLACE
            """);
        Model.ReplyTo(ModelScript.Guardian, ModelScript.Approve);
        var options = CorpusOptions.Parse(["--grpc", $"http://127.0.0.1:{stack.GrpcPort}", "--corpus", sample.Path, "--json", json, "--case-timeout", "240"]);
        var output = new StringWriter();

        var exitCode = await new CorpusBenchmark(options, await stack.KeyFor(AsaStack.DefaultUser), output, output)
            .RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(5));

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{stack.Diagnostics()}");
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        return Assert.Single(document.RootElement.GetProperty("cases").EnumerateArray()).Clone();
    }
}
