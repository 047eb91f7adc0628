using System.Text;
using Asa.Sandbox.Bubblewrap;
using Asa.Sandbox.Execution;
using Asa.Tests.Infrastructure;

namespace Asa.Sandbox.Tests.Isolation;

/// <summary>What a run printed and how it ended.</summary>
public sealed record SandboxRun(ExecutionResult Result, string Stdout, string Stderr, IReadOnlyList<OutputChunk> Chunks);

/// <summary>A fresh workspace owned by the sandbox user, and a real backend (bubblewrap unless told) to run commands in it.</summary>
public sealed class SandboxWorkspace : IDisposable
{
    public static readonly BubblewrapOptions Options = SandboxBackends.BubblewrapOptions;

    private readonly IExecutionBackend backend;

    public SandboxWorkspace(SandboxBackendKind kind = SandboxBackendKind.Bubblewrap)
    {
        // Skips the test (SkippableFact) before anything is created when the backend is not configured.
        backend = SandboxBackends.For(kind);
        Directory = System.IO.Directory.CreateTempSubdirectory("asa-sandbox-workspace-");
        WorkspaceOwnership.HandOver(Directory.FullName, Options);
    }

    public DirectoryInfo Directory { get; }

    public string PathOf(string relative) => Path.Combine(Directory.FullName, relative);

    public async Task<SandboxRun> RunAsync(
        string command,
        ExecutionLimits? limits = null,
        IReadOnlyDictionary<string, string>? environment = null,
        bool network = false,
        Func<OutputChunk, ValueTask>? onChunk = null,
        CancellationToken cancellationToken = default)
    {
        var request = new ExecutionRequest(Directory.FullName, command)
        {
            Limits = limits ?? ExecutionLimits.Default,
            Environment = environment ?? new Dictionary<string, string>(),
            AllowNetwork = network,
        };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var chunks = new List<OutputChunk>();
        var result = await backend.RunAsync(request, async chunk =>
        {
            // The backend reuses the chunk's buffer after this returns.
            chunks.Add(chunk with { Data = chunk.Data.ToArray() });
            (chunk.Stream == OutputStream.Stdout ? stdout : stderr).Append(Encoding.UTF8.GetString(chunk.Data.Span));
            if (onChunk is not null)
            {
                await onChunk(chunk);
            }
        }, cancellationToken).WaitAsync(TestTimeouts.Command);
        return new SandboxRun(result, stdout.ToString(), stderr.ToString(), chunks);
    }

    public void Dispose() => Directory.Delete(recursive: true);
}
