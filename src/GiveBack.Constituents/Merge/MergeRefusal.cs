namespace GiveBack.Constituents.Merge;

/// <summary>Why a merge (or its preview) cannot be done; <see cref="None"/> when it can.</summary>
public enum MergeRefusal
{
    None,
    SameDonor,
    UnknownSurvivor,
    UnknownMergedDonor,
    AlreadyMerged,
    SurvivorMerged,
}
