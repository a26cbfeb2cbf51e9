using GiveBack.Domain.Batching;
using GiveBack.Giving.Gifts;
using GiveBack.GivingDays.Calendar;
using GiveBack.GivingDays.Eligibility;
using GiveBack.Ledger.Gifts;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GiveBack.GivingDays.Days;

/// <summary>
/// Keeps <see cref="GivingDayGiftRecord"/> for each gift to a campaign that has a giving day. Idempotent (one row per
/// gift, a replay inserts nothing), and nothing for campaigns without a day. A reversal needs no row: every reader
/// joins <c>standing_gifts</c>, where a reversed gift no longer is.
/// </summary>
/// <remarks>
/// A giving day's gifts arrive together, so their rows are written together: one statement for what arrived while
/// the previous one was being written (<see cref="GroupCommitter{TItem, TResult}"/>), as the ledger writes the gifts
/// themselves. Each gift's hook returns once the statement holding its row has committed.
/// </remarks>
public sealed class GivingDayGiftRecorder : IGiftBookedHook
{
    private const int MaxRows = 256;
    private const int StatementsInFlight = 2;

    private readonly IDbContextFactory<GivingDaysDbContext> _contexts;
    private readonly GivingDayStore _days;
    private readonly CampaignTermsCache<GivingDayRecord> _terms;
    private readonly GroupCommitter<LedgerEntry, bool> _rows;

    public GivingDayGiftRecorder(IDbContextFactory<GivingDaysDbContext> contexts, GivingDayStore days, CampaignTermsCache<GivingDayRecord> terms)
    {
        _contexts = contexts;
        _days = days;
        _terms = terms;
        // A statement the database refuses is written again row by row, so one refused row fails only its own gift.
        _rows = new GroupCommitter<LedgerEntry, bool>(
            WriteAsync, MaxRows, StatementsInFlight, new RefusedBatchFallback<LedgerEntry, bool>(e => e is PostgresException, WriteAloneAsync));
    }

    public async Task OnBookedAsync(LedgerEntry entry, GiftRecorder recorder, CancellationToken cancellationToken)
    {
        // Whether the campaign has a day is read at most once a second: a campaign without one costs no statement.
        if (entry.Kind != LedgerEntryKinds.Gift || (await _terms.GetAsync(entry.CampaignId, DayOfAsync)).Count == 0)
        {
            return;
        }

        await _rows.SubmitAsync(entry);
    }

    private async Task WriteAsync(IReadOnlyList<Submission<LedgerEntry, bool>> batch)
    {
        await InsertAsync([.. batch.Select(s => s.Item)]);
        foreach (var submission in batch)
        {
            submission.Complete(true);
        }
    }

    private async Task<bool> WriteAloneAsync(LedgerEntry gift)
    {
        await InsertAsync([gift]);
        return true;
    }

    private async Task InsertAsync(LedgerEntry[] gifts)
    {
        var ids = gifts.Select(g => g.Id).ToArray();
        var campaigns = gifts.Select(g => g.CampaignId).ToArray();
        var funds = gifts.Select(g => g.Fund).ToArray();
        var anonymous = gifts.Select(g => g.Anonymous).ToArray();
        var sponsors = gifts.Select(GiftEligibility.IsSponsorGift).ToArray();
        var recordedAt = gifts.Select(g => g.RecordedAt.ToUniversalTime()).ToArray();
        await using var db = await _contexts.CreateDbContextAsync();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO giving_day_gifts (gift_id, campaign_id, fund, anonymous, sponsor, recorded_at)
            SELECT g.gift_id, g.campaign_id, g.fund, g.anonymous, g.sponsor, g.recorded_at
            FROM unnest({ids}, {campaigns}, {funds}::text[], {anonymous}, {sponsors}, {recordedAt})
                AS g(gift_id, campaign_id, fund, anonymous, sponsor, recorded_at)
            WHERE EXISTS (SELECT 1 FROM giving_days d WHERE d.campaign_id = g.campaign_id)
            ON CONFLICT (gift_id) DO NOTHING
            """);
    }

    private async Task<IReadOnlyList<GivingDayRecord>> DayOfAsync(Guid campaignId) =>
        await _days.OfCampaignAsync(campaignId) is { } day ? [day] : [];
}
