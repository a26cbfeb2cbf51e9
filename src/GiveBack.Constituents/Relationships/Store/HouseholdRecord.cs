namespace GiveBack.Constituents.Relationships.Store;

/// <summary>
/// A household: people giving together, addressed together. Its salutation ("Mr and Mrs Smith", "Alex and Sam Smith")
/// is what a joint letter or statement opens with; the joint giving is derived from its members, never stored.
/// </summary>
public sealed class HouseholdRecord
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    /// <summary>How the household is addressed; null when an erasure removed the name it held.</summary>
    public string? Salutation { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
