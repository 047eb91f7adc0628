using System.CommandLine;

namespace Asa.Cli.Commands;

/// <summary><c>asa eval ...</c>: measures ASA on known bugs: register cases, run them as sets, read and compare the reports.</summary>
public static class EvalCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("eval", "Evaluate ASA on known bugs: register cases, run them, and report pass and correctness rates");
        command.Subcommands.Add(EvalAddCommand.Create(runner));
        command.Subcommands.Add(EvalCasesCommand.Create(runner));
        command.Subcommands.Add(EvalLoadCorpusCommand.Create(runner));
        command.Subcommands.Add(EvalRunCommand.Create(runner));
        command.Subcommands.Add(EvalStatusCommand.Create(runner));
        command.Subcommands.Add(EvalRunsCommand.Create(runner));
        command.Subcommands.Add(EvalReportCommand.Create(runner));
        command.Subcommands.Add(EvalNoteCommand.Create(runner));
        return command;
    }

    /// <summary>The run id the run commands take.</summary>
    public static Argument<string> RunIdArgument(string name = "run") =>
        new(name) { Description = "The run's id, as printed by 'asa eval run' or 'asa eval runs'" };

    public static Option<string?> CategoryOption(string what) => new("--category") { Description = $"Only {what} of this category, such as algorithm or business" };

    public static Option<string?> DifficultyOption(string what) => new("--difficulty") { Description = $"Only {what} of this difficulty: easy, medium or hard" };
}
