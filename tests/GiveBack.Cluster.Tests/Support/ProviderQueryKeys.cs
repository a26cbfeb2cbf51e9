namespace GiveBack.Cluster.Tests.Support;

/// <summary>
/// Every OrleansQuery key the 10.4.2 providers load, written down here independently of the product's
/// SQL so that a dropped or misspelt key fails a test instead of a silo start in production. The
/// clustering provider refuses to start without any of its own; persistence needs the
/// first three and DeleteStorageKey when DeleteStateOnClear is on.
/// </summary>
public static class ProviderQueryKeys
{
    public static readonly IReadOnlyList<string> Clustering =
    [
        "InsertMembershipVersionKey",
        "InsertMembershipKey",
        "UpdateMembershipKey",
        "UpdateIAmAlivetimeKey",
        "MembershipReadRowKey",
        "MembershipReadAllKey",
        "DeleteMembershipTableEntriesKey",
        "GatewaysQueryKey",
        "CleanupDefunctSiloEntriesKey",
    ];

    public static readonly IReadOnlyList<string> Persistence =
    [
        "ReadFromStorageKey",
        "WriteToStorageKey",
        "ClearStorageKey",
        "DeleteStorageKey",
    ];

    public static IEnumerable<string> All => Clustering.Concat(Persistence);
}
