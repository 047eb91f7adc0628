using System.Xml.Linq;
using Asa.Tests.Infrastructure;

namespace Asa.Repair.Tests.Architecture;

/// <summary>
/// Holds the layering the design chose: the repair logic has no host (no worker, database, Redis or gRPC), and the
/// sandbox service shares nothing with the services that hold the secrets but the contracts and the service defaults.
/// </summary>
public sealed class DependencyTests
{
    private static readonly string[] ForbiddenForRepair = ["Asa.Worker", "Asa.Core", "Asa.Protos", "Microsoft.EntityFrameworkCore", "Npgsql", "StackExchange.Redis", "Grpc", "Aspire"];

    [Fact]
    public void AsaRepairReferencesNoWorkerDatabaseRedisOrGrpcProjectOrPackage()
    {
        var (projects, packages) = Closure("Asa.Repair");

        Assert.DoesNotContain(projects.Concat(packages), name => ForbiddenForRepair.Any(forbidden => name.StartsWith(forbidden, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void TheBuiltAsaRepairLoadsNoWorkerDatabaseRedisOrGrpcAssembly()
    {
        var references = typeof(RepairRequest).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("Microsoft.CodeAnalysis.CSharp", references);
        Assert.DoesNotContain(references, name => ForbiddenForRepair.Any(forbidden => name.StartsWith(forbidden, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void AsaSandboxReferencesOnlyTheProtosAndTheServiceDefaults()
    {
        Assert.Equal(["Asa.Protos", "Asa.ServiceDefaults"], ProjectReferences("Asa.Sandbox").Order(StringComparer.Ordinal));
    }

    /// <summary>Every project the project references, directly or through another, and every package any of them names.</summary>
    private static (HashSet<string> Projects, HashSet<string> Packages) Closure(string project)
    {
        var projects = new HashSet<string>(StringComparer.Ordinal);
        var packages = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            packages.UnionWith(Items(next, "PackageReference"));
            foreach (var referenced in ProjectReferences(next).Where(projects.Add))
            {
                pending.Push(referenced);
            }
        }
        return (projects, packages);
    }

    private static IEnumerable<string> ProjectReferences(string project) =>
        Items(project, "ProjectReference").Select(path => Path.GetFileNameWithoutExtension(path.Replace('\\', '/')));

    private static IEnumerable<string> Items(string project, string item) =>
        XDocument.Load(Path.Combine(SolutionPaths.Root, project, $"{project}.csproj"))
            .Descendants(item)
            .Select(element => element.Attribute("Include")?.Value)
            .OfType<string>()
            .ToList();
}
