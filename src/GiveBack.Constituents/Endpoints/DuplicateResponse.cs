using GiveBack.Ledger.Donors;

namespace GiveBack.Constituents.Endpoints;

/// <summary>
/// A suggested duplicate: <c>donorIds</c> (the donor on file first, then the later one), <c>score</c> (0–1),
/// <c>reasons</c>, <c>status</c> (<c>open</c>, <c>dismissed</c>, <c>merged</c>) and, for display, <c>donors</c> (those
/// of the two still on file, in the order of <c>donorIds</c>).
/// </summary>
public sealed record DuplicateResponse(
    long Id, IReadOnlyList<Guid> DonorIds, double Score, IReadOnlyList<string> Reasons, string Status, IReadOnlyList<DuplicateDonor> Donors, DateTimeOffset CreatedAt)
{
    public static DuplicateResponse From(PossibleDuplicateRecord record, IReadOnlyDictionary<Guid, DonorRecord> donors)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(donors);
        Guid[] ids = [record.DonorId, record.DuplicateDonorId];
        return new DuplicateResponse(
            record.Id,
            ids,
            record.Score,
            record.Reasons,
            record.Status,
            [.. ids.Select(donors.GetValueOrDefault).OfType<DonorRecord>().Select(d => new DuplicateDonor(d.Id, d.FirstName, d.LastName, d.Email, d.ClassYear))],
            record.CreatedAt);
    }
}
