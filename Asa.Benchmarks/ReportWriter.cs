using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Grpc.Core;

namespace Asa.Benchmarks;

/// <summary>Prints a report for people and writes it as JSON for machines.</summary>
public static class ReportWriter
{
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseUpper,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static void Print(SubmitReport report, TextWriter output)
    {
        var pace = report.Rate is { } rate ? Invariant($"offered at {rate}/s with at most {report.Concurrency} in flight") : $"{report.Concurrency} calls in flight";
        output.WriteLine(Invariant($"ASA submit benchmark: {report.Server} as {report.User}, {SubmitReport.ProcessorCount} cores, {pace}"));
        output.WriteLine($"repository: {report.Repository}");
        if (report.Warmup is { } warmup)
        {
            output.WriteLine(Invariant($"warmup:   {warmup.Succeeded} of {warmup.Requested} submits in {warmup.Elapsed.TotalSeconds:0.00} s{Errors(warmup)} (not measured)"));
        }
        if (report.Measured is { } measured)
        {
            output.WriteLine(Invariant($"measured: {measured.Attempted} submits in {measured.Elapsed.TotalSeconds:0.00} s: {measured.Succeeded} ok{Errors(measured)}"));
            if (measured.AbortReason is not null)
            {
                output.WriteLine($"          {measured.AbortReason}");
            }
            foreach (var (code, detail) in measured.FirstErrorByStatus)
            {
                output.WriteLine($"          first {Name(code)}: {detail}");
            }
            output.WriteLine(Invariant($"  throughput  {measured.SubmitsPerSecond,8:0} submits/s   goal >= {SubmitReport.ThroughputGoalPerSecond:0}/s  {Verdict(report.ThroughputMet)}"));
            PrintLatency(output, "  latency ", measured.Latency, report.Rate is null ? "successful calls" : "successful calls, from when each was due");
            output.WriteLine(Invariant($"  p99 goal < {SubmitReport.SubmitP99GoalMs:0} ms  {Verdict(report.SubmitP99Met)}"));
            if (report.Rate is not null)
            {
                PrintLatency(output, "  latency ", measured.LatencyFromSend, "successful calls, from when each was sent");
            }
        }
        if (report.Cleanup is { } cleanup)
        {
            output.WriteLine(Invariant($"cleanup:  {cleanup.Cancelled} tasks cancelled, {cleanup.AlreadyEnded} had ended already, of {cleanup.Tasks}, in {cleanup.Elapsed.TotalSeconds:0.00} s{ErrorList(cleanup.ErrorsByStatus)}"));
        }
        if (report.Pickup is { } pickup)
        {
            output.WriteLine(Invariant($"idle pickup: queue drained in {pickup.DrainTime.TotalSeconds:0.00} s; {pickup.Samples.Count} of {pickup.Requested} tasks submitted one at a time"));
            if (pickup.SkipReason is not null)
            {
                output.WriteLine($"  incomplete: {pickup.SkipReason}");
            }
            PrintLatency(output, "  created_at -> CLONING_REPO event (server clock)", pickup.Server, null, withP90: false);
            output.WriteLine(Invariant($"  p99 goal < {SubmitReport.PickupGoalMs:0} ms  {Verdict(report.PickupMet)}"));
            PrintLatency(output, "  submit response -> event seen by this client", pickup.Client, null, withP90: false);
        }
    }

    public static async Task WriteJsonAsync(SubmitReport report, string path, CancellationToken cancellationToken)
    {
        var document = new
        {
            report.StartedAt,
            Server = report.Server.ToString(),
            report.User,
            report.Repository,
            ProcessorCount = SubmitReport.ProcessorCount,
            report.Concurrency,
            report.Rate,
            Goals = new
            {
                ThroughputPerSecond = SubmitReport.ThroughputGoalPerSecond,
                SubmitP99Ms = SubmitReport.SubmitP99GoalMs,
                PickupP99Ms = SubmitReport.PickupGoalMs,
                report.ThroughputMet,
                report.SubmitP99Met,
                report.PickupMet,
            },
            Warmup = report.Warmup is { } warmup ? Load(warmup) : null,
            Measured = report.Measured is { } measured ? Load(measured) : null,
            Cleanup = report.Cleanup is { } cleanup
                ? new { cleanup.Tasks, cleanup.Cancelled, cleanup.AlreadyEnded, ErrorsByStatus = Names(cleanup.ErrorsByStatus), ElapsedSeconds = cleanup.Elapsed.TotalSeconds }
                : null,
            Pickup = report.Pickup is { } pickup
                ? new
                {
                    pickup.Requested,
                    DrainSeconds = pickup.DrainTime.TotalSeconds,
                    pickup.SkipReason,
                    ServerCreatedToCloningMs = pickup.Server,
                    ClientSubmitToEventMs = pickup.Client,
                    pickup.Samples,
                }
                : null,
        };
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, document, JsonOptions, cancellationToken);
    }

    private static object Load(LoadResult load) => new
    {
        load.StartedAt,
        load.Requested,
        load.Attempted,
        load.Succeeded,
        ElapsedSeconds = load.Elapsed.TotalSeconds,
        load.SubmitsPerSecond,
        ErrorsByStatus = Names(load.ErrorsByStatus),
        FirstErrorByStatus = load.FirstErrorByStatus.ToDictionary(e => Name(e.Key), e => e.Value),
        LatencyMs = load.Latency,
        LatencyFromSendMs = load.LatencyFromSend,
        load.AbortReason,
    };

    internal static void PrintLatency(TextWriter output, string label, LatencySummary latency, string? over, bool withP90 = true)
    {
        var p90 = withP90 ? Invariant($"  p90 {latency.P90Ms,7:0.00}") : "";
        output.WriteLine(Invariant($"{label}{(over is null ? "" : $" ({over})")}, ms:"));
        output.WriteLine(Invariant($"    p50 {latency.P50Ms,7:0.00}{p90}  p99 {latency.P99Ms,7:0.00}  max {latency.MaxMs,7:0.00}  mean {latency.MeanMs,7:0.00}  (n={latency.Samples})"));
    }

    private static string Errors(LoadResult load) => ErrorList(load.ErrorsByStatus);

    private static string ErrorList(IReadOnlyDictionary<StatusCode, int> errors) =>
        errors.Count == 0 ? ", 0 errors" : ", errors: " + string.Join(", ", errors.OrderByDescending(e => e.Value).Select(e => $"{Name(e.Key)} {e.Value}"));

    private static Dictionary<string, int> Names(IReadOnlyDictionary<StatusCode, int> errors) =>
        errors.ToDictionary(e => Name(e.Key), e => e.Value);

    // The names gRPC documents (RESOURCE_EXHAUSTED), not the C# enum's.
    private static string Name(StatusCode code) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(code.ToString());

    internal static string Verdict(bool? met) => met switch
    {
        true => "MET",
        false => "MISSED",
        null => "not judged",
    };

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
