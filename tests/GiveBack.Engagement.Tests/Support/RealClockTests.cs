namespace GiveBack.Engagement.Tests.Support;

[CollectionDefinition(Name)]
public sealed class RealClockTests : ICollectionFixture<RealClockServerFixture>
{
    public const string Name = "real-clock";
}
