using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Cli.Failures;
using Asa.Cli.Output;
using Grpc.Core;

namespace Asa.Cli.Commands;

/// <summary>Runs a command's action with its connection, and turns whatever stops it into an exit code and a message.</summary>
public sealed class CommandRunner(CliHost host, GlobalOptions globals)
{
    public GlobalOptions Globals { get; } = globals;

    /// <summary>Makes <paramref name="action"/> the command's action.</summary>
    public void Bind(Command command, Func<ParseResult, CommandContext, CancellationToken, Task<int>> action) =>
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, action, cancellationToken));

    private async Task<int> RunAsync(
        ParseResult parseResult, Func<ParseResult, CommandContext, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        var json = parseResult.GetValue(Globals.Json);
        ConnectionSettings? settings = null;
        try
        {
            settings = ConnectionSettingsResolver.Resolve(host, parseResult.GetValue(Globals.Url), parseResult.GetValue(Globals.ApiKey));
            using var clients = new AsaClients(settings);
            var context = new CommandContext(host, ConsoleFactory.Create(host), json, clients);
            return await action(parseResult, context, cancellationToken);
        }
        catch (UsageException exception)
        {
            var secret = settings?.ApiKey ?? parseResult.GetValue(Globals.ApiKey) ?? host.Variable(ConnectionSettingsResolver.ApiKeyVariable);
            return FailureReport.Write(host, CommandFailure.Usage(exception.Message), json, secret);
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested && exception is OperationCanceledException or RpcException)
        {
            await host.Error.WriteLineAsync("asa: interrupted; a submitted task goes on without you (see 'asa list').");
            return ExitCodes.Interrupted;
        }
        catch (RpcException exception) when (settings is not null)
        {
            return FailureReport.Write(host, RpcFailures.Describe(exception, settings), json, settings.ApiKey);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException or InvalidOperationException)
        {
            var failure = new CommandFailure(ExitCodes.Unavailable, "CLIENT", $"The call failed: {exception.Message}", []);
            return FailureReport.Write(host, failure, json, settings?.ApiKey);
        }
    }
}
