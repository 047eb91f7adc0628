using Asa.Worker.Services;
using Asa.Worker.Storage;
using Asa.Core.Extensions;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Repair;
using Asa.Repair.Engine;
using Asa.Repair.Fixers;
using Asa.Repair.Localization;
using Asa.Worker.Llm;
using Asa.Worker.Sandbox;
using Asa.Worker.Pipeline;
using Asa.Worker.Pipeline.Stages;
using Asa.Worker.Queue;
using Asa.Worker.Delivery;
using Asa.Worker.Evaluation;
using Asa.Worker.Secrets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
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
        // Every worker can run the engine, since a task may ask for it; the fixers that ask a model need one.
        builder.Services.AddSingleton<ReproduceStage>();
        builder.AddFixers();
        builder.Services.AddSingleton<FixerSelection>();
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

    // The fixers of Asa.Repair, keyed by the names tasks ask for, and the stage that runs them and keeps the verified fix.
    // The engine is on every worker; the fixers that ask a model, and the stage where the model writes the reproduction
    // test, only on a worker with a model.
    private static void AddFixers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EngineOptions>()
            .BindConfiguration(EngineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<EngineOptions>>().Value);
        builder.Services.AddSingleton<FaultLocalizer>();
        builder.Services.AddSingleton<SuspiciousLineRanker>();
        builder.Services.AddSingleton<CandidateSearch>();
        builder.Services.AddSingleton<EngineFixer>();
        builder.Services.AddKeyedSingleton<IFixer>(Fixers.Engine, (services, _) => services.GetRequiredService<EngineFixer>());
        builder.Services.AddSingleton<VerifiedFixRecorder>();
        builder.Services.AddSingleton<RepairStage>();
        if (LlmProviderSettings.FromConfiguration(builder.Configuration) is null)
        {
            return;
        }
        builder.Services.AddOptions<RepairOptions>()
            .BindConfiguration(RepairOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<RepairOptions>>().Value);
        builder.Services.AddSingleton<ModelFixer>();
        builder.Services.AddKeyedSingleton<IFixer>(Fixers.Model, (services, _) => services.GetRequiredService<ModelFixer>());
        builder.Services.AddKeyedSingleton<IFixer, EngineFirstFixer>(Fixers.EngineFirst);
        builder.Services.AddSingleton<GenerateTestStage>();
    }
}
