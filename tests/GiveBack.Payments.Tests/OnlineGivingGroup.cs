namespace GiveBack.Payments.Tests;

/// <summary>All classes share one host and one emulator and run one after the other (one silo is plenty for 2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class OnlineGivingGroup : ICollectionFixture<OnlineGivingFixture>
{
    public const string Name = "Online giving";
}
