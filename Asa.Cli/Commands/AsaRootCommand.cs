using System.CommandLine;
using System.CommandLine.Help;

namespace Asa.Cli.Commands;

/// <summary>The <c>asa</c> command and its subcommands.</summary>
public static class AsaRootCommand
{
    public const string Name = "asa";

    // A RootCommand takes its name from the executable (Asa.Cli, or testhost in tests); help should say asa.
    public static Command Create(CommandRunner runner)
    {
        var root = new Command(Name, "asa: submit bugs to ASA and follow them until they are fixed (or not).")
        {
            new HelpOption(),
            new VersionOption(),
        };
        runner.Globals.AddTo(root);
        root.Subcommands.Add(SubmitCommand.Create(runner));
        root.Subcommands.Add(WatchCommand.Create(runner));
        root.Subcommands.Add(ListCommand.Create(runner));
        root.Subcommands.Add(ShowCommand.Create(runner));
        root.Subcommands.Add(CancelCommand.Create(runner));
        root.Subcommands.Add(RetryCommand.Create(runner));
        root.Subcommands.Add(FeedbackCommand.Create(runner));
        root.Subcommands.Add(UsageCommand.Create(runner));
        root.Subcommands.Add(KeysCommand.Create(runner));
        root.Subcommands.Add(EvalCommand.Create(runner));
        return root;
    }
}
