namespace GiveBack.FunctionalTests.Support;

[CollectionDefinition(Name)]
public sealed class ApiTests : ICollectionFixture<ServerFixture>
{
    public const string Name = "api";
}
