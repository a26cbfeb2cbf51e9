namespace GiveBack.Constituents.Merge;

/// <summary>
/// A merge's answer: done (<see cref="Record"/>) or refused (<see cref="Refusal"/>; for <see cref="MergeRefusal.AlreadyMerged"/>
/// and <see cref="MergeRefusal.SurvivorMerged"/>, <see cref="MergedInto"/> names the donor it went into).
/// </summary>
public sealed record MergeOutcome(MergeRefusal Refusal, Guid? MergedInto = null, MergeRecordView? Record = null);
