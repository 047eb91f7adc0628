using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Npgsql;

namespace Asa.Tests.Integration;

/// <summary>Three workers on one stream, one task at a time each, the embedded engine fixing.</summary>
public sealed class ScaleOutStack() : AsaStack(new AsaStackOptions
{
    Workers = 3,
    Worker = new Dictionary<string, string>
    {
        ["Worker__Concurrency"] = "1",
        ["Engine__Mode"] = "Auto",
        ["Engine__Parallelism"] = "1",
    },
});

public sealed class ScaleOutTests(ScaleOutStack stack) : IClassFixture<ScaleOutStack>
{
    private const int TaskCount = 9;

    [Fact]
    public async Task TasksSpreadOverThreeWorkersAndEachIsProcessedExactlyOnceToCompletion()
    {
        // One repository a task, as different users' tasks would be.
        var repositories = await Task.WhenAll(Enumerable.Range(0, TaskCount).Select(_ => GitRepositoryBuilder.PythonProject().BuildAsync()));
        try
        {
            var submitted = await Task.WhenAll(repositories.Select(repository =>
                stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path, "add(2, 3) returns -1 instead of 5")).ResponseAsync));
            var histories = await Task.WhenAll(submitted.Select(task => stack.Tasks.WatchToEndAsync(task.TaskId, timeout: TimeSpan.FromMinutes(8))));

            var ran = submitted.ToDictionary(task => task.TaskId, task => stack.Workers
                .Where(worker => worker.Output.Lines.Any(line => line.Contains($"Task {task.TaskId} started", StringComparison.Ordinal)))
                .Select(worker => worker.Name).ToList());
            Assert.All(histories, events => Assert.Equal(TaskState.Completed, events.States()[^1]));
            Assert.All(histories, events => Assert.Single(events.States(), state => state == TaskState.CloningRepo));
            Assert.All(histories, events => Assert.Equal(events.Logs().Distinct(), events.Logs()));
            Assert.All(ran.Values, workers => Assert.Single(workers));
            Assert.Equal(TaskCount, await CountAsync("SELECT count(*) FROM tasks WHERE deliveries = 1 AND status = 'COMPLETED' AND id = ANY(@ids)",
                submitted.Select(task => Guid.Parse(task.TaskId)).ToArray()));
            var perWorker = ran.Values.Select(workers => workers[0]).GroupBy(name => name).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(stack.Workers.Select(worker => worker.Name).Order(), perWorker.Keys.Order());
        }
        finally
        {
            foreach (var repository in repositories)
            {
                repository.Dispose();
            }
        }
    }

    private async Task<long> CountAsync(string sql, Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(stack.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
