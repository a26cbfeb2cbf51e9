using GiveBack.Domain.Giving;

namespace GiveBack.Constituents.Merge;

/// <summary>
/// What a merge would do: how many records of each kind move from the merged donor to the survivor (gifts,
/// pledges, recurringGifts, activities, moves, talent, externalIds, consents), both donors as they are, and the
/// survivor's giving summary after the merge (computed from both donors' ledger facts).
/// </summary>
public sealed record MergePreview(
    Guid SurvivorId,
    Guid MergedDonorId,
    IReadOnlyDictionary<string, int> Moves,
    MergeSide Survivor,
    MergeSide Merged,
    GivingSummary SurvivorAfter);
