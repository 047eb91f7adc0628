using System.ComponentModel.DataAnnotations;

namespace Asa.Api.Tasks;

/// <summary>Backpressure: how much work the service accepts (section <c>Limits</c>).</summary>
public sealed class SubmissionLimits
{
    public const string SectionName = "Limits";

    /// <summary>Tasks queued or running at once, across all users (the seed's MAX_QUEUE_SIZE).</summary>
    [Range(1, int.MaxValue)]
    public int MaxQueueSize { get; set; } = 100;

    /// <summary>Submissions one user may make per UTC day.</summary>
    [Range(1, int.MaxValue)]
    public int MaxSubmissionsPerUserPerDay { get; set; } = 20;
}
