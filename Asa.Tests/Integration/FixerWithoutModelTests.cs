using Asa.Protos.V1;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Integration;

/// <summary>On a worker with no model, a task asking for a fixer that needs one ends at once, saying what to set.</summary>
public sealed class FixerWithoutModelTests(AsaStack stack) : IClassFixture<AsaStack>
{
    [Theory]
    [InlineData("model")]
    [InlineData("engine-first")]
    public async Task ATaskAskingForAModelFixerFailsBeforeCloningNamingTheSettings(string fixer)
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var request = TaskEvents.Submission(repository.Path);
        request.Fixer = fixer;

        var submitted = await stack.Tasks.SubmitTaskAsync(request);
        var events = await stack.Tasks.WatchToEndAsync(submitted.TaskId);
        var task = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId });

        Assert.Equal([TaskState.Queued, TaskState.Failed], events.States());
        Assert.Equal(ErrorClass.Permanent, task.Error.ErrorClass);
        Assert.Contains($"fixer '{fixer}'", task.Error.Message);
        Assert.Contains("no model configured", task.Error.Message);
        Assert.Contains("Llm:Provider", task.Error.Message);
        Assert.Contains("OPENAI_API_KEY", task.Error.Message);
        Assert.Equal("", task.CommitSha);
        Assert.Equal(fixer, task.Fixer);
    }
}
