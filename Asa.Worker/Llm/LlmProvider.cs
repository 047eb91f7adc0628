namespace Asa.Worker.Llm;

/// <summary>The kinds of model endpoint the worker can talk to.</summary>
public enum LlmProvider
{
    OpenAI,
    AzureOpenAI,
    OpenAICompatible,
}
