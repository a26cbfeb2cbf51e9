namespace GiveBack.Plugins.Tests.Conformance;

[CollectionDefinition(Name)]
public sealed class ConformanceGroup : ICollectionFixture<ConformanceFixture>
{
    public const string Name = "First-party plugins against the conformance kit";
}
