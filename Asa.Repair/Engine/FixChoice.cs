using System.Globalization;
using Asa.Repair.Indexing;
using Asa.Repair.Localization;

namespace Asa.Repair.Engine;

/// <summary>
/// Which of the edits that passed the tests to keep, by principles that hold beyond the tests at hand: an edit that
/// takes behaviour away ranks last (<see cref="BehaviourLoss"/>), and is not kept at all when no fix would take it away so; then an edit at one
/// place before a pair at two (a fault is most often at one place, and the tests pass a pair of small edits that
/// compensate each other more easily than one right edit); then the fewest tokens changed; then the edit that agrees
/// best with the user's bug report, then with the comments that document its line (<see cref="DocumentedAgreement"/>); then an edit that reads
/// a value the code sets and never reads (<see cref="UnreadPutToUse"/>); then the edit that makes its lines most usual in the repository's own code (<see cref="NaturalnessModel"/>); then the likeliest, the one
/// the search tried first. <see cref="Reason"/> says in words why the winner beat each other edit.
/// </summary>
public sealed class FixChoice
{
    private FixChoice(IReadOnlyList<Plausible> ranked)
    {
        Ranked = ranked;
    }

    /// <summary>The edits that passed, best first.</summary>
    public IReadOnlyList<Plausible> Ranked { get; }

    /// <summary>The edit to keep: the best that passed, unless even it is no fix (<see cref="BehaviourLoss.MakesNoFix"/>).</summary>
    public CandidateEdit? Winner => Ranked.Count > 0 && !BehaviourLoss.MakesNoFix(Ranked[0].Loss) ? Ranked[0].Edit : null;

    /// <summary>The edits that passed the tests but are no fix, each with what it takes away.</summary>
    public IEnumerable<Plausible> Refused => Ranked.Where(p => BehaviourLoss.MakesNoFix(p.Loss));

    public static FixChoice Among(IEnumerable<CandidateEdit> passed, CheckoutSnapshot checkout, string bugReport = "")
    {
        var models = new Dictionary<SourceLanguage, NaturalnessModel>();
        var plausible = passed.Select(edit =>
        {
            var language = Languages.Editable(edit.Path);
            double? entropy = null;
            if (language is { } known)
            {
                if (!models.TryGetValue(known, out var model))
                {
                    models[known] = model = NaturalnessModel.Of(checkout, known);
                }
                entropy = model.EntropyChange(known, edit.Original, edit.Changed);
            }
            return new Plausible(edit, BehaviourLoss.Of(edit), TokensChanged(language, edit), entropy)
            {
                PutsToUse = UnreadPutToUse(language, edit),
                Documented = DocumentedAgreement.Of(edit),
                Reported = DocumentedAgreement.OfReport(edit, bugReport),
            };
        }).ToList();
        return new FixChoice([.. plausible
            .OrderBy(p => BehaviourLoss.Rank(p.Loss))
            .ThenBy(p => p.Edit.Lines.Count)
            .ThenBy(p => p.TokensChanged)
            .ThenByDescending(p => p.Reported.Score)
            .ThenByDescending(p => p.Documented.Score)
            .ThenBy(p => p.PutsToUse is null)
            .ThenBy(p => p.EntropyChange ?? 0)
            .ThenByDescending(p => p.Edit.Priority)
            .ThenBy(p => p.Edit.Size)]);
    }

    /// <summary>Why the winner was kept over each other edit that passed, one clause each; empty when only one passed.</summary>
    public string Reason()
    {
        if (Ranked.Count < 2)
        {
            return "";
        }
        var winner = Ranked[0];
        // A pair's description names both its lines already.
        var clauses = Ranked.Skip(1).Select(other => $"{other.Edit.Description}{(other.Edit.PairedLine is null ? $" at line {other.Edit.Line}" : "")} ({Versus(winner, other)})");
        return $"{Ranked.Count} edits passed the tests; this one was kept over " + string.Join("; ", clauses) + ".";
    }

    private static string Versus(Plausible winner, Plausible other)
    {
        if (other.Loss is { } loss && BehaviourLoss.Rank(loss) > BehaviourLoss.Rank(winner.Loss))
        {
            return $"that edit {loss}";
        }
        if (winner.Edit.Lines.Count != other.Edit.Lines.Count)
        {
            return $"that edit changes {other.Edit.Lines.Count} places, this one {winner.Edit.Lines.Count}";
        }
        if (winner.TokensChanged != other.TokensChanged)
        {
            return $"it changes {other.TokensChanged} tokens against {winner.TokensChanged}";
        }
        if (winner.Reported.Score != other.Reported.Score)
        {
            return other.Reported.TakenOut is { } dropped
                ? $"that edit takes out '{dropped}', which the bug report mentions"
                : $"this edit brings in '{winner.Reported.BroughtIn ?? ""}', which the bug report mentions";
        }
        if (winner.Documented.Score != other.Documented.Score)
        {
            return other.Documented.TakenOut is { } lost
                ? $"that edit takes out '{DocumentedAgreement.Display(lost)}', which the comments documenting its line mention"
                : $"this edit brings in '{DocumentedAgreement.Display(winner.Documented.BroughtIn ?? "")}', which the comments documenting its line mention";
        }
        if (winner.PutsToUse is { } used && other.PutsToUse is null)
        {
            return $"this edit reads '{used}', which the code sets and never reads";
        }
        if (winner.EntropyChange is { } mine && other.EntropyChange is { } theirs && mine != theirs)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"this edit makes the code agree better with the rest of the repository: {mine:+0.00;-0.00} against {theirs:+0.00;-0.00} bits per token");
        }
        return "this edit was the likelier, tried first";
    }

    /// <summary>
    /// Tokens removed or added, whichever is more, once the tokens both versions start and end with are set aside; when
    /// as many are added as removed, those that differ in place (two swapped arguments change two tokens, not the comma
    /// between them).
    /// </summary>
    public static int TokensChanged(SourceLanguage? language, CandidateEdit edit)
    {
        if (language is not { } known)
        {
            return edit.Size;
        }
        var before = Operators(known, CodeTokenizer.Tokenize(known, edit.Original));
        var after = Operators(known, CodeTokenizer.Tokenize(known, edit.Changed));
        var (prefix, suffix) = CommonEnds.Of(before, after, StringComparer.Ordinal);
        var (removed, added) = (before.Count - prefix - suffix, after.Count - prefix - suffix);
        return removed == added
            ? Enumerable.Range(prefix, removed).Count(i => !string.Equals(before[i], after[i], StringComparison.Ordinal))
            : Math.Max(removed, added);
    }

    /// <summary>The tokens' texts, comments left out, Python's two-word comparisons (<c>is not</c>, <c>not in</c>) as the one operator they are.</summary>
    private static List<string> Operators(SourceLanguage language, IReadOnlyList<CodeToken> tokens)
    {
        var texts = new List<string>();
        foreach (var token in tokens.Where(t => t.Kind != TokenKind.Comment))
        {
            if (language == SourceLanguage.Python && texts.Count > 0 && (texts[^1], token.Text) is ("is", "not") or ("not", "in") && token.Kind == TokenKind.Keyword)
            {
                texts[^1] += " " + token.Text;
                continue;
            }
            texts.Add(token.Text);
        }
        return texts;
    }

    /// <summary>
    /// A name the file gives a value once and never reads, which the edit reads: the value was computed for a reason
    /// (what an unused-variable warning points at), so an edit that uses it likelier does what its author meant.
    /// </summary>
    public static string? UnreadPutToUse(SourceLanguage? language, CandidateEdit edit)
    {
        if (language is not { } known)
        {
            return null;
        }
        var countAfter = UnreadNames.Counts(CodeTokenizer.Tokenize(known, edit.Changed));
        return UnreadNames.In(CodeTokenizer.Tokenize(known, edit.Original)).Order(StringComparer.Ordinal)
            .FirstOrDefault(name => countAfter.GetValueOrDefault(name) > 1);
    }

    /// <summary>An edit that passed, with what the choice weighs.</summary>
    public sealed record Plausible(CandidateEdit Edit, string? Loss, int TokensChanged, double? EntropyChange)
    {
        /// <summary>The name set and never read that the edit puts to use (<see cref="UnreadPutToUse"/>), if any.</summary>
        public string? PutsToUse { get; init; }

        /// <summary>How far the edit agrees with the user's bug report (<see cref="DocumentedAgreement.OfReport"/>).</summary>
        public DocumentedAgreement.Agreement Reported { get; init; }

        /// <summary>How far the edit agrees with the comments that document its line (<see cref="DocumentedAgreement"/>).</summary>
        public DocumentedAgreement.Agreement Documented { get; init; }
    }
}
