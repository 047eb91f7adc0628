using System.Reflection;

namespace Asa.Tests.Infrastructure;

/// <summary>Where the repository and the services built beside the tests are.</summary>
public static class SolutionPaths
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    /// <summary>The directory that holds Asa.sln.</summary>
    public static string Root => RootDirectory.Value;

    /// <summary>The build configuration the tests were built with, and so the services too.</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    /// <summary>The target framework the tests were built for.</summary>
    public static string TargetFramework { get; } = Metadata("TargetFramework");

    /// <summary>The built entry assembly of a project at the solution root, e.g. Asa.Api.</summary>
    public static string ProjectAssembly(string project)
    {
        var path = Path.Combine(Root, project, "bin", Configuration, TargetFramework, $"{project}.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{project} is not built for {Configuration}; build Asa.sln first.", path);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Asa.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No Asa.sln above {AppContext.BaseDirectory}.");
    }

    private static string Metadata(string key) =>
        typeof(SolutionPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key).Value
        ?? throw new InvalidOperationException($"The test assembly has no {key} metadata.");
}
