using Asa.Repair.Engine;
using Asa.Repair.Indexing;

namespace Asa.Repair.Tests.Engine;

/// <summary>A value passed through the file's own private function that nothing calls (TBar FP10), on code written for these tests.</summary>
public sealed class UncalledHelperTests
{
    [Fact]
    public void AJavaReturnGoesThroughTheUncalledPrivateMethodWithAVariableOfEachParametersType()
    {
        const string code = """
            class Prices {
                static long quote(long cents, Currency from, Currency to, int quantity) {
                    long total = cents * quantity;
                    return total;
                }

                private static long exchange(long amount, Currency currency) {
                    return amount * currency.rate();
                }
            }
            """;

        var lines = Proposed(SourceLanguage.Java, code, 4, (2, 5)).Select(p => LineOf(p.Changed, 4)).ToList();

        Assert.Equal(["return exchange(total, from);", "return exchange(total, to);"], lines);
    }

    [Fact]
    public void APythonValueGoesThroughTheUnderscoredHelperAndTheOtherArgumentIsTheScopesNameOfTheSameName()
    {
        const string code = """
            def _normalise(title, locale):
                return title.casefold() if locale else title.lower()


            def index_key(book, locale):
                key = book.title
                return key

            """;

        var lines = Proposed(SourceLanguage.Python, code, 7, (5, 7)).Select(p => LineOf(p.Changed, 7)).ToList();

        Assert.Contains("return _normalise(key, locale)", lines);
        Assert.DoesNotContain(lines, l => l.Contains("_normalise(locale", StringComparison.Ordinal));
    }

    [Fact]
    public void AFunctionThatIsCalledExportedOrPublicIsNeverUsedThisWay()
    {
        const string python = "def _clean(s):\n    return s.strip()\n\n\ndef parse(s):\n    return _clean(s)\n\n\ndef other(s):\n    return s\n";
        const string javaScript = "export function clean(s) {\n  return s.trim();\n}\n\nfunction other(s) {\n  return s;\n}\n";
        const string java = "class T {\n  public static String clean(String s) { return s.trim(); }\n  static String other(String s) {\n    return s;\n  }\n}\n";

        Assert.Empty(Proposed(SourceLanguage.Python, python, 10, (9, 10)));
        Assert.Empty(Proposed(SourceLanguage.JavaScript, javaScript, 6, (5, 7)));
        Assert.Empty(Proposed(SourceLanguage.Java, java, 4, (3, 5)));
    }

    [Fact]
    public void ACSharpMemberWithoutAnAccessModifierIsPrivate()
    {
        const string code = """
            class Meter
            {
                public double Read(double raw, double offset)
                {
                    var reading = raw - offset;
                    return reading;
                }

                double Calibrated(double measured) => measured * 1.02;
            }
            """;

        var lines = Proposed(SourceLanguage.CSharp, code, 6, (3, 7)).Select(p => LineOf(p.Changed, 6)).ToList();

        Assert.Equal(["return Calibrated(reading);"], lines);
    }

    private static List<(string Description, string Changed, double Prior)> Proposed(SourceLanguage language, string text, int line, (int Start, int End) function)
    {
        var tokens = CodeTokenizer.Tokenize(language, text).Where(t => t.Kind != TokenKind.Comment).ToList();
        var site = new MutationSite(language, "file", text, tokens, line, function);
        return [.. new UncalledHelper().Propose(site).Select(e => (e.Description, site.Replace(e.Start, e.Length, e.Replacement), e.Prior))];
    }

    private static string LineOf(string text, int line) => text.Split('\n')[line - 1].Trim();
}
