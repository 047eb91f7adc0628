using Asa.Sandbox.Docker;


namespace Asa.Sandbox.Tests.Docker;

public sealed class DockerUsageReportTests
{
    [Fact]
    public void ReadsCgroupV1Counters()
    {
        const string report = """
            memory/memory.max_usage_in_bytes 134217728
            memory/memory.oom_control oom_kill_disable 0
            memory/memory.oom_control under_oom 0
            memory/memory.oom_control oom_kill 1
            pids/pids.events max 806
            """;

        Assert.Equal(new DockerUsageReport(134217728, MemoryLimitHit: true, PidsLimitHit: true), DockerUsageReport.Parse(report));
    }

    [Fact]
    public void ReadsCgroupV2Counters()
    {
        const string report = """
            memory.peak 52428800
            memory.events low 0
            memory.events high 0
            memory.events max 12
            memory.events oom 1
            memory.events oom_kill 1
            memory.events oom_group_kill 0
            pids.events max 3
            """;

        Assert.Equal(new DockerUsageReport(52428800, MemoryLimitHit: true, PidsLimitHit: true), DockerUsageReport.Parse(report));
    }

    [Fact]
    public void ZeroCountsMeanNoLimitWasHit()
    {
        const string report = """
            memory/memory.max_usage_in_bytes 5881856
            memory/memory.oom_control oom_kill 0
            pids/pids.events max 0
            """;

        Assert.Equal(new DockerUsageReport(5881856, MemoryLimitHit: false, PidsLimitHit: false), DockerUsageReport.Parse(report));
    }

    [Fact]
    public void AKernelWithoutPeakMemoryLeavesItUnknown()
    {
        var parsed = DockerUsageReport.Parse("memory.events oom_kill 0\npids.events max 0\n");

        Assert.Null(parsed.PeakMemoryBytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage\n\n")]
    [InlineData("memory/memory.oom_control oom_kill lots\npids/pids.events max -\nmemory.peak 12 13")]
    [InlineData("cpu.stat oom_kill 5\nmemory.events max 7")]
    public void LinesItDoesNotKnowReadAsNothingHit(string report) =>
        Assert.Equal(new DockerUsageReport(null, MemoryLimitHit: false, PidsLimitHit: false), DockerUsageReport.Parse(report));
}
