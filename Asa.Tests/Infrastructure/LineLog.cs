namespace Asa.Tests.Infrastructure;

/// <summary>The output lines of a process, kept for diagnostics, with waiters for a line to appear.</summary>
public sealed class LineLog(string name)
{
    private readonly object gate = new();
    private readonly List<string> lines = [];
    private readonly List<(Func<string, bool> Predicate, TaskCompletionSource<string> Found)> waiters = [];
    private string? closedBecause;

    /// <summary>Every line so far, stdout and stderr interleaved as they arrived.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (gate)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>Records a line and wakes the waiters it matches.</summary>
    public void Add(string line)
    {
        List<TaskCompletionSource<string>> matched = [];
        lock (gate)
        {
            lines.Add(line);
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Predicate(line))
                {
                    matched.Add(waiters[i].Found);
                    waiters.RemoveAt(i);
                }
            }
        }
        foreach (var found in matched)
        {
            found.TrySetResult(line);
        }
    }

    /// <summary>No more lines will come: fails the waiters that are left.</summary>
    public void Close(string because)
    {
        List<TaskCompletionSource<string>> orphans;
        lock (gate)
        {
            closedBecause ??= because;
            orphans = [.. waiters.Select(w => w.Found)];
            waiters.Clear();
        }
        foreach (var orphan in orphans)
        {
            orphan.TrySetException(NoMatch());
        }
    }

    /// <summary>The first line, past or future, that matches; fails when the output ends or time runs out.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> predicate, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            var earlier = lines.FirstOrDefault(predicate);
            if (earlier is not null)
            {
                return earlier;
            }
            if (closedBecause is not null)
            {
                throw NoMatch();
            }
            waiters.Add((predicate, found));
        }
        try
        {
            return await found.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (gate)
            {
                waiters.RemoveAll(w => w.Found == found);
            }
            throw new TimeoutException($"{name} printed no matching line within {timeout}.{Environment.NewLine}{Tail()}");
        }
    }

    /// <summary>The last lines, for an error message.</summary>
    public string Tail(int count = 40)
    {
        lock (gate)
        {
            var tail = lines.Skip(Math.Max(0, lines.Count - count));
            return $"--- last output of {name} ---{Environment.NewLine}{string.Join(Environment.NewLine, tail)}";
        }
    }

    private InvalidOperationException NoMatch() =>
        new($"{name} {closedBecause} without printing a matching line.{Environment.NewLine}{Tail()}");
}
