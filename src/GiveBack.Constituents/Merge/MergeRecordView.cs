namespace GiveBack.Constituents.Merge;

/// <summary>A merge done: who merged which donor into which, when, and what moved (counts by kind).</summary>
public sealed record MergeRecordView(
    Guid SurvivorId, Guid MergedDonorId, DateTimeOffset MergedAt, string MergedBy, IReadOnlyDictionary<string, int> Moved, MergeSide Survivor);
