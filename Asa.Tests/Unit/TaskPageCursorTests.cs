using Asa.Api.Tasks;

namespace Asa.Tests.Unit;

public sealed class TaskPageCursorTests
{
    [Fact]
    public void PageTokenRoundTripsTheCursor()
    {
        var cursor = new TaskPageCursor(new DateTime(2026, 11, 26, 6, 30, 1, 123, DateTimeKind.Utc), Guid.CreateVersion7());

        Assert.True(TaskPageCursor.TryParse(cursor.ToToken(), out var parsed));

        Assert.Equal(cursor, parsed);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAA")]
    [InlineData("!!!!")]
    public void PageTokenRejectsAnythingItDidNotMake(string token)
    {
        Assert.False(TaskPageCursor.TryParse(token, out _));
    }
}
