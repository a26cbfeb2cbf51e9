using GiveBack.Domain.Donors;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Donors;
using GiveBack.Ledger.Gifts;

namespace GiveBack.Giving.Donors;

/// <summary>
/// Giving's part of a merge, run first. The gifts do not move: the ledger is append-only, and the <c>donor_merges</c>
/// row (written before any step) makes every reader count the merged donor's gifts as the survivor's. The profile
/// does: the survivor keeps its own name and e-mail and takes what it lacks (e-mail, class year, preferred channel)
/// from the merged donor; an e-mail opt-out of either holds for the survivor (consent is never widened by a merge).
/// Then the merged donor's grain is marked merged (its id answers with the survivor) and the survivor's summary is
/// rebuilt from the ledger.
/// </summary>
public sealed class GivingMergeStep(IGrainFactory grains, LedgerReader ledger, PossibleDuplicates duplicates) : IDonorMergeStep
{
    public int Order => 10;

    public async Task<IReadOnlyList<MergeCount>> CountAsync(Guid mergedDonorId, CancellationToken cancellationToken)
    {
        var facts = (await ledger.FactsOfDonorsAsync([mergedDonorId], cancellationToken))[mergedDonorId].ToList();
        var reversed = facts.Where(f => f.IsReversal).Select(f => f.ReversesEntryId).ToHashSet();
        var merged = await grains.GetGrain<IDonorGrain>(mergedDonorId).GetAsync();
        var consents = merged is { Id: var id } && id == mergedDonorId && (merged.Profile.EmailOptOut || merged.Profile.PreferredChannel is not null) ? 1 : 0;
        return
        [
            new MergeCount("gifts", facts.Count(f => !f.IsReversal && !reversed.Contains(f.EntryId))),
            new MergeCount("consents", consents),
        ];
    }

    public async Task MoveAsync(Guid mergedDonorId, Guid survivorId, CancellationToken cancellationToken)
    {
        var mergedGrain = grains.GetGrain<IDonorGrain>(mergedDonorId);
        var survivorGrain = grains.GetGrain<IDonorGrain>(survivorId);
        // Once marked merged, the grain answers with the survivor: the profile was taken over on the first run.
        if (await mergedGrain.GetAsync() is { } merged && merged.Id == mergedDonorId && await survivorGrain.GetAsync() is { } survivor)
        {
            var kept = survivor.Profile;
            var taken = kept with
            {
                Email = kept.Email ?? merged.Profile.Email,
                ClassYear = kept.ClassYear ?? merged.Profile.ClassYear,
                EmailOptOut = kept.EmailOptOut || merged.Profile.EmailOptOut,
                PreferredChannel = kept.PreferredChannel ?? merged.Profile.PreferredChannel,
            };
            if (taken != kept)
            {
                await survivorGrain.UpdateAsync(taken);
            }

            await mergedGrain.MergeIntoAsync(survivorId);
        }

        await survivorGrain.RebuildAsync();
        await duplicates.CloseMergedAsync(mergedDonorId, cancellationToken);
    }
}
