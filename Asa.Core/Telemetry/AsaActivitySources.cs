using System.Diagnostics;

namespace Asa.Core.Telemetry;

/// <summary>The sources of ASA's own spans; service defaults listen to every source named Asa.*.</summary>
public static class AsaActivitySources
{
    public static readonly ActivitySource Api = new("Asa.Api");
    public static readonly ActivitySource Worker = new("Asa.Worker");

    public const string TaskIdTag = "asa.task.id";
    public const string StageTag = "asa.stage";
}
