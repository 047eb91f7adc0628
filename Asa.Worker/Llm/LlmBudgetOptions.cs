using System.ComponentModel.DataAnnotations;

namespace Asa.Worker.Llm;

/// <summary>Spending limits the gateway enforces before each request (section <c>Llm:Budget</c>).</summary>
public sealed class LlmBudgetOptions
{
    public const string SectionName = "Llm:Budget";

    [Range(1, int.MaxValue)]
    public int TaskTokens { get; set; } = 100_000;

    [Range(typeof(decimal), "0", "1000000")]
    public decimal TaskCostUsd { get; set; } = 5m;

    [Range(typeof(decimal), "0", "1000000")]
    public decimal UserDailyCostUsd { get; set; } = 50m;
}
