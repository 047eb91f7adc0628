using Asa.Repair.Engine;
using Asa.Repair.Indexing;

namespace Asa.Repair.Tests.Engine;

/// <summary>A value derived from an expression, never read, put where the expression itself is used (<see cref="DeadStores"/>), on code written for these tests.</summary>
public sealed class DeadStoreTests
{
    [Fact]
    public void APythonAttributeReadAfterItsConvertedValueWasSetAndNeverReadBecomesThatValue()
    {
        const string code = """
            def totals_by_currency(invoices, rates):
                totals = {}
                for invoice in invoices:
                    amount, currency = convert(invoice.amount, invoice.currency, rates)
                    key = invoice.currency
                    totals[key] = totals.get(key, 0) + amount
                for currency, total in totals.items():
                    print(currency, total)
                return totals

            """;

        var edits = Proposed(SourceLanguage.Python, code, 5, (1, 9));

        var edit = Assert.Single(edits, e => LineOf(e.Changed, 5) == "key = currency");
        Assert.Equal(1.2, edit.Prior);
        Assert.DoesNotContain(edits, e => LineOf(e.Changed, 5) == "key = amount");
    }

    [Fact]
    public void AJavaScriptValueThatIsReadIsNotADeadStoreAndAChainItWasNotSetFromIsLeftAlone()
    {
        const string code = """
            function label(item, locale) {
              const name = translate(item.name, locale);
              const unit = item.unit;
              return `${name} (${item.unit})`;
            }

            """;

        var lines = Proposed(SourceLanguage.JavaScript, code, 4, (1, 5)).Select(e => LineOf(e.Changed, 4)).ToList();

        Assert.DoesNotContain("return `${name} (${name})`;", lines);
        Assert.DoesNotContain(lines, l => l.Contains("(${unit})", StringComparison.Ordinal) && l.Contains("set from it", StringComparison.Ordinal));
    }

    [Fact]
    public void AStoreReadOnTheLoopsNextRoundIsNotDead()
    {
        const string code = """
            def gaps(times):
                result = []
                previous = None
                for time in times:
                    if previous is not None:
                        result.append(time.start - previous)
                    previous = time.end
                return result

            """;

        var tokens = CodeTokenizer.Tokenize(SourceLanguage.Python, code).Where(t => t.Kind != TokenKind.Comment).ToList();
        var site = new MutationSite(SourceLanguage.Python, "file", code, tokens, 8, (1, 8));

        Assert.DoesNotContain("previous", DeadStores.Before(site).Keys);
    }

    private static List<(string Description, string Changed, double Prior)> Proposed(SourceLanguage language, string text, int line, (int Start, int End) function)
    {
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        var site = new MutationSite(language, "file", text, tokens, line, function);
        return [.. new IdentifierReplacement().Propose(site).Select(e => (e.Description, site.Replace(e.Start, e.Length, e.Replacement), e.Prior))];
    }

    private static string LineOf(string text, int line) => text.Split('\n')[line - 1].Trim();
}
