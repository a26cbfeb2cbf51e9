using System.Security.Claims;
using System.Text.Json;
using GiveBack.Constituents.Audit;
using GiveBack.Domain.Donors;
using GiveBack.Domain.Giving;
using GiveBack.Giving.Donors;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Donors;
using GiveBack.Ledger.Gifts;

namespace GiveBack.Constituents.Merge;

/// <summary>
/// Merges one donor into another (the survivor): previews what moves, writes the <c>donor_merges</c> row (from then on
/// the merged donor's ledger rows count as the survivor's and its id resolves to the survivor), then runs each module's
/// <see cref="IDonorMergeStep"/> in order. The row is the merge's record (who, when, what moved) and its progress: a
/// merge that failed halfway is finished by calling it again with the same two donors, every step being idempotent.
/// A merge done is written to the personal-data audit log under both donors' ids (who, when, what moved).
/// </summary>
public sealed class DonorMerger(
    IEnumerable<IDonorMergeStep> steps,
    DonorMerges merges,
    KnownDonors known,
    IGrainFactory grains,
    LedgerReader ledger,
    GivingSummaryCalculator calculator,
    PersonalDataAudit audit,
    TimeProvider clock)
{
    private readonly IReadOnlyList<IDonorMergeStep> _steps = [.. steps.OrderBy(s => s.Order)];

    public async Task<(MergeOutcome Check, MergePreview? Preview)> PreviewAsync(Guid survivorId, Guid mergedDonorId, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(survivorId, mergedDonorId, cancellationToken);
        if (check.Refusal != MergeRefusal.None)
        {
            return (check, null);
        }

        var moves = await CountAsync(mergedDonorId, cancellationToken);
        var facts = await ledger.FactsOfDonorsAsync([survivorId, mergedDonorId], cancellationToken);
        var after = calculator.Summarize([.. facts[survivorId], .. facts[mergedDonorId]]);
        return (check, new MergePreview(
            survivorId, mergedDonorId, moves, await SideAsync(survivorId), await SideAsync(mergedDonorId), after));
    }

    public async Task<MergeOutcome> MergeAsync(Guid survivorId, Guid mergedDonorId, ClaimsPrincipal who, CancellationToken cancellationToken)
    {
        var mergedBy = PersonalDataAudit.ActorOf(who);
        var started = await merges.OfMergedAsync(mergedDonorId, cancellationToken);
        var resuming = started is { CompletedAt: null } && started.SurvivorId == survivorId;
        if (!resuming)
        {
            var check = await CheckAsync(survivorId, mergedDonorId, cancellationToken);
            if (check.Refusal != MergeRefusal.None)
            {
                return check;
            }
        }

        var moved = resuming ? Read(started!.Moved) : await CountAsync(mergedDonorId, cancellationToken);
        var record = await merges.BeginAsync(
            new DonorMergeRecord
            {
                MergedDonorId = mergedDonorId,
                SurvivorId = survivorId,
                MergedAt = clock.GetUtcNow(),
                MergedBy = mergedBy,
                Moved = JsonSerializer.Serialize(moved),
            },
            cancellationToken);
        if (record.SurvivorId != survivorId)
        {
            // Another merge of the same donor, into someone else, got there first.
            return new MergeOutcome(MergeRefusal.AlreadyMerged, record.SurvivorId);
        }

        foreach (var step in _steps)
        {
            await step.MoveAsync(mergedDonorId, survivorId, cancellationToken);
        }

        await merges.CompleteAsync(mergedDonorId, record.Moved, clock.GetUtcNow(), cancellationToken);
        var what = $"merged donor {mergedDonorId} into donor {survivorId}";
        await audit.RecordAsync(who, AuditActions.Merge, what, survivorId, before: null, after: record.Moved, cancellationToken);
        await audit.RecordAsync(who, AuditActions.Merge, what, mergedDonorId, before: null, after: record.Moved, cancellationToken);
        return new MergeOutcome(
            MergeRefusal.None,
            Record: new MergeRecordView(survivorId, mergedDonorId, record.MergedAt, record.MergedBy, Read(record.Moved), await SideAsync(survivorId)));
    }

    private async Task<MergeOutcome> CheckAsync(Guid survivorId, Guid mergedDonorId, CancellationToken cancellationToken)
    {
        if (survivorId == mergedDonorId)
        {
            return new MergeOutcome(MergeRefusal.SameDonor);
        }

        if (await merges.OfMergedAsync(mergedDonorId, cancellationToken) is { } merged)
        {
            return new MergeOutcome(MergeRefusal.AlreadyMerged, merged.SurvivorId);
        }

        if (await merges.OfMergedAsync(survivorId, cancellationToken) is { } survivor)
        {
            return new MergeOutcome(MergeRefusal.SurvivorMerged, survivor.SurvivorId);
        }

        var existing = await known.AmongAsync([survivorId, mergedDonorId], cancellationToken);
        return !existing.Contains(survivorId) ? new MergeOutcome(MergeRefusal.UnknownSurvivor)
            : !existing.Contains(mergedDonorId) ? new MergeOutcome(MergeRefusal.UnknownMergedDonor)
            : new MergeOutcome(MergeRefusal.None);
    }

    private async Task<IReadOnlyDictionary<string, int>> CountAsync(Guid mergedDonorId, CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in _steps)
        {
            foreach (var count in await step.CountAsync(mergedDonorId, cancellationToken))
            {
                counts[count.Kind] = counts.GetValueOrDefault(count.Kind) + count.Count;
            }
        }

        return counts;
    }

    private async Task<MergeSide> SideAsync(Guid donorId)
    {
        var donor = await grains.GetGrain<IDonorGrain>(donorId).GetAsync()
            ?? throw new InvalidOperationException($"Donor {donorId} vanished during a merge.");
        var profile = donor.Profile;
        return new MergeSide(donor.Id, profile.FirstName, profile.LastName, profile.Email, profile.ClassYear, profile.EmailOptOut, donor.Giving);
    }

    private static SortedDictionary<string, int> Read(string moved) =>
        JsonSerializer.Deserialize<SortedDictionary<string, int>>(moved) ?? [];
}
