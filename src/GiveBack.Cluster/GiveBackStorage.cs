namespace GiveBack.Cluster;

/// <summary>Names of the grain storage providers that <see cref="GiveBackClusterSiloBuilderExtensions"/> registers.</summary>
public static class GiveBackStorage
{
    /// <summary>
    /// The product's grain storage: <c>[PersistentState("donor", GiveBackStorage.Name)]</c>. It is the same
    /// PostgreSQL table as the default provider; naming it keeps grains independent of what "Default" means.
    /// </summary>
    public const string Name = "giveback";
}
