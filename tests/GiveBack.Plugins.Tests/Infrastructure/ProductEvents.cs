using GiveBack.Domain.Idempotency;
using GiveBack.Ledger;
using GiveBack.Ledger.Campaigns;
using GiveBack.Ledger.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Outbox;
using GiveBack.Pledges.Store;
using GiveBack.Plugins.Abstractions.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Plugins.Tests.Infrastructure;

/// <summary>
/// Makes outbox events the way the product does: through its real producers (the gift ledger, the donor directory,
/// the pledge store) writing the product's real schema. Each call returns the outbox id of the event it produced, which
/// is the delivery id a plugin sees.
/// </summary>
public sealed class ProductEvents(IServiceProvider services)
{
    public static readonly DateOnly GiftDate = new(2026, 11, 3);

    public const string CampaignName = "Giving Day 2026";

    private readonly Guid _campaignId = Guid.NewGuid();
    private bool _campaignSaved;

    public Guid CampaignId => _campaignId;

    public async Task<long> DonorAsync(
        Guid donor, string first = "Ada", string last = "Lovelace", string? email = "ada@example.org", string language = "en", bool emailOptOut = false)
    {
        var now = DateTimeOffset.UtcNow;
        await services.GetRequiredService<DonorDirectory>().SaveAsync(new DonorRecord
        {
            Id = donor,
            FirstName = first,
            LastName = last,
            Email = email,
            ClassYear = 2009,
            EmailOptOut = emailOptOut,
            Language = language,
            CreatedAt = now,
            UpdatedAt = now,
        });
        return await LastOutboxIdAsync(donor, EventTypes.DonorChanged);
    }

    public async Task<(long OutboxId, Guid GiftId)> GiftAsync(Guid donor, long amountMinor = 5_000, string? fund = "Annual Fund")
    {
        var id = Guid.CreateVersion7();
        var key = $"plugin-tests:{id}";
        var write = await services.GetRequiredService<GiftLedger>().RecordGiftAsync(new NewGift(
            id, donor, _campaignId, CampaignName, amountMinor, "USD", GiftDate, "cheque", fund, null, null, false, 2009, key, key));
        Assert.Equal(WriteOutcome.Created, write.Outcome);
        return (await LastOutboxIdAsync(donor, EventTypes.GiftRecorded), id);
    }

    public async Task<long> ReversalAsync(Guid donor, Guid giftId)
    {
        var write = await services.GetRequiredService<GiftLedger>().ReverseAsync(giftId, "bounced", ScopedKey.System($"plugin-tests:reverse:{giftId}"));
        Assert.Equal(WriteOutcome.Created, write.Outcome);
        return await LastOutboxIdAsync(donor, EventTypes.GiftReversed);
    }

    public async Task<long> PledgeAsync(Guid donor)
    {
        await EnsureCampaignAsync();
        var now = DateTimeOffset.UtcNow;
        var pledgeId = Guid.NewGuid();
        await services.GetRequiredService<PledgeStore>().SaveAsync(new PledgeRecord
        {
            Id = pledgeId,
            DonorId = donor,
            CampaignId = _campaignId,
            TotalAmount = 120_000,
            Currency = "USD",
            Frequency = "monthly",
            InstallmentCount = 12,
            FirstDueOn = GiftDate,
            Status = "active",
            BalanceAmount = 120_000,
            CreatedAt = now,
            UpdatedAt = now,
            Installments = [.. Enumerable.Range(1, 12).Select(n => new PledgeInstallmentRecord
            {
                PledgeId = pledgeId, Number = n, DueOn = GiftDate.AddMonths(n - 1), Amount = 10_000, Status = "due",
            })],
        });
        return await LastOutboxIdAsync(donor, EventTypes.PledgeChanged);
    }

    /// <summary>One event of each type a CRM receives, for one donor: profile, gift, reversal, pledge.</summary>
    public async Task<IReadOnlyList<long>> OneOfEachAsync(Guid donor)
    {
        var ids = new List<long> { await DonorAsync(donor) };
        var (giftOutboxId, giftId) = await GiftAsync(donor);
        ids.Add(giftOutboxId);
        ids.Add(await ReversalAsync(donor, giftId));
        ids.Add(await PledgeAsync(donor));
        return ids;
    }

    /// <summary>
    /// A donor event written by the product's outbox writer inside a transaction the caller holds open, to stand for a
    /// slow producer whose outbox id is taken before a faster one's but committed after it.
    /// </summary>
    public async Task<(long OutboxId, IDbContextTransaction Transaction, GiveBackDbContext Context)> HeldOpenDonorEventAsync(Guid donor)
    {
        var db = await services.GetRequiredService<IDbContextFactory<GiveBackDbContext>>().CreateDbContextAsync();
        var transaction = await db.Database.BeginTransactionAsync();
        var message = OutboxEvent.For(
            new DonorChanged(donor, "Slow", "Writer", null, null, null, "en", ["email"], DateTimeOffset.UtcNow, "email"),
            DateTimeOffset.UtcNow);
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        return (message.Id, transaction, db);
    }

    private async Task EnsureCampaignAsync()
    {
        if (_campaignSaved)
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        await services.GetRequiredService<CampaignDirectory>().SaveAsync(new CampaignRecord
        {
            Id = _campaignId,
            Name = CampaignName,
            Slug = $"giving-day-{_campaignId:N}",
            Currency = "USD",
            GoalAmount = 10_000_000,
            StartsOn = GiftDate.AddMonths(-1),
            EndsOn = GiftDate.AddMonths(12),
            CreatedAt = now,
        });
        _campaignSaved = true;
    }

    private async Task<long> LastOutboxIdAsync(Guid donor, string type)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<GiveBackDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.Where(m => m.DonorId == donor && m.Type == type).MaxAsync(m => m.Id);
    }
}
