using System.Diagnostics;
using Asa.Core.Data;
using Asa.Core.Errors;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Asa.Worker.Secrets;

namespace Asa.Worker.Llm;

/// <summary>
/// The one door to the model: masks the worker's secrets, answers a request the task already paid for from the cache,
/// refuses requests that would cross a budget before they are sent, and records every call, successful or not,
/// in <c>llm_usage</c>. A request goes to the model its task asked for, else to the configured one, and is priced,
/// cached and recorded under that model.
/// </summary>
public sealed partial class LlmGateway(
    ChatClients chatClients,
    LlmProviderSettings provider,
    PromptTokenCounter tokenCounter,
    ModelPrices prices,
    IOptions<LlmBudgetOptions> budget,
    LlmUsageStore usage,
    LlmReplyCache cache,
    SecretValues secrets,
    LlmMetrics metrics,
    TimeProvider clock,
    ILogger<LlmGateway> logger)
{
    public string Model => provider.Model;

    public async Task<ChatResponse> CompleteAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        request = WithoutSecrets(request);
        var model = ModelOf(request);
        var cacheKey = LlmReplyCache.KeyOf(request, model);
        if (await cache.FindAsync(cacheKey) is { } cached)
        {
            await RecordAsync(request, 0, 0, 0m, clock.GetTimestamp(), LlmCallStatus.Cached, null);
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, cached.Text));
        }

        var promptTokens = tokenCounter.Count(request.Messages);
        await EnsureWithinBudgetAsync(request, promptTokens, cancellationToken);

        var price = prices.For(model);
        var started = clock.GetTimestamp();
        try
        {
            var response = await chatClients.For(model).GetResponseAsync(request.Messages, request.Options, cancellationToken);
            var usedPrompt = (int)(response.Usage?.InputTokenCount ?? promptTokens);
            var usedCompletion = (int)(response.Usage?.OutputTokenCount ?? 0);
            await RecordAsync(request, usedPrompt, usedCompletion, price.CostOf(usedPrompt, usedCompletion), started, LlmCallStatus.Ok, null);
            await cache.StoreAsync(cacheKey, new CachedReply(response.Text, usedPrompt, usedCompletion));
            return response;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = LlmFailures.Classify(exception, provider with { Model = model });
            var message = (failure ?? exception).Message;
            await RecordAsync(request, 0, 0, 0m, started, failure?.ErrorClass.ToName() ?? "FAILED", message);
            LogCallFailed(logger, request.TaskId, request.Purpose, message);
            if (failure is null)
            {
                throw;
            }
            throw failure;
        }
    }

    private string ModelOf(LlmRequest request) => request.Model ?? provider.Model;

    private LlmRequest WithoutSecrets(LlmRequest request)
    {
        var masked = false;
        var messages = request.Messages.Select(message =>
        {
            var text = secrets.Redact(message.Text, out var found);
            masked |= found;
            return found ? new ChatMessage(message.Role, text) : message;
        }).ToList();
        if (!masked)
        {
            return request;
        }
        LogSecretMasked(logger, request.TaskId, request.Purpose);
        return request with { Messages = messages };
    }

    private async Task EnsureWithinBudgetAsync(LlmRequest request, int promptTokens, CancellationToken cancellationToken)
    {
        var limits = budget.Value;
        // The reply is not known yet, so the most it may cost is what counts against the limits.
        var maxOutputTokens = request.Options?.MaxOutputTokens ?? 0;
        var worstCost = prices.For(ModelOf(request)).CostOf(promptTokens, maxOutputTokens);

        var (taskTokens, taskCost) = await usage.SpentByTaskAsync(request.TaskId, cancellationToken);
        if (taskTokens + promptTokens + maxOutputTokens > limits.TaskTokens)
        {
            throw Refused(request, $"the task token budget of {limits.TaskTokens:N0} tokens " +
                $"({taskTokens:N0} spent, this request needs {promptTokens + maxOutputTokens:N0})");
        }
        if (taskCost + worstCost > limits.TaskCostUsd)
        {
            throw Refused(request, $"the task cost budget of ${limits.TaskCostUsd} (${taskCost:0.####} spent, this request may cost ${worstCost:0.####})");
        }

        var startOfDay = clock.GetUtcNow().UtcDateTime.Date;
        var userCost = await usage.CostByUserSinceAsync(request.UserId, startOfDay, cancellationToken);
        if (userCost + worstCost > limits.UserDailyCostUsd)
        {
            throw Refused(request, $"the daily cost budget of ${limits.UserDailyCostUsd} per user (${userCost:0.####} spent today)");
        }
    }

    private AsaException Refused(LlmRequest request, string limit)
    {
        LogRefused(logger, request.TaskId, request.Purpose, limit);
        return AsaException.Resource($"The {request.Purpose} request to the model was not sent: it would cross {limit}.");
    }

    private async Task RecordAsync(LlmRequest request, int promptTokens, int completionTokens, decimal cost, long started, string status, string? error)
    {
        var elapsed = clock.GetElapsedTime(started);
        metrics.Called(ModelOf(request), request.Purpose, status, promptTokens, completionTokens, cost, elapsed);
        await usage.RecordAsync(new LlmUsageRecord
        {
            TaskId = request.TaskId,
            UserId = request.UserId,
            Model = ModelOf(request),
            Purpose = request.Purpose,
            PromptTokens = promptTokens,
            CompletionTokens = completionTokens,
            CostUsd = cost,
            LatencyMs = (long)elapsed.TotalMilliseconds,
            Status = status,
            Error = error,
            PromptVersionId = request.PromptVersionId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        }, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model request for task {TaskId} ({Purpose}) refused: it would cross {Limit}")]
    private static partial void LogRefused(ILogger logger, Guid taskId, string purpose, string limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A secret of the worker was found in the {Purpose} prompt of task {TaskId} and masked before sending")]
    private static partial void LogSecretMasked(ILogger logger, Guid taskId, string purpose);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model request for task {TaskId} ({Purpose}) failed: {Error}")]
    private static partial void LogCallFailed(ILogger logger, Guid taskId, string purpose, string error);
}
