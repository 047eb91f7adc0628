namespace Asa.Repair.Verification;

/// <summary>
/// The outcome of every test a run executed, keyed by the runner's own test id, read from the runner's machine-readable
/// report (<see cref="Source"/> names it). Ids are stable between runs of the same tests, so two reports compare test by test.
/// </summary>
public sealed record TestReport(string Source, IReadOnlyDictionary<string, TestResult> Tests)
{
    public IEnumerable<string> WithOutcome(TestOutcome outcome) =>
        Tests.Where(t => t.Value.Outcome == outcome).Select(t => t.Key).Order(StringComparer.Ordinal);

    public int Count(TestOutcome outcome) => Tests.Values.Count(t => t.Outcome == outcome);

    /// <summary>The tests that ran rather than being skipped.</summary>
    public int Executed => Tests.Count - Count(TestOutcome.Skipped);

    /// <summary>Where the runner said the tests live, as it printed them: paths, or dotted module and class names.</summary>
    public IEnumerable<string> Locations => Tests.Values.Select(t => t.Location).OfType<string>().Distinct(StringComparer.Ordinal);

    public string Describe() =>
        $"{Tests.Count} test(s): {Count(TestOutcome.Passed)} passed, {Count(TestOutcome.Failed)} failed, {Count(TestOutcome.Skipped)} skipped";
}
