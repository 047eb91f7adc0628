using Asa.Repair.Engine.WarmRuns;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Asa.Repair.Tests.Engine.WarmRuns;

public sealed class CSharpHostTests
{
    [Fact]
    public void TheHostsSourcesCompileAgainstRoslynWithoutWarnings()
    {
        var sources = WarmBatch.DriverFiles.Where(f => f.Key.StartsWith(".asa-warm/cs/", StringComparison.Ordinal) && f.Key.EndsWith(".cs", StringComparison.Ordinal)).ToList();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                        || name is "netstandard.dll" or "mscorlib.dll"))
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("AsaWarmHost",
            [.. sources.Select(s => CSharpSyntaxTree.ParseText(s.Value, path: s.Key))], references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1701" && d.Id != "CS1702").ToList();

        Assert.Equal(5, sources.Count);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheHostSaysOfAFileItsProjectDoesNotCompileWhatTheCandidateRunsListenFor() =>
        Assert.Contains($"{{path}} {CandidateRuns.NotCompiledByTheHost}@@", CSharpHostProgram.Source);

    [Fact]
    public void TheWarmUpBuildsTheProjectDotnetRunWouldWithItsConfiguration()
    {
        var command = WarmCommand.Parse("cd app && dotnet run --project 'src/App.csproj' -c Release -- HeldBackTests")!;

        var warmUp = WarmBatch.WarmUpCommand(command);

        Assert.NotNull(warmUp);
        Assert.Contains("cd 'app' && dotnet build 'src/App.csproj' -c 'Release' ", warmUp);
        Assert.Contains("-getItem:Compile", warmUp);
        Assert.Null(WarmBatch.WarmUpCommand(WarmCommand.Parse("node --test")!));
    }

    [Fact]
    public void ABatchOfDotnetRunStartsTheHostFromTheWorkspaceRoot()
    {
        var batch = new WarmBatch(WarmCommand.Parse("cd app && dotnet run")!, [null], TimeSpan.FromSeconds(5), WarmDriver.RoslynHost);

        Assert.StartsWith("exec dotnet .asa-warm/cs/bin/AsaWarmHost.dll .asa-warm/batch.json ", batch.ShellCommand());
        Assert.Contains("\"dir\":\"app\"", batch.Files()[".asa-warm/batch.json"]);
    }
}
