using Asa.Cli;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Cli;

/// <summary>feedback, usage and keys through the command line, against the real services.</summary>
[Collection(CliStack.Name)]
public sealed class CliFeedbackUsageAndKeysTests(AsaStack stack)
{
    private const string Bug = "add() subtracts instead of adding";

    [Fact]
    public async Task FeedbackOnAnEndedTaskIsRecordedAndUsageCountsTheTask()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var user = $"cli-feedback-{Guid.NewGuid():N}";
        using var cli = await CliSession.ForUserAsync(stack, user);
        var watched = (await cli.RunAsync("submit", repository.Path, "--bug", Bug, "--watch", "--json")).ShouldExit(ExitCodes.TaskDidNotComplete);
        var taskId = watched.Json().GetProperty("task").GetProperty("taskId").GetString()!;

        var feedback = (await cli.RunAsync("feedback", taskId, "--rating", "2", "--comment", "no fix yet", "--issue", "no fix", "--issue", "slow", "--json"))
            .ShouldExit(ExitCodes.Ok).Json();
        var approved = (await cli.RunAsync("feedback", taskId, "--rating", "5", "--approve")).ShouldExit(ExitCodes.Ok);
        var badIssue = (await cli.RunAsync("feedback", taskId, "--rating", "3", "--issue", new string('x', 101))).ShouldExit(ExitCodes.InvalidArgument);
        var unknown = (await cli.RunAsync("feedback", Guid.NewGuid().ToString(), "--rating", "3")).ShouldExit(ExitCodes.NotFound);
        var usage = (await cli.RunAsync("usage", "--json")).ShouldExit(ExitCodes.Ok).Json();
        var usageTable = (await cli.RunAsync("usage")).ShouldExit(ExitCodes.Ok);
        var tooEarly = (await cli.RunAsync("usage", "--since", "2000-01-01")).ShouldExit(ExitCodes.InvalidArgument);

        Assert.Equal(taskId, feedback.GetProperty("taskId").GetString());
        Assert.Equal(2, feedback.GetProperty("rating").GetInt32());
        Assert.False(feedback.GetProperty("approved").GetBoolean());
        Assert.Equal(["no fix", "slow"], feedback.GetProperty("issues").EnumerateArray().Select(i => i.GetString()));
        Assert.Matches($@"^Recorded feedback \d+ on task {taskId}: 5/5, fix approved\.", approved.Output);
        Assert.Contains("  issues: each must be 1 to 100 characters", badIssue.Error);
        Assert.Contains("was not found", unknown.Error);
        var totals = usage.GetProperty("totals");
        Assert.Equal("1", totals.GetProperty("tasksSubmitted").GetString());
        Assert.Equal("1", totals.GetProperty("tasksFailed").GetString());
        Assert.Equal(user, Assert.Single(usage.GetProperty("days").EnumerateArray()).GetProperty("userId").GetString());
        Assert.Contains(user, usageTable.Output);
        Assert.Contains("total", usageTable.Output);
        Assert.Contains("  since: must be between", tooEarly.Error);
    }

    [Fact]
    public async Task AnAdminCreatesListsAndRevokesKeysAndOthersMayNot()
    {
        using var admin = await CliSession.ForUserAsync(stack, $"cli-admin-{Guid.NewGuid():N}", admin: true);
        using var member = await CliSession.ForUserAsync(stack, $"cli-member-{Guid.NewGuid():N}");
        var newUser = $"cli-new-{Guid.NewGuid():N}";

        var created = (await admin.RunAsync("keys", "create", "--user", newUser, "--json")).ShouldExit(ExitCodes.Ok).Json();
        var keyId = created.GetProperty("info").GetProperty("keyId").GetString()!;
        var newKey = created.GetProperty("key").GetString()!;
        var listedByNewKey = (await member.RunAsync("list", "--api-key", newKey)).ShouldExit(ExitCodes.Ok);
        var listed = (await admin.RunAsync("keys", "list", "--json")).ShouldExit(ExitCodes.Ok).Json();
        var table = (await admin.RunAsync("keys", "list")).ShouldExit(ExitCodes.Ok);
        var revoked = (await admin.RunAsync("keys", "revoke", keyId)).ShouldExit(ExitCodes.Ok);
        var refused = (await member.RunAsync("list", "--api-key", newKey)).ShouldExit(ExitCodes.NotAuthenticated);
        var createdForPeople = (await admin.RunAsync("keys", "create", "--user", newUser, "--admin")).ShouldExit(ExitCodes.Ok);
        var notAdmin = (await member.RunAsync("keys", "list")).ShouldExit(ExitCodes.NotAuthenticated);
        var noSuchKey = (await admin.RunAsync("keys", "revoke", "no-such-key")).ShouldExit(ExitCodes.NotFound);
        var badUser = (await admin.RunAsync("keys", "create", "--user", "not a user id")).ShouldExit(ExitCodes.InvalidArgument);

        Assert.Equal(newUser, created.GetProperty("info").GetProperty("userId").GetString());
        Assert.Contains(listed.GetProperty("keys").EnumerateArray(), key => key.GetProperty("keyId").GetString() == keyId);
        Assert.Contains(keyId, table.Output);
        Assert.DoesNotContain(newKey, table.Output);
        Assert.Contains($"Revoked key {keyId} of {newUser}.", revoked.Output);
        Assert.Contains("the server refused the API key from --api-key", refused.Error);
        Assert.Matches($@"Created key \S+ for {newUser} \(admin\)\.", createdForPeople.Output);
        Assert.Matches(@"(?m)^asa_\S+$", createdForPeople.Output);
        Assert.Contains("Not allowed: Managing API keys needs an admin key.", notAdmin.Error);
        Assert.Contains("There is no key 'no-such-key'", noSuchKey.Error);
        Assert.Contains("  user_id: ", badUser.Error);
        Assert.Contains("No tasks.", listedByNewKey.Output);
    }
}
