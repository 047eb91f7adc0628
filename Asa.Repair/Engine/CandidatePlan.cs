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

    /// <summary>
    /// Whether a candidate passes the checks that need no sandbox: C# compiles in its project, JavaScript parses, and
    /// Python or Java passes the token check when its unchanged file does. The search also asks Python's and Java's own
    /// parsers in the sandbox (<see cref="CandidateSyntaxCheck"/>); this is for measuring the search's order on this machine.
    /// </summary>
    public static bool PassesLocalChecks(CandidateEdit candidate, CSharpProjectCompiler compiler)
    {
        var language = Languages.Editable(candidate.Path)!.Value;
        return language switch
        {
            SourceLanguage.CSharp => compiler.Compiles(candidate.Path, candidate.Changed),
            SourceLanguage.JavaScript => SyntaxCheck.IsValid(language, candidate.Changed, CodeTokenizer.Tokenize(language, candidate.Changed)),
            _ => !SyntaxCheck.IsValid(language, candidate.Original, CodeTokenizer.Tokenize(language, candidate.Original))
                 || SyntaxCheck.IsValid(language, candidate.Changed, CodeTokenizer.Tokenize(language, candidate.Changed)),
        };
    }
}
