using ChessLadder;

public static class LadderHeldBackTests
{
    public static void UpsetMovesBothEstablishedPlayersByTheSameAmount()
    {
        var ladder = new Ladder();
        ladder.Join("Carla", 1600, 40);
        ladder.Join("Dev", 1400, 40);
        ladder.Record("Carla", "Dev", GameResult.BlackWins);
        Assert.Near(1584.81, ladder["Carla"].Rating);
        Assert.Near(1415.19, ladder["Dev"].Rating);
    }

    public static void DrawAgainstAStrongerPlayer()
    {
        var ladder = new Ladder();
        ladder.Join("Newcomer");
        ladder.Join("Veteran", 1700, 120);
        ladder.Record("Newcomer", "Veteran", GameResult.Draw);
        Assert.Near(1510.39, ladder["Newcomer"].Rating);
        Assert.Near(1694.81, ladder["Veteran"].Rating);
    }

    public static void MasterWithBlackBarelyMoves()
    {
        var ladder = new Ladder();
        ladder.Join("Club", 2050, 100);
        ladder.Join("Master", 2450, 100);
        ladder.Record("Club", "Master", GameResult.BlackWins);
        Assert.Near(2048.18, ladder["Club"].Rating);
        Assert.Near(2450.91, ladder["Master"].Rating);
    }

    public static void RatingPointsAreOnlyPassedAroundBetweenEstablishedPlayers()
    {
        var ladder = new Ladder();
        ladder.Join("Ana", 1720, 50);
        ladder.Join("Ben", 1610, 50);
        ladder.Join("Cleo", 1480, 50);
        ladder.Join("Dan", 1390, 50);
        ladder.Record("Ana", "Ben", GameResult.Draw);
        ladder.Record("Cleo", "Ana", GameResult.WhiteWins);
        ladder.Record("Ben", "Dan", GameResult.BlackWins);
        ladder.Record("Dan", "Cleo", GameResult.Draw);
        var total = new[] { "Ana", "Ben", "Cleo", "Dan" }.Sum(name => ladder[name].Rating);
        Assert.Near(6200, total, 1e-6);
        Assert.SequenceEqual([1701, 1597, 1493, 1408], ladder.Standings().Select(s => s.Rating));
    }

    public static void ProvisionalPeriodEndsAfterThirtyGames()
    {
        var ladder = new Ladder();
        var ana = ladder.Join("Ana", 1500, 29);
        ladder.Join("Ben", 1500, 29);
        Assert.Equal(40.0, Elo.KFactor(ana));
        ladder.Record("Ana", "Ben", GameResult.BlackWins);
        Assert.Equal(30, ana.GamesPlayed);
        Assert.Equal(20.0, Elo.KFactor(ana));
        Assert.Near(1480, ana.Rating);
    }
}
