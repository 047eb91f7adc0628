using System.Net;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Fixtures;

public sealed class ServiceProcessTests
{
    [Fact]
    public async Task KillEndsTheProcessAndEveryDescendant()
    {
        await using var service = await ServiceProcess.StartAsync(
            Shell("kill-target", "sleep 300 & echo \"child $!\"; echo consuming; wait"),
            Readiness.Line(line => line == "consuming"),
            TestTimeouts.ProcessStart);
        var childLine = await service.WaitForLineAsync(line => line.StartsWith("child ", StringComparison.Ordinal));
        var grandchild = int.Parse(childLine["child ".Length..]);
        Assert.True(IsAlive(grandchild));

        await service.KillAsync();

        Assert.True(service.HasExited);
        Assert.False(IsAlive(service.Id));
        Assert.False(IsAlive(grandchild));
    }

    [Fact]
    public async Task LinesFromStdoutAndStderrAreKeptAndAwaitable()
    {
        await using var service = await ServiceProcess.StartAsync(
            Shell("printer", "echo out-1; echo err-1 >&2; echo consuming; sleep 300"),
            Readiness.Line(line => line == "consuming"),
            TestTimeouts.ProcessStart);

        var stderrLine = await service.WaitForLineAsync(line => line.StartsWith("err", StringComparison.Ordinal));

        Assert.Equal("err-1", stderrLine);
        Assert.Contains("out-1", service.Output.Lines);
    }

    [Fact]
    public async Task WaitingForALineThatNeverComesTimesOutWithTheOutput()
    {
        await using var service = await ServiceProcess.StartAsync(
            Shell("quiet", "echo consuming; sleep 300"), Readiness.Line(line => line == "consuming"), TestTimeouts.ProcessStart);

        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            service.WaitForLineAsync(line => line == "never", TimeSpan.FromMilliseconds(200)));

        Assert.Contains("consuming", error.Message);
    }

    [Fact]
    public async Task StartFailsWithTheOutputWhenTheProcessExitsBeforeItIsReady()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ServiceProcess.StartAsync(
            Shell("crasher", "echo 'Unhandled exception: no database' >&2; exit 3"),
            Readiness.Line(line => line.Contains("consuming", StringComparison.Ordinal)),
            TestTimeouts.ProcessStart));

        Assert.Contains("no database", error.Message);
        Assert.Contains("exited with code 3", error.Message);
    }

    [Fact]
    public async Task StartTimesOutAndKillsAProcessThatNeverGetsReady()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() => ServiceProcess.StartAsync(
            Shell("sleeper", "echo pid $$; sleep 300"),
            Readiness.Line(line => line == "ready"),
            TimeSpan.FromMilliseconds(500)));

        var pid = int.Parse(error.Message.Split(Environment.NewLine).Single(l => l.StartsWith("pid ", StringComparison.Ordinal))[4..]);
        Assert.False(IsAlive(pid));
    }

    [Fact]
    public async Task HealthReadinessWaitsUntilTheEndpointAnswersOk()
    {
        var port = FreePort.Next();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var requests = 0;
        var server = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                var context = await listener.GetContextAsync();
                context.Response.StatusCode = ++requests < 3 ? 503 : 200;
                context.Response.Close();
            }
        });

        await using var service = await ServiceProcess.StartAsync(
            Shell("healthy", "sleep 300"),
            (_, cancellation) => Readiness.HttpOkAsync(new Uri($"http://127.0.0.1:{port}/health"), cancellation),
            TestTimeouts.ProcessStart);

        Assert.Equal(3, requests);
        Assert.False(service.HasExited);
        Assert.False(server.IsFaulted);
    }

    private static ProcessSpec Shell(string name, string script) => new(name, "sh", ["-c", script]);

    // A killed process that its parent has not reaped yet is a zombie: it counts as dead.
    private static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }
        var text = File.ReadAllText(stat);
        return text[(text.LastIndexOf(')') + 2)..][0] != 'Z';
    }
}
