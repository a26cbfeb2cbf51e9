namespace GiveBack.Payments.Stripe.Processing;

/// <summary>The campaign a payment is booked to, and why when it is not the donor's own or needs staff.</summary>
internal sealed record CampaignRoute(Guid CampaignId, string? Note, bool NeedsAttention);
