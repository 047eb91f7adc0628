using System.Text.Json;
using Asa.Repair.Edits;
using Asa.Repair.Engine;
using Asa.Repair.Engine.WarmRuns;

namespace Asa.Repair.Tests.Engine.WarmRuns;

public sealed class WarmBatchRunTests
{
    private static readonly CandidateEdit Candidate = new("calc.py", 2, "operator", "- → +", "return a - b\n", "return a + b\n", 1, 1);

    [Fact]
    public async Task ADriverThatGotToItsEndHasPutTheFilesBackItself()
    {
        var sandbox = new BatchSandbox(finishes: true);

        var output = await RunAsync(sandbox);

        Assert.True(output.Finished);
        Assert.Single(output.Runs);
        Assert.DoesNotContain(sandbox.Writes, w => w.ContainsKey("calc.py"));
    }

    [Fact]
    public async Task ADriverStoppedInTheMiddleOfACandidateHasItsFilesPutBack()
    {
        var sandbox = new BatchSandbox(finishes: false);

        var output = await RunAsync(sandbox);

        Assert.False(output.Finished);
        Assert.Equal("return a - b\n", Assert.Single(sandbox.Writes, w => w.ContainsKey("calc.py"))["calc.py"]);
    }

    private static Task<WarmOutput> RunAsync(BatchSandbox sandbox) =>
        WarmBatchRun.RunAsync(sandbox, "fork", new WarmBatch(WarmCommand.Parse("python3 -m pytest -q")!, [Candidate], TimeSpan.FromSeconds(1), WarmDriver.ChildPerCandidate),
            _ => TextEncoding.Utf8, CancellationToken.None, CancellationToken.None);

    /// <summary>Records every write; its driver reports the batch's one candidate, then says it is done or is stopped before it can.</summary>
    private sealed class BatchSandbox(bool finishes) : ICandidateRunner
    {
        private string manifest = "";

        public List<IReadOnlyDictionary<string, string>> Writes { get; } = [];

        public Task<string> ForkAsync(string workspaceId, CancellationToken cancellationToken) => Task.FromResult(workspaceId);

        public Task WriteFilesAsync(string workspaceId, IReadOnlyDictionary<string, string> files, Func<string, TextEncoding>? encodingOf, CancellationToken cancellationToken)
        {
            Writes.Add(files);
            manifest = files.GetValueOrDefault(".asa-warm/batch.json", manifest);
            return Task.CompletedTask;
        }

        public Task<CommandRun> RunAsync(string workspaceId, string command, TimeSpan wallTime, int outputChars, CancellationToken cancellationToken)
        {
            var nonce = JsonDocument.Parse(manifest).RootElement.GetProperty("nonce").GetString();
            var output = $"\n@@asa-warm-{nonce} begin 0@@\n1 failed\n@@asa-test-report-begin@@\n@@asa-test-report-end@@\n@@asa-warm-{nonce} end 0 1 0 0.050@@\n";
            return Task.FromResult(finishes
                ? new CommandRun(0, [], TimeSpan.FromSeconds(0.2), output + $"@@asa-warm-{nonce} done@@\n")
                : new CommandRun(137, [RunLimit.Time], wallTime, output));
        }

        public Task DeleteAsync(string workspaceId) => Task.CompletedTask;
    }
}
