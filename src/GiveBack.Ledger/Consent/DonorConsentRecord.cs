namespace GiveBack.Ledger.Consent;

/// <summary>
/// One answer a donor gave about being contacted on a channel for a purpose. Rows are only ever added: the latest row
/// for a (donor, channel, purpose) is the donor's answer now, the earlier ones are the audit of how it came to be.
/// </summary>
public sealed class DonorConsentRecord
{
    public long Id { get; init; }

    public Guid DonorId { get; set; }

    /// <summary>An outreach channel id as plugins name it: <c>email</c>, <c>sms</c>…</summary>
    public required string Channel { get; init; }

    /// <summary>One of <c>ConsentPurposes.Recordable</c>: <c>appeals</c>, <c>news</c>, <c>events</c>.</summary>
    public required string Purpose { get; init; }

    /// <summary>True: the donor agreed; false: they withdrew, or said no when asked.</summary>
    public bool Granted { get; init; }

    /// <summary>One of <c>ConsentSources.Recorded</c>: <c>giving-page</c>, <c>staff</c>, <c>import</c>, <c>api</c>, <c>donor-link</c>.</summary>
    public required string Source { get; init; }

    /// <summary>
    /// Who or what recorded it: the staff member or API key, or the payment (<c>stripe:pi_…</c>) whose giving page
    /// asked. Together with the source it is the evidence of the answer.
    /// </summary>
    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
