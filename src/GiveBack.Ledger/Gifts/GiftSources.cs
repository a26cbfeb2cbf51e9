namespace GiveBack.Ledger.Gifts;

/// <summary>Where a ledger row came from; it decides, among other things, who sends the gift's receipt.</summary>
public static class GiftSources
{
    /// <summary>Keyed in by staff (the gifts API, a batch): the offline receipt job receipts and thanks it.</summary>
    public const string Offline = "offline";

    /// <summary>
    /// Brought in from records kept elsewhere (an import, the demo data): already acknowledged where it was given, so
    /// no receipt or thank-you is sent for it.
    /// </summary>
    public const string Import = "import";

    public const string Stripe = "stripe";

    /// <summary>
    /// A sponsor's matching gift, booked by the product for a gift a campaign match covers: the sponsor is receipted
    /// and thanked by the development office for the whole match, not per gift, so no job sends one for each row.
    /// </summary>
    public const string Match = "match";

    /// <summary>
    /// A sponsor's gift booked when a giving day's challenge unlocks (one per challenge): like a match's, receipted and
    /// thanked by the development office for the whole pledge, and never counted toward a challenge or matched.
    /// </summary>
    public const string Challenge = "challenge";
}
