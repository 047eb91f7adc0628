namespace Asa.Tests.Infrastructure;

/// <summary>A built ASA service (or any long-running program) run as a child process until it is ready.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly ChildProcess process;

    private ServiceProcess(ChildProcess process) => this.process = process;

    /// <summary>Names the process in diagnostics.</summary>
    public string Name => process.Spec.Name;

    /// <summary>The id of the root of its process tree.</summary>
    public int Id => process.Id;

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Everything it printed, stdout and stderr interleaved.</summary>
    public LineLog Output => process.Output;

    /// <summary>Starts Asa.Api and waits until GET /health on its HTTP/1.1 endpoint answers 200.</summary>
    public static Task<ServiceProcess> StartApiAsync(
        IReadOnlyDictionary<string, string?> environment, int httpPort, TimeSpan? timeout = null) =>
        StartAsync(
            Dotnet("asa-api", "Asa.Api", environment),
            (_, cancellation) => Readiness.HttpOkAsync(new Uri($"http://127.0.0.1:{httpPort}/health"), cancellation),
            timeout ?? TestTimeouts.ProcessStart);

    /// <summary>Starts Asa.Sandbox and waits until GET /health on its HTTP/1.1 endpoint answers 200.</summary>
    public static Task<ServiceProcess> StartSandboxAsync(
        IReadOnlyDictionary<string, string?> environment, int httpPort, TimeSpan? timeout = null) =>
        StartAsync(
            Dotnet("asa-sandbox", "Asa.Sandbox", environment),
            (_, cancellation) => Readiness.HttpOkAsync(new Uri($"http://127.0.0.1:{httpPort}/health"), cancellation),
            timeout ?? TestTimeouts.ProcessStart);

    /// <summary>Starts Asa.Worker and waits until it logs that it is consuming the task stream.</summary>
    public static Task<ServiceProcess> StartWorkerAsync(
        string name, IReadOnlyDictionary<string, string?> environment, TimeSpan? timeout = null) =>
        StartAsync(
            Dotnet(name, "Asa.Worker", environment),
            Readiness.Line(line => line.Contains("consuming", StringComparison.Ordinal)),
            timeout ?? TestTimeouts.ProcessStart);

    /// <summary>The `dotnet Project.dll` command for a project built beside the tests.</summary>
    public static ProcessSpec Dotnet(string name, string project, IReadOnlyDictionary<string, string?> environment) =>
        new(name, "dotnet", [SolutionPaths.ProjectAssembly(project)])
        {
            Environment = environment,
            WorkingDirectory = Path.GetDirectoryName(SolutionPaths.ProjectAssembly(project)),
        };

    /// <summary>
    /// Starts the program and waits until <paramref name="ready"/> completes; kills it and throws, with its
    /// output, when it exits first or time runs out.
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(
        ProcessSpec spec, Func<ServiceProcess, CancellationToken, Task> ready, TimeSpan timeout)
    {
        var service = new ServiceProcess(ChildProcess.Start(spec));
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            var readiness = ready(service, cancellation.Token);
            var exit = service.process.WaitForExitAsync(Timeout.InfiniteTimeSpan);
            if (await Task.WhenAny(readiness, exit).WaitAsync(timeout) == exit)
            {
                throw new InvalidOperationException(
                    $"{spec.Name} exited with code {await exit} before it was ready.{Environment.NewLine}{service.Output.Tail()}");
            }
            await readiness;
            return service;
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            await service.DisposeAsync();
            throw new TimeoutException($"{spec.Name} was not ready within {timeout}.{Environment.NewLine}{service.Output.Tail()}", exception);
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    /// <summary>The first line, past or future, that matches the predicate.</summary>
    public Task<string> WaitForLineAsync(Func<string, bool> predicate, TimeSpan? timeout = null) =>
        process.WaitForLineAsync(predicate, timeout ?? TestTimeouts.Call);

    /// <summary>Waits for the process to end and returns its exit code.</summary>
    public Task<int> WaitForExitAsync(TimeSpan? timeout = null) => process.WaitForExitAsync(timeout ?? TestTimeouts.ProcessExit);

    /// <summary>SIGKILL to the process and all its descendants, as a crash would end them: nothing runs its shutdown.</summary>
    public Task KillAsync() => process.KillAsync();

    /// <summary>Kills the process unless it has ended.</summary>
    public ValueTask DisposeAsync() => process.DisposeAsync();
}
