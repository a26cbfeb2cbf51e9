namespace GiveBack.Constituents.Erasure;

/// <summary>What <c>POST /api/v1/donors/{id}/erasure</c> answers: when it was asked and done, and what each module erased.</summary>
public sealed record DonorErasureResponse(
    Guid DonorId, string RequestedBy, DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt, IReadOnlyList<string> Steps)
{
    public static DonorErasureResponse From(DonorErasureRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.DonorId, record.RequestedBy, record.RequestedAt, record.CompletedAt,
            record.Steps.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
