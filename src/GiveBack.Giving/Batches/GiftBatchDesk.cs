using GiveBack.Domain.Giving;
using GiveBack.Giving.Gifts;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Batches;
using GiveBack.Ledger.Gifts;

namespace GiveBack.Giving.Batches;

/// <summary>
/// Where gift processors key a deposit: open a batch with its control figures, add and remove lines, correct the
/// figures. Nothing here touches the ledger; <see cref="GiftBatchPosting"/> books a batch once it adds up.
/// </summary>
public sealed class GiftBatchDesk(IGrainFactory grains, GiftBatchStore store, LedgerReader ledger, TimeProvider clock)
{
    /// <summary>How far apart two gifts of one donor and amount may be and still look like one cheque keyed twice.</summary>
    public const int DuplicateWindowDays = 30;

    private static readonly GiftMethod[] BatchedMethods = [GiftMethod.Cheque, GiftMethod.Cash, GiftMethod.Wire];

    public static IReadOnlyList<GiftMethod> Methods => BatchedMethods;

    public async Task<(BatchOutcome Outcome, GiftBatchRecord? Batch)> OpenAsync(NewGiftBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (string.IsNullOrWhiteSpace(batch.Name) || batch.Name.Length > 200 || batch.ControlCount <= 0 || batch.ControlTotal <= 0)
        {
            return (BatchOutcome.InvalidFigures, null);
        }

        if (!BatchedMethods.Contains(batch.Method))
        {
            return (BatchOutcome.MethodNotBatched, null);
        }

        var campaign = await grains.GetGrain<ICampaignGrain>(batch.CampaignId).GetDefinitionAsync();
        if (campaign is null)
        {
            return (BatchOutcome.UnknownCampaign, null);
        }

        // The ledger would refuse every line of it at posting time (a gift received after its campaign ended).
        if (batch.DepositOn > campaign.EndsOn)
        {
            return (BatchOutcome.CampaignClosed, null);
        }

        var now = clock.GetUtcNow();
        var record = new GiftBatchRecord
        {
            Id = Guid.CreateVersion7(now),
            Name = batch.Name.Trim(),
            CampaignId = batch.CampaignId,
            Currency = campaign.Currency,
            DepositOn = batch.DepositOn,
            Method = GiftVocabulary.Of(batch.Method),
            ControlCount = batch.ControlCount,
            ControlTotal = batch.ControlTotal,
            Status = GiftBatchStatuses.Open,
            CreatedBy = batch.CreatedBy,
            CreatedAt = now,
        };
        await store.CreateAsync(record, cancellationToken);
        return (BatchOutcome.Done, record);
    }

    /// <summary>Adds a cheque to an open batch and says whether it looks like one already keyed or booked.</summary>
    public async Task<AddedLine> AddLineAsync(
        GiftBatchRecord batch, Guid donorId, long amount, string? reference, string? fund, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (amount <= 0 || reference?.Length > 100 || fund?.Length > 200)
        {
            return new AddedLine(BatchOutcome.InvalidFigures, null, null);
        }

        if (await grains.GetGrain<IDonorGrain>(donorId).GetAsync() is null)
        {
            return new AddedLine(BatchOutcome.UnknownDonor, null, null);
        }

        // Looked up before the line is added, so the line does not find itself.
        var duplicate = await LikelyDuplicateAsync(batch, donorId, amount, cancellationToken);
        var lineNo = await store.AddLineAsync(batch.Id, donorId, amount, Blank(reference), Blank(fund), cancellationToken);
        return lineNo is null
            ? new AddedLine(BatchOutcome.NotOpen, null, null)
            : new AddedLine(BatchOutcome.Done, lineNo, duplicate);
    }

    public async Task<BatchOutcome> RemoveLineAsync(Guid batchId, int lineNo, CancellationToken cancellationToken = default) =>
        await store.RemoveLineAsync(batchId, lineNo, cancellationToken) ? BatchOutcome.Done : BatchOutcome.NotOpen;

    public async Task<BatchOutcome> SetControlAsync(Guid batchId, int count, long total, CancellationToken cancellationToken = default) =>
        count <= 0 || total <= 0 ? BatchOutcome.InvalidFigures
        : await store.SetControlAsync(batchId, count, total, cancellationToken) ? BatchOutcome.Done
        : BatchOutcome.NotOpen;

    private async Task<LikelyDuplicate?> LikelyDuplicateAsync(GiftBatchRecord batch, Guid donorId, long amount, CancellationToken cancellationToken)
    {
        var unposted = await store.UnpostedLinesOfDonorAsync(donorId, cancellationToken);
        if (unposted.Any(l => l.Amount == amount))
        {
            return new LikelyDuplicate(null, true);
        }

        var facts = await ledger.DonorFactsAsync(donorId, cancellationToken);
        var reversed = facts.Where(f => f.IsReversal).Select(f => f.ReversesEntryId).ToHashSet();
        var booked = facts
            .Where(f => !f.IsReversal && !reversed.Contains(f.EntryId) && f.Amount == amount && f.Currency == batch.Currency)
            .Where(f => Math.Abs(f.ReceivedOn.DayNumber - batch.DepositOn.DayNumber) <= DuplicateWindowDays)
            .OrderByDescending(f => f.ReceivedOn)
            .FirstOrDefault();
        return booked is null ? null : new LikelyDuplicate(booked.ReceivedOn, false);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
