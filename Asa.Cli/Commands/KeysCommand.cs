using System.CommandLine;
using Asa.Cli.Connection;
using Asa.Cli.Output;
using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Commands;

/// <summary><c>asa keys create|revoke|list</c>: API keys, for administrators (the calling key must be an admin's).</summary>
public static class KeysCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("keys", "Create, list and revoke API keys (needs an admin key)");
        command.Subcommands.Add(CreateKey(runner));
        command.Subcommands.Add(RevokeKey(runner));
        command.Subcommands.Add(ListKeys(runner));
        return command;
    }

    private static Command CreateKey(CommandRunner runner)
    {
        var user = new Option<string>("--user") { Description = "Whose key it is: 1 to 200 letters, digits, '.', '_', '@' or '-'", Required = true };
        var admin = new Option<bool>("--admin") { Description = "The key may administer keys and see every user's tasks" };
        var command = new Command("create", "Create a key; it is printed once and never again") { user, admin };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var request = new CreateKeyRequest { UserId = parseResult.GetRequiredValue(user), Admin = parseResult.GetValue(admin) };
            var created = await context.Clients.Keys.CreateKeyAsync(request, deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            if (context.Json)
            {
                context.WriteJson(created);
            }
            else
            {
                var info = created.Info;
                context.Console.MarkupLine($"Created key [bold]{Markup.Escape(info.KeyId)}[/] for {Markup.Escape(info.UserId)}{(info.Admin ? " (admin)" : "")}.");
                context.Console.MarkupLine("Store it now; ASA keeps only its hash and cannot show it again:");
                context.Console.WriteLine(created.Key);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command RevokeKey(CommandRunner runner)
    {
        var keyId = new Argument<string>("key-id") { Description = "The key's id, as 'asa keys list' shows it" };
        var command = new Command("revoke", "Revoke a key; it stops working at once") { keyId };
        runner.Bind(command, async (parseResult, context, cancellationToken) =>
        {
            var revoked = await context.Clients.Keys.RevokeKeyAsync(new RevokeKeyRequest { KeyId = parseResult.GetRequiredValue(keyId) },
                deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            return context.Answer(revoked, () => context.Console.MarkupLine($"Revoked key [bold]{Markup.Escape(revoked.KeyId)}[/] of {Markup.Escape(revoked.UserId)}."));
        });
        return command;
    }

    private static Command ListKeys(CommandRunner runner)
    {
        var command = new Command("list", "List every key, without secrets");
        runner.Bind(command, async (_, context, cancellationToken) =>
        {
            var listed = await context.Clients.Keys.ListKeysAsync(new ListKeysRequest(), deadline: AsaClients.Deadline, cancellationToken: cancellationToken);
            if (context.Json)
            {
                context.WriteJson(listed);
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.None).AddColumns("KEY ID", "USER", "ADMIN", "CREATED", "REVOKED");
            foreach (var key in listed.Keys)
            {
                table.AddRow(Markup.Escape(key.KeyId), Markup.Escape(key.UserId), key.Admin ? "yes" : "", HumanText.Time(key.CreatedAt), HumanText.Time(key.RevokedAt));
            }
            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
