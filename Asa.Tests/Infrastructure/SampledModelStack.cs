namespace Asa.Tests.Infrastructure;

/// <summary>A <see cref="ModelStack"/> whose workers sample two candidate fixes per round and verify them side by side.</summary>
public sealed class SampledModelStack() : ModelStack(new Dictionary<string, string> { ["Repair__CandidatesPerAttempt"] = "2" });
