using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Asa.Tests.Infrastructure.Samples;

namespace Asa.Tests.Integration;

/// <summary>
/// The LLM fixer may not weaken the tests either: a reply that adds a root conftest.py deselecting the failing test, or
/// edits a Django-style tests.py, is refused by the rule guardian; a change that makes the reproduction test skip
/// itself, or passes a narrow test command while breaking the rest of the suite, does not pass verification. The model
/// is the fake OpenAI server on loopback.
/// </summary>
public sealed class ModelFixIntegrityTests(ModelStack stack) : IClassFixture<ModelStack>
{
    private static readonly TimeSpan RepairTimeout = TimeSpan.FromMinutes(4);

    private FakeOpenAiServer Model => stack.Model;

    [Fact]
    public async Task ANewRootConftestThatDeselectsTheFailingTestIsRefusedNamingTheFile()
    {
        const string deselecting = """
            RATIONALE: The even-count test is too strict; leave it out of the run.
            CONFIDENCE: 0.6

            conftest.py
            <<<<<<< SEARCH
            =======
            def pytest_collection_modifyitems(config, items):
                items[:] = [item for item in items if "even_count" not in item.nodeid]
            >>>>>>> REPLACE
            """;
        var sample = BuggySamples.Python;
        Model.Reset();
        Model.ReplyTo(ModelScript.Cit, sample.CitReply());
        Model.ReplyTo(ModelScript.CodeAgent, deselecting);
        Model.ReplyTo(ModelScript.CodeAgent, deselecting);

        using var repository = await sample.Repository().BuildAsync();
        var task = await RepairAsync(repository.Path, sample.BugDescription, sample.TestCommand);

        Assert.Equal(TaskState.Failed, task.Status);
        Assert.Equal((TaskState.ValidatingSecurity, ErrorClass.Policy), (task.Error.Stage, task.Error.ErrorClass));
        Assert.Contains("The fix creates conftest.py, which no fix may touch because it configures how the tests run", task.Error.Message);
        Assert.Empty(Model.RequestsFor(ModelScript.Guardian));
        Assert.DoesNotContain(task.Tests, t => t.Phase.EndsWith("after_fix", StringComparison.Ordinal));
        Assert.Null(task.Fix);
    }

    [Fact]
    public async Task AnEditToADjangoStyleTestsModuleIsRefusedBecauseTheRunReportsTestsFromIt()
    {
        const string weakening = """
            RATIONALE: The test expects the wrong total.
            CONFIDENCE: 0.5

            shop/tests.py
            <<<<<<< SEARCH
                assert discounted(200, 10) == 180
            =======
                assert discounted(200, 10) == 220
            >>>>>>> REPLACE
            """;
        Model.Reset();
        Model.ReplyTo(ModelScript.Cit, BuggySample.CitReply("shop/test_discount_reproduction.py", "python3 -m pytest -q shop/test_discount_reproduction.py",
            "from shop.models import discounted\n\n\ndef test_discount_is_taken_off():\n    assert discounted(100, 50) == 50\n"));
        Model.ReplyTo(ModelScript.CodeAgent, weakening);
        Model.ReplyTo(ModelScript.CodeAgent, weakening);
        using var repository = await new GitRepositoryBuilder()
            .WithFile("conftest.py", "")
            .WithFile("shop/__init__.py", "")
            .WithFile("shop/models.py", "def discounted(price, percent):\n    return price + price * percent // 100\n")
            .WithFile("shop/tests.py", "from shop.models import discounted\n\n\ndef test_ten_percent_off():\n    assert discounted(200, 10) == 180\n")
            .Commit("Shop")
            .BuildAsync();

        var task = await RepairAsync(repository.Path, "discounted(200, 10) returns 220: the discount is added instead of taken off",
            "python3 -m pytest -q shop/tests.py");

        Assert.Equal((TaskState.Failed, ErrorClass.Policy), (task.Status, task.Error.ErrorClass));
        Assert.Contains("The fix edits shop/tests.py, which no fix may touch because the test run reports tests from it (pytest JUnit XML)", task.Error.Message);
        Assert.Null(task.Fix);
    }

    [Fact]
    public async Task AChangeThatMakesTheReproductionTestSkipItselfIsFedBackAndTheRealFixIsKept()
    {
        const string emptying = """
            RATIONALE: Only known bands should be taxed.
            CONFIDENCE: 0.5

            prices.py
            <<<<<<< SEARCH
                return [(band, RATES[band]) for band in RATES if band in BANDS]
            =======
                return [(band, RATES[band]) for band in RATES if band not in BANDS]
            >>>>>>> REPLACE
            """;
        const string fixing = """
            RATIONALE: tax() added one to every amount.
            CONFIDENCE: 0.9

            prices.py
            <<<<<<< SEARCH
                return round(amount * RATES[band] + 1, 2)
            =======
                return round(amount * RATES[band], 2)
            >>>>>>> REPLACE
            """;
        Model.Reset();
        Model.ReplyTo(ModelScript.Cit, BuggySample.CitReply("tests/test_tax_bands.py", "python3 -m pytest -q tests/test_tax_bands.py", """
            import pytest

            from prices import rows, tax


            @pytest.mark.parametrize("band,rate", rows())
            def test_tax_is_the_rate(band, rate):
                assert tax(100, band) == 100 * rate

            """));
        Model.ReplyTo(ModelScript.CodeAgent, emptying);
        Model.ReplyTo(ModelScript.Guardian, ModelScript.Approve);
        Model.ReplyTo(ModelScript.CodeAgent, fixing);
        Model.ReplyTo(ModelScript.Guardian, ModelScript.Approve);
        using var repository = await new GitRepositoryBuilder()
            .WithFile("conftest.py", "")
            .WithFile("prices.py", """
                RATES = {"standard": 0.2, "reduced": 0.05}
                BANDS = ("standard", "reduced")


                def rows():
                    return [(band, RATES[band]) for band in RATES if band in BANDS]


                def tax(amount, band):
                    return round(amount * RATES[band] + 1, 2)

                """)
            .WithFile("tests/test_prices.py", "from prices import tax\n\n\ndef test_nothing_to_pay():\n    assert tax(0, \"standard\") == 0\n")
            .Commit("Tax bands")
            .BuildAsync();

        var task = await RepairAsync(repository.Path, "tax(100, 'standard') returns 21.0 instead of 20.0", "python3 -m pytest -q");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(2, task.Fix.Attempts);
        Assert.DoesNotContain("not in BANDS", task.Fix.Diff);
        var secondPrompt = Model.RequestsFor(ModelScript.CodeAgent)[1].LastUserMessage();
        Assert.Contains("failed before and no longer runs", secondPrompt);
    }

    [Fact]
    public async Task AFixThatPassesANarrowTestCommandButBreaksTheRestOfTheSuiteIsRejectedAndTheNextKept()
    {
        const string signDropping = """
            RATIONALE: Amounts in parentheses are negative; make the parsed amount negative.
            CONFIDENCE: 0.6

            amounts.py
            <<<<<<< SEARCH
                return float(text)
            =======
                return -abs(float(text))
            >>>>>>> REPLACE
            """;
        const string fixing = """
            RATIONALE: An amount in parentheses is the negative of the amount inside them.
            CONFIDENCE: 0.9

            amounts.py
            <<<<<<< SEARCH
                    return parse_amount(text[1:-1])
            =======
                    return -parse_amount(text[1:-1])
            >>>>>>> REPLACE
            """;
        Model.Reset();
        Model.ReplyTo(ModelScript.Cit, BuggySample.CitReply("tests/test_parentheses.py", "python3 -m pytest -q tests/test_parentheses.py",
            "from amounts import parse_amount\n\n\ndef test_parentheses_are_negative():\n    assert parse_amount(\"(7)\") == -7\n"));
        Model.ReplyTo(ModelScript.CodeAgent, signDropping);
        Model.ReplyTo(ModelScript.Guardian, ModelScript.Approve);
        Model.ReplyTo(ModelScript.CodeAgent, fixing);
        Model.ReplyTo(ModelScript.Guardian, ModelScript.Approve);
        using var repository = await new GitRepositoryBuilder()
            .WithFile("conftest.py", "")
            .WithFile("amounts.py", """
                def parse_amount(text):
                    text = text.strip()
                    if text.startswith("(") and text.endswith(")"):
                        return parse_amount(text[1:-1])
                    return float(text)

                """)
            .WithFile("tests/test_accounting.py", "from amounts import parse_amount\n\n\ndef test_parentheses():\n    assert parse_amount(\"(12)\") == -12\n")
            .WithFile("tests/test_plain.py", """
                from amounts import parse_amount


                def test_positive():
                    assert parse_amount("4") == 4


                def test_negative():
                    assert parse_amount("-3") == -3

                """)
            .Commit("Amounts")
            .BuildAsync();

        var task = await RepairAsync(repository.Path, "parse_amount('(12)') returns 12.0: an amount in parentheses is negative",
            "python3 -m pytest -q tests/test_accounting.py");

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(2, task.Fix.Attempts);
        Assert.Contains("+        return -parse_amount(text[1:-1])", task.Fix.Diff);
        var secondPrompt = Model.RequestsFor(ModelScript.CodeAgent)[1].LastUserMessage();
        Assert.Contains("but breaks the repository's whole suite 'python3 -m pytest -q'", secondPrompt);
        Assert.Contains("tests.test_plain::test_positive passed before and now fails", secondPrompt);
        Assert.Equal([("suite_before_fix", 1, false), ("suite_after_fix", 1, false), ("suite_after_fix", 2, true)],
            task.Tests.Where(t => t.Phase.StartsWith("suite_", StringComparison.Ordinal)).Select(t => (t.Phase, t.Attempt, t.Passed)));
        Assert.Contains("the whole suite 'python3 -m pytest -q'", task.Fix.Verification);
    }

    private async Task<AsaTask> RepairAsync(string repository, string bug, string testCommand)
    {
        var submitted = await stack.Tasks.SubmitTaskAsync(new SubmitTaskRequest { RepoUrl = repository, BugDescription = bug, TestCommand = testCommand });
        await stack.Tasks.WatchToEndAsync(submitted.TaskId, timeout: RepairTimeout);
        return await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId });
    }
}
