namespace Asa.Tests.Infrastructure;

/// <summary>The ASA back end with no model and the embedded repair engine on, as a team gets it out of the box.</summary>
public sealed class EngineStack() : AsaStack(new AsaStackOptions
{
    Worker = new Dictionary<string, string>
    {
        ["Engine__Mode"] = "Auto",
        ["Engine__TimeLimit"] = "00:03:00",
        ["Engine__Parallelism"] = "2",
    },
});
