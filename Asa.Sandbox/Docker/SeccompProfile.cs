using System.Text.Json;
using System.Text.Json.Nodes;

namespace Asa.Sandbox.Docker;

/// <summary>
/// Amends an engine's seccomp profile (the JSON format Docker and podman share) so that nothing in the
/// container can create a user namespace: <c>clone</c> and <c>unshare</c> fail with EPERM when asked for
/// CLONE_NEWUSER and work otherwise, and <c>clone3</c> fails with ENOSYS, so libc falls back to <c>clone</c>.
/// </summary>
public static class SeccompProfile
{
    private const long CloneNewUser = 0x10000000;
    private const int Eperm = 1;
    // clone3 takes its flags in a struct in memory, which a seccomp filter cannot read.
    private const int Enosys = 38;
    private static readonly string[] NamespaceCalls = ["clone", "clone3", "unshare"];
    // On s390 the kernel takes clone's flags as its second argument.
    private static readonly string[] FlagsSecondArches = ["s390", "s390x"];

    /// <summary>
    /// Returns the profile with clone, clone3 and unshare taken out of every rule that neither looks at their
    /// arguments nor requires a capability, and the rules above added.
    /// </summary>
    /// <exception cref="FormatException">The text is not a seccomp profile.</exception>
    public static string DenyNestedUserNamespaces(string profileJson)
    {
        JsonObject profile;
        try
        {
            profile = JsonNode.Parse(profileJson) as JsonObject ?? throw new FormatException("A seccomp profile is a JSON object.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"A seccomp profile is JSON: {e.Message}", e);
        }

        if (profile["syscalls"] is not JsonArray rules)
        {
            throw new FormatException("A seccomp profile has a \"syscalls\" array.");
        }

        foreach (var rule in rules.OfType<JsonObject>().Where(IsUnconditional).ToList())
        {
            if (!WithoutNamespaceCalls(rule))
            {
                rules.Remove(rule);
            }
        }

        rules.Add(FlagRule("unshare", argument: 0, allowed: true));
        rules.Add(FlagRule("unshare", argument: 0, allowed: false));
        rules.Add(FlagRule("clone", argument: 0, allowed: true, excludedArches: FlagsSecondArches));
        rules.Add(FlagRule("clone", argument: 0, allowed: false, excludedArches: FlagsSecondArches));
        rules.Add(FlagRule("clone", argument: 1, allowed: true, onlyArches: FlagsSecondArches));
        rules.Add(FlagRule("clone", argument: 1, allowed: false, onlyArches: FlagsSecondArches));
        rules.Add(new JsonObject
        {
            ["names"] = new JsonArray("clone3"),
            ["action"] = "SCMP_ACT_ERRNO",
            ["errnoRet"] = Enosys,
        });
        return profile.ToJsonString();
    }

    private static bool IsUnconditional(JsonObject rule) =>
        rule["args"] is null or JsonArray { Count: 0 }
        && rule["includes"]?["caps"] is null or JsonArray { Count: 0 };

    /// <summary>Drops the namespace calls from the rule; false when nothing else is left in it.</summary>
    private static bool WithoutNamespaceCalls(JsonObject rule)
    {
        // Profiles from before "names" existed name one call per rule.
        if (rule["name"] is { } single)
        {
            return !IsNamespaceCall(single);
        }

        if (rule["names"] is not JsonArray names)
        {
            return true;
        }

        foreach (var name in names.Where(IsNamespaceCall).ToList())
        {
            names.Remove(name);
        }

        return names.Count > 0;
    }

    private static bool IsNamespaceCall(JsonNode? name) =>
        name is JsonValue value && value.TryGetValue<string>(out var call) && NamespaceCalls.Contains(call);

    private static JsonObject FlagRule(
        string call, int argument, bool allowed, string[]? excludedArches = null, string[]? onlyArches = null)
    {
        var rule = new JsonObject
        {
            ["names"] = new JsonArray(call),
            ["action"] = allowed ? "SCMP_ACT_ALLOW" : "SCMP_ACT_ERRNO",
            ["args"] = new JsonArray(new JsonObject
            {
                ["index"] = argument,
                // (argument & value) == valueTwo
                ["value"] = CloneNewUser,
                ["valueTwo"] = allowed ? 0 : CloneNewUser,
                ["op"] = "SCMP_CMP_MASKED_EQ",
            }),
        };
        if (!allowed)
        {
            rule["errnoRet"] = Eperm;
        }

        if (excludedArches is not null)
        {
            rule["excludes"] = new JsonObject { ["arches"] = Strings(excludedArches) };
        }

        if (onlyArches is not null)
        {
            rule["includes"] = new JsonObject { ["arches"] = Strings(onlyArches) };
        }

        return rule;
    }

    private static JsonArray Strings(string[] values) => new([.. values.Select(v => (JsonNode?)v)]);
}
