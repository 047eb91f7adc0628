using Asa.Cli;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Cli;

/// <summary>Where the command line finds the server and the key, what it says without a good key, and that it never shows the key.</summary>
[Collection(CliStack.Name)]
public sealed class CliConnectionTests(AsaStack stack)
{
    private const string Unreachable = "http://127.0.0.1:9";
    private const string RejectedKey = "asa_0123456789ab_rejectedrejectedrejectedrejected";

    [Fact]
    public async Task WithoutAKeyTheCommandExitsThreeAndSaysHowToGiveOne()
    {
        using var cli = new CliSession(new Dictionary<string, string> { ["ASA_URL"] = CliSession.StackUrl(stack) });

        var result = (await cli.RunAsync("list")).ShouldExit(ExitCodes.NotAuthenticated);

        Assert.Contains("needs an API key and none was given", result.Error);
        Assert.Contains("--api-key", result.Error);
        Assert.Contains("ASA_API_KEY", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task ARejectedKeyExitsThreeNamingWhereItCameFromButNotTheKey()
    {
        using var cli = new CliSession(new Dictionary<string, string> { ["ASA_URL"] = CliSession.StackUrl(stack), ["ASA_API_KEY"] = RejectedKey });

        var result = (await cli.RunAsync("list", "--json")).ShouldExit(ExitCodes.NotAuthenticated);

        Assert.Contains("refused the API key from ASA_API_KEY", result.Error);
        Assert.Equal("UNAUTHENTICATED", result.Json().GetProperty("error").GetProperty("code").GetString());
        Assert.DoesNotContain(RejectedKey, result.AllOutput);
    }

    [Fact]
    public async Task AFlagBeatsTheEnvironmentWhichBeatsTheConfigFile()
    {
        var key = await stack.KeyFor($"cli-precedence-{Guid.NewGuid():N}");
        var url = CliSession.StackUrl(stack);
        using var cli = new CliSession();

        cli.WriteConfigFile($$"""{"url": "{{url}}", "apiKey": "{{key}}"}""");
        var fileOnly = await cli.RunAsync("list");
        cli.Environment["ASA_URL"] = Unreachable;
        var environmentUrlWins = await cli.RunAsync("list");
        var urlFlagWins = await cli.RunAsync("list", "--url", url);
        cli.Environment.Remove("ASA_URL");
        cli.Environment["ASA_API_KEY"] = RejectedKey;
        var environmentKeyWins = await cli.RunAsync("list");
        var keyFlagWins = await cli.RunAsync("list", "--api-key", key);
        cli.WriteConfigFile($$"""{"url": "{{Unreachable}}", "apiKey": "{{RejectedKey}}"}""");
        cli.Environment["ASA_URL"] = url;
        cli.Environment["ASA_API_KEY"] = key;
        var environmentBeatsFile = await cli.RunAsync("list");
        cli.Environment["ASA_CONFIG"] = Path.Combine(cli.Home, "elsewhere.json");
        File.WriteAllText(cli.Environment["ASA_CONFIG"], $$"""{"url": "{{url}}", "apiKey": "{{key}}"}""");
        cli.Environment.Remove("ASA_URL");
        cli.Environment.Remove("ASA_API_KEY");
        var namedFile = await cli.RunAsync("list");

        fileOnly.ShouldExit(ExitCodes.Ok);
        environmentUrlWins.ShouldExit(ExitCodes.Unavailable);
        Assert.Contains($"The server at {Unreachable}/ is unavailable", environmentUrlWins.Error);
        urlFlagWins.ShouldExit(ExitCodes.Ok);
        environmentKeyWins.ShouldExit(ExitCodes.NotAuthenticated);
        keyFlagWins.ShouldExit(ExitCodes.Ok);
        environmentBeatsFile.ShouldExit(ExitCodes.Ok);
        namedFile.ShouldExit(ExitCodes.Ok);
    }

    [Fact]
    public async Task TheKeyNeverAppearsInAnyOutput()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var key = await stack.KeyFor($"cli-secret-{Guid.NewGuid():N}");
        using var cli = new CliSession(new Dictionary<string, string> { ["ASA_URL"] = CliSession.StackUrl(stack), ["ASA_API_KEY"] = key });
        var results = new List<CliResult>
        {
            await cli.RunAsync("submit", repository.Path, "--bug", "add() subtracts instead of adding", "--watch", "--json"),
            await cli.RunAsync("submit", repository.Path, "--bug", "short", "--api-key", key),
            await cli.RunAsync("list", "--api-key", key),
            await cli.RunAsync("list", "--json"),
            await cli.RunAsync("show", Guid.NewGuid().ToString(), "--json"),
            await cli.RunAsync("show", "not-a-task-id"),
            await cli.RunAsync("list", "--url", Unreachable, "--json"),
            await cli.RunAsync("list", "--url", "nonsense", "--api-key", key),
            await cli.RunAsync("list", "--limit", "0", "--api-key", key, "--json"),
            await cli.RunAsync("--help"),
        };
        var submitted = results[0].Json().GetProperty("task").GetProperty("taskId").GetString()!;
        results.Add(await cli.RunAsync("show", submitted, "--json"));
        results.Add(await cli.RunAsync("show", submitted));
        cli.WriteConfigFile($$"""{"url": "{{CliSession.StackUrl(stack)}}", "apiKey": "{{key}}", "unexpected": "{{key}}"}""");
        cli.Environment.Remove("ASA_API_KEY");
        results.Add(await cli.RunAsync("list"));

        Assert.Equal([1, 5, 0, 0, 4, 5, 6, 2, 2, 0, 0, 0, 2], results.Select(r => r.ExitCode));
        Assert.All(results, result => Assert.DoesNotContain(key, result.AllOutput));
        Assert.All(results, result => Assert.DoesNotContain(key[^12..], result.AllOutput));
    }
}
