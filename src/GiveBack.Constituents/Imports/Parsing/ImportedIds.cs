using GiveBack.Domain.Identity;

namespace GiveBack.Constituents.Imports.Parsing;

/// <summary>
/// The ids an import gives what a row books when the source's id is not a UUID, derived from the row's key: a re-run
/// finds the same pledge or activity, and a gift naming its pledge by the source's id finds the pledge that row made.
/// </summary>
public static class ImportedIds
{
    public static Guid Pledge(string rowKey) => NameBasedId.From($"import-pledge:{rowKey}");

    public static Guid Activity(string rowKey) => NameBasedId.From($"import-activity:{rowKey}");

    /// <summary>The row key of a pledge named by the source's id in a file read with <paramref name="mapping"/>.</summary>
    public static string PledgeRowKey(string mapping, string pledgeKey) => $"{mapping}:pledge:{pledgeKey}";

    /// <summary>The row key of an activity named by the source's id in a file read with <paramref name="mapping"/>.</summary>
    public static string ActivityRowKey(string mapping, string activityKey) => $"{mapping}:activity:{activityKey}";
}
