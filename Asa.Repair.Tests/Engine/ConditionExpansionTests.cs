using Asa.Repair.Engine;
using Asa.Repair.Indexing;

namespace Asa.Repair.Tests.Engine;

/// <summary>
/// A condition expanded with a part another condition of the same file tests (TBar FP6, ManySStuBs4J's "more specific
/// if" and "less specific if"), on code written for these tests.
/// </summary>
public sealed class ConditionExpansionTests
{
    [Fact]
    public void APythonComprehensionFilterGainsTheTestAnotherFunctionMakesOfTheSameName()
    {
        const string code = """
            class Library:
                def renew(self, loan):
                    if loan.returned_on is not None:
                        raise ValueError("returned")
                    loan.renewals += 1

                def loans_of(self, member):
                    return [loan for loan in self.loans
                            if loan.member == member]

            """;

        var lines = Proposed(SourceLanguage.Python, code, 9, (7, 9)).Select(p => LineOf(p.Changed, 9)).ToList();

        Assert.Contains("if loan.member == member and loan.returned_on is None]", lines);
        Assert.Contains("if loan.member == member and loan.returned_on is not None]", lines);
        Assert.Contains("if loan.member == member or loan.returned_on is None]", lines);
    }

    [Fact]
    public void AJavaIfGainsANegatedCallAndAnOrConditionIsBracketedBeforeAnAnd()
    {
        const string code = """
            class Billing {
                void chase(Order order) {
                    if (!order.isPaid()) {
                        order.remind();
                    }
                }
                boolean remind(Order order, int limit) {
                    if (order.total() > limit || order.flagged) {
                        return true;
                    }
                    return false;
                }
            }
            """;

        var lines = Proposed(SourceLanguage.Java, code, 8, (7, 12)).Select(p => LineOf(p.Changed, 8)).ToList();

        Assert.Contains("if ((order.total() > limit || order.flagged) && !order.isPaid()) {", lines);
        Assert.Contains("if (order.total() > limit || order.flagged || order.isPaid()) {", lines);
    }

    [Fact]
    public void AJavaScriptFilterLambdaGainsAPartAndAPartReadingANameOutOfScopeIsNotProposed()
    {
        const string code = """
            function overdue(tasks, now) {
              return tasks.filter(task => !task.done && now > task.due);
            }

            function openFor(tasks, user) {
              return tasks.filter(task => task.owner === user);
            }

            """;

        var lines = Proposed(SourceLanguage.JavaScript, code, 6, (5, 7)).Select(p => LineOf(p.Changed, 6)).ToList();

        Assert.Contains("return tasks.filter(task => task.owner === user && !task.done);", lines);
        Assert.Contains("return tasks.filter(task => task.owner === user || task.done);", lines);
        Assert.DoesNotContain(lines, l => l.Contains("now", StringComparison.Ordinal));
    }

    [Fact]
    public void ALineWithoutAConditionGetsNothing()
    {
        const string code = "def total(items):\n    if not items:\n        return 0\n    return sum(i.price for i in items)\n";

        Assert.Empty(Proposed(SourceLanguage.Python, code, 4, (1, 4)));
    }

    private static List<(string Description, string Changed, double Prior)> Proposed(SourceLanguage language, string text, int line, (int Start, int End) function)
    {
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        var site = new MutationSite(language, "file", text, tokens, line, function);
        return [.. new ConditionExpansion().Propose(site).Select(e => (e.Description, site.Replace(e.Start, e.Length, e.Replacement), e.Prior))];
    }

    private static string LineOf(string text, int line) => text.Split('\n')[line - 1].Trim();
}
