using Asa.Cli.Output;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Watching;

/// <summary>
/// Prints a task's events for people: a line per finished stage with its duration, the log lines indented beneath.
/// On a terminal a spinner shows the running stage (see <see cref="StatusText"/>); elsewhere each stage's start gets a line.
/// </summary>
public sealed class WatchProgress(IAnsiConsole console, bool spinnerShowsStage)
{
    private readonly Glyphs glyphs = console.Profile.Capabilities.Unicode ? Glyphs.Unicode : Glyphs.Ascii;
    private DateTime stageEnteredAt = DateTime.UtcNow;

    /// <summary>The stage the task is in, as far as the events have told.</summary>
    public TaskState Stage { get; private set; }

    public void Show(TaskEvent taskEvent)
    {
        switch (taskEvent.PayloadCase)
        {
            case TaskEvent.PayloadOneofCase.StatusChange:
                ShowStatusChange(taskEvent.StatusChange, taskEvent.Time?.ToDateTime() ?? DateTime.UtcNow);
                break;
            case TaskEvent.PayloadOneofCase.Log:
                ShowLog(taskEvent.Log);
                break;
        }
    }

    /// <summary>What the spinner says: the running stage and how long it has run.</summary>
    public string StatusText() => Stage switch
    {
        TaskState.Unspecified => "Waiting for the task's events…",
        _ when Stage.IsTerminal() => Stage.Name(),
        _ => $"{Stage.Name()} {HumanText.Duration(DateTime.UtcNow - stageEnteredAt)}",
    };

    private void ShowStatusChange(StatusChange change, DateTime at)
    {
        if (change.From != TaskState.Unspecified)
        {
            var (glyph, colour) = change.To switch
            {
                TaskState.Failed when change.Error?.Stage == change.From => (glyphs.Failed, "red"),
                TaskState.Cancelled => (glyphs.Stopped, "yellow"),
                _ => (glyphs.Done, "green"),
            };
            // The server leaves the duration unset for a stage it did not time (the wait in the queue); the event times tell it.
            var took = change.PreviousStageDuration?.ToTimeSpan() ?? at - stageEnteredAt;
            console.MarkupLine($"[{colour}]{glyph}[/] {change.From.Name(),-20} [grey]{HumanText.Duration(took)}[/]");
        }
        Stage = change.To;
        stageEnteredAt = at;
        if (!spinnerShowsStage && !change.To.IsTerminal())
        {
            console.MarkupLine($"[blue]{glyphs.Started}[/] {change.To.Name()}");
        }
    }

    private void ShowLog(LogLine log)
    {
        var colour = log.Level switch
        {
            LogSeverity.Error => "red",
            LogSeverity.Warning => "yellow",
            LogSeverity.Debug => "grey",
            _ => "default",
        };
        foreach (var line in log.Message.TrimEnd().Split('\n'))
        {
            console.MarkupLine($"    [{colour}]{Markup.Escape(line.TrimEnd('\r'))}[/]");
        }
    }

    private sealed record Glyphs(string Started, string Done, string Failed, string Stopped)
    {
        public static readonly Glyphs Unicode = new("→", "✓", "✗", "■");
        public static readonly Glyphs Ascii = new("->", "ok", "XX", "--");
    }
}
