using System.ClientModel;
using Asa.Core.Errors;

namespace Asa.Worker.Llm;

/// <summary>Turns what the model endpoint answered into the error taxonomy, naming the cause.</summary>
public static class LlmFailures
{
    /// <summary>Null for exceptions that are not about the model call (cancellation by the caller, our own refusals).</summary>
    public static AsaException? Classify(Exception exception, LlmProviderSettings provider) => exception switch
    {
        AsaException => null,
        ClientResultException { Status: 401 or 403 } e => AsaException.Permanent(
            $"The model endpoint rejected the API key ({KeySetting(provider)}): {e.Message}", e),
        ClientResultException { Status: 404 } e => AsaException.Permanent($"Model '{provider.Model}' was not found at the endpoint: {e.Message}", e),
        ClientResultException { Status: 400 } e when e.Message.Contains("context_length", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("maximum context", StringComparison.OrdinalIgnoreCase) =>
            AsaException.Permanent($"The prompt is longer than the context of model '{provider.Model}': {e.Message}", e),
        ClientResultException { Status: 429 or 408 or >= 500 } e => AsaException.Transient(
            $"The model endpoint still answered {e.Status} after retries: {e.Message}", e),
        ClientResultException e => AsaException.Permanent($"The model endpoint refused the request ({e.Status}): {e.Message}", e),
        TimeoutException or HttpRequestException or TaskCanceledException => AsaException.Transient(
            $"The model endpoint did not answer: {exception.Message}", exception),
        _ => null,
    };

    private static string KeySetting(LlmProviderSettings provider) => provider.Provider switch
    {
        LlmProvider.OpenAI => "OPENAI_API_KEY or Llm:ApiKey",
        LlmProvider.AzureOpenAI => "Llm:ApiKey or AZURE_OPENAI_API_KEY",
        _ => "Llm:ApiKey",
    };
}
