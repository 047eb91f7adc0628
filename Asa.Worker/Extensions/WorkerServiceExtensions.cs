using Asa.Core.Extensions;
using Asa.Protos.V1;
using Asa.Worker.Llm;
using Asa.Worker.Sandbox;
using Asa.Worker.Pipeline;
using Asa.Worker.Pipeline.Stages;
using Asa.Worker.Queue;
using Asa.Worker.Repair;
using Asa.Worker.Repair.Engine;
using Asa.Worker.Repair.Localization;
using Asa.Worker.Delivery;
using Asa.Worker.Evaluation;
using Asa.Worker.Secrets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Asa.Worker.Tasks;

namespace Asa.Worker.Extensions;

public static class WorkerServiceExtensions
{
    public static IHostApplicationBuilder AddWorkerServices(this IHostApplicationBuilder builder)
    {
        builder.AddAsaCore();

        builder.Services.AddOptions<WorkerOptions>()
            .BindConfiguration(WorkerOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Lease >= TimeSpan.FromMilliseconds(300), "Worker:Lease must be at least 300 ms.")
            .Validate(o => o.TaskTimeLimit > TimeSpan.Zero && o.TaskTimeLimit < TimeSpan.FromDays(7), "Worker:TaskTimeLimit must be between 0 and 7 days.")
            .Validate(o => o.ConsumerName.Length is > 0 and <= 100 && o.ConsumerName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && !o.ConsumerName.StartsWith('.'),
                "Worker:ConsumerName must be 1 to 100 letters, digits, '-', '_' or '.', not starting with '.'.")
            .Validate(o => o.ReconcileInterval > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero, "Worker intervals must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<TaskStore>();
        builder.Services.AddSingleton<StreamEntries>();
        builder.Services.AddSingleton<RunningTasks>();
        builder.Services.AddSingleton<WorkspaceRoot>();

        builder.Services.AddSingleton<TestRunRecorder>();
        builder.Services.AddSingleton<WorkspacePreparer>();
        builder.Services.AddSingleton<IPipelineStage, CloneStage>();
        builder.Services.AddSingleton<IPipelineStage, IndexStage>();
        builder.Services.AddOptions<EngineOptions>()
            .BindConfiguration(EngineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Every worker can run the engine, since a task may ask for it; the model stages need a model.
        builder.Services.AddSingleton<ReproduceStage>();
        builder.AddRepairEngine();
        if (LlmProviderSettings.FromConfiguration(builder.Configuration) is not null)
        {
            builder.AddLlmRepair();
        }
        builder.Services.AddSingleton<RepairPlans>();
        builder.AddFixDelivery();
        builder.Services.AddSingleton<TaskPipeline>();
        // Runs stream for as long as the tests take, so the standard handler's request timeouts must not apply;
        // removing it is the documented way, though still marked experimental.
#pragma warning disable EXTEXP0001
        builder.Services.AddGrpcClient<SandboxService.SandboxServiceClient>(client =>
                client.Address = new Uri(builder.Configuration["Sandbox:Url"] ?? "http://_grpc.asa-sandbox"))
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.Services.AddSingleton<SandboxClient>();
        builder.Services.AddSingleton<TaskProcessor>();
        builder.AddLlmGateway();

        builder.Services.AddHostedService<TaskStreamConsumer>();
        builder.Services.AddHostedService<QueueReconciler>();
        builder.AddEvaluationRecording();
        return builder;
    }

    // Evaluation results are judged by whichever worker sees their task ended first.
    private static void AddEvaluationRecording(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EvaluationResultStore>();
        builder.Services.AddSingleton<HeldBackCheck>();
        builder.Services.AddHostedService<EvaluationRecorder>();
    }

    // CREATING_PR: the verified fix as a branch and a pull request; the token is one of the secrets kept out of every message.
    private static void AddFixDelivery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DeliveryOptions>()
            .BindConfiguration(DeliveryOptions.SectionName)
            .PostConfigure(o => o.ResolveToken(builder.Configuration))
            .ValidateDataAnnotations()
            .Validate(o => o.GitHubApiUrl.IsAbsoluteUri && (o.GitHubApiUrl.Scheme == Uri.UriSchemeHttps || o.GitHubApiUrl.IsLoopback),
                "Delivery:GitHubApiUrl must be an https URL (plain http only on loopback), for example https://api.github.com/.")
            .Validate(o => o.PushTimeLimit > TimeSpan.Zero, "Delivery:PushTimeLimit must be positive.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(_ => SecretValues.FromConfiguration(builder.Configuration));
        builder.Services.TryAddSingleton<LlmUsageStore>();
        builder.Services.AddSingleton<CreatePullRequestStage>();
    }

    // The stages a model makes possible: write a reproduction test, then (after the engine, when it goes first)
    // propose, review and verify fixes.
    private static void AddLlmRepair(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RepairOptions>()
            .BindConfiguration(RepairOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.AddFixVerification();
        builder.Services.AddSingleton<GenerateTestStage>();
        builder.Services.AddSingleton<RepairStage>();
    }

    // The embedded engine's search over small edits.
    private static void AddRepairEngine(this IHostApplicationBuilder builder)
    {
        builder.AddFixVerification();
        builder.Services.TryAddSingleton<SuspiciousLineRanker>();
        builder.Services.TryAddSingleton<CandidateSearch>();
        builder.Services.AddSingleton<EngineRepairStage>();
    }

    // What every fixer shares: localisation, the guardians, verification in a fork, and keeping the verified fix.
    private static void AddFixVerification(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<FaultLocalizer>();
        builder.Services.TryAddSingleton<CandidateGuardian>();
        builder.Services.TryAddSingleton<CandidateVerification>();
        builder.Services.TryAddSingleton<VerifiedFixRecorder>();
    }
}
