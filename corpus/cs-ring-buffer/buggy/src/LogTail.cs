namespace Tail;

public enum Severity { Debug, Info, Warning, Error }

public sealed record LogLine(TimeOnly At, Severity Severity, string Message)
{
    public override string ToString() => $"{At:HH:mm:ss} {Severity.ToString().ToUpperInvariant(),-7} {Message}";
}

/// <summary>The last lines of a log, as a status page shows them.</summary>
public sealed class LogTail(int keep)
{
    private readonly RingBuffer<LogLine> lines = new(keep);

    /// <summary>How many lines were pushed out by newer ones.</summary>
    public int Dropped { get; private set; }

    public void Append(LogLine line)
    {
        if (lines.Add(line)) Dropped++;
    }

    /// <summary>The newest lines, at most count of them, oldest first.</summary>
    public IReadOnlyList<LogLine> Latest(int count) => lines.ToArray().TakeLast(count).ToList();

    public IReadOnlyList<LogLine> AtLeast(Severity severity) => lines.ToArray().Where(l => l.Severity >= severity).ToList();

    public string Render()
    {
        string[] header = Dropped > 0 ? [$"... {Dropped} earlier lines"] : [];
        return string.Join("\n", header.Concat(lines.ToArray().Select(l => l.ToString())));
    }
}
