using System.Diagnostics;
using Asa.Sandbox.Cgroups;
using Asa.Sandbox.Execution;

namespace Asa.Sandbox.Bubblewrap;

/// <summary>
/// Runs commands under bubblewrap in per-run cgroup v1 groups: no network unless asked, read-only system,
/// only the workspace writable, as an unprivileged user with no capabilities. See Asa.Sandbox/README.md.
/// </summary>
public sealed class BubblewrapBackend(BubblewrapOptions options) : IExecutionBackend
{
    private static readonly TimeSpan ExitAfterKill = TimeSpan.FromSeconds(30);
    private readonly Lazy<CgroupV1Hierarchy> hierarchy = new(() => CgroupV1Hierarchy.Locate(options.CgroupName));

    /// <summary>
    /// Kills what runs of a crashed predecessor left (their processes died with bwrap, but a detached one may not
    /// have) and removes their cgroups. Returns how many runs it cleared.
    /// </summary>
    public async Task<int> RemoveAbandonedRunsAsync()
    {
        var abandoned = CgroupRun.FindAbandoned(hierarchy.Value);
        foreach (var run in abandoned)
        {
            await run.KillAllAsync();
            await run.RemoveAsync();
        }
        return abandoned.Count;
    }

    public async Task<ExecutionResult> RunAsync(
        ExecutionRequest request, Func<OutputChunk, ValueTask> onOutput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(onOutput);
        request.Validate();
        cancellationToken.ThrowIfCancellationRequested();

        var cgroup = CgroupRun.Create(hierarchy.Value, CgroupRun.NewRunId(), request.Limits);
        try
        {
            return await RunInCgroupAsync(request, cgroup, onOutput, cancellationToken);
        }
        finally
        {
            await cgroup.KillAllAsync();
            await cgroup.RemoveAsync();
        }
    }

    private async Task<ExecutionResult> RunInCgroupAsync(
        ExecutionRequest request, CgroupRun cgroup, Func<OutputChunk, ValueTask> onOutput, CancellationToken cancellationToken)
    {
        var start = BubblewrapCommand.Create(options, request, cgroup.Directories, Environment.IsPrivilegedProcess);
        using var output = new OutputPump(onOutput, request.Limits.OutputBytes);
        var clock = Stopwatch.StartNew();
        using var process = await ProcessLauncher.StartAsync(start);
        process.StandardInput.Close();
        var stdout = output.PumpAsync(process.StandardOutput.BaseStream, output.Stdout);
        var stderr = output.PumpAsync(process.StandardError.BaseStream, output.Stderr);

        var timedOut = false;
        using (var wall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            wall.CancelAfter(request.Limits.WallTime);
            try
            {
                await process.WaitForExitAsync(wall.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = !cancellationToken.IsCancellationRequested;
            }
        }

        // Also reaps what the command left running in the background.
        await cgroup.KillAllAsync();
        using (var exit = new CancellationTokenSource(ExitAfterKill))
        {
            await process.WaitForExitAsync(exit.Token);
            await Task.WhenAll(stdout, stderr).WaitAsync(exit.Token);
        }

        var wallTime = clock.Elapsed;
        cancellationToken.ThrowIfCancellationRequested();
        await output.FlushTailsAsync();
        return Result(process.ExitCode, wallTime, cgroup.ReadUsage(), timedOut, output);
    }

    private static ExecutionResult Result(int exitCode, TimeSpan wallTime, CgroupUsage usage, bool timedOut, OutputPump output)
    {
        var limits = LimitsHit.None;
        limits |= timedOut ? LimitsHit.Time : LimitsHit.None;
        limits |= usage.OomKilled ? LimitsHit.Memory : LimitsHit.None;
        limits |= usage.PidsLimitHit ? LimitsHit.Pids : LimitsHit.None;
        limits |= output.Stdout.Dropped + output.Stderr.Dropped > 0 ? LimitsHit.Output : LimitsHit.None;
        int? signal = exitCode is > 128 and < 128 + 65 ? exitCode - 128 : null;
        return new ExecutionResult(
            exitCode, signal, wallTime, usage.PeakMemoryBytes, limits, output.Stdout.Dropped, output.Stderr.Dropped);
    }
}
