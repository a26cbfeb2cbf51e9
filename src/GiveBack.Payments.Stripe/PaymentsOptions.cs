namespace GiveBack.Payments.Stripe;

/// <summary>What online giving does with money it cannot book the obvious way.</summary>
public sealed class PaymentsOptions
{
    public const string SectionName = "Payments";

    /// <summary>
    /// The campaign (slug or id) that takes a monthly gift's payment received outside its own campaign's dates, when
    /// this one is open on that day and in the same currency. Empty: the payment is booked to its own campaign and
    /// flagged for staff (<c>GET /api/v1/recurring-gifts?needsAttention=true</c>).
    /// </summary>
    public string? ClosedCampaignFallback { get; set; }
}
