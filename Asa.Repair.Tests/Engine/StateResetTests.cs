using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class StateResetTests
{
    private const string WordTally = """
        from collections import Counter


        class WordTally:
            def __init__(self):
                self.counts = Counter()
                self.words = 0

            def add(self, word):
                self.counts[word.lower()] += 1
                self.words += 1

        """;

    [Fact]
    public void SettingAFieldAfreshJustBeforeUpdatingItIsNoFix()
    {
        var reset = Insert("tally.py", WordTally, "        self.counts[word.lower()] += 1\n", "        self.counts = Counter()\n");

        var loss = BehaviourLoss.Of(reset);

        Assert.Equal("sets 'self.counts' afresh just before updating it, so whatever it held before is lost", loss);
        Assert.True(BehaviourLoss.MakesNoFix(loss));
    }

    [Fact]
    public void AJavaFieldResetBeforeAMethodCallOnItOrACompoundAssignmentLosesItsStateToo()
    {
        const string journal = """
            final class Journal {
                private List<String> entries = new ArrayList<>();
                private int total = 0;

                void record(String entry, int amount) {
                    this.entries.add(entry);
                    this.total += amount;
                }
            }

            """;

        Assert.Contains("'this.entries' afresh", BehaviourLoss.Of(Insert("Journal.java", journal, "        this.entries.add(entry);\n", "        this.entries = new ArrayList<>();\n")));
        var counted = journal.Replace("private int total = 0;", "private int total;\n    Journal() { this.total = 0; }", StringComparison.Ordinal);
        Assert.Contains("'this.total' afresh", BehaviourLoss.Of(Insert("Journal.java", counted, "        this.total += amount;\n", "        this.total = 0;\n")));
    }

    [Fact]
    public void AResetFollowedByAnythingButAnUpdateOfTheSameFieldIsLeftAloneALoopThatRefillsItIncluded()
    {
        const string cache = """
            class Prices:
                def __init__(self):
                    self._cache = {}
                    self.version = 0

                def update(self, rows):
                    self.version += 1
                    self.rows = rows

                def recalculate(self):
                    for row in self.rows:
                        self.version += row.changes

            """;

        Assert.Null(BehaviourLoss.Of(Insert("prices.py", cache, "        self.version += 1\n", "        self._cache = {}\n")));
        Assert.Null(BehaviourLoss.Of(Insert("prices.py", cache, "        self.rows = rows\n", "        self._cache = {}\n")));
        Assert.Null(BehaviourLoss.Of(Insert("prices.py", cache, "        for row in self.rows:\n", "        self.version = 0\n")));
    }

    [Fact]
    public void AFieldTheFileSetsNowhereElseHoldsNoStateToLose()
    {
        const string builder = """
            class Report:
                def build(self, rows):
                    for row in rows:
                        self.lines.append(row)
                    return self.lines

            """;

        Assert.Null(BehaviourLoss.Of(Insert("report.py", builder, "            self.lines.append(row)\n", "            self.lines = []\n")));
    }

    [Fact]
    public void SettingAFieldAfreshJustAfterUpdatingItThrowsTheUpdateAway()
    {
        const string shelf = """
            class Shelf:
                def __init__(self):
                    self.copies = {}

                def lend(self, title):
                    self.copies[title] -= 1
                    return self.copies[title]

            """;

        var loss = BehaviourLoss.Of(Insert("shelf.py", shelf, "        return self.copies[title]\n", "        self.copies = {}\n"));

        Assert.Equal("sets 'self.copies' afresh just after updating it, so the update is lost", loss);
        Assert.True(BehaviourLoss.MakesNoFix(loss));
    }

    [Fact]
    public void AResetThatReadsTheFieldItSetsKeepsWhatItHeld()
    {
        const string queue = """
            final class Queue {
                private List<Job> jobs = new ArrayList<>();

                void push(Job job) {
                    this.jobs.add(job);
                    this.jobs = sorted(this.jobs);
                }

                void clear() {
                    this.jobs = new ArrayList<>();
                }
            }

            """;
        var withoutSort = queue.Replace("        this.jobs = sorted(this.jobs);\n", "", StringComparison.Ordinal);

        Assert.Null(BehaviourLoss.Of(new CandidateEdit("Queue.java", 6, "insert", "insert the sort", withoutSort, queue, 1, 1)));
    }

    private static CandidateEdit Insert(string path, string original, string beforeLine, string inserted)
    {
        Assert.Contains(beforeLine, original, StringComparison.Ordinal);
        var changed = original.Replace(beforeLine, inserted + beforeLine, StringComparison.Ordinal);
        return new CandidateEdit(path, 1, "insert", $"insert '{inserted.Trim()}'", original, changed, 1, 1);
    }
}
