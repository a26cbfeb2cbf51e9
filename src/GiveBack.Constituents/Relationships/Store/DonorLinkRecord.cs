namespace GiveBack.Constituents.Relationships.Store;

/// <summary>
/// A link between a donor and another party: a spouse (another donor; one row read both ways, so the link is
/// symmetric by construction) or an employer (an organisation on file as a donor, or only its name).
/// </summary>
public sealed class DonorLinkRecord
{
    public Guid Id { get; init; }

    /// <summary>One of <see cref="LinkKinds"/>.</summary>
    public required string Kind { get; init; }

    public Guid DonorId { get; set; }

    public Guid? RelatedDonorId { get; set; }

    /// <summary>An employer not on file as a donor, by name.</summary>
    public string? EmployerName { get; set; }

    public DateOnly? Since { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
