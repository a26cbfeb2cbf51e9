using GiveBack.Ledger.Donors;

namespace GiveBack.Giving.Endpoints.Donors;

/// <summary>Two donors who may be one person: <c>donorId</c> was created first, <c>duplicateDonorId</c> later.</summary>
public sealed record PossibleDuplicateResponse(long Id, Guid DonorId, Guid DuplicateDonorId, string Reason, string Status, DateTimeOffset CreatedAt)
{
    public static PossibleDuplicateResponse From(PossibleDuplicateRecord record) => new(
        record.Id, record.DonorId, record.DuplicateDonorId, record.Reason, record.Status, record.CreatedAt);
}
