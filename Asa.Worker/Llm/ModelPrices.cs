namespace Asa.Worker.Llm;

/// <summary>
/// Prices by model: OpenAI's list prices unless section <c>Llm:Prices:{model}</c> says otherwise.
/// A model with no known price (a local server) costs nothing, so only the token budget limits it.
/// </summary>
public sealed class ModelPrices
{
    public const string SectionName = "Llm:Prices";

    private static readonly Dictionary<string, ModelPrice> OpenAIListPrices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gpt-4o-mini"] = new() { InputPerMillion = 0.15m, OutputPerMillion = 0.60m },
        ["gpt-4o"] = new() { InputPerMillion = 2.50m, OutputPerMillion = 10.00m },
        ["gpt-4.1"] = new() { InputPerMillion = 2.00m, OutputPerMillion = 8.00m },
        ["gpt-4.1-mini"] = new() { InputPerMillion = 0.40m, OutputPerMillion = 1.60m },
        ["gpt-4.1-nano"] = new() { InputPerMillion = 0.10m, OutputPerMillion = 0.40m },
        ["o3-mini"] = new() { InputPerMillion = 1.10m, OutputPerMillion = 4.40m },
        ["o4-mini"] = new() { InputPerMillion = 1.10m, OutputPerMillion = 4.40m },
    };

    private readonly Dictionary<string, ModelPrice> prices;

    public ModelPrices(IReadOnlyDictionary<string, ModelPrice>? configured = null)
    {
        prices = new Dictionary<string, ModelPrice>(OpenAIListPrices, StringComparer.OrdinalIgnoreCase);
        foreach (var (model, price) in configured ?? new Dictionary<string, ModelPrice>())
        {
            prices[model] = price;
        }
    }

    public static ModelPrices FromConfiguration(IConfiguration configuration) =>
        new(configuration.GetSection(SectionName).Get<Dictionary<string, ModelPrice>>());

    public ModelPrice For(string model) => prices.GetValueOrDefault(model) ?? new ModelPrice();
}
