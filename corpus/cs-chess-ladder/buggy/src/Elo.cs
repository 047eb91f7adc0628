namespace ChessLadder;

/// <summary>The Elo rating formulas the club uses, with FIDE's development coefficients.</summary>
public static class Elo
{
    public const double StartingRating = 1500;

    /// <summary>A player is provisional for their first 30 rated games and moves faster while they are.</summary>
    public const int ProvisionalGames = 30;

    /// <summary>The score a player rated <paramref name="rating"/> is expected to make against one rated <paramref name="opponent"/>.</summary>
    public static double ExpectedScore(double rating, double opponent) =>
        1.0 / (1.0 + Math.Pow(10, (opponent - rating) / 400.0));

    /// <summary>How far one game can move a player's rating.</summary>
    public static double KFactor(Player player) => player switch
    {
        { GamesPlayed: < ProvisionalGames } => 40,
        { Rating: >= 2400 } => 10,
        _ => 20,
    };
}
