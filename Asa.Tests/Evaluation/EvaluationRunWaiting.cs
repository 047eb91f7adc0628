using Asa.Protos.V1;

namespace Asa.Tests.Evaluation;

public static class EvaluationRunWaiting
{
    /// <summary>The run once its last result is recorded; the workers record results in the background, so this polls.</summary>
    public static async Task<EvaluationRun> WaitForFinishAsync(this EvaluationService.EvaluationServiceClient evaluations, string runId, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (true)
        {
            var run = await evaluations.GetEvaluationRunAsync(new GetEvaluationRunRequest { RunId = runId }, cancellationToken: limit.Token);
            if (run.FinishedAt is not null)
            {
                return run;
            }
            await Task.Delay(300, limit.Token);
        }
    }
}
