using System.Diagnostics;
using System.Text;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Asa.Tests.Infrastructure.Samples;
using Google.Protobuf;
using Grpc.Core;
using Xunit.Abstractions;

namespace Asa.Sandbox.Tests.Service;

/// <summary>Each buggy sample behaves in the real sandbox the way its record promises.</summary>
public sealed class BuggySampleTests(SandboxServer sandbox, ITestOutputHelper output) : IClassFixture<SandboxServer>
{
    // A cold `dotnet run` builds two projects; the sandbox's own 60 s wall-time limit ends a run first.
    private static readonly TimeSpan RunDeadline = TimeSpan.FromMinutes(2);

    private SandboxService.SandboxServiceClient Client => sandbox.Client;

    [Theory]
    [InlineData("python-median")]
    [InlineData("csharp-paging")]
    [InlineData("javascript-truncate")]
    public async Task ReproductionFailsOnAnAssertionUntilTheFixIsAppliedAndTheUsersTestsPassThroughout(string name)
    {
        var sample = BuggySamples.Named(name);
        using var repository = await sample.Repository().BuildAsync();
        var workspace = await Client.UploadAsync(repository.Path);

        var committed = await RunAsync(workspace, sample.TestCommand, "tests as committed");
        await WriteAsync(workspace, new Dictionary<string, string> { [sample.ReproductionTestPath] = sample.ReproductionTest });
        var reproduced = await RunAsync(workspace, sample.ReproductionCommand, "reproduction before the fix");
        await WriteAsync(workspace, SampleEdits.Apply(sample.Files, sample.FixReply));
        var fixedReproduction = await RunAsync(workspace, sample.ReproductionCommand, "reproduction after the fix");
        var fixedTests = await RunAsync(workspace, sample.TestCommand, "tests after the fix");
        var diff = await Client.GetDiffAsync(new GetDiffRequest { WorkspaceId = workspace.WorkspaceId }, deadline: DateTime.UtcNow + TestTimeouts.Call);

        Assert.True(committed.ExitCode == 0, committed.Output);
        Assert.True(reproduced.ExitCode != 0, reproduced.Output);
        Assert.Contains(AssertionFailureMarker(sample), reproduced.Output);
        Assert.True(fixedReproduction.ExitCode == 0, fixedReproduction.Output);
        Assert.True(fixedTests.ExitCode == 0, fixedTests.Output);
        // What the runs built or cached stays out of the change a user would be shown.
        Assert.Equal([sample.BuggyFile, sample.ReproductionTestPath], diff.ChangedPaths.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("python-median")]
    [InlineData("csharp-paging")]
    [InlineData("javascript-truncate")]
    public async Task WrongFixLeavesTheReproductionFailingOnAnAssertion(string name)
    {
        var sample = BuggySamples.Named(name);
        using var repository = await sample.Repository().BuildAsync();
        var workspace = await Client.UploadAsync(repository.Path);
        await WriteAsync(workspace, new Dictionary<string, string> { [sample.ReproductionTestPath] = sample.ReproductionTest });

        await WriteAsync(workspace, SampleEdits.Apply(sample.Files, sample.WrongFixReply));
        var reproduction = await RunAsync(workspace, sample.ReproductionCommand, "reproduction after the wrong fix");

        Assert.True(reproduction.ExitCode != 0, reproduction.Output);
        Assert.Contains(AssertionFailureMarker(sample), reproduction.Output);
    }

    /// <summary>What each language's test runner prints when an assertion (not the build or an import) fails.</summary>
    private static string AssertionFailureMarker(BuggySample sample) => sample.Language switch
    {
        "python" => "AssertionError",
        "javascript" => "ERR_ASSERTION",
        "csharp" => "Assert.Equal failed",
        _ => throw new ArgumentOutOfRangeException(nameof(sample), sample.Language, "No assertion marker for this language."),
    };

    private async Task WriteAsync(Workspace workspace, IReadOnlyDictionary<string, string> files)
    {
        var request = new WriteFilesRequest { WorkspaceId = workspace.WorkspaceId };
        request.Files.Add(files.Select(file => new WorkspaceFile { Path = file.Key, Content = ByteString.CopyFromUtf8(file.Value) }));
        await Client.WriteFilesAsync(request, deadline: DateTime.UtcNow + TestTimeouts.Call);
    }

    private async Task<CommandRun> RunAsync(Workspace workspace, string command, string step)
    {
        var stopwatch = Stopwatch.StartNew();
        var (text, result) = await Client.ExecToEndAsync(new ExecRequest { WorkspaceId = workspace.WorkspaceId, Command = command },
            DateTime.UtcNow + RunDeadline);
        output.WriteLine(
            $"{step}: `{command}` exit {result.ExitCode} in {stopwatch.Elapsed.TotalSeconds:F1} s " +
            $"(sandbox {result.WallTime.ToTimeSpan().TotalSeconds:F1} s, peak {result.PeakMemoryBytes / (1024 * 1024)} MiB" +
            $"{(result.LimitsHit.Count > 0 ? ", limits hit: " + string.Join(", ", result.LimitsHit) : "")})");
        return new CommandRun(result.ExitCode, $"`{command}` ({step}) exited {result.ExitCode}:\n{text}");
    }

    private sealed record CommandRun(int ExitCode, string Output);
}
