using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class SearchQueueTests
{
    // Three lines, two edits each, the generator's order: line 1's edits are the likeliest, line 3's the least likely.
    private static readonly CandidateEdit[] Candidates =
    [
        Edit(1, 0.9), Edit(1, 0.8), Edit(2, 0.7), Edit(2, 0.6), Edit(3, 0.5), Edit(3, 0.4),
    ];

    [Fact]
    public void UntaughtTheQueueKeepsTheGeneratorsOrder()
    {
        var queue = new SearchQueue(Candidates);

        Assert.Equal(Candidates, Drain(queue));
    }

    [Fact]
    public void ALineWhoseEditChangedNothingWaitsBehindTheOthers()
    {
        var queue = new SearchQueue(Candidates);
        var first = queue.Next()!;

        queue.Learn(first, RunEffect.Unchanged);

        Assert.Equal([Candidates[2], Candidates[3], Candidates[4], Candidates[1], Candidates[5]], Drain(queue));
    }

    [Fact]
    public void ALineWhoseEditBroughtTheTestsCloserComesForward()
    {
        var queue = new SearchQueue(Candidates);
        Assert.Same(Candidates[0], queue.Next());

        // Another fork's edit at line 3 made a failing test pass.
        queue.Learn(Edit(3, 0.3), RunEffect.Closer);

        Assert.Equal(3, queue.WeightOf("calc.py", 3));
        Assert.Equal([Candidates[4], Candidates[5], Candidates[1], Candidates[2], Candidates[3]], Drain(queue));
    }

    [Fact]
    public void AnEquivalentEditOnALineKnownToRunDoesNotDemoteIt()
    {
        var queue = new SearchQueue(Candidates);

        queue.Learn(Candidates[2], RunEffect.Changed);
        queue.Learn(Candidates[3], RunEffect.Unchanged);

        Assert.Equal(1.2, queue.WeightOf("calc.py", 2));
    }

    [Fact]
    public void ALineTheFailureIsKnownToRunIsNotSentBack()
    {
        // The failure happens in a call on line 1 before the rest of the line matters: an edit elsewhere on it changes nothing.
        var queue = new SearchQueue(Candidates, [new SuspiciousLine("calc.py", 1, 1, [], KnownToRun: true)]);

        queue.Learn(queue.Next()!, RunEffect.Unchanged);

        Assert.Equal(1, queue.WeightOf("calc.py", 1));
        Assert.Same(Candidates[1], queue.Next());
    }

    [Fact]
    public void RepeatedUnchangedRunsStopAtAFloor()
    {
        var queue = new SearchQueue(Candidates);
        for (var i = 0; i < 10; i++)
        {
            queue.Learn(Candidates[0], RunEffect.Unchanged);
        }

        Assert.Equal(0.1, queue.WeightOf("calc.py", 1), 6);
    }

    [Fact]
    public void WideningAddsOnlyTheEditsTheQueueDoesNotHoldYetAndTheyComeInTheirOrderOfLikelihood()
    {
        var queue = new SearchQueue(Candidates[..2]);
        Assert.Same(Candidates[0], queue.Next());

        // The wider plan makes the first line's edits again (the one taken among them) and the rest anew.
        var added = queue.Widen(Candidates, []);

        Assert.Equal(4, added);
        Assert.Equal(Candidates[1..], Drain(queue));
    }

    private static List<CandidateEdit> Drain(SearchQueue queue)
    {
        var order = new List<CandidateEdit>();
        while (queue.Next() is { } next)
        {
            order.Add(next);
        }
        return order;
    }

    private static CandidateEdit Edit(int line, double priority) =>
        new("calc.py", line, "operator", $"edit {priority}", "a\nb\nc\n", $"a\nb\nc\n# {priority}\n", 1, priority);
}
