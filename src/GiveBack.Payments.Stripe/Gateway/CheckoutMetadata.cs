using System.Globalization;

namespace GiveBack.Payments.Stripe.Gateway;

/// <summary>
/// What the giving page asked for, carried on the Checkout Session, its PaymentIntent (one-time) or its Subscription
/// (monthly) as metadata, so the webhook processor can book the gift without any state kept between page and event.
/// The campaign key doubles as the marker of a GiveBack gift: subscription charges' PaymentIntents do not carry it.
/// </summary>
internal static class CheckoutMetadata
{
    public const string CampaignId = "giveback_campaign_id";
    public const string GiftAmount = "giveback_gift_amount";
    public const string FeeCovered = "giveback_fee_covered";
    public const string Fund = "giveback_fund";
    public const string TributeType = "giveback_tribute_type";
    public const string TributeName = "giveback_tribute_name";
    public const string Anonymous = "giveback_anonymous";
    public const string FirstName = "giveback_first_name";
    public const string LastName = "giveback_last_name";
    public const string Email = "giveback_email";
    public const string ClassYear = "giveback_class_year";
    public const string Locale = "giveback_locale";

    /// <summary>The giving page's "keep me informed about news and appeals by e-mail" box: <c>true</c> or <c>false</c>; absent when no page asked.</summary>
    public const string KeepInformed = "giveback_keep_informed";

    /// <summary>The pledge this payment pays toward, e.g. from a reminder's payment link.</summary>
    public const string PledgeId = "giveback_pledge_id";

    /// <summary>The giving-day ambassador whose link brought the donor (set by the page from the link's token, never from the form).</summary>
    public const string AmbassadorId = "giveback_ambassador_id";

    public static Dictionary<string, string> From(CheckoutRequest request)
    {
        var metadata = new Dictionary<string, string>
        {
            [CampaignId] = request.CampaignId.ToString(),
            [GiftAmount] = request.GiftAmount.ToString(CultureInfo.InvariantCulture),
            [FeeCovered] = request.FeeCovered ? "true" : "false",
            [Anonymous] = request.Anonymous ? "true" : "false",
            [FirstName] = request.FirstName,
            [LastName] = request.LastName,
            [Email] = request.Email,
            [Locale] = request.Locale,
        };
        Put(metadata, Fund, request.Fund);
        Put(metadata, TributeType, request.TributeType);
        Put(metadata, TributeName, request.TributeName);
        Put(metadata, ClassYear, request.ClassYear?.ToString(CultureInfo.InvariantCulture));
        Put(metadata, PledgeId, request.PledgeId?.ToString());
        Put(metadata, AmbassadorId, request.AmbassadorId?.ToString());
        Put(metadata, KeepInformed, request.KeepInformed is { } keep ? (keep ? "true" : "false") : null);
        return metadata;
    }

    public static bool IsGiveBackGift(IDictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(CampaignId, out var id) && Guid.TryParse(id, out _);

    public static Guid? Campaign(IDictionary<string, string>? metadata) => Id(metadata, CampaignId);

    public static Guid? Id(IDictionary<string, string>? metadata, string key) =>
        metadata is not null && metadata.TryGetValue(key, out var id) && Guid.TryParse(id, out var parsed) ? parsed : null;

    public static string? Text(IDictionary<string, string>? metadata, string key) =>
        metadata is not null && metadata.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public static bool Flag(IDictionary<string, string>? metadata, string key) => Text(metadata, key) == "true";

    public static int? Number(IDictionary<string, string>? metadata, string key) =>
        int.TryParse(Text(metadata, key), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static void Put(Dictionary<string, string> metadata, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            metadata[key] = value;
        }
    }
}
