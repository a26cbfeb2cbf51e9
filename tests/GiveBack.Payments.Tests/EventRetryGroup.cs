namespace GiveBack.Payments.Tests;

/// <summary>Its own host: the fast retry schedule and the fallback must not change how the other suites' events go.</summary>
[CollectionDefinition(Name)]
public sealed class EventRetryGroup : ICollectionFixture<EventRetryFixture>
{
    public const string Name = "Stripe event retries";
}
