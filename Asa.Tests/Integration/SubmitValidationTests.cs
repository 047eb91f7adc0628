using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Google.Rpc;
using Grpc.Core;

namespace Asa.Tests.Integration;

/// <summary>Every validation rule, through the real service: INVALID_ARGUMENT naming the field, and nothing stored.</summary>
public sealed class SubmitValidationTests(AsaStack stack) : IClassFixture<AsaStack>
{
    public static TheoryData<string, string, string> BadSubmissions => new()
    {
        { "repo_url", "http://github.com/owner/repo", "plain http" },
        { "repo_url", "ssh://git@example.com/repo.git", "ssh://" },
        { "repo_url", "https://token:x@github.com/owner/repo", "credentials" },
        { "repo_url", "https://169.254.169.254/latest", "non-public" },
        { "repo_url", "https://metadata.google.internal/x", "internal host" },
        { "repo_url", "/definitely/not/here", "does not exist" },
        { "repo_url", "", "required" },
        { "bug_description", "too short", "at least 10" },
        { "bug_description", new string('b', 5001), "5,000" },
        { "test_command", "", "empty" },
        { "test_command", new string('t', 201), "200" },
        { "setup_command", "make\ninstall", "control characters" },
        { "base_branch", "bad..branch", "not a valid git branch name" },
        { "fixer", "robot", "use one of engine, model, engine-first" },
        { "model", "gpt 4o", "not a model name" },
        { "model", new string('m', 101), "the limit is 100" },
    };

    [Theory]
    [MemberData(nameof(BadSubmissions))]
    public async Task SubmitRejectsTheBadFieldAndStoresNothing(string field, string value, string reason)
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var user = await stack.UserAsync($"validation-{Guid.NewGuid():N}");
        var request = TaskEvents.Submission(repository.Path);
        switch (field)
        {
            case "repo_url": request.RepoUrl = value; break;
            case "bug_description": request.BugDescription = value; break;
            case "test_command": request.TestCommand = value; break;
            case "setup_command": request.SetupCommand = value; break;
            case "base_branch": request.BaseBranch = value; break;
            case "fixer": request.Fixer = value; break;
            case "model": request.Model = value; break;
        }

        var exception = await Assert.ThrowsAsync<RpcException>(() => stack.Tasks.SubmitTaskAsync(request, user).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        var violation = Assert.Single(exception.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal(field, violation.Field);
        Assert.Contains(reason, violation.Description);
        Assert.Empty((await stack.Tasks.ListTasksAsync(new ListTasksRequest(), user)).Tasks);
    }

    [Fact]
    public async Task SubmitRejectsAModelForTheEngineAndStoresNothing()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var user = await stack.UserAsync($"validation-{Guid.NewGuid():N}");
        var request = TaskEvents.Submission(repository.Path);
        request.Fixer = "engine";
        request.Model = "gpt-4o";

        var exception = await Assert.ThrowsAsync<RpcException>(() => stack.Tasks.SubmitTaskAsync(request, user).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        var violation = Assert.Single(exception.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("model", violation.Field);
        Assert.Contains("the embedded engine asks no model", violation.Description);
        Assert.Empty((await stack.Tasks.ListTasksAsync(new ListTasksRequest(), user)).Tasks);
    }
}
