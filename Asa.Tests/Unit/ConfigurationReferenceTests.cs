using System.Reflection;
using Asa.Api.Access;
using Asa.Api.Tasks;
using Asa.Sandbox.Bubblewrap;
using Asa.Sandbox.Docker;
using Asa.Sandbox.Workspaces;
using Asa.Tests.Infrastructure;
using Asa.Worker;
using Asa.Worker.Delivery;
using Asa.Worker.Llm;
using Asa.Repair;
using Asa.Repair.Engine;

namespace Asa.Tests.Unit;

/// <summary>The configuration reference: every setting a service binds is documented under its environment variable.</summary>
public sealed class ConfigurationReferenceTests
{
    private static readonly string[] Documents = ["README.md", "Asa.Sandbox/README.md", "Asa.AppHost/README.md"];

    public static TheoryData<string, Type> OptionSections => new()
    {
        { "Auth", typeof(AuthOptions) },
        { "Limits", typeof(SubmissionLimits) },
        { "Worker", typeof(WorkerOptions) },
        { "Engine", typeof(EngineOptions) },
        { "Repair", typeof(RepairOptions) },
        { "Llm:Budget", typeof(LlmBudgetOptions) },
        { "Delivery", typeof(DeliveryOptions) },
        { "Sandbox:Workspaces", typeof(WorkspaceOptions) },
        { "Sandbox:Bubblewrap", typeof(BubblewrapOptions) },
        { "Sandbox:Docker", typeof(DockerOptions) },
    };

    [Theory]
    [MemberData(nameof(OptionSections))]
    public void EverySettingOfASectionIsDocumentedWithItsEnvironmentVariable(string section, Type options)
    {
        var prefix = section.Replace(":", "__", StringComparison.Ordinal) + "__";
        var lines = Documents.SelectMany(document => File.ReadLines(Path.Combine(SolutionPaths.Root, document))).ToList();
        var settings = options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name).ToList();

        // A table row may shorten the settings after the first: `Engine__TimeLimit` / `__MaxCandidates`.
        var undocumented = settings.Where(name => !lines.Any(line =>
            line.Contains($"`{prefix}{name}", StringComparison.Ordinal)
            || (line.Contains($"`{prefix}", StringComparison.Ordinal) && line.Contains($"`__{name}`", StringComparison.Ordinal))));

        Assert.NotEmpty(settings);
        Assert.Empty(undocumented);
    }
}
