using System.Text.Json;
using Asa.Benchmarks;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Corpus;

/// <summary>The <c>corpus</c> command against an API with no workers: a task that never ends is cancelled at the case timeout.</summary>
public sealed class CorpusTimeoutTests(LocalAuthStack stack) : IClassFixture<LocalAuthStack>, IDisposable
{
    private readonly SampleCorpus sample = new();
    private readonly string json = Path.Combine(Path.GetTempPath(), $"asa-corpus-results-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task ATaskPastTheCaseTimeoutIsCancelledAndReportedAsTimedOut()
    {
        sample.WriteCase("py-sample", SampleCorpus.ValidCase);
        var options = CorpusOptions.Parse(["--grpc", $"http://localhost:{stack.GrpcPort}", "--corpus", sample.Path, "--json", json, "--case-timeout", "10"]);
        var output = new StringWriter();

        var exitCode = await new CorpusBenchmark(options, null, output, new StringWriter())
            .RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(exitCode == 0, output.ToString());
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var result = Assert.Single(document.RootElement.GetProperty("cases").EnumerateArray());
        Assert.Equal("CANCELLED", result.GetProperty("status").GetString());
        Assert.True(result.GetProperty("timed_out").GetBoolean());
        Assert.False(result.GetProperty("fixed").GetBoolean());
        // The seconds run from the task's creation to its end on the server; the 10 s run on the client's clock from
        // before the submit, so the submit's own time (0.2 s once, under load) comes off.
        Assert.InRange(result.GetProperty("seconds").GetDouble(), 9, 60);
        var task = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = result.GetProperty("task_id").GetString() }, deadline: DateTime.UtcNow + TestTimeouts.Call);
        Assert.Equal(TaskState.Cancelled, task.Status);
    }

    public void Dispose()
    {
        sample.Dispose();
        File.Delete(json);
    }
}
