using ChessLadder;

public static class LadderTests
{
    public static void NewMemberStartsProvisionalAt1500()
    {
        var ladder = new Ladder();
        var ana = ladder.Join("Ana");
        Assert.Equal(1500.0, ana.Rating);
        Assert.Equal(40.0, Elo.KFactor(ana));
    }

    public static void WinBetweenNewcomers()
    {
        var ladder = new Ladder();
        ladder.Join("Ana");
        ladder.Join("Ben");
        ladder.Record("Ana", "Ben", GameResult.WhiteWins);
        Assert.Near(1520, ladder["Ana"].Rating);
        Assert.Near(1480, ladder["Ben"].Rating);
        Assert.Equal(1, ladder["ana"].Wins);
        Assert.Equal(1, ladder["ben"].Losses);
    }

    public static void DrawBetweenEqualPlayersChangesNothing()
    {
        var ladder = new Ladder();
        ladder.Join("Ana", 1650, 45);
        ladder.Join("Ben", 1650, 12);
        ladder.Record("Ben", "Ana", GameResult.Draw);
        Assert.Near(1650, ladder["Ana"].Rating);
        Assert.Near(1650, ladder["Ben"].Rating);
        Assert.Equal(0.5, ladder["Ana"].Points);
    }

    public static void FavouriteWinsAndGainsLittle()
    {
        var ladder = new Ladder();
        ladder.Join("Carla", 1600, 40);
        ladder.Join("Dev", 1400, 40);
        ladder.Record("Carla", "Dev", GameResult.WhiteWins);
        Assert.Near(1604.81, ladder["Carla"].Rating);
        Assert.Near(1395.19, ladder["Dev"].Rating);
    }

    public static void StandingsShareAPlaceOnEqualRatingAndPoints()
    {
        var ladder = new Ladder();
        foreach (var name in new[] { "Dan", "Cleo", "Ben", "Ana" }) ladder.Join(name);
        ladder.Record("Ana", "Ben", GameResult.WhiteWins);
        ladder.Record("Dan", "Cleo", GameResult.Draw);
        Assert.SequenceEqual(
            [new Standing(1, "Ana", 1520, 1, 1), new Standing(2, "Cleo", 1500, 0.5, 1), new Standing(2, "Dan", 1500, 0.5, 1), new Standing(4, "Ben", 1480, 0, 1)],
            ladder.Standings());
    }

    public static void GamesNeedTwoKnownPlayers()
    {
        var ladder = new Ladder();
        ladder.Join("Ana");
        Assert.Throws<KeyNotFoundException>(() => ladder.Record("Ana", "Zoe", GameResult.Draw));
        Assert.Throws<ArgumentException>(() => ladder.Record("Ana", "ANA", GameResult.Draw));
        Assert.Throws<InvalidOperationException>(() => ladder.Join(" ana "));
    }
}
