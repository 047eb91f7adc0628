namespace Asa.Core.Data;

/// <summary>
/// How a model call ended, as kept in <c>llm_usage.status</c>; failures carry their error class's name instead.
/// A cached answer is recorded for the record but is not a call: it cost nothing and reached no model.
/// </summary>
public static class LlmCallStatus
{
    public const string Ok = "OK";
    public const string Cached = "CACHED";
}
