namespace Asa.Worker.Prompts;

/// <summary>Registers every loaded prompt when the worker starts, so <c>prompt_versions</c> shows what this build asks models.</summary>
public sealed partial class PromptRegistration(PromptCatalog catalog, PromptVersions versions, ILogger<PromptRegistration> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var prompt in catalog.All)
        {
            try
            {
                var id = await versions.IdOfAsync(prompt, stoppingToken);
                LogRegistered(logger, prompt.Label, prompt.Checksum[..12], id);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Registration is retried when the prompt is first used; a database that is still starting must not stop the worker.
                LogNotRegistered(logger, exception, prompt.Label);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Prompt {Prompt} (sha256:{Checksum}) is prompt version {Id}")]
    private static partial void LogRegistered(ILogger logger, string prompt, string checksum, long id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Prompt {Prompt} could not be registered yet; it will be when first used")]
    private static partial void LogNotRegistered(ILogger logger, Exception exception, string prompt);
}
