namespace GiveBack.Constituents.Audit;

/// <summary>
/// One staff read or write of personal data (<c>audit_entries</c>, append-only): who, when, what, and for a write the
/// donor's details before and after. Kept in the module that answers for personal data, so the log outlives any page or
/// endpoint that wrote it.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The signed-in person's e-mail, or the API key's name.</summary>
    public required string Actor { get; init; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The donor whose data was read or written; null for a list or a whole export.</summary>
    public Guid? DonorId { get; init; }

    /// <summary>What was done, as the actor saw it: the API route (<c>GET /api/v1/donors/{id}</c>) or the page.</summary>
    public required string What { get; init; }

    /// <summary>The donor's details before a write, as JSON; null for a read.</summary>
    public string? Before { get; init; }

    /// <summary>The donor's details after a write, as JSON; null for a read.</summary>
    public string? After { get; init; }
}
