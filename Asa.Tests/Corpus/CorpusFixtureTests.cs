using System.Diagnostics;
using System.Text;
using Asa.Corpus;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Xunit.Abstractions;

namespace Asa.Tests.Corpus;

/// <summary>
/// Every corpus case behaves in the real sandbox the way its case.json promises: the tests fail on buggy/ and pass
/// with fixed/ laid over it; the held-back tests pass on the fix and fail on the bug.
/// </summary>
public sealed class CorpusFixtureTests(SandboxServer sandbox, ITestOutputHelper output) : IClassFixture<SandboxServer>
{
    // A cold `dotnet run` builds the project inside the sandbox before a test runs, beyond the service's default 60 s
    // wall time on two busy cores; later runs reuse the workspace's build output.
    private static readonly TimeSpan WallTime = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RunDeadline = WallTime + TimeSpan.FromSeconds(30);

    private SandboxService.SandboxServiceClient Client => sandbox.Client;

    [Theory]
    [MemberData(nameof(CorpusCases.Names), MemberType = typeof(CorpusCases))]
    public async Task TestsFailOnTheBugAndPassOnTheFixAndHeldBackTestsTellThemApart(string name)
    {
        var corpusCase = CorpusCases.Named(name);

        var (testsOnBug, heldBackOnBug) = await RunTestsThenHeldBackAsync(corpusCase, CorpusOverlay.None, "buggy/");
        var (testsOnFix, heldBackOnFix) = await RunTestsThenHeldBackAsync(corpusCase, CorpusOverlay.Fixed, "buggy/ + fixed/");

        Assert.True(testsOnBug.ExitCode != 0, testsOnBug.Explain("should fail"));
        Assert.True(testsOnFix.ExitCode == 0, testsOnFix.Explain("should pass"));
        Assert.True(heldBackOnFix.ExitCode == 0, heldBackOnFix.Explain("should pass"));
        Assert.True(heldBackOnBug.ExitCode != 0, heldBackOnBug.Explain("should fail"));
    }

    /// <summary>
    /// One workspace per checkout, never an edit of a file a run has already seen: a same-sized edit within the second
    /// of the upload would leave Python's bytecode cache (and any build keyed on file times) believing it unchanged.
    /// The held-back files are new files, so they join the workspace after the tests have run and reuse its build.
    /// </summary>
    private async Task<(CaseRun Tests, CaseRun HeldBack)> RunTestsThenHeldBackAsync(CorpusCase corpusCase, CorpusOverlay overlay, string checkout)
    {
        using var files = CorpusCheckout.LayOut(corpusCase, overlay);
        var workspace = await Client.UploadAsync(files.Path, $"corpus-{corpusCase.Name}");
        var tests = await RunAsync(corpusCase, workspace, corpusCase.TestCommand, $"tests on {checkout}");
        await WriteAsync(workspace, corpusCase.HeldBackDirectory);
        var heldBack = await RunAsync(corpusCase, workspace, corpusCase.HeldBackCommand, $"held-back tests on {checkout} + heldback/");
        await Client.DeleteWorkspaceAsync(new DeleteWorkspaceRequest { WorkspaceId = workspace.WorkspaceId }, deadline: DateTime.UtcNow + TestTimeouts.Call);
        return (tests, heldBack);
    }

    private async Task WriteAsync(Workspace workspace, string folder)
    {
        var request = new WriteFilesRequest { WorkspaceId = workspace.WorkspaceId };
        foreach (var relative in CorpusFiles.RelativeFiles(folder))
        {
            request.Files.Add(new WorkspaceFile
            {
                Path = relative.Replace(Path.DirectorySeparatorChar, '/'),
                Content = ByteString.CopyFrom(await File.ReadAllBytesAsync(Path.Combine(folder, relative))),
            });
        }
        await Client.WriteFilesAsync(request, deadline: DateTime.UtcNow + TestTimeouts.Call);
    }

    private async Task<CaseRun> RunAsync(CorpusCase corpusCase, Workspace workspace, string command, string step)
    {
        var stopwatch = Stopwatch.StartNew();
        var (text, result) = await Client.ExecToEndAsync(new ExecRequest
        {
            WorkspaceId = workspace.WorkspaceId,
            Command = command,
            Limits = new ExecLimits { WallTime = Duration.FromTimeSpan(WallTime) },
        }, DateTime.UtcNow + RunDeadline);
        var limits = result.LimitsHit.Count > 0 ? ", limits hit: " + string.Join(", ", result.LimitsHit) : "";
        output.WriteLine($"{corpusCase.Name}, {step}: `{command}` exit {result.ExitCode} in {stopwatch.Elapsed.TotalSeconds:F1} s{limits}");
        return new CaseRun(corpusCase.Name, step, command, result.ExitCode, limits, text);
    }

    private sealed record CaseRun(string CaseName, string Step, string Command, int ExitCode, string Limits, string Output)
    {
        public string Explain(string expectation) =>
            $"corpus case {CaseName}: {Step}: `{Command}` {expectation} but exited {ExitCode}{Limits}; its output:\n{Output}";
    }
}
