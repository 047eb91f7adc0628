using Asa.Api.Access;

namespace Asa.Tests.Unit;

public sealed class ApiKeyTests
{
    [Fact]
    public void ANewKeyParsesBackToItsIdAndMatchesOnlyItsOwnHash()
    {
        var (id, key, hash) = ApiKey.New();
        var (_, other, otherHash) = ApiKey.New();

        Assert.True(ApiKey.TryParse(key, out var parsedId, out var secret));
        Assert.Equal(id, parsedId);
        Assert.True(ApiKey.Matches(secret, hash));
        Assert.False(ApiKey.Matches(secret, otherHash));
        Assert.NotEqual(key, other);
        // The stored hash is not the secret in any encoding a log could show.
        Assert.DoesNotContain(secret, Convert.ToBase64String(hash) + Convert.ToHexString(hash), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("asa_")]
    [InlineData("key_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("asa_0123456789AB_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("asa_0123456789ab-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("asa_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void MalformedKeysDoNotParse(string presented) =>
        Assert.False(ApiKey.TryParse(presented, out _, out _));
}
