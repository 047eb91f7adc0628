using Asa.Repair.Indexing;
using Asa.Repair.Tests.Localization;
using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class SyntaxCheckTests
{
    [Theory]
    [InlineData("def f(x):\n    if x:\n        return 1\n    return 2\n", true)]
    [InlineData("def f(x):\n    if x:\n    return 2\n", false)]
    [InlineData("def f(x):\n    y = 1\n        return y\n", false)]
    [InlineData("def f(x):\n        y = 1\n    return y\n", false)]
    [InlineData("def f(x):\n    return (x +\n            1)\n", true)]
    [InlineData("def f(x):\n    return x[1:2] + g(lambda a: a)\n", true)]
    [InlineData("def f(x):\n    return (x + 1\n", false)]
    public void PythonBlocksMustBeIndentedAndBracketsClosed(string text, bool valid) =>
        Assert.Equal(valid, SyntaxCheck.IsValid(SourceLanguage.Python, text, CodeTokenizer.Tokenize(SourceLanguage.Python, text)));

    [Theory]
    [InlineData("function f(a) { return a < 1 ? 'x' : 'y'; }\nmodule.exports = { f };", true)]
    [InlineData("import { x } from './x.js';\nexport const y = x + 1;", true)]
    [InlineData("function f(a) { return a <= ; }", false)]
    [InlineData("const a = 1;\nconst a = 2;", false)]
    public void JavaScriptIsParsed(string text, bool valid) =>
        Assert.Equal(valid, SyntaxCheck.IsValid(SourceLanguage.JavaScript, text, CodeTokenizer.Tokenize(SourceLanguage.JavaScript, text)));

    [Fact]
    public void ACSharpCandidateMustNotAddACompileErrorToItsProject()
    {
        using var checkout = new ScratchCheckout()
            .Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>")
            .Write("src/Cart.cs", "namespace Shop;\npublic static class Cart\n{\n    public static int Total(List<int> prices) => prices.Sum();\n    public static string Label(int total) => $\"{total} EUR\";\n}\n");
        var compiler = new CSharpProjectCompiler(checkout.Root);
        var original = File.ReadAllText(Path.Combine(checkout.Root, "src/Cart.cs"));

        Assert.True(compiler.Compiles("src/Cart.cs", original.Replace("prices.Sum()", "prices.Max()")));
        Assert.False(compiler.Compiles("src/Cart.cs", original.Replace("prices.Sum()", "Label(prices.Sum())")));
        Assert.False(compiler.Compiles("src/Cart.cs", original.Replace("=> prices.Sum();", "=> prices.Sum()")));
    }

    [Fact]
    public void ACSharpProjectThatCannotResolveAPackageIsJudgedByTheErrorsACandidateAdds()
    {
        using var checkout = new ScratchCheckout()
            .Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>")
            .Write("Uses.cs", "using Newtonsoft.Json;\npublic static class Uses { public static string S(object o) => JsonConvert.SerializeObject(o); }\n")
            .Write("Math.cs", "public static class M { public static int Twice(int x) { return x * 2; } }\n");
        var compiler = new CSharpProjectCompiler(checkout.Root);

        Assert.True(compiler.Compiles("Math.cs", "public static class M { public static int Twice(int x) { return x + 2; } }\n"));
        Assert.False(compiler.Compiles("Math.cs", "public static class M { public static int Twice(int x) { return y * 2; } }\n"));
    }

    [Fact]
    public void ACSharpCandidateIsJudgedByTheErrorsOfItsOwnFileSoAnErrorElsewhereDoesNotCountAgainstIt()
    {
        using var checkout = new ScratchCheckout()
            .Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>")
            .Write("Broken.cs", "public static class Broken { public static int N() => missing; }\n")
            .Write("Math.cs", "public static class M { public static int Twice(int x) { return x * 2; } }\n");
        var compiler = new CSharpProjectCompiler(checkout.Root);

        // Math.cs had no error of its own: one is one too many, whatever Broken.cs has.
        Assert.True(compiler.Compiles("Math.cs", "public static class M { public static int Twice(int x) { return x << 1; } }\n"));
        Assert.False(compiler.Compiles("Math.cs", "public static class M { public static int Twice(int x) { return x * 2.5; } }\n"));
        // Broken.cs keeps its own error: an edit that leaves it is judged by what it adds.
        Assert.True(compiler.Compiles("Broken.cs", "public static class Broken { public static int N() => missing + 1; }\n"));
        Assert.False(compiler.Compiles("Broken.cs", "public static class Broken { public static int N() => missing + other; }\n"));
    }
}
