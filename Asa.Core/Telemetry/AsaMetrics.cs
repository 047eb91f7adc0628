using System.Diagnostics.Metrics;
using Asa.Core.Tasks;
using Asa.Protos.V1;

namespace Asa.Core.Telemetry;

/// <summary>The task metrics the dashboard shows: submitted, ended by outcome, stage durations, queue depth.</summary>
public sealed class AsaMetrics
{
    public const string MeterName = "Asa.Tasks";

    private readonly Counter<long> submitted;
    private readonly Counter<long> ended;
    private readonly Histogram<double> stageDuration;

    public AsaMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        submitted = meter.CreateCounter<long>("asa.tasks.submitted", "{task}", "Tasks accepted by the API.");
        ended = meter.CreateCounter<long>("asa.tasks.ended", "{task}", "Tasks that reached a terminal state, by outcome.");
        stageDuration = meter.CreateHistogram<double>("asa.stage.duration", "s", "Time a task spent in each pipeline stage.");
        Meter = meter;
    }

    public Meter Meter { get; }

    public void TaskSubmitted() => submitted.Add(1);

    public void Transitioned(TaskTransition transition)
    {
        if (transition.PreviousStageDuration is { } duration)
        {
            stageDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("asa.stage", transition.From.ToName()));
        }
        if (transition.To.IsTerminal())
        {
            ended.Add(1, new KeyValuePair<string, object?>("asa.outcome", transition.To.ToName()));
        }
    }
}
