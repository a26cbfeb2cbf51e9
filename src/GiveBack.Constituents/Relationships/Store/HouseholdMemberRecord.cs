namespace GiveBack.Constituents.Relationships.Store;

/// <summary>A donor's membership of a household: keyed by the donor, so a donor belongs to at most one household.</summary>
public sealed class HouseholdMemberRecord
{
    public Guid DonorId { get; set; }

    public Guid HouseholdId { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}
