namespace Asa.Tests.Infrastructure;

/// <summary>
/// The ASA back end with the LLM fixer configured: its workers talk to an OpenAI-compatible server on loopback that
/// answers what each test scripts (<see cref="Model"/>). The worker's key is <see cref="ApiKey"/>, a secret no
/// prompt, log, sandbox run or diff may ever show.
/// </summary>
public sealed class ModelStack : AsaStack, IAsyncLifetime
{
    public const string ApiKey = "sk-asa-test-secret-7f3a9c2e1b5d4068";
    private static readonly int ModelPort = FreePort.Next();
    private FakeOpenAiServer? model;

    public ModelStack() : base(new AsaStackOptions
    {
        Worker = new Dictionary<string, string>
        {
            ["Llm__Provider"] = "compatible",
            ["Llm__BaseUrl"] = $"http://127.0.0.1:{ModelPort}/v1",
            ["Llm__ApiKey"] = ApiKey,
            ["Llm__Model"] = "gpt-4o-mini",
            ["Repair__TestAttempts"] = "2",
            ["Repair__FixAttempts"] = "2",
        },
    })
    {
    }

    public FakeOpenAiServer Model => model ?? throw new InvalidOperationException("The model server has not started.");

    async Task IAsyncLifetime.InitializeAsync()
    {
        model = await FakeOpenAiServer.StartAsync(ModelPort);
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
