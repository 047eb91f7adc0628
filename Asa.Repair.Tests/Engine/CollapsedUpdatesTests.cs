using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class CollapsedUpdatesTests
{
    private const string Inventory = """
        class Inventory:
            def receive(self, batch):
                self.units += batch.units
                self.cost += batch.units * batch.price
                self.batches += 1
                return self

        """;

    [Fact]
    public void FoldingTwoOfARunOfUpdatesOntoOneTargetIsNoFix()
    {
        var folded = ReplacementEdit.Of("inventory.py", Inventory, "self.cost += batch.units", "self.units += batch.units");

        var loss = BehaviourLoss.Of(folded);

        Assert.Equal("makes a run of assignments write 'self.units' twice and 'self.cost' no more, so what went to 'self.cost' is lost", loss);
        Assert.True(BehaviourLoss.MakesNoFix(loss));
    }

    [Fact]
    public void GivingATargetWrittenTwiceItsMissingPartnerIsLeftAlone()
    {
        var buggy = Inventory.Replace("self.cost += batch.units", "self.units += batch.units", StringComparison.Ordinal);

        Assert.Null(BehaviourLoss.Of(ReplacementEdit.Of("inventory.py", buggy, "self.units += batch.units * batch.price", "self.cost += batch.units * batch.price")));
    }

    [Fact]
    public void CounterUpdatesAndElementWritesOfTheCLikeLanguagesFormRunsToo()
    {
        const string original = """
            class Tally {
                void count(Vote vote) {
                    totals[vote.option] += vote.weight;
                    ballots++;
                    spoilt += vote.spoilt ? 1 : 0;
                }
            }

            """;

        Assert.Contains("'ballots' no more", BehaviourLoss.Of(ReplacementEdit.Of("Tally.java", original, "ballots++;", "spoilt++;")));
        Assert.Null(BehaviourLoss.Of(ReplacementEdit.Of("Tally.java", original, "ballots++;", "ballots--;")));
    }

    [Fact]
    public void AssignmentsInDifferentBranchesOrSeparatedByOtherStatementsAreNoRun()
    {
        const string branches = """
            def settle(account, amount):
                if amount > 0:
                    account.credit = amount
                else:
                    account.debit = -amount
                account.settled = True

            """;
        const string separated = """
            def settle(account, amount):
                account.credit = amount
                log(amount)
                account.debit = 0

            """;

        Assert.Null(BehaviourLoss.Of(ReplacementEdit.Of("settle.py", branches, "account.debit = -amount", "account.credit = -amount")));
        Assert.Null(BehaviourLoss.Of(ReplacementEdit.Of("settle.py", separated, "account.debit = 0", "account.credit = 0")));
    }
}
