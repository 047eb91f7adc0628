using System.Text.Json.Nodes;
using Asa.Cli.Connection;
using Asa.Cli.Output;
using Google.Protobuf;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary>What a command's action works with: the clients, the console for people, and JSON for scripts.</summary>
public sealed class CommandContext(CliHost host, IAnsiConsole console, bool json, AsaClients clients)
{
    public CliHost Host { get; } = host;

    /// <summary>For people; unused with --json.</summary>
    public IAnsiConsole Console { get; } = console;

    public bool Json { get; } = json;

    public AsaClients Clients { get; } = clients;

    public void WriteJson(JsonNode document) => JsonOutput.Write(Host.Output, document);

    public void WriteJson(IMessage message) => JsonOutput.Write(Host.Output, message);

    /// <summary>Answers a command that succeeded: the message as JSON for scripts, or as <paramref name="forPeople"/> writes it.</summary>
    public int Answer(IMessage result, Action forPeople)
    {
        if (Json)
        {
            WriteJson(result);
        }
        else
        {
            forPeople();
        }
        return ExitCodes.Ok;
    }
}
