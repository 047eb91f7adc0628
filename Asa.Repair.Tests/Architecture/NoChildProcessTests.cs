using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Asa.Repair.Tests.Fakes;

namespace Asa.Repair.Tests.Architecture;

/// <summary>
/// The fast set starts no process: neither the repair library nor these tests refer to any type that can start one,
/// so every run of a candidate here goes through an in-memory runner.
/// </summary>
public sealed class NoChildProcessTests
{
    private static readonly string[] ProcessTypes = ["System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo", "System.Diagnostics.ProcessStartInfoExtensions"];

    [Theory]
    [InlineData(typeof(RepairRequest))]
    [InlineData(typeof(InMemoryCandidateRunner))]
    public void TheAssemblyRefersToNoTypeThatStartsAProcess(Type inAssembly)
    {
        using var stream = File.OpenRead(inAssembly.Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var referenced = metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .ToList();

        Assert.Contains("System.Threading.Tasks.Task", referenced);
        Assert.DoesNotContain(referenced, ProcessTypes.Contains);
    }
}
