namespace Asa.Tests.Infrastructure;

/// <summary>
/// The ASA back end with the LLM fixer configured: its workers talk to an OpenAI-compatible server on loopback that
/// answers what each test scripts (<see cref="Model"/>). The worker's key is <see cref="ApiKey"/>, a secret no
/// prompt, log, sandbox run or diff may ever show. Derive from it to change the repair settings.
/// </summary>
public class ModelStack : AsaStack, IAsyncLifetime
{
    public const string ApiKey = "sk-asa-test-secret-7f3a9c2e1b5d4068";
    private readonly int modelPort;
    private FakeOpenAiServer? model;

    public ModelStack() : this(new Dictionary<string, string>())
    {
    }

    protected ModelStack(IReadOnlyDictionary<string, string> repairSettings) : this(FreePort.Next(), repairSettings)
    {
    }

    private ModelStack(int modelPort, IReadOnlyDictionary<string, string> repairSettings) : base(new AsaStackOptions
    {
        Worker = new Dictionary<string, string>
        {
            ["Llm__Provider"] = "compatible",
            ["Llm__BaseUrl"] = $"http://127.0.0.1:{modelPort}/v1",
            ["Llm__ApiKey"] = ApiKey,
            ["Llm__Model"] = "gpt-4o-mini",
            ["Repair__TestAttempts"] = "2",
            ["Repair__FixAttempts"] = "2",
        }.Concat(repairSettings).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Last().Value),
    }) => this.modelPort = modelPort;

    public FakeOpenAiServer Model => model ?? throw new InvalidOperationException("The model server has not started.");

    async Task IAsyncLifetime.InitializeAsync()
    {
        model = await FakeOpenAiServer.StartAsync(modelPort);
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (model is not null)
        {
            await model.DisposeAsync();
        }
    }
}
