using Asa.Tests.Infrastructure;

namespace Asa.Tests.Cli;

/// <summary>One ASA stack shared by the command line's test classes; they run one after another, each test as its own user.</summary>
[CollectionDefinition(Name)]
public sealed class CliStack : ICollectionFixture<AsaStack>
{
    public const string Name = "asa command line against one stack";
}
