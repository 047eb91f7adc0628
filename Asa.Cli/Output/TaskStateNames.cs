using Asa.Protos.V1;
using Google.Protobuf.Reflection;

namespace Asa.Cli.Output;

/// <summary>Task statuses by their proto names (GENERATING_FIX), as users type them and as the API documents them.</summary>
public static class TaskStateNames
{
    private static readonly EnumDescriptor States = TasksReflection.Descriptor.FindTypeByName<EnumDescriptor>("TaskState");
    private static readonly EnumDescriptor ErrorClasses = TasksReflection.Descriptor.FindTypeByName<EnumDescriptor>("ErrorClass");

    /// <summary>Every status a task can have, in pipeline order.</summary>
    public static IReadOnlyList<string> All { get; } =
        States.Values.Where(value => value.Number != 0).Select(value => value.Name).ToList();

    public static string Name(this TaskState state) => States.FindValueByNumber((int)state)?.Name ?? ((int)state).ToString();

    public static string Name(this ErrorClass errorClass) =>
        ErrorClasses.FindValueByNumber((int)errorClass)?.Name ?? ((int)errorClass).ToString();

    public static bool IsTerminal(this TaskState state) => state is TaskState.Completed or TaskState.Failed or TaskState.Cancelled;

    /// <summary>Reads "failed", "GENERATING_FIX" or "generating-fix".</summary>
    public static bool TryParse(string text, out TaskState state)
    {
        var name = text.Trim().Replace('-', '_').ToUpperInvariant();
        var value = States.Values.FirstOrDefault(v => v.Number != 0 && v.Name == name);
        state = value is null ? TaskState.Unspecified : (TaskState)value.Number;
        return value is not null;
    }

    /// <summary>The markup colour of a status.</summary>
    public static string Colour(this TaskState state) => state switch
    {
        TaskState.Completed => "green",
        TaskState.Failed => "red",
        TaskState.Cancelled => "yellow",
        TaskState.Queued => "grey",
        _ => "blue",
    };
}
