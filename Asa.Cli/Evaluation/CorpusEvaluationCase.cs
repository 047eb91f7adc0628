using Asa.Corpus;
using Asa.Protos.V1;

namespace Asa.Cli.Evaluation;

/// <summary>A corpus case as the evaluation case ASA registers: its repository, bug report, commands and held-back files.</summary>
public static class CorpusEvaluationCase
{
    /// <summary>What the server accepts as check files in all (evaluation.proto).</summary>
    public const long MaxCheckBytes = 1024 * 1024;

    /// <param name="repositoryPath">The absolute path of the case's one-commit repository of <c>buggy/</c>.</param>
    public static EvaluationCase From(CorpusCase corpusCase, string repositoryPath) => new()
    {
        Name = corpusCase.Name,
        RepoUrl = repositoryPath,
        BugDescription = corpusCase.Description,
        TestCommand = corpusCase.TestCommand,
        ExpectedBehavior = $"The held-back check `{corpusCase.HeldBackCommand}` passes with the case's held-back tests laid over the fix.",
        Difficulty = corpusCase.Difficulty,
        Category = corpusCase.Category,
        CheckCommand = corpusCase.HeldBackCommand,
        CheckFiles = { CorpusFiles.ReadTexts(corpusCase.HeldBackDirectory, MaxCheckBytes) },
    };
}
