using GiveBack.Giving.Gifts;
using GiveBack.GivingDays.Calendar;
using GiveBack.GivingDays.Eligibility;
using GiveBack.Ledger.Gifts;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.GivingDays.Days;

/// <summary>
/// Keeps <see cref="GivingDayGiftRecord"/> for each gift to a campaign that has a giving day. Idempotent (one row per
/// gift, a replay inserts nothing), one statement, and nothing for campaigns without a day. A reversal needs no row:
/// every reader joins <c>standing_gifts</c>, where a reversed gift no longer is.
/// </summary>
public sealed class GivingDayGiftRecorder(IDbContextFactory<GivingDaysDbContext> contexts, GivingDayStore days, CampaignTermsCache<GivingDayRecord> terms) : IGiftBookedHook
{
    public async Task OnBookedAsync(LedgerEntry entry, GiftRecorder recorder, CancellationToken cancellationToken)
    {
        // Whether the campaign has a day is read at most once a second: a campaign without one costs no statement.
        if (entry.Kind != LedgerEntryKinds.Gift || (await terms.GetAsync(entry.CampaignId, DayOfAsync)).Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sponsor = GiftEligibility.IsSponsorGift(entry);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO giving_day_gifts (gift_id, campaign_id, fund, anonymous, sponsor, recorded_at)
            SELECT {entry.Id}, {entry.CampaignId}, {entry.Fund}::text, {entry.Anonymous}, {sponsor}, {entry.RecordedAt.ToUniversalTime()}
            WHERE EXISTS (SELECT 1 FROM giving_days WHERE campaign_id = {entry.CampaignId})
            ON CONFLICT (gift_id) DO NOTHING
            """,
            cancellationToken);
    }

    private async Task<IReadOnlyList<GivingDayRecord>> DayOfAsync(Guid campaignId) =>
        await days.OfCampaignAsync(campaignId) is { } day ? [day] : [];
}
