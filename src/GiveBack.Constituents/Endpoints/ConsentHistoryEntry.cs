using GiveBack.Ledger.Consent;

namespace GiveBack.Constituents.Endpoints;

/// <summary>One recorded answer, as it was given.</summary>
public sealed record ConsentHistoryEntry(long Id, string Channel, string Purpose, bool Granted, string Source, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static ConsentHistoryEntry From(DonorConsentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.Channel, record.Purpose, record.Granted, record.Source, record.RecordedBy, record.RecordedAt);
    }
}
