using Asa.Repair.Indexing;
using Asa.Repair.Localization;

namespace Asa.Repair.Engine;

/// <summary>
/// What the search will try, in order: the suspicious lines, ranked, and the candidate edits made at them, likeliest
/// first, with test files and the files the search must not touch left out. Nothing here runs.
/// </summary>
public sealed record CandidatePlan(IReadOnlyList<SuspiciousLine> Suspicious, IReadOnlyList<CandidateEdit> Candidates)
{
    private const int GeneratedLimit = 20_000;

    public static CandidatePlan Make(
        SuspiciousLineRanker ranker, CheckoutSnapshot checkout, string bugDescription, SearchRequest request, LineCoverage coverage,
        int suspiciousLines, CancellationToken cancellationToken)
    {
        var excluded = request.ProtectedFiles.Concat(checkout.Files.Select(f => f.Path).Where(TestFileConvention.IsTest))
            .ToHashSet(StringComparer.Ordinal);
        var suspicious = ranker.Rank(checkout, new LocalizationQuery(bugDescription, request.FailureOutput, request.TestSource, excluded),
            coverage, suspiciousLines, cancellationToken);
        var candidates = MutationGenerator.Generate(checkout, suspicious, GeneratedLimit)
            .Where(c => !excluded.Contains(c.Path) && !TestFileConvention.IsTest(c.Path))
            .ToList();
        return new CandidatePlan(suspicious, candidates);
    }

    /// <summary>Whether a candidate may run: it parses (C#: compiles in its project without new errors).</summary>
    public static bool Compiles(CandidateEdit candidate, CSharpProjectCompiler compiler)
    {
        var language = Languages.Editable(candidate.Path)!.Value;
        return language == SourceLanguage.CSharp
            ? compiler.Compiles(candidate.Path, candidate.Changed)
            : SyntaxCheck.IsValid(language, candidate.Changed, CodeTokenizer.Tokenize(language, candidate.Changed));
    }
}
