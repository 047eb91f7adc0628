using System.Text.Json;
using Asa.Cli;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Cli;

/// <summary>The built asa as its own process, as a script would run it: real stdout, real environment, real exit code.</summary>
[Collection(CliStack.Name)]
public sealed class CliProcessTests(AsaStack stack) : IDisposable
{
    private readonly string home = Directory.CreateTempSubdirectory("asa-cli-process-").FullName;

    [Fact]
    public async Task TheBuiltProgramWatchesASubmissionToItsEndAndPrintsOneJsonDocument()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var key = await stack.KeyFor($"cli-process-{Guid.NewGuid():N}");

        var result = await RunAsync(new() { ["ASA_URL"] = CliSession.StackUrl(stack), ["ASA_API_KEY"] = key },
            "submit", repository.Path, "--bug", "add() subtracts instead of adding", "--watch", "--json");

        Assert.True(result.ExitCode == ExitCodes.TaskDidNotComplete, result.Text);
        using var document = JsonDocument.Parse(result.Text);
        var task = document.RootElement.GetProperty("task");
        Assert.Equal("FAILED", task.GetProperty("status").GetString());
        Assert.Equal("GENERATING_FIX", task.GetProperty("error").GetProperty("stage").GetString());
        Assert.DoesNotContain(key, result.Text);
    }

    [Fact]
    public async Task TheBuiltProgramExitsThreeWithoutAKey()
    {
        var result = await RunAsync(new() { ["ASA_URL"] = CliSession.StackUrl(stack) }, "list");

        Assert.Equal(ExitCodes.NotAuthenticated, result.ExitCode);
        Assert.Contains("asa: Not authenticated: the server at", result.Text);
    }

    private Task<CommandResult> RunAsync(Dictionary<string, string?> environment, params string[] args)
    {
        environment["HOME"] = home;
        environment["XDG_CONFIG_HOME"] = null;
        environment["ASA_CONFIG"] = null;
        environment["ASA_URL"] = environment.GetValueOrDefault("ASA_URL");
        environment["ASA_API_KEY"] = environment.GetValueOrDefault("ASA_API_KEY");
        var spec = new ProcessSpec("asa", "dotnet", [SolutionPaths.ProjectAssembly("Asa.Cli"), .. args]) { Environment = environment };
        return Command.RunAsync(spec, TimeSpan.FromSeconds(90));
    }

    public void Dispose() => Directory.Delete(home, recursive: true);
}
