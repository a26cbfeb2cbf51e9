namespace GiveBack.Cluster.Tests.Support;

/// <summary>
/// Every OrleansQuery key the 10.4.2 providers load, written down here independently of the product's
/// SQL so that a dropped or misspelt key fails a test instead of a silo start in production. The
/// clustering and reminders providers refuse to start without any of theirs; persistence needs the
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

    public static readonly IReadOnlyList<string> Reminders =
    [
        "UpsertReminderRowKey",
        "ReadReminderRowsKey",
        "ReadReminderRowKey",
        "ReadRangeRows1Key",
        "ReadRangeRows2Key",
        "DeleteReminderRowKey",
        "DeleteReminderRowsKey",
    ];

    public static IEnumerable<string> All => Clustering.Concat(Persistence).Concat(Reminders);
}
