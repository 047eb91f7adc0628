using Asa.Repair.Engine;
using Asa.Repair.Indexing;
using Asa.Repair.Localization;
using Asa.Repair.Tests.Localization;

namespace Asa.Repair.Tests.Engine;

public sealed class NaturalnessModelTests : IDisposable
{
    private const string Accounts = """
        public class Accounts {
            public int Balance(int[] moves) {
                int total = 0;
                for (int i = 0; i < moves.length; i++) {
                    total += moves[i];
                }
                return total;
            }

            public int Deposits(int[] moves) {
                int total = 0;
                for (int i = 0; i < moves.length; i++) {
                    if (moves[i] > 0) {
                        total += moves[i];
                    }
                }
                return total;
            }

            public int Withdrawals(int[] moves) {
                int total = 0;
                for (int i = 0; i <= moves.length; i--) {
                    if (moves[i] < 0) {
                        total -= moves[i];
                    }
                }
                return total;
            }
        }
        """;

    private readonly ScratchCheckout scratch = new();

    [Fact]
    public void AnEditThatMakesALineLikeTheRepositorysOwnLowersItsEntropyAndOneThatMakesItOddRaisesIt()
    {
        var model = NaturalnessModel.Of(Checkout(), SourceLanguage.Java);
        const string buggy = "for (int i = 0; i <= moves.length; i--) {";

        var usual = model.EntropyChange(SourceLanguage.Java, Accounts, Accounts.Replace(buggy, "for (int i = 0; i <= moves.length; i++) {"));
        var odd = model.EntropyChange(SourceLanguage.Java, Accounts, Accounts.Replace(buggy, "for (int i = 0; i <= total; i--) {"));

        Assert.True(usual < 0, $"the usual loop changed the entropy by {usual}");
        Assert.True(odd > usual, $"the odd edit ({odd}) should be less natural than the usual one ({usual})");
    }

    [Fact]
    public void TheLineBeingScoredDoesNotVouchForItselfAndTheCountsAreRestoredAfterwards()
    {
        var model = NaturalnessModel.Of(Checkout(), SourceLanguage.Java);
        const string buggy = "for (int i = 0; i <= moves.length; i--) {";
        var fixedText = Accounts.Replace(buggy, "for (int i = 0; i < moves.length; i++) {");

        var first = model.EntropyChange(SourceLanguage.Java, Accounts, fixedText);
        var again = model.EntropyChange(SourceLanguage.Java, Accounts, fixedText);

        Assert.True(first < 0);
        Assert.Equal(first, again);
        Assert.Equal(0, model.EntropyChange(SourceLanguage.Java, Accounts, Accounts));
    }

    public void Dispose() => scratch.Dispose();

    private CheckoutSnapshot Checkout()
    {
        scratch.Write("src/Accounts.java", Accounts);
        return CheckoutSnapshot.Load(scratch.Root, CancellationToken.None);
    }
}
