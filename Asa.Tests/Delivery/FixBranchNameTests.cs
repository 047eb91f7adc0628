using Asa.Worker.Delivery;
using LibGit2Sharp;

namespace Asa.Tests.Delivery;

public sealed class FixBranchNameTests
{
    private static readonly Guid TaskId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void TheNameIsTheAsaPrefixTheTaskIdAndASlugOfTheDescription()
    {
        Assert.Equal("asa/0f8fad5b-d9cb-469f-a165-70867728950e-add-returns-the-difference", FixBranchName.For(TaskId, "add() returns the difference"));
    }

    [Fact]
    public void TheSlugIsLowerCaseAsciiWithSingleDashesBetweenWords()
    {
        var name = FixBranchName.For(TaskId, "  Crash in Überweisung: NULL amount!! ");

        Assert.Equal($"asa/{TaskId}-crash-in-berweisung-null-amount", name);
        Assert.True(Reference.IsValidName($"refs/heads/{name}"));
    }

    [Fact]
    public void ALongDescriptionIsCutAtTheEndOfAWordWithinFortyCharacters()
    {
        var name = FixBranchName.For(TaskId, "Fix NullReferenceException in Parser.Parse() when the input is empty");

        Assert.Equal($"asa/{TaskId}-fix-nullreferenceexception-in-parser", name);
    }

    [Fact]
    public void ADescriptionOfFortyCharactersEndingAtAWordIsKeptWhole()
    {
        var fortyCharacters = "the totals are wrong for every refund ok";

        Assert.Equal($"asa/{TaskId}-{fortyCharacters.Replace(' ', '-')}", FixBranchName.For(TaskId, fortyCharacters + " and more"));
    }

    [Fact]
    public void AWordLongerThanTheLimitIsCutAtFortyCharacters()
    {
        var name = FixBranchName.For(TaskId, new string('x', 60));

        Assert.Equal($"asa/{TaskId}-{new string('x', 40)}", name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  !!! ")]
    [InlineData("Ошибка в расчёте")]
    public void ADescriptionWithoutAsciiLettersOrDigitsGivesJustTheTaskId(string description)
    {
        Assert.Equal($"asa/{TaskId}", FixBranchName.For(TaskId, description));
    }

    [Fact]
    public void ATakenNameGetsANumberedSuffixFromTwoOn()
    {
        Assert.Equal(["asa/x", "asa/x-2", "asa/x-3"], new[] { 1, 2, 3 }.Select(attempt => FixBranchName.WithSuffix("asa/x", attempt)));
    }
}
