using System.Text.Json;
using System.Text.Json.Nodes;
using Asa.Core.Errors;
using Asa.Worker.Llm;
using Json.Schema;
using Microsoft.Extensions.AI;

namespace Asa.Worker.Prompts;

/// <summary>
/// Asks the model a question built from a prompt file and holds the answer to the prompt's format and schema.
/// An answer that misses gets one round-trip with the problem named; a second miss is a permanent error.
/// </summary>
public sealed class PromptedModel(LlmGateway gateway, PromptCatalog catalog, PromptVersions versions, IEnumerable<IReplyFormat> formats)
{
    private readonly Dictionary<string, IReplyFormat> formatsByName = formats.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public async Task<ModelAnswer> AskAsync(ModelQuestion question, CancellationToken cancellationToken)
    {
        var prompt = catalog[question.PromptName];
        var format = formatsByName[prompt.OutputFormat];
        var versionId = await versions.IdOfAsync(prompt, cancellationToken);
        var options = new ChatOptions { MaxOutputTokens = prompt.MaxOutputTokens, Temperature = prompt.Temperature };
        List<ChatMessage> messages =
        [
            new(ChatRole.System, prompt.System),
            new(ChatRole.User, prompt.RenderUser(question.Variables)),
        ];

        for (var round = 0; ; round++)
        {
            var request = new LlmRequest(question.TaskId, question.UserId, prompt.Name, messages, options, versionId, question.Sample, question.Model);
            var reply = (await gateway.CompleteAsync(request, cancellationToken)).Text;
            var problem = Problem(reply, format, prompt, question.Check, out var value);
            if (problem is null)
            {
                return new ModelAnswer(reply, value!, prompt, round);
            }
            if (round == 1)
            {
                throw AsaException.Permanent(
                    $"The model's {prompt.Label} reply was unusable twice; the second time: {problem}");
            }
            messages = [.. messages, new(ChatRole.Assistant, reply), new(ChatRole.User,
                $"Your reply cannot be used: {problem}\nAnswer again, in exactly the format asked for.")];
        }
    }

    private static string? Problem(string reply, IReplyFormat format, Prompt prompt, Func<string, JsonNode, string?>? check, out JsonNode? value)
    {
        value = null;
        try
        {
            value = format.Parse(reply);
        }
        catch (ReplyFormatException exception)
        {
            return exception.Message;
        }
        using var document = JsonDocument.Parse(value.ToJsonString());
        var evaluation = prompt.OutputSchema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!evaluation.IsValid)
        {
            return "it does not match the output schema: " + SchemaErrors(evaluation);
        }
        return check?.Invoke(reply, value);
    }

    private static string SchemaErrors(EvaluationResults evaluation)
    {
        var errors = (evaluation.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{(d.InstanceLocation.ToString() is { Length: > 0 } at ? at : "/")}: {e.Value}"))
            .Distinct()
            .Take(5)
            .ToList();
        return errors.Count > 0 ? string.Join("; ", errors) : "the value is not valid";
    }
}
