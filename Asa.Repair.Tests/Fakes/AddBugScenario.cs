using Asa.Repair.Engine;
using Asa.Repair.Indexing;
using Asa.Repair.Localization;
using Asa.Repair.Protection;
using Asa.Repair.Verification;

namespace Asa.Repair.Tests.Fakes;

/// <summary>
/// A small Python repository whose <c>add</c> subtracts, with a pytest suite the in-memory sandbox "runs": each test
/// passes or fails by what the workspace's <c>calc.py</c> says, and the output is pytest's.
/// </summary>
public sealed class AddBugScenario : IDisposable
{
    public const string TestCommand = "python3 -m pytest -q";
    public const string ReproductionCommand = "python3 -m pytest -q tests/test_repro.py";
    public const string Bug = "add returns the difference of its arguments instead of their sum";

    public const string Calc = """
        def add(a, b):
            return a - b


        def double(x):
            return x * 2

        """;

    public const string Tests = """
        from calc import add, double


        def test_add():
            assert add(1, 2) == 3


        def test_double():
            assert double(2) == 4

        """;

    public const string ReproductionTest = """
        from calc import add


        def test_add_sums():
            assert add(2, 2) == 4

        """;

    private readonly Localization.ScratchCheckout checkout = new();

    /// <param name="warmDriver">
    /// Answers the engine's warm driver runs as the real driver would, from this scenario's runs (by default an emulator
    /// that agrees with the classic runs, as the real drivers do).
    /// </param>
    /// <param name="calc">The program under test (by default <see cref="Calc"/>).</param>
    public AddBugScenario(Func<string, bool>? addWorks = null, Func<string, string, bool>? parses = null, WarmDriverEmulator? warmDriver = null, string calc = Calc)
    {
        Parser = new FakeParserCheck(parses ?? ((_, text) => SyntaxCheck.IsValid(SourceLanguage.Python, text, CodeTokenizer.Tokenize(SourceLanguage.Python, text))));
        AddWorks = addWorks ?? (source => source.Contains("return a + b", StringComparison.Ordinal));
        checkout.Write("calc.py", calc).Write("tests/test_calc.py", Tests);
        warmDriver ??= new WarmDriverEmulator();
        Runner = new InMemoryCandidateRunner((files, command) => warmDriver.Run(files, command, Run));
        Workspace = Runner.Create(new Dictionary<string, string> { ["calc.py"] = calc, ["tests/test_calc.py"] = Tests });
    }

    public Func<string, bool> AddWorks { get; }

    /// <summary>Answers the engine's syntax checks: by default as Python's parser would for these small files (their tokens decide).</summary>
    public FakeParserCheck Parser { get; }

    public InMemoryCandidateRunner Runner { get; }

    public RecordingProgress Progress { get; } = new();

    public string Workspace { get; }

    public RepairRequest Request(ReproductionTest? reproduction = null, string? workspace = null) => new(
        Bug, checkout.Root, CheckoutSnapshot.Load(checkout.Root, CancellationToken.None), workspace ?? Workspace, TestCommand,
        new TestSuiteRun(Run(Runner.Files(Workspace), TestCommand), null), null, reproduction, TestProtection.ByNameOnly,
        TimeSpan.FromSeconds(60), System.Diagnostics.Stopwatch.GetTimestamp());

    /// <summary>The reproduction test written into a fork, failing, as a model's would be.</summary>
    public async Task<(ReproductionTest Test, string Workspace)> ReproductionAsync()
    {
        var fork = await Runner.ForkAsync(Workspace, CancellationToken.None);
        await Runner.WriteFilesAsync(fork, new Dictionary<string, string> { ["tests/test_repro.py"] = ReproductionTest }, null, CancellationToken.None);
        var failing = new TestSuiteRun(Run(Runner.Files(fork), ReproductionCommand), null);
        return (new ReproductionTest("tests/test_repro.py", ReproductionTest, ReproductionCommand, "assert 0 == 4", failing), fork);
    }

    public RepairPorts Ports(IRepairModel? model = null) => new(Runner, Progress, model);

    private CommandRun Run(IReadOnlyDictionary<string, string> files, string command)
    {
        if (FakeParserCheck.IsCheck(command))
        {
            return Parser.Answer(files);
        }
        var source = files["calc.py"];
        var addWorks = AddWorks(source);
        (string Id, bool Passed, string Failure)[] tests = command.Contains("test_repro.py", StringComparison.Ordinal)
            ? [("tests/test_repro.py::test_add_sums", addWorks, "assert 0 == 4")]
            : command.Contains("::test_add", StringComparison.Ordinal)
                ? [("tests/test_calc.py::test_add", addWorks, "assert -1 == 3")]
                : [("tests/test_calc.py::test_add", addWorks, "assert -1 == 3"),
                   ("tests/test_calc.py::test_double", source.Contains("return x * 2", StringComparison.Ordinal), "assert 0 == 4")];
        var failed = tests.Where(t => !t.Passed).ToList();
        var passed = tests.Length - failed.Count;
        var summary = failed.Count == 0 ? $"{passed} passed in 0.01s"
            : passed == 0 ? $"{failed.Count} failed in 0.01s"
            : $"{failed.Count} failed, {passed} passed in 0.01s";
        var output = string.Concat(failed.Select(t => $"FAILED {t.Id} - {t.Failure}\n")) + summary + "\n";
        return new CommandRun(failed.Count == 0 ? 0 : 1, [], TimeSpan.FromMilliseconds(20), output);
    }

    public void Dispose() => checkout.Dispose();
}
