using Asa.Protos.V1;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace Asa.Cli.Connection;

/// <summary>One channel to the API and a client of each service on it; every call carries the key, when there is one.</summary>
public sealed class AsaClients : IDisposable
{
    private readonly GrpcChannel channel;

    public AsaClients(ConnectionSettings settings)
    {
        Settings = settings;
        channel = GrpcChannel.ForAddress(settings.Url);
        var invoker = channel.Intercept(headers =>
        {
            if (settings.ApiKey is { } key)
            {
                headers.Add("authorization", $"Bearer {key}");
            }
            return headers;
        });
        Tasks = new TaskService.TaskServiceClient(invoker);
        Feedback = new FeedbackService.FeedbackServiceClient(invoker);
        Usage = new UsageService.UsageServiceClient(invoker);
        Keys = new KeyService.KeyServiceClient(invoker);
        Evaluation = new EvaluationService.EvaluationServiceClient(invoker);
    }

    public ConnectionSettings Settings { get; }

    public TaskService.TaskServiceClient Tasks { get; }

    public FeedbackService.FeedbackServiceClient Feedback { get; }

    public UsageService.UsageServiceClient Usage { get; }

    public KeyService.KeyServiceClient Keys { get; }

    public EvaluationService.EvaluationServiceClient Evaluation { get; }

    /// <summary>The deadline of a call that answers at once (not a watch).</summary>
    public static DateTime Deadline => DateTime.UtcNow.AddSeconds(30);

    public void Dispose() => channel.Dispose();
}
