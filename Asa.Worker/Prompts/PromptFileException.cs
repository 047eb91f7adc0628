namespace Asa.Worker.Prompts;

/// <summary>A prompt file that cannot be used, naming the file and what is wrong with it.</summary>
public sealed class PromptFileException(string path, string problem)
    : Exception($"The prompt file {path} cannot be used: {problem}.");
