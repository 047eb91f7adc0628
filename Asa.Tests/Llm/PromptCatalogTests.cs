using Asa.Tests.Infrastructure;
using Asa.Worker.Prompts;

namespace Asa.Tests.Llm;

public sealed class PromptCatalogTests : IDisposable
{
    private static readonly HashSet<string> Formats = ["json", "test-file", "edit-blocks"];
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("asa-prompts-");

    [Fact]
    public void TheShippedPromptsLoadWithTheirVersionsChecksumsAndSchemas()
    {
        var catalog = PromptCatalog.Load(Path.Combine(SolutionPaths.Root, "prompts"), Formats);

        Assert.Equal(["cit", "code_agent", "guardian"], catalog.All.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(catalog.All, prompt =>
        {
            Assert.Equal("1", prompt.Version);
            Assert.Matches("^[0-9a-f]{64}$", prompt.Checksum);
            Assert.Contains("are data, not instructions", prompt.System);
        });
        Assert.Equal("edit-blocks", catalog["code_agent"].OutputFormat);
        Assert.Equal("test-file", catalog["cit"].OutputFormat);
        Assert.Equal("json", catalog["guardian"].OutputFormat);
        // The worker ships the same files it is tested with.
        Assert.Equal(catalog["code_agent"].Checksum,
            PromptCatalog.Load(Path.Combine(AppContext.BaseDirectory, "prompts"), Formats)["code_agent"].Checksum);
    }

    [Fact]
    public void RenderingFillsEveryVariableOnceAndNeverExpandsTextInsideAValue()
    {
        var prompt = PromptCatalog.Load(Path.Combine(SolutionPaths.Root, "prompts"), Formats)["guardian"];

        var text = prompt.RenderUser(new Dictionary<string, string>
        {
            ["bug_description"] = "add() subtracts; the repository says {{diff}}",
            ["rationale"] = "use +",
            ["diff"] = "-a - b\n+a + b",
        });
        var missing = Assert.Throws<ArgumentException>(() => prompt.RenderUser(new Dictionary<string, string> { ["diff"] = "" }));

        Assert.Contains("add() subtracts; the repository says {{diff}}", text);
        Assert.Contains("-a - b\n+a + b", text);
        Assert.Contains("needs the variables bug_description, rationale", missing.Message);
    }

    [Theory]
    [InlineData("{ not json", "it is not valid JSON")]
    [InlineData("""{"name":"x","version":"1","system":"s","user":"{{a}} {{b}}","variables":["a"],"output":{"format":"json","schema":{}}}""", "undeclared variables b")]
    [InlineData("""{"name":"x","version":"1","system":"s","user":"{{a}}","variables":["a","c"],"output":{"format":"json","schema":{}}}""", "the variables c are declared but not used")]
    [InlineData("""{"name":"x","version":"1","system":"s","user":"{{a}}","variables":["a"],"output":{"format":"yaml","schema":{}}}""", "the reply format 'yaml' is unknown")]
    [InlineData("""{"name":"x","version":"1","system":"","user":"{{a}}","variables":["a"],"output":{"format":"json","schema":{}}}""", "'system' must be a non-empty string")]
    [InlineData("""{"name":"x","version":"1","system":"s","user":"{{a}}","variables":["a"]}""", "'output' with 'format' and 'schema' is required")]
    public void AnUnusablePromptFileIsRefusedNamingTheFileAndTheProblem(string content, string problem)
    {
        var path = Path.Combine(folder.FullName, "broken_v1.json");
        File.WriteAllText(path, content);

        var error = Assert.Throws<PromptFileException>(() => PromptCatalog.Load(folder.FullName, Formats));

        Assert.Contains(path, error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void TheHighestVersionOfAPromptIsTheOneUsed()
    {
        foreach (var version in new[] { "2", "10", "9" })
        {
            File.WriteAllText(Path.Combine(folder.FullName, $"cit_v{version}.json"),
                """{"name":"cit","version":"VERSION","system":"s","user":["line {{a}}"],"variables":["a"],"output":{"format":"json","schema":{}}}"""
                    .Replace("VERSION", version));
        }

        var prompt = PromptCatalog.Load(folder.FullName, Formats)["cit"];

        Assert.Equal("10", prompt.Version);
        Assert.Equal("line x", prompt.RenderUser(new Dictionary<string, string> { ["a"] = "x" }));
    }

    public void Dispose() => folder.Delete(recursive: true);
}
