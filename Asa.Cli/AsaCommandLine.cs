using System.CommandLine;
using System.CommandLine.Invocation;
using Asa.Cli.Commands;
using Asa.Cli.Failures;

namespace Asa.Cli;

/// <summary>The asa command line: parses the arguments, runs the command, returns the exit code.</summary>
public static class AsaCommandLine
{
    public static async Task<int> RunAsync(string[] args, CliHost host, CancellationToken cancellationToken = default)
    {
        var globals = new GlobalOptions();
        var parseResult = AsaRootCommand.Create(new CommandRunner(host, globals)).Parse(args);
        // System.CommandLine exits 1 on a parse error; 1 means "the task failed" here, so report usage errors ourselves.
        if (parseResult.Action is ParseErrorAction)
        {
            var problems = string.Join(Environment.NewLine + "  ", parseResult.Errors.Select(error => error.Message));
            var failure = CommandFailure.Usage($"{problems}{Environment.NewLine}Run '{CommandPath(parseResult)} --help' for usage.");
            return FailureReport.Write(host, failure, parseResult.GetValue(globals.Json), secret: null);
        }
        var configuration = new InvocationConfiguration
        {
            Output = host.Output,
            Error = host.Error,
            EnableDefaultExceptionHandler = false,
        };
        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }
        return string.Join(' ', names);
    }
}
