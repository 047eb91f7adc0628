using Asa.Repair.Localization;
using Asa.Repair.Protection;
using Asa.Repair.Verification;

namespace Asa.Repair;

/// <summary>
/// Everything a fixer starts from, fixed before it starts: the bug, the clone and its sandbox workspace with the bug
/// reproduced, the commands, the runs before any change, and the files no fix may touch.
/// </summary>
/// <param name="Checkout">The worker's clone, read and never run.</param>
/// <param name="WorkspaceId">The sandbox workspace holding the clone (and the reproduction test, when there is one), prepared and run once.</param>
/// <param name="Baseline">The user's tests before any change, with each test's outcome when the runner reports it.</param>
/// <param name="WholeSuite">The whole suite's run before the fix, when the test command selects part of it.</param>
/// <param name="Reproduction">The test written for the bug and seen to fail; null when the user's own tests show the bug.</param>
/// <param name="TaskStarted">When the worker began the task (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>): time limits count from there.</param>
public sealed record RepairRequest(
    string BugDescription,
    string Checkout,
    CheckoutSnapshot Snapshot,
    string WorkspaceId,
    string TestCommand,
    TestSuiteRun Baseline,
    WholeSuiteBaseline? WholeSuite,
    ReproductionTest? Reproduction,
    TestProtection Protection,
    TimeSpan TestTimeLimit,
    long TaskStarted);
