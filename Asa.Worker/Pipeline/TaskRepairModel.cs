using System.Text.Json.Nodes;
using Asa.Repair;
using Asa.Worker.Llm;
using Asa.Worker.Pipeline;
using Asa.Worker.Prompts;

namespace Asa.Worker.Pipeline;

/// <summary>The model as one task's repair asks it: through the prompt files and the gateway, on the task's budget and with the model it chose.</summary>
internal sealed class TaskRepairModel(PromptedModel model, PromptTokenCounter tokens, TaskContext context) : IRepairModel
{
    public async Task<ModelReply> AskAsync(
        string promptName, IReadOnlyDictionary<string, string> variables, int sample, Func<string, JsonNode, string?>? check, CancellationToken cancellationToken)
    {
        var answer = await model.AskAsync(
            new ModelQuestion(context.TaskId, context.Task.UserId, promptName, variables, sample, check, context.Task.Model), cancellationToken);
        return new ModelReply(answer.Value, answer.Prompt.Label);
    }

    public int CountTokens(string text) => tokens.Count(text);
}
