using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class ChoiceBarTests
{
    private const string Original = "def fee(days, rate):\n    late = days - 14\n    log(late)\n    return late * rate\n";

    private static readonly CandidateEdit OneToken = Edit("late = days - 14", "late = days - 7", 2);
    private static readonly CandidateEdit ThreeTokens = Edit("return late * rate", "return max(late, 0) * rate", 4);
    private static readonly CandidateEdit Deletion = Edit("    log(late)\n", "", 3);
    private static readonly CandidateEdit Repeat = Edit("    log(late)\n", "    log(late)\n    log(late)\n", 3);

    [Fact]
    public void BeforeAnythingPassedEveryCandidateCouldBeChosen()
    {
        var bar = new ChoiceBar();

        Assert.All(new[] { OneToken, ThreeTokens, Deletion, Repeat }, candidate => Assert.True(bar.CouldBeChosen(candidate)));
    }

    [Fact]
    public void AfterAOneTokenFixPassedOnlyEditsOfAsFewTokensThatTakeNothingAwayCouldBeChosen()
    {
        var bar = new ChoiceBar();

        bar.Passed(OneToken);

        Assert.True(bar.CouldBeChosen(Edit("return late * rate", "return late + rate", 4)));
        Assert.False(bar.CouldBeChosen(ThreeTokens));
        Assert.False(bar.CouldBeChosen(Deletion));
    }

    [Fact]
    public void ADeletionThatPassedSetsTheBarOnlyUntilAnEditThatTakesNothingAwayPasses()
    {
        var bar = new ChoiceBar();

        bar.Passed(Deletion);
        Assert.True(bar.CouldBeChosen(ThreeTokens));
        Assert.False(bar.CouldBeChosen(Repeat));

        bar.Passed(ThreeTokens);
        bar.Passed(Deletion);
        Assert.True(bar.CouldBeChosen(OneToken));
        Assert.False(bar.CouldBeChosen(Deletion));
    }

    private static CandidateEdit Edit(string from, string to, int line)
    {
        Assert.Contains(from, Original);
        return new CandidateEdit("fees.py", line, "edit", "edit", Original, Original.Replace(from, to), 1, 1);
    }
}
