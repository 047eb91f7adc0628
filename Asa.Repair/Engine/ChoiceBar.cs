using Asa.Repair.Indexing;

namespace Asa.Repair.Engine;

/// <summary>
/// The first two keys of <see cref="FixChoice"/>, which a candidate has before it runs: what it takes away and how many
/// tokens it changes. Once an edit that could be a fix has passed, a candidate that ranks below it on those keys can
/// never be chosen over it, so the search, collecting alternatives, spends no run on it.
/// </summary>
internal sealed class ChoiceBar
{
    private readonly Lock gate = new();
    private (int Loss, int Tokens)? lowest;

    public static (int Loss, int Tokens) KeyOf(CandidateEdit edit) =>
        (BehaviourLoss.Rank(BehaviourLoss.Of(edit)), FixChoice.TokensChanged(Languages.Editable(edit.Path), edit));

    /// <summary>Raises the bar to an edit that passed everything and could be a fix.</summary>
    public void Passed(CandidateEdit edit)
    {
        var key = KeyOf(edit);
        lock (gate)
        {
            if (lowest is not { } bar || key.CompareTo(bar) < 0)
            {
                lowest = key;
            }
        }
    }

    /// <summary>Whether the candidate, should it pass, could be chosen over every edit that passed so far.</summary>
    public bool CouldBeChosen(CandidateEdit candidate)
    {
        (int Loss, int Tokens)? bar;
        lock (gate)
        {
            bar = lowest;
        }
        return bar is not { } set || KeyOf(candidate).CompareTo(set) <= 0;
    }
}
