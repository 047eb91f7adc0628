using System.Diagnostics.Metrics;

namespace Asa.Worker.Llm;

/// <summary>What model calls cost and how long they take, by model, purpose (and so stage) and outcome, for the dashboard.</summary>
public sealed class LlmMetrics
{
    public const string MeterName = "Asa.Worker.Llm";

    private readonly Counter<double> cost;
    private readonly Counter<long> tokens;
    private readonly Histogram<double> latency;

    public LlmMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        cost = meter.CreateCounter<double>("asa.llm.cost", "USD", "What model calls cost, by model, purpose and status.");
        tokens = meter.CreateCounter<long>("asa.llm.tokens", "{token}", "Tokens sent and received, by model, purpose and direction.");
        latency = meter.CreateHistogram<double>("asa.llm.duration", "s", "How long model calls took, by model, purpose and status.");
    }

    public void Called(string model, string purpose, string status, int promptTokens, int completionTokens, decimal costUsd, TimeSpan elapsed)
    {
        KeyValuePair<string, object?>[] tags = [new("gen_ai.request.model", model), new("asa.purpose", purpose), new("asa.status", status)];
        cost.Add((double)costUsd, tags);
        latency.Record(elapsed.TotalSeconds, tags);
        tokens.Add(promptTokens, [new("gen_ai.request.model", model), new("asa.purpose", purpose), new("gen_ai.token.type", "input")]);
        tokens.Add(completionTokens, [new("gen_ai.request.model", model), new("asa.purpose", purpose), new("gen_ai.token.type", "output")]);
    }
}
