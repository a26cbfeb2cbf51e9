namespace GiveBack.FunctionalTests.Telemetry;

/// <summary>The telemetry tests share one host that exports its spans to memory and knows a scrape key.</summary>
[CollectionDefinition(Name)]
public sealed class TelemetryTests : ICollectionFixture<TelemetryWorld>
{
    public const string Name = "telemetry";
}
