using System.Security.Cryptography;
using System.Text;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace Asa.Tests.Integration;

/// <summary>A verified fix delivered through the whole stack: CREATING_PR puts it on a new branch of the user's local repository.</summary>
public sealed class FixDeliveryTests(EngineStack stack, ITestOutputHelper output) : IClassFixture<EngineStack>
{
    private const string Bug = "add(2, 3) returns -1 instead of 5: add() subtracts its second argument.";
    private static readonly string Token = $"ghp_{Convert.ToHexString(RandomNumberGenerator.GetBytes(18)).ToLowerInvariant()}";

    [Fact]
    public async Task AFixedBugArrivesAsANewBranchOfTheLocalRepositoryAndTheCheckoutIsUntouched()
    {
        await using var worker = await stack.EngineWorkerAsync(new Dictionary<string, string>
        {
            ["Delivery__GitHubToken"] = Token,
            ["GITHUB_TOKEN"] = Token,
            ["Delivery__AuthorName"] = "ASA bot",
            ["Delivery__AuthorEmail"] = "bot@asa.invalid",
        });
        // The repository's own test fails if the sandbox hands the token to the code it runs; only its hash is in the repository.
        using var repository = await GitRepositoryBuilder.PythonProject()
            .WithFile("test_environment.py", EnvironmentTest(Token))
            .Commit("Check the environment")
            .BuildAsync();
        await File.AppendAllTextAsync(Path.Combine(repository.Path, "README.md"), "Work in progress.\n");
        await File.WriteAllTextAsync(Path.Combine(repository.Path, "notes.txt"), "untracked\n");
        var statusBefore = (await repository.GitAsync("status", "--porcelain")).Text;
        var headBefore = (await repository.GitAsync("symbolic-ref", "HEAD")).Text;

        var headers = await stack.UserAsync(AsaStack.DefaultUser);
        var submitted = await stack.Tasks.SubmitTaskAsync(
            new SubmitTaskRequest { RepoUrl = repository.Path, BugDescription = Bug, TestCommand = "python3 -m pytest -q" }, headers);
        var events = await stack.Tasks.WatchToEndAsync(submitted.TaskId, headers, TimeSpan.FromMinutes(6));
        var task = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId }, headers);
        output.WriteLine(task.ToString());

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal([TaskState.TestingAfterFix, TaskState.CreatingPr, TaskState.Completed], events.States().TakeLast(3));
        var delivered = task.PullRequest;
        Assert.StartsWith($"asa/{task.TaskId}-add-2-3-returns-1-instead-of-5", delivered.Branch);
        Assert.Equal((repository.Path, "main", "", 0), (delivered.PushedTo, delivered.BaseBranch, delivered.Url, delivered.Number));
        Assert.Contains($"new branch {delivered.Branch} of {repository.Path}", delivered.Note);
        Assert.Contains(events.Logs(), log => log.Contains(delivered.Note, StringComparison.Ordinal));

        // The branch holds exactly the verified fix on top of the cloned commit, by the configured author.
        Assert.Equal(delivered.CommitSha, (await repository.GitAsync("rev-parse", $"refs/heads/{delivered.Branch}")).Text);
        Assert.Equal(repository.Head, (await repository.GitAsync("rev-parse", $"{delivered.Branch}^")).Text);
        Assert.Equal(task.Fix.ChangedFiles.Order(), (await repository.GitAsync("diff", "--name-only", repository.Head, delivered.Branch)).Lines.Order());
        Assert.Contains("return a + b", (await repository.GitAsync("show", $"{delivered.Branch}:calculator.py")).Text);
        Assert.Equal("ASA bot <bot@asa.invalid>", (await repository.GitAsync("log", "-1", "--format=%an <%ae>", delivered.Branch)).Text);
        Assert.StartsWith("Fix: add(2, 3) returns -1 instead of 5", (await repository.GitAsync("log", "-1", "--format=%s", delivered.Branch)).Text);

        // The user's checkout: same branch, same commit, same uncommitted and untracked files.
        Assert.Equal(headBefore, (await repository.GitAsync("symbolic-ref", "HEAD")).Text);
        Assert.Equal(repository.Head, (await repository.GitAsync("rev-parse", "main")).Text);
        Assert.Equal(statusBefore, (await repository.GitAsync("status", "--porcelain")).Text);
        Assert.EndsWith("Work in progress.\n", await File.ReadAllTextAsync(Path.Combine(repository.Path, "README.md")));
        Assert.Equal([delivered.Branch, "main"], (await repository.GitAsync("branch", "--format=%(refname:short)")).Lines.Order());

        // The proposed pull request is stored with the patch.
        Assert.StartsWith("Fix: add(2, 3) returns -1 instead of 5", delivered.Title);
        foreach (var part in new[] { "## Bug", Bug, "## Changes", "`calculator.py`", "```diff", "## Tests", "| tests before the fix | `python3 -m pytest -q` | failed (exit 1)",
                     "| tests with the fix | `python3 -m pytest -q` | passed", "**Confidence:**", "**Cost:** $0.00; no model was used.", "Generated by ASA", task.TaskId })
        {
            Assert.Contains(part, delivered.Body);
        }

        await AssertTokenAppearsNowhereAsync(task.TaskId);
    }

    private async Task AssertTokenAppearsNowhereAsync(string taskId)
    {
        var worker = Assert.Single(stack.Workers);
        Assert.DoesNotContain(worker.Output.Lines, line => line.Contains(Token, StringComparison.Ordinal));
        Assert.DoesNotContain(stack.Api.Output.Lines, line => line.Contains(Token, StringComparison.Ordinal));
        Assert.DoesNotContain(stack.Sandbox.Process.Output.Lines, line => line.Contains(Token, StringComparison.Ordinal));
        await using var connection = new NpgsqlConnection(stack.DatabaseConnectionString);
        await connection.OpenAsync();
        foreach (var table in new[] { "tasks", "task_events", "test_runs", "llm_usage" })
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table} t WHERE strpos(t::text, @token) > 0", connection);
            command.Parameters.AddWithValue("token", Token);
            Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
        }
        Assert.Empty(FilesHolding(stack.Sandbox.WorkspaceRoot, Token));
        output.WriteLine($"Task {taskId}: the token is in no log, row or sandbox file.");
    }

    // The worker deletes the task's workspaces as the task ends, so a folder or file may vanish while it is read.
    private static List<string> FilesHolding(string folder, string text)
    {
        var found = new List<string>();
        try
        {
            foreach (var file in Directory.GetFiles(folder))
            {
                try
                {
                    if (File.ReadAllText(file).Contains(text, StringComparison.Ordinal))
                    {
                        found.Add(file);
                    }
                }
                catch (IOException)
                {
                }
            }
            foreach (var child in Directory.GetDirectories(folder))
            {
                found.AddRange(FilesHolding(child, text));
            }
        }
        catch (IOException)
        {
        }
        return found;
    }

    private static string EnvironmentTest(string token) => $$"""
        import hashlib
        import os


        def test_the_environment_holds_no_secret_of_the_worker():
            digests = {hashlib.sha256(value.encode()).hexdigest() for value in os.environ.values()}
            assert "{{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant()}}" not in digests
        """;
}
