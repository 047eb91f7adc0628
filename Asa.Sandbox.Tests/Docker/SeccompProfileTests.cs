using System.Text.Json.Nodes;
using Asa.Sandbox.Docker;
using Docker.DotNet.Models;

namespace Asa.Sandbox.Tests.Docker;

public sealed class SeccompProfileTests
{
    private const long CloneNewUser = 0x10000000;

    // Shaped like an engine's default: deny by default, one long unconditional allow list, rules that look at
    // arguments or capabilities, and one rule in the older single-name form.
    private const string EngineDefault = """
        {
          "defaultAction": "SCMP_ACT_ERRNO",
          "defaultErrnoRet": 38,
          "archMap": [{ "architecture": "SCMP_ARCH_X86_64", "subArchitectures": ["SCMP_ARCH_X86"] }],
          "syscalls": [
            { "names": ["read", "clone", "write", "clone3", "unshare"], "action": "SCMP_ACT_ALLOW", "args": [], "includes": {}, "excludes": {} },
            { "names": ["clone3"], "action": "SCMP_ACT_ALLOW", "includes": { "arches": ["arm64"] } },
            { "names": ["clone", "unshare", "mount"], "action": "SCMP_ACT_ALLOW", "includes": { "caps": ["CAP_SYS_ADMIN"] } },
            { "names": ["personality"], "action": "SCMP_ACT_ALLOW", "args": [{ "index": 0, "value": 8, "valueTwo": 0, "op": "SCMP_CMP_EQ" }] },
            { "name": "unshare", "action": "SCMP_ACT_ALLOW" }
          ]
        }
        """;

    private static JsonArray AmendedRules() =>
        JsonNode.Parse(SeccompProfile.DenyNestedUserNamespaces(EngineDefault))!["syscalls"]!.AsArray();

    private static IEnumerable<string> Names(JsonNode rule) =>
        rule["names"] is JsonArray names ? names.Select(n => n!.GetValue<string>()) : [rule["name"]!.GetValue<string>()];

    private static JsonNode Rule(JsonArray rules, string call, string action, long flags, bool onS390 = false) =>
        Assert.Single(rules, r =>
            Names(r!).SequenceEqual([call])
            && r!["action"]!.GetValue<string>() == action
            && r["args"]?[0]?["op"]?.GetValue<string>() == "SCMP_CMP_MASKED_EQ"
            && r["args"]![0]!["value"]!.GetValue<long>() == CloneNewUser
            && r["args"]![0]!["valueTwo"]!.GetValue<long>() == flags
            && r["includes"]?["arches"] is not null == onS390)!;

    [Fact]
    public void NoRuleAllowsTheNamespaceCallsWhateverTheirFlags()
    {
        var rules = AmendedRules();

        var unconditionallyAllowed = rules.Where(r =>
            r!["action"]!.GetValue<string>() == "SCMP_ACT_ALLOW" && r["args"] is null or JsonArray { Count: 0 } && r["includes"]?["caps"] is null);
        Assert.DoesNotContain(unconditionallyAllowed.SelectMany(r => Names(r!)), n => n is "clone" or "clone3" or "unshare");
        Assert.Contains(rules, r => Names(r!).SequenceEqual(["read", "write"]));
    }

    [Fact]
    public void CloneAndUnshareWorkWithoutCloneNewUserAndFailWithEpermWithIt()
    {
        var rules = AmendedRules();

        foreach (var call in new[] { "clone", "unshare" })
        {
            Assert.Equal(0, Rule(rules, call, "SCMP_ACT_ALLOW", flags: 0)["args"]![0]!["index"]!.GetValue<int>());
            var denied = Rule(rules, call, "SCMP_ACT_ERRNO", flags: CloneNewUser);
            Assert.Equal(0, denied["args"]![0]!["index"]!.GetValue<int>());
            Assert.Equal(1, denied["errnoRet"]!.GetValue<int>());
        }
    }

    [Fact]
    public void OnS390CloneIsJudgedByItsSecondArgument()
    {
        var rules = AmendedRules();

        var allowed = Rule(rules, "clone", "SCMP_ACT_ALLOW", flags: 0, onS390: true);
        var denied = Rule(rules, "clone", "SCMP_ACT_ERRNO", flags: CloneNewUser, onS390: true);

        Assert.Equal(1, allowed["args"]![0]!["index"]!.GetValue<int>());
        Assert.Equal(1, denied["args"]![0]!["index"]!.GetValue<int>());
        Assert.Equal(["s390", "s390x"], allowed["includes"]!["arches"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(["s390", "s390x"], Rule(rules, "clone", "SCMP_ACT_ALLOW", flags: 0)["excludes"]!["arches"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public void Clone3FailsWithEnosysSoLibcFallsBackToClone()
    {
        var clone3 = Assert.Single(AmendedRules(), r => Names(r!).Contains("clone3"))!;

        Assert.Equal("SCMP_ACT_ERRNO", clone3["action"]!.GetValue<string>());
        Assert.Equal(38, clone3["errnoRet"]!.GetValue<int>());
    }

    [Fact]
    public void RulesThatRequireACapabilityOrLookAtArgumentsAreKept()
    {
        var rules = AmendedRules();

        Assert.Contains(rules, r => Names(r!).SequenceEqual(["clone", "unshare", "mount"]));
        Assert.Contains(rules, r => Names(r!).SequenceEqual(["personality"]));
        Assert.DoesNotContain(rules, r => r!["name"] is not null);
    }

    [Fact]
    public void EverythingElseOfTheProfileIsKept()
    {
        var amended = JsonNode.Parse(SeccompProfile.DenyNestedUserNamespaces(EngineDefault))!;

        Assert.Equal("SCMP_ACT_ERRNO", amended["defaultAction"]!.GetValue<string>());
        Assert.Equal(38, amended["defaultErrnoRet"]!.GetValue<int>());
        Assert.Equal("SCMP_ARCH_X86_64", amended["archMap"]![0]!["architecture"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{ "defaultAction": "SCMP_ACT_ALLOW" }""")]
    public void TextThatIsNotAProfileIsRefused(string text) =>
        Assert.Throws<FormatException>(() => SeccompProfile.DenyNestedUserNamespaces(text));

    [Fact]
    public void PodmanIsRecognisedByItsEngineComponent()
    {
        var podman = new VersionResponse { Components = [new ComponentVersion { Name = "Conmon" }, new ComponentVersion { Name = "Podman Engine" }] };
        var docker = new VersionResponse { Components = [new ComponentVersion { Name = "Engine" }, new ComponentVersion { Name = "containerd" }] };

        Assert.True(DockerSeccomp.IsPodman(podman));
        Assert.False(DockerSeccomp.IsPodman(docker));
        Assert.False(DockerSeccomp.IsPodman(new VersionResponse()));
    }
}
