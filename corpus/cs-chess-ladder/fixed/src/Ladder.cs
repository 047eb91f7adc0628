namespace ChessLadder;

public enum GameResult { WhiteWins, Draw, BlackWins }

public sealed class Player(string name, double rating, int gamesPlayed)
{
    public string Name { get; } = name;
    public double Rating { get; internal set; } = rating;
    public int GamesPlayed { get; internal set; } = gamesPlayed;
    public int Wins { get; internal set; }
    public int Draws { get; internal set; }
    public int Losses { get; internal set; }

    /// <summary>Points this season: 1 for a win, ½ for a draw.</summary>
    public double Points => Wins + Draws / 2.0;
}

public sealed record Standing(int Place, string Name, int Rating, double Points, int Games);

/// <summary>The club's rating ladder: members join, their games are recorded, and the standings are posted.</summary>
public sealed class Ladder
{
    private readonly Dictionary<string, Player> players = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a member; one who brings a rating from elsewhere keeps it, along with their rated games.</summary>
    public Player Join(string name, double rating = Elo.StartingRating, int gamesPlayed = 0)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("a player needs a name", nameof(name));
        ArgumentOutOfRangeException.ThrowIfNegative(gamesPlayed);
        var player = new Player(name.Trim(), rating, gamesPlayed);
        if (!players.TryAdd(player.Name, player)) throw new InvalidOperationException($"{player.Name} has already joined");
        return player;
    }

    public Player this[string name] =>
        players.TryGetValue(name, out var player) ? player : throw new KeyNotFoundException($"no player called {name}");

    public void Record(string white, string black, GameResult result)
    {
        var w = this[white];
        var b = this[black];
        if (ReferenceEquals(w, b)) throw new ArgumentException($"{w.Name} cannot play against themselves");

        var whiteScore = result switch
        {
            GameResult.WhiteWins => 1.0,
            GameResult.Draw => 0.5,
            GameResult.BlackWins => 0.0,
            _ => throw new ArgumentOutOfRangeException(nameof(result)),
        };
        var blackScore = 1.0 - whiteScore;

        var whiteExpected = Elo.ExpectedScore(w.Rating, b.Rating);
        var blackExpected = Elo.ExpectedScore(b.Rating, w.Rating);
        var whiteK = Elo.KFactor(w);
        var blackK = Elo.KFactor(b);

        w.Rating += whiteK * (whiteScore - whiteExpected);
        b.Rating += blackK * (blackScore - blackExpected);

        Tally(w, whiteScore);
        Tally(b, blackScore);
    }

    private static void Tally(Player player, double score)
    {
        player.GamesPlayed++;
        switch (score)
        {
            case 1.0: player.Wins++; break;
            case 0.0: player.Losses++; break;
            default: player.Draws++; break;
        }
    }

    /// <summary>Highest rating first; equal (rounded) ratings by points, then by name. Equal ratings and points share a place.</summary>
    public IReadOnlyList<Standing> Standings()
    {
        var ordered = players.Values
            .OrderByDescending(p => Math.Round(p.Rating))
            .ThenByDescending(p => p.Points)
            .ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var standings = new List<Standing>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var p = ordered[i];
            var rating = (int)Math.Round(p.Rating);
            var place = i > 0 && standings[i - 1].Rating == rating && standings[i - 1].Points == p.Points
                ? standings[i - 1].Place
                : i + 1;
            standings.Add(new Standing(place, p.Name, rating, p.Points, p.GamesPlayed));
        }
        return standings;
    }
}
