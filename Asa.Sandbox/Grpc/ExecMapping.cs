using Asa.Protos.V1;
using Asa.Sandbox.Execution;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Asa.Sandbox.Grpc;

/// <summary>Maps run requests and results between the wire and the execution backend.</summary>
internal static class ExecMapping
{
    public static ExecutionLimits MapToLimits(ExecLimits? requested)
    {
        var limits = ExecutionLimits.Default;
        if (requested is null)
        {
            return limits;
        }
        limits = limits with
        {
            WallTime = requested.WallTime is { } wall ? wall.ToTimeSpan() : limits.WallTime,
            MemoryBytes = requested.MemoryBytes > 0 ? requested.MemoryBytes : limits.MemoryBytes,
            Pids = requested.MaxProcesses > 0 ? requested.MaxProcesses : limits.Pids,
            OutputBytes = requested.MaxOutputBytes > 0 ? requested.MaxOutputBytes : limits.OutputBytes,
            FileSizeBytes = requested.MaxFileBytes > 0 ? requested.MaxFileBytes : limits.FileSizeBytes,
        };
        try
        {
            limits.Validate();
        }
        catch (ArgumentOutOfRangeException exception)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, exception.Message));
        }
        return limits;
    }

    public static ExecEvent MapToOutput(OutputChunk chunk) => new()
    {
        Output = new ExecOutput
        {
            Stream = chunk.Stream == Execution.OutputStream.Stdout ? Protos.V1.OutputStream.Stdout : Protos.V1.OutputStream.Stderr,
            Data = ByteString.CopyFrom(chunk.Data.Span),
        },
    };

    public static ExecEvent MapToResult(ExecutionResult result)
    {
        var mapped = new ExecResult
        {
            ExitCode = result.ExitCode,
            Signal = result.Signal ?? 0,
            WallTime = Duration.FromTimeSpan(result.WallTime),
            PeakMemoryBytes = result.PeakMemoryBytes,
            StdoutTruncatedBytes = result.DroppedStdoutBytes,
            StderrTruncatedBytes = result.DroppedStderrBytes,
        };
        foreach (var (hit, wire) in (ReadOnlySpan<(LimitsHit, ExecLimitHit)>)[
            (LimitsHit.Time, ExecLimitHit.Time), (LimitsHit.Memory, ExecLimitHit.Memory),
            (LimitsHit.Output, ExecLimitHit.Output), (LimitsHit.Pids, ExecLimitHit.Processes)])
        {
            if (result.LimitsHit.HasFlag(hit))
            {
                mapped.LimitsHit.Add(wire);
            }
        }
        return new ExecEvent { Result = mapped };
    }
}
