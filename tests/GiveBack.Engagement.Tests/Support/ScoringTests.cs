namespace GiveBack.Engagement.Tests.Support;

/// <summary>The classes that share one fake-clock host: they run one after another, each with its own donors.</summary>
[CollectionDefinition(Name)]
public sealed class ScoringTests : ICollectionFixture<ScoringServerFixture>
{
    public const string Name = "scoring";
}
