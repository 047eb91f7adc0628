using System.Text;
using Asa.Worker.Llm;
using Asa.Repair.Localization;

using Asa.Repair.Tests.Localization;

namespace Asa.Tests.Repair.Localization;

public sealed class CodeContextBuilderTests : IDisposable
{
    private static readonly Func<string, int> CountTokens = new PromptTokenCounter("gpt-4o-mini").Count;

    private readonly ScratchCheckout checkout = new();

    public void Dispose() => checkout.Dispose();

    private static string PythonModule(int functions, Func<int, string> name)
    {
        var text = new StringBuilder("import math\n");
        for (var i = 0; i < functions; i++)
        {
            text.Append($"\n\ndef {name(i)}(value):\n    \"\"\"Scales the value by step {i}.\"\"\"\n    scaled = value * {i + 1}\n    return math.floor(scaled / {i + 2})\n");
        }
        return text.ToString();
    }

    [Fact]
    public void ShowsASmallFileWholeUnderAHeaderAndALanguageFence()
    {
        const string calc = "def add(a, b):\n    return a - b\n";
        checkout.Write("src/calc.py", calc);
        RankedFile[] ranked = [new("src/calc.py", 10, false, [2], ["stack frame line 2 in add"])];

        var context = CodeContextBuilder.Build(checkout.Root, ranked, 1000, CountTokens);

        var excerpt = Assert.Single(context.Excerpts);
        Assert.True(excerpt.WholeFile);
        Assert.Equal(calc, excerpt.Text);
        Assert.Equal("### src/calc.py (lines 1-2 of 2)\n```python\n" + calc + "```\n", CodeContextBuilder.Render(context));
        Assert.Equal(CountTokens(CodeContextBuilder.Render(context)), context.Tokens);
    }

    [Fact]
    public void ShowsTheFunctionAroundTheImplicatedLineWhenTheFileIsTooLarge()
    {
        var module = PythonModule(300, i => $"step_{i}");
        checkout.Write("pkg/steps.py", module);
        var buggyLine = module.Split('\n').ToList().FindIndex(l => l.StartsWith("def step_150(", StringComparison.Ordinal)) + 4;
        RankedFile[] ranked = [new("pkg/steps.py", 10, false, [buggyLine], ["stack frame"])];

        var context = CodeContextBuilder.Build(checkout.Root, ranked, 400, CountTokens);

        var excerpt = Assert.Single(context.Excerpts);
        Assert.False(excerpt.WholeFile);
        Assert.Contains("def step_150(value):", excerpt.Text, StringComparison.Ordinal);
        Assert.Contains("return math.floor(scaled / 152)", excerpt.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("def step_140(", excerpt.Text, StringComparison.Ordinal);
        Assert.True(context.Tokens <= 400);
        Assert.StartsWith($"### pkg/steps.py (lines {excerpt.StartLine}-{excerpt.EndLine} of {module.Count(c => c == '\n')})\n```python\n", CodeContextBuilder.Render(context), StringComparison.Ordinal);
    }

    [Fact]
    public void ShowsTheMethodRatherThanItsWholeClass()
    {
        var members = string.Concat(Enumerable.Range(0, 200).Select(i => $"    public int Step{i}(int value)\n    {{\n        return value * {i};\n    }}\n\n"));
        checkout.Write("src/Steps.cs", $"namespace Acme;\n\npublic sealed class Steps\n{{\n{members}}}\n");
        var lines = File.ReadAllLines(Path.Combine(checkout.Root, "src/Steps.cs")).ToList();
        var bodyLine = lines.FindIndex(l => l.Contains("value * 120;", StringComparison.Ordinal)) + 1;
        RankedFile[] ranked = [new("src/Steps.cs", 10, false, [bodyLine], [])];

        var context = CodeContextBuilder.Build(checkout.Root, ranked, 300, CountTokens);

        var excerpt = Assert.Single(context.Excerpts);
        Assert.Contains("public int Step120(int value)", excerpt.Text, StringComparison.Ordinal);
        Assert.True(excerpt.EndLine - excerpt.StartLine < 12);
        Assert.Contains("```csharp\n", CodeContextBuilder.Render(context), StringComparison.Ordinal);
    }

    [Fact]
    public void StaysWithinTheBudgetAndNamesTheFilesLeftOut()
    {
        for (var i = 0; i < 6; i++)
        {
            checkout.Write($"src/m{i}.py", PythonModule(20, f => $"f{i}_{f}"));
        }
        var ranked = Enumerable.Range(0, 6).Select(i => new RankedFile($"src/m{i}.py", 10 - i, false, [10], [])).ToList();

        var context = CodeContextBuilder.Build(checkout.Root, ranked, 250, CountTokens);

        Assert.True(context.Tokens <= 250);
        Assert.Equal("src/m0.py", context.Excerpts[0].Path);
        Assert.NotEmpty(context.OmittedFiles);
        Assert.Empty(context.Excerpts.Select(e => e.Path).Intersect(context.OmittedFiles));
    }

    [Fact]
    public void NeverReadsOutsideTheCheckout()
    {
        RankedFile[] ranked = [new("../../etc/passwd", 10, false, [1], [])];

        var context = CodeContextBuilder.Build(checkout.Root, ranked, 1000, CountTokens);

        Assert.Empty(context.Excerpts);
        Assert.Equal(["../../etc/passwd"], context.OmittedFiles);
    }

    [Fact]
    public void KeepsTheContextOfATwoThousandFileRepositoryWithinBudgetWithTheBuggyFunctionFirst()
    {
        for (var i = 0; i < 2000; i++)
        {
            var directory = $"pkg/area{i % 40}";
            checkout.Write(i % 10 == 9 ? $"tests/test_module{i}.py" : $"{directory}/module{i}.py", PythonModule(12, f => $"compute_{i}_{f}"));
        }
        const string bugPath = "pkg/area17/module457.py";
        var bugLine = PythonModule(12, f => $"compute_457_{f}").Split('\n').ToList().FindIndex(l => l.StartsWith("def compute_457_6(", StringComparison.Ordinal)) + 4;
        var output = $"""
            Traceback (most recent call last):
              File "/sandbox/repo/tests/test_module459.py", line 5, in compute_459_0
              File "/sandbox/repo/{bugPath}", line {bugLine}, in compute_457_6
            ZeroDivisionError: division by zero
            """;
        var ranked = new FaultLocalizer().Rank(checkout.Root, new LocalizationQuery("compute_457_6 divides by zero", output, null), CancellationToken.None);

        var context = CodeContextBuilder.Build(checkout.Root, ranked, 3000, CountTokens);

        Assert.Equal(bugPath, ranked[0].Path);
        Assert.Equal(bugPath, context.Excerpts[0].Path);
        Assert.True(CountTokens(CodeContextBuilder.Render(context)) <= 3000);
        Assert.Equal(CountTokens(CodeContextBuilder.Render(context)), context.Tokens);
    }
}
