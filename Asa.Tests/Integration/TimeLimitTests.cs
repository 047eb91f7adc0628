using Asa.Protos.V1;
using Asa.Tests.Infrastructure;

namespace Asa.Tests.Integration;

/// <summary>Tasks may run for half a second.</summary>
public sealed class ShortTimeLimitStack() : AsaStack(new AsaStackOptions
{
    Worker = new Dictionary<string, string> { ["Worker__TaskTimeLimit"] = "00:00:00.5" },
});

public sealed class TimeLimitTests(ShortTimeLimitStack stack) : IClassFixture<ShortTimeLimitStack>
{
    [Fact]
    public async Task TaskOverItsTimeLimitFailsNamingTheLimit()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var stall = StalledReads.Install(repository);

        var submitted = await stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path));
        var events = await stack.Tasks.WatchToEndAsync(submitted.TaskId);

        var error = events.FinalError();
        Assert.Equal(TaskState.Failed, events.States()[^1]);
        Assert.Equal(ErrorClass.Resource, error.ErrorClass);
        Assert.Equal(TaskState.CloningRepo, error.Stage);
        Assert.Contains("time limit of 0.5 s", error.Message);
    }
}
