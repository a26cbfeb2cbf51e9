namespace GiveBack.Payments;

/// <summary>
/// A gift the giving page asks the processor to collect. <see cref="ChargedAmount"/> is what the card is charged:
/// <see cref="GiftAmount"/> plus the processing fee when the donor chose to cover it. <see cref="KeepInformed"/> is the
/// answer to the page's "keep me informed about news and appeals by e-mail" box; null when no page asked (a pledge's
/// payment link). <see cref="AmbassadorId"/> is the giving-day ambassador whose link brought the donor to the page.
/// </summary>
public sealed record CheckoutRequest(
    Guid CampaignId,
    string CampaignName,
    string Currency,
    long GiftAmount,
    long ChargedAmount,
    bool FeeCovered,
    bool Monthly,
    string? Fund,
    string? TributeType,
    string? TributeName,
    bool Anonymous,
    string FirstName,
    string LastName,
    string Email,
    int? ClassYear,
    string Locale,
    string SuccessUrl,
    string CancelUrl,
    Guid? PledgeId = null,
    bool? KeepInformed = null,
    Guid? AmbassadorId = null);
