namespace GiveBack.Domain.Idempotency;

/// <summary>
/// The prefixes of the idempotency keys GiveBack makes itself: Stripe bookings and reversals (<c>stripe:…</c>, by
/// <c>PaymentGrain</c>), reversals sent without a key (<c>reversal:…</c>), the demo seed (<c>demo-gift-…</c>,
/// <c>demo:complete</c>), a sponsor's matching gifts (<c>match:…</c>, by <c>GiftMatcher</c>) and a sponsor's gift
/// when a challenge unlocks (<c>challenge:…</c>, by <c>ChallengeTracker</c>). They live in
/// <see cref="ScopedKey.SystemScope"/>; a client key may not start with one, so no client can answer for, or block, a
/// booking the product makes.
/// </summary>
public static class SystemKeys
{
    public const string Stripe = "stripe:";
    public const string Reversal = "reversal:";
    public const string Demo = "demo:";
    public const string DemoGift = "demo-gift-";
    public const string Match = "match:";
    public const string Challenge = "challenge:";

    public static IReadOnlyList<string> ReservedPrefixes { get; } = [Stripe, Reversal, Demo, DemoGift, Match, Challenge];

    public static bool IsReserved(string key) =>
        ReservedPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
