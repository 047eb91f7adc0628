using Asa.Api.Grpc;

namespace Asa.Api.Tasks;

/// <summary>Reads a task id a client sent, naming the field when it is not one.</summary>
internal static class TaskIds
{
    public static Guid Parse(string taskId) =>
        Guid.TryParse(taskId, out var id)
            ? id
            : throw FieldErrors.Single("task_id", taskId.Length == 0 ? "is required" : $"'{Truncate(taskId)}' is not a task id");

    private static string Truncate(string value) => value.Length <= 64 ? value : value[..64] + "…";
}
