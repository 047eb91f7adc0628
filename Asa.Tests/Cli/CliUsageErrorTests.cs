using Asa.Cli;

namespace Asa.Tests.Cli;

/// <summary>Input the command line rejects itself, before calling anyone: exit code 2 and a message naming the problem.</summary>
public sealed class CliUsageErrorTests : IDisposable
{
    // Nothing listens here; a command that got as far as calling would exit 6, not 2.
    private readonly CliSession cli = new(new Dictionary<string, string> { ["ASA_URL"] = "http://127.0.0.1:9" });

    [Theory]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "frobnicate" }, "frobnicate")]
    [InlineData(new[] { "submit", "/tmp/repo" }, "--bug")]
    [InlineData(new[] { "submit", "--bug", "add() subtracts instead of adding" }, "repo")]
    [InlineData(new[] { "list", "--limit", "0" }, "--limit must be at least 1")]
    [InlineData(new[] { "list", "--limit", "many" }, "many")]
    [InlineData(new[] { "list", "--status", "sleeping" }, "--status 'sleeping' is not a task status; use one of QUEUED")]
    [InlineData(new[] { "usage", "--since", "2026-13-01" }, "--since '2026-13-01' is not a date written YYYY-MM-DD")]
    [InlineData(new[] { "feedback", "0193a7c2-0000-7000-8000-000000000000", "--rating", "9" }, "--rating must be 1 to 5, not 9")]
    [InlineData(new[] { "feedback", "0193a7c2-0000-7000-8000-000000000000" }, "--rating")]
    [InlineData(new[] { "keys", "create" }, "--user")]
    [InlineData(new[] { "eval", "add", "--repo", "/tmp", "--description", "add() subtracts instead of adding" }, "--name")]
    [InlineData(new[] { "eval", "add", "--name", "py-add", "--repo", "/tmp", "--description", "add() subtracts instead of adding", "--check-dir", "/nonexistent/heldback" },
        "--check-dir '/nonexistent/heldback' is not a folder")]
    [InlineData(new[] { "eval", "load-corpus", "/nonexistent/corpus", "--repos-dir", "/tmp" }, "The corpus folder '/nonexistent/corpus' does not exist")]
    [InlineData(new[] { "eval", "run", "--fixer", "oracle" }, "oracle")]
    [InlineData(new[] { "eval", "runs", "--limit", "101" }, "--limit must be 1 to 100, not 101")]
    [InlineData(new[] { "eval", "report" }, "Required argument 'run' missing")]
    [InlineData(new[] { "list", "--url", "ftp://example.com" }, "The server URL 'ftp://example.com' (from --url) is not an http:// or https:// address")]
    public async Task BadInputExitsTwoNamingTheProblem(string[] args, string problem)
    {
        var result = (await cli.RunAsync(args)).ShouldExit(ExitCodes.Usage);

        Assert.Contains(problem, result.Error);
        Assert.StartsWith("asa: ", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task AUsageErrorWithJsonIsAlsoAJsonDocument()
    {
        var result = (await cli.RunAsync("list", "--status", "sleeping", "--json")).ShouldExit(ExitCodes.Usage);

        var error = result.Json().GetProperty("error");
        Assert.Equal("USAGE", error.GetProperty("code").GetString());
        Assert.Equal(2, error.GetProperty("exitCode").GetInt32());
        Assert.Contains("--status 'sleeping'", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task CheckFilesOverOneMegabyteInAllAreRefusedBeforeSending()
    {
        var folder = Directory.CreateDirectory(Path.Combine(cli.Home, "heldback")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "a_test.py"), new string('a', 600_000));
        await File.WriteAllTextAsync(Path.Combine(folder, "b_test.py"), new string('b', 600_000));

        var result = (await cli.RunAsync("eval", "add", "--name", "py-add", "--repo", "/tmp", "--description", "add() subtracts instead of adding",
            "--check-dir", folder)).ShouldExit(ExitCodes.Usage);

        Assert.Contains($"--check-dir '{folder}': its files exceed the 1 MB", result.Error);
    }

    [Fact]
    public async Task AConfigFileThatIsNotValidIsNamedWithoutQuotingIt()
    {
        cli.WriteConfigFile("""{"url": "http://127.0.0.1:9", "apiKey": "asa_0123456789ab_quotedquotedquoted",""");

        var result = (await cli.RunAsync("list")).ShouldExit(ExitCodes.Usage);

        Assert.Contains($"The config file '{Path.Combine(cli.Home, ".config", "asa", "config.json")}' is not valid", result.Error);
        Assert.DoesNotContain("quoted", result.Error);
    }

    [Fact]
    public async Task AConfigFileIsNotReadWhenFlagsAndEnvironmentGiveBothSettings()
    {
        cli.WriteConfigFile("not json at all");

        var result = await cli.RunAsync("list", "--api-key", "asa_0123456789ab_whatever");

        result.ShouldExit(ExitCodes.Unavailable);
    }

    [Fact]
    public async Task AConfigFileNamedByTheEnvironmentMustExist()
    {
        cli.Environment["ASA_CONFIG"] = Path.Combine(cli.Home, "missing.json");

        var result = (await cli.RunAsync("list")).ShouldExit(ExitCodes.Usage);

        Assert.Contains("missing.json' named by ASA_CONFIG does not exist", result.Error);
    }

    [Fact]
    public async Task AnUnreachableServerExitsSixNamingIt()
    {
        var result = (await cli.RunAsync("list")).ShouldExit(ExitCodes.Unavailable);

        Assert.Contains("The server at http://127.0.0.1:9/ is unavailable", result.Error);
    }

    [Fact]
    public async Task HelpListsEveryCommandAndExitsZero()
    {
        var result = (await cli.RunAsync("--help")).ShouldExit(ExitCodes.Ok);

        foreach (var command in (string[])["submit", "watch", "list", "show", "cancel", "feedback", "usage", "keys", "eval"])
        {
            Assert.Contains($"  {command}", result.Output);
        }
    }

    public void Dispose() => cli.Dispose();
}
