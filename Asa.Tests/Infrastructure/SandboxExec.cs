using System.Text;
using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Tests.Infrastructure;

public static class SandboxExec
{
    /// <summary>Runs a command in the sandbox and reads its stream to the end: the output (both streams, in order) and the result.</summary>
    public static async Task<(string Output, ExecResult Result)> ExecToEndAsync(
        this SandboxService.SandboxServiceClient client, ExecRequest request, DateTime deadline)
    {
        using var call = client.Exec(request, deadline: deadline);
        var text = new StringBuilder();
        ExecResult? result = null;
        await foreach (var execEvent in call.ResponseStream.ReadAllAsync())
        {
            text.Append(execEvent.Output?.Data.ToStringUtf8());
            result = execEvent.Result ?? result;
        }
        return (text.ToString(), result ?? throw new InvalidOperationException($"`{request.Command}`: the run ended without a result."));
    }
}
