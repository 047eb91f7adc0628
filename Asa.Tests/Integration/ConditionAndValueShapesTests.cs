using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Asa.Tests.Integration;

/// <summary>
/// Three shapes end to end through the stack with no model, each on a small Python program whose bug only that shape
/// fixes: a comprehension's filter missing a part another condition of the file tests
/// (<see cref="Asa.Repair.Engine.ConditionExpansion"/>), a value that should go through the file's uncalled private
/// function (<see cref="Asa.Repair.Engine.UncalledHelper"/>), and an attribute read where the value converted from it
/// was meant (<see cref="Asa.Repair.Engine.DeadStores"/>).
/// </summary>
public sealed class ConditionAndValueShapesTests(EngineStack stack, ITestOutputHelper output) : IClassFixture<EngineStack>
{
    private static readonly TimeSpan RepairTimeout = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task AFilterThatForgetsTheLentBooksGainsTheTestTheLendingCodeMakes()
    {
        var task = await RepairAsync("shelf.py", """
            class Shelf:
                def __init__(self):
                    self.books = []

                def add(self, title, author):
                    self.books.append({"title": title, "author": author, "lent": False})

                def lend(self, title):
                    for book in self.books:
                        if book["title"] == title and not book["lent"]:
                            book["lent"] = True
                            return True
                    return False

                def available_by(self, author):
                    return [book["title"] for book in self.books if book["author"] == author]

            """, """
            from shelf import Shelf


            def test_a_lent_book_is_not_available():
                shelf = Shelf()
                shelf.add("The Dispossessed", "Le Guin")
                shelf.add("The Lathe of Heaven", "Le Guin")
                assert shelf.lend("The Dispossessed")
                assert shelf.available_by("Le Guin") == ["The Lathe of Heaven"]


            def test_books_of_an_author_are_listed_in_order():
                shelf = Shelf()
                shelf.add("Kindred", "Butler")
                shelf.add("Dawn", "Butler")
                shelf.add("Solaris", "Lem")
                assert shelf.available_by("Butler") == ["Kindred", "Dawn"]

            """, "available_by lists books that are lent out: after lending 'The Dispossessed', available_by('Le Guin') still includes it");

        Assert.Contains("+        return [book[\"title\"] for book in self.books if book[\"author\"] == author and not book[\"lent\"]]\n", task.Fix.Diff);
    }

    [Fact]
    public async Task ATotalThatSkipsTheRoundingHelperIsPassedThroughIt()
    {
        var task = await RepairAsync("till.py", """
            def _cents(amount):
                return round(amount * 100)


            def total_cents(prices):
                total = sum(prices)
                return total

            """, """
            from till import total_cents


            def test_prices_add_up_to_whole_cents():
                assert total_cents([1.10, 2.20]) == 330


            def test_an_empty_basket_costs_nothing():
                assert total_cents([]) == 0

            """, "total_cents([1.10, 2.20]) returns 3.3000000000000003 instead of 330");

        Assert.Contains("_cents(", task.Fix.Diff.Split('\n').Single(l => l.StartsWith("+ ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ARawReadingUsedWhereItsConversionWasMeantBecomesTheConvertedValue()
    {
        var task = await RepairAsync("weather.py", """
            from dataclasses import dataclass


            @dataclass
            class Reading:
                station: str
                value: float
                unit: str


            def to_celsius(value, unit):
                if unit == "F":
                    return (value - 32) * 5 / 9, "C"
                return value, "C"


            def highest_by_station(readings):
                highest = {}
                for reading in readings:
                    celsius, _ = to_celsius(reading.value, reading.unit)
                    highest[reading.station] = max(highest.get(reading.station, -1000.0), reading.value)
                return highest

            """, """
            from weather import Reading, highest_by_station


            def test_fahrenheit_readings_are_compared_in_celsius():
                readings = [Reading("north", 50.0, "F"), Reading("north", 5.0, "C")]
                assert highest_by_station(readings) == {"north": 10.0}


            def test_each_station_keeps_its_own_highest():
                readings = [Reading("north", 3.0, "C"), Reading("south", 7.0, "C"), Reading("north", 4.0, "C")]
                assert highest_by_station(readings) == {"north": 4.0, "south": 7.0}

            """, "highest_by_station gives 50.0 for a station whose readings are 50 °F and 5 °C; 50 °F is 10 °C, so it should be 10.0");

        Assert.Contains("+        highest[reading.station] = max(highest.get(reading.station, -1000.0), celsius)\n", task.Fix.Diff);
    }

    /// <summary>Submits a repository of one module and its tests, and returns the task once it completed with a fix of the module alone.</summary>
    private async Task<AsaTask> RepairAsync(string module, string code, string tests, string bug)
    {
        var task = await stack.RepairPythonAsync(
            new Dictionary<string, string> { ["conftest.py"] = "", [module] = code, ["tests/test_" + module] = tests }, bug, RepairTimeout, output);
        Assert.Equal([module], task.Fix.ChangedFiles);
        return task;
    }
}
