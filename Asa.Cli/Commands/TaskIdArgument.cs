using System.CommandLine;

namespace Asa.Cli.Commands;

/// <summary>The task id every task command takes; the server checks its form and names the field when it is wrong.</summary>
public static class TaskIdArgument
{
    public static Argument<string> Create() => new("id") { Description = "The task's id (as printed by 'asa submit' or 'asa list')" };
}
