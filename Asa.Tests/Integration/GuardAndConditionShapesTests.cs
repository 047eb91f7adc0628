using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Asa.Tests.Integration;

/// <summary>
/// The engine's fix shapes beyond one-token edits, each end to end through the stack with no model: a small Python
/// program whose bug only that shape fixes, fixed in the code under test with exactly the intended line.
/// </summary>
public sealed class GuardAndConditionShapesTests(EngineStack stack, ITestOutputHelper output) : IClassFixture<EngineStack>
{
    private static readonly TimeSpan RepairTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task AMissingEntryIsGuardedAgainstNoneInTheCondition()
    {
        var task = await RepairAsync("roster.py", """
            class Member:
                def __init__(self, email, active):
                    self.email = email
                    self.active = active


            def active_emails(members):
                emails = []
                for member in members:
                    if member.active:
                        emails.append(member.email)
                return emails

            """, "test_roster.py", """
            from roster import Member, active_emails


            def test_empty_seats_are_skipped():
                members = [Member("ann@example.org", True), None, Member("bob@example.org", False)]
                assert active_emails(members) == ["ann@example.org"]


            def test_active_members_are_listed():
                assert active_emails([Member("cy@example.org", True)]) == ["cy@example.org"]

            """, "active_emails crashes with AttributeError: 'NoneType' object has no attribute 'active' when a seat is empty (None)");

        Assert.Contains("+        if member is not None and member.active:", task.Fix.Diff);
    }

    [Fact]
    public async Task ALoopThatNeverEndsRunsWhileItsQueueHasWork()
    {
        var task = await RepairAsync("batch.py", """
            def run_all(jobs):
                pending = list(jobs)
                results = []
                while True:
                    job = pending.pop(0)
                    results.append(job())
                return results

            """, "test_batch.py", """
            from batch import run_all


            def test_every_job_runs_once_in_order():
                assert run_all([lambda: 1, lambda: 2, lambda: 3]) == [1, 2, 3]


            def test_no_jobs():
                assert run_all([]) == []

            """, "run_all raises IndexError: pop from empty list instead of returning the results");

        Assert.Contains("+    while pending:", task.Fix.Diff);
    }

    [Fact]
    public async Task AnEqualityTestBecomesABoundWithItsConstantMoved()
    {
        var task = await RepairAsync("shipping.py", """
            def shipping_fee(items):
                if len(items) == 0:
                    return 0
                return 5 + len(items)

            """, "test_shipping.py", """
            from shipping import shipping_fee


            def test_a_single_item_ships_free():
                assert shipping_fee(["book"]) == 0


            def test_an_empty_order_costs_nothing():
                assert shipping_fee([]) == 0


            def test_two_items_pay_the_base_fee_and_one_per_item():
                assert shipping_fee(["book", "pen"]) == 7

            """, "orders of at most one item should ship free; shipping_fee(['book']) returns 6");

        Assert.Contains("+    if len(items) <= 1:", task.Fix.Diff);
    }

    [Fact]
    public async Task ARangeStartsAtOne()
    {
        var task = await RepairAsync("series.py", """
            def harmonic(n):
                total = 0.0
                for k in range(n + 1):
                    total += 1 / k
                return total

            """, "test_series.py", """
            import pytest

            from series import harmonic


            def test_third_harmonic_number():
                assert harmonic(3) == pytest.approx(1 + 1 / 2 + 1 / 3)


            def test_first_harmonic_number():
                assert harmonic(1) == pytest.approx(1.0)

            """, "harmonic(3) raises ZeroDivisionError: division by zero");

        Assert.Contains("+    for k in range(1, n + 1):", task.Fix.Diff);
    }

    [Fact]
    public async Task AFunctionThatComputesItsResultReturnsIt()
    {
        var task = await RepairAsync("pricing.py", """
            def net_price(price, discount_percent):
                reduced = price - price * discount_percent / 100
                final = round(reduced, 2)

            """, "test_pricing.py", """
            from pricing import net_price


            def test_fifteen_percent_off():
                assert net_price(19.99, 15) == 16.99


            def test_no_discount():
                assert net_price(10.0, 0) == 10.0

            """, "net_price returns None instead of the discounted price");

        Assert.Contains("+    return final", task.Fix.Diff);
    }

    private async Task<AsaTask> RepairAsync(string codePath, string code, string testPath, string tests, string bug) =>
        AssertFixedInOneLine(
            await stack.RepairPythonAsync(new Dictionary<string, string> { ["conftest.py"] = "", [codePath] = code, [testPath] = tests }, bug, RepairTimeout, output),
            codePath);

    private static AsaTask AssertFixedInOneLine(AsaTask task, string codePath)
    {
        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}\n{task.RepairSearch}");
        Assert.Equal([codePath], task.Fix.ChangedFiles);
        Assert.Single(task.Fix.Diff.Split('\n'), line => line.StartsWith('+') && !line.StartsWith("+++", StringComparison.Ordinal));
        return task;
    }
}
