using GiveBack.Data.Postgres;
using GiveBack.Domain.Idempotency;
using GiveBack.Ledger.Outbox;
using GiveBack.Ledger.Telemetry;
using GiveBack.Plugins.Abstractions.Events;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Gifts;

/// <summary>
/// Books gifts and reversals. Each write is one transaction holding the ledger row and its outbox event; the unique
/// indexes, not a lock, make retries and races exactly-once in effect.
/// </summary>
public sealed class GiftLedger
{
    private const string IdempotencyIndex = "ix_ledger_entries_idempotency_scope_idempotency_key";
    private const string ReversalIndex = "ix_ledger_entries_reverses_entry_id";
    private const string ExternalIdIndex = "ix_ledger_entries_external_id";

    private readonly IDbContextFactory<GiveBackDbContext> _contexts;
    private readonly TimeProvider _clock;
    private readonly GiftGroupCommit _groupCommit;

    public GiftLedger(IDbContextFactory<GiveBackDbContext> contexts, TimeProvider clock)
    {
        _contexts = contexts;
        _clock = clock;
        _groupCommit = new GiftGroupCommit(contexts, WriteAloneAsync, AnswerConflictAsync);
    }

    /// <summary>
    /// Books a gift: its row and its outbox event are written together, with the gifts of concurrent requests
    /// (<see cref="GiftGroupCommit"/>), and the answer comes once they are committed.
    /// </summary>
    public async Task<LedgerWrite> RecordGiftAsync(NewGift gift)
    {
        var now = _clock.GetUtcNow();
        var entry = new LedgerEntry
        {
            Id = gift.Id,
            Kind = LedgerEntryKinds.Gift,
            DonorId = gift.DonorId,
            CampaignId = gift.CampaignId,
            Amount = gift.Amount,
            Currency = gift.Currency,
            ReceivedOn = gift.ReceivedOn,
            RecordedAt = now,
            Method = gift.Method,
            Fund = gift.Fund,
            TributeType = gift.TributeType,
            TributeName = gift.TributeName,
            Anonymous = gift.Anonymous,
            ClassYear = gift.ClassYear,
            IdempotencyKey = gift.IdempotencyKey,
            IdempotencyScope = gift.IdempotencyScope,
            RequestHash = gift.RequestHash,
            Source = gift.Source,
            ExternalId = gift.ExternalId,
            FeeAmount = gift.FeeAmount,
            NetAmount = gift.NetAmount,
            PledgeId = gift.PledgeId,
            AmbassadorId = gift.AmbassadorId,
        };
        var recorded = new GiftRecorded(
            GiftId: entry.Id,
            DonorId: entry.DonorId,
            AmountMinor: entry.Amount,
            Currency: entry.Currency,
            ReceivedAt: new DateTimeOffset(entry.ReceivedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            CampaignId: entry.CampaignId,
            CampaignName: gift.CampaignName,
            Fund: entry.Fund,
            Method: entry.Method,
            PledgeId: entry.PledgeId,
            Recurring: gift.Recurring,
            Source: entry.Source,
            FeeMinor: entry.FeeAmount,
            NetMinor: entry.NetAmount,
            Anonymous: entry.Anonymous,
            RecordedAt: now);

        // Not cancelled with the request: the gift shares its statement with others, and a row once written must
        // reach its grains, which happens only if its request goes on.
        var write = await _groupCommit.WriteAsync(new PendingGift(entry, OutboxEvent.For(recorded, now), gift));
        if (write.Outcome == WriteOutcome.Created)
        {
            GiftMetrics.Record(entry.Currency, entry.Source, entry.Amount);
        }

        return write;
    }

    /// <summary>One gift in its own transaction: the way back for the gifts of a statement the database refused.</summary>
    private async Task<LedgerWrite> WriteAloneAsync(PendingGift pending)
    {
        await using var db = await _contexts.CreateDbContextAsync();
        db.LedgerEntries.Add(pending.Entry);
        db.OutboxMessages.Add(pending.Event);
        try
        {
            await db.SaveChangesAsync();
            return new LedgerWrite(WriteOutcome.Created, pending.Entry);
        }
        catch (DbUpdateException exception) when (
            exception.IsUniqueViolation(IdempotencyIndex) || exception.IsUniqueViolation(ExternalIdIndex))
        {
            return await AnswerConflictAsync(pending);
        }
    }

    /// <summary>
    /// A gift whose row a unique index refused: the row that won the race is committed, or the index would not have
    /// refused ours. The same request gets that row back; another request reusing the key is refused.
    /// </summary>
    private async Task<LedgerWrite> AnswerConflictAsync(PendingGift pending)
    {
        var gift = pending.Gift;
        var existing = await FindExistingAsync(gift.Key, gift.ExternalId, CancellationToken.None)
            ?? throw new InvalidOperationException($"Gift {gift.Id} met a unique index, but no row holds its key or external id.");
        var same = existing.RequestHash == gift.RequestHash || (gift.ExternalId is not null && existing.ExternalId == gift.ExternalId);
        return new LedgerWrite(same ? WriteOutcome.Replayed : WriteOutcome.KeyReused, existing);
    }

    /// <summary>
    /// Reverses a gift. A key used before is answered from the row it made before anything else is looked at: the same
    /// request gets its reversal back, another request reusing the key is refused.
    /// </summary>
    public async Task<LedgerWrite> ReverseAsync(
        Guid giftId, string reason, ScopedKey key, CancellationToken cancellationToken = default)
    {
        var requestHash = RequestHash.Of(new { giftId, reason });
        if (await FindByKeyAsync(key, cancellationToken) is { } stored)
        {
            return LedgerWrite.OfStoredKey(stored, requestHash);
        }

        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var gift = await db.LedgerEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == giftId, cancellationToken);
        if (gift is null)
        {
            return new LedgerWrite(WriteOutcome.NotFound, null);
        }

        if (gift.Kind == LedgerEntryKinds.Reversal)
        {
            return new LedgerWrite(WriteOutcome.ReversalOfReversal, gift);
        }

        var now = _clock.GetUtcNow();
        var reversal = new LedgerEntry
        {
            Id = Guid.CreateVersion7(now),
            Kind = LedgerEntryKinds.Reversal,
            DonorId = gift.DonorId,
            CampaignId = gift.CampaignId,
            Amount = -gift.Amount,
            Currency = gift.Currency,
            ReceivedOn = DateOnly.FromDateTime(now.UtcDateTime),
            RecordedAt = now,
            Method = gift.Method,
            Fund = gift.Fund,
            ClassYear = gift.ClassYear,
            ReversesEntryId = gift.Id,
            Reason = reason,
            IdempotencyKey = key.Value,
            IdempotencyScope = key.Scope,
            RequestHash = requestHash,
            Source = gift.Source,
            PledgeId = gift.PledgeId,
            FeeAmount = gift.FeeAmount is { } fee ? -fee : null,
            NetAmount = gift.NetAmount is { } net ? -net : null,
            AmbassadorId = gift.AmbassadorId,
        };
        db.LedgerEntries.Add(reversal);
        db.OutboxMessages.Add(OutboxEvent.For(
            new GiftReversed(
                GiftId: gift.Id,
                DonorId: gift.DonorId,
                AmountMinor: gift.Amount,
                Currency: gift.Currency,
                ReversedAt: now,
                Reason: reason,
                ReversalId: reversal.Id,
                CampaignId: gift.CampaignId,
                Source: gift.Source),
            now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new LedgerWrite(WriteOutcome.Created, reversal);
        }
        catch (DbUpdateException exception) when (
            exception.IsUniqueViolation(IdempotencyIndex) || exception.IsUniqueViolation(ReversalIndex))
        {
            var byKey = await FindByKeyAsync(key, cancellationToken);
            if (byKey is not null && byKey.RequestHash == reversal.RequestHash)
            {
                return new LedgerWrite(WriteOutcome.Replayed, byKey);
            }

            return exception.IsUniqueViolation(ReversalIndex)
                ? new LedgerWrite(WriteOutcome.AlreadyReversed, gift)
                : new LedgerWrite(WriteOutcome.KeyReused, byKey);
        }
    }

    /// <summary>The row a key made, in its own scope or among the keys stored before keys were scoped.</summary>
    public async Task<LedgerEntry?> FindByKeyAsync(ScopedKey key, CancellationToken cancellationToken = default) =>
        await FindExistingAsync(key, null, cancellationToken);

    private async Task<LedgerEntry?> FindExistingAsync(ScopedKey key, string? externalId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var byKey = db.LedgerEntries.AsNoTracking().Where(LedgerKeys.Matching(key));
        var existing = externalId is null
            ? byKey
            : byKey.Concat(db.LedgerEntries.AsNoTracking().Where(e => e.ExternalId == externalId));
        return await existing.FirstOrDefaultAsync(cancellationToken);
    }
}
