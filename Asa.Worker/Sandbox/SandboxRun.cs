using Asa.Protos.V1;

namespace Asa.Worker.Sandbox;

/// <summary>A finished run in the sandbox: how it ended, and the end of what it printed.</summary>
public sealed record SandboxRun(ExecResult Result, string OutputTail)
{
    public bool Succeeded => Result.ExitCode == 0 && Result.LimitsHit.Count == 0;
}
