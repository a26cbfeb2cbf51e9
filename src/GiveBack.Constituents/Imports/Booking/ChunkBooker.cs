using System.Collections.Concurrent;
using GiveBack.Constituents.Imports.Parsing;
using GiveBack.Constituents.Imports.Store;
using GiveBack.Constituents.Matching;
using GiveBack.Domain.Donors;
using GiveBack.Domain.Identity;
using GiveBack.Domain.Idempotency;
using GiveBack.Engagement.Activities;
using GiveBack.Giving.Donors;
using GiveBack.Giving.Gifts;
using GiveBack.Grains.Abstractions;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Grains.Abstractions.Pledges;
using GiveBack.Ledger.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Web.Problems;

namespace GiveBack.Constituents.Imports.Booking;

/// <summary>
/// Books one chunk of parsed rows through the modules' own paths: donors through giving's donor grain, gifts through
/// <see cref="GiftRecorder"/> (the ledger, then the donor and campaign grains), pledges through their grain, activities
/// through engagement's recorder; a gift that pays a pledge goes through <see cref="GiftRecorder"/> with the pledge's id,
/// as the API's gift endpoint does. An id the source wrote as a UUID (GiveBack's export) is kept; every other id and key
/// is derived from the row's key, so a chunk booked twice (a re-run, a
/// worker that died before its checkpoint) books nothing twice.
/// </summary>
public sealed class ChunkBooker(
    ImportDonorLookup donors, DonorEditor donorEditor, GiftRecorder gifts, ActivityRecorder activities, IGrainFactory grains,
    DonorMatching matching, DonorDirectory directory, GiftLedger ledger)
{
    /// <summary>The scope of the ledger's idempotency keys that imports write: no API key's scope can collide with it.</summary>
    public static readonly Guid KeyScope = NameBasedId.From("giveback:imports");

    public async Task<IReadOnlyList<RowProblem>> BookAsync(
        IReadOnlyList<ParsedRow> rows, ImportCampaigns campaigns, string defaultCurrency, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(campaigns);
        var problems = new ConcurrentBag<RowProblem>();
        var donorIds = await ResolveDonorsAsync(rows, cancellationToken);
        var campaignOf = new Dictionary<string, ImportCampaign?>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            foreach (var (name, currency, id) in CampaignsOf(row))
            {
                if (!campaignOf.ContainsKey(name))
                {
                    campaignOf[name] = await campaigns.FindAsync(name, currency ?? defaultCurrency, create: true, id, cancellationToken);
                }
            }
        }

        // A pledge is booked before the gifts of its chunk, which may pay it; a reversal after them, as the gift it
        // reverses may be among them.
        await BookRowsAsync([.. rows.Where(r => r.Reversal is null && r.Pledge is not null)], donorIds, campaignOf, problems, parallelism, cancellationToken);
        await BookRowsAsync([.. rows.Where(r => r.Reversal is null && r.Pledge is null)], donorIds, campaignOf, problems, parallelism, cancellationToken);
        await BookRowsAsync([.. rows.Where(r => r.Reversal is not null)], donorIds, campaignOf, problems, parallelism, cancellationToken);
        return [.. problems.OrderBy(p => p.Row)];
    }

    private async Task BookRowsAsync(
        IReadOnlyList<ParsedRow> rows, Dictionary<string, Guid> donorIds, Dictionary<string, ImportCampaign?> campaignOf,
        ConcurrentBag<RowProblem> problems, int parallelism, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(
            rows,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (row, token) =>
            {
                if (!donorIds.TryGetValue(row.Donor.Key, out var donorId))
                {
                    problems.Add(new RowProblem(
                        row.Number, "donor", row.Donor.Key,
                        row.Donor.ReferenceOnly ? "The donor is not in GiveBack: import the donors first (donors.csv)." : "The donor could not be created."));
                    return;
                }

                foreach (var problem in await BookRowAsync(row, donorId, campaignOf, token))
                {
                    problems.Add(problem);
                }
            });
    }

    public static IEnumerable<(string Name, string? Currency, Guid? Id)> CampaignsOf(ParsedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Gift is { } gift)
        {
            yield return (gift.Campaign, gift.Currency, gift.CampaignId);
        }

        if (row.Pledge is { } pledge)
        {
            yield return (pledge.Campaign, pledge.Currency, pledge.CampaignId);
        }
    }

    /// <summary>
    /// One donor per distinct donor key: the one an earlier import made (its id is derived from the key), else the one
    /// with the row's e-mail, else a new one under the derived id. A donor whose source id is a UUID (GiveBack's export)
    /// is that id and is not matched by e-mail: two records the source kept apart stay apart (the duplicates queue
    /// proposes them); a row that names its donor by id alone creates none. The new ones are created together, in one
    /// transaction (<see cref="DonorEditor.CreateManyAsync"/>), not a grain call each: that is what makes a large file quick.
    /// </summary>
    private async Task<Dictionary<string, Guid>> ResolveDonorsAsync(IReadOnlyList<ParsedRow> rows, CancellationToken cancellationToken)
    {
        var distinct = rows.GroupBy(r => r.Donor.Key).Select(g => g.First()).ToList();
        var derived = distinct.ToDictionary(r => r.Donor.Key, r => DonorIdOf(r.Donor));
        var emails = distinct.Select(r => r.Donor.Email).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var matches = await donors.FindAsync([.. derived.Values], emails, cancellationToken);
        var resolved = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var creating = new List<(ImportedDonor Donor, Guid Id)>();
        foreach (var donor in distinct.Select(r => r.Donor))
        {
            var id = derived[donor.Key];
            if (matches.Existing.Contains(id))
            {
                resolved[donor.Key] = id;
            }
            else if (donor.ReferenceOnly)
            {
                continue;
            }
            else if (donor.Id is null && donor.Email is { } email && matches.ByEmail.TryGetValue(email, out var byEmail))
            {
                resolved[donor.Key] = byEmail;
            }
            else
            {
                creating.Add((donor, id));
            }
        }

        var created = (await donorEditor.CreateManyAsync(
                [.. creating.Select(c => (c.Id, new DonorProfile(c.Donor.FirstName, c.Donor.LastName, c.Donor.Email, c.Donor.ClassYear)))],
                cancellationToken))
            .ToHashSet();
        var identities = new List<(Guid Id, DonorIdentity Identity)>(created.Count);
        foreach (var (donor, id) in creating.Where(c => created.Contains(c.Id)))
        {
            resolved[donor.Key] = id;
            identities.Add((id, new DonorIdentity(donor.FirstName, donor.LastName, donor.Email, donor.ClassYear)));
        }

        await QueueLikelyDuplicatesAsync(identities, cancellationToken);
        return resolved;
    }

    /// <summary>
    /// The rules the giving page and the API apply: a new donor who may be someone on file (same name and class year, a
    /// similar name) goes to the duplicates queue for staff, with the score and the reasons. One matching query and one
    /// read of the pairs' donors and one insert for the chunk.
    /// </summary>
    private async Task QueueLikelyDuplicatesAsync(List<(Guid Id, DonorIdentity Identity)> created, CancellationToken cancellationToken)
    {
        if (created.Count == 0)
        {
            return;
        }

        var matches = await matching.FindMatchesAsync([.. created.Select(c => c.Identity)], cancellationToken);
        var pairs = created.Zip(matches)
            .SelectMany(c => c.Second.Where(m => m.DonorId != c.First.Id).Take(DonorMatching.MaxQueuedPerDonor).Select(m => (c.First.Id, Match: m)))
            .ToList();
        if (pairs.Count == 0)
        {
            return;
        }

        var records = await directory.WithIdsAsync([.. pairs.SelectMany(p => new[] { p.Id, p.Match.DonorId }).Distinct()], cancellationToken);
        await matching.RecordManyAsync(
            pairs
                .Where(p => records.ContainsKey(p.Id) && records.ContainsKey(p.Match.DonorId))
                .Select(p => (records[p.Match.DonorId], records[p.Id], p.Match)),
            cancellationToken);
    }

    private async Task<IReadOnlyList<RowProblem>> BookRowAsync(
        ParsedRow row, Guid donorId, Dictionary<string, ImportCampaign?> campaigns, CancellationToken cancellationToken)
    {
        var problems = new List<RowProblem>();
        if (row.Gift is { } gift)
        {
            var campaign = campaigns[gift.Campaign];
            var refusal = campaign is null ? "The campaign could not be found or created." : await BookGiftAsync(row, gift, donorId, campaign, cancellationToken);
            if (refusal is not null)
            {
                problems.Add(new RowProblem(row.Number, "gift", gift.Campaign, refusal));
            }
        }

        if (row.Reversal is { } reversal && await ReverseAsync(row, reversal, cancellationToken) is { } notReversed)
        {
            problems.Add(new RowProblem(row.Number, "reverses_gift_id", reversal.ReversedRowKey, notReversed));
        }

        if (row.Pledge is { } pledge && campaigns[pledge.Campaign] is { } pledgeCampaign)
        {
            var terms = new PledgeTerms(donorId, pledgeCampaign.Id, pledge.Fund, pledge.Amount, pledge.Currency ?? pledgeCampaign.Definition.Currency,
                pledge.Installments, pledge.Frequency, pledge.FirstDueOn);
            var created = await grains.GetGrain<IPledgeGrain>(pledge.Id ?? ImportedIds.Pledge(row.RowKey)).CreateAsync(terms);
            if (created.Outcome == CreateOutcome.Conflict)
            {
                problems.Add(new RowProblem(row.Number, "pledge", row.RowKey, "This row was imported before with other pledge terms."));
            }
        }

        if (row.Activity is { } activity)
        {
            var errors = new FieldErrors();
            await activities.RecordOneAsync(
                donorId, activity.Id ?? ImportedIds.Activity(row.RowKey), activity.Type, activity.OccurredAt, activity.Detail, errors, cancellationToken);
            problems.AddRange(errors.Messages.Select(m => new RowProblem(row.Number, "activity", activity.Type, m)));
        }

        return problems;
    }

    private async Task<string?> BookGiftAsync(ParsedRow row, ImportedGift gift, Guid donorId, ImportCampaign campaign, CancellationToken cancellationToken)
    {
        var command = new GiftCommand(
            donorId, campaign.Id, gift.Amount, gift.Currency ?? campaign.Definition.Currency, gift.ReceivedOn, gift.Method, gift.Fund, null, null, false, gift.PledgeId);
        // Booked as brought in: acknowledged where it was given, so the offline receipt job sends no receipt for it.
        var result = await gifts.RecordAsync(command, new ScopedKey(KeyScope, row.RowKey), GiftSources.Import, cancellationToken);
        return GiftRefusals.Explain(result.Status);
    }

    /// <summary>The reversing entry, through the ledger's own reversal, of the gift an earlier row imported; null when booked.</summary>
    private async Task<string?> ReverseAsync(ParsedRow row, ImportedReversal reversal, CancellationToken cancellationToken)
    {
        if (await ledger.FindByKeyAsync(new ScopedKey(KeyScope, reversal.ReversedRowKey), cancellationToken) is not { } gift)
        {
            return "The gift it reverses is not in GiveBack: import it first (gifts.csv lists a gift before its reversal).";
        }

        var result = await gifts.ReverseAsync(gift.Id, reversal.Reason, new ScopedKey(KeyScope, row.RowKey), cancellationToken);
        return result.Status switch
        {
            GiftStatus.Created or GiftStatus.Replayed => null,
            GiftStatus.AlreadyReversed => "The gift it reverses was reversed already.",
            GiftStatus.ReversalOfReversal => "A reversal cannot be reversed.",
            _ => GiftRefusals.Explain(result.Status),
        };
    }

    public static Guid DonorIdOf(ImportedDonor donor)
    {
        ArgumentNullException.ThrowIfNull(donor);
        return donor.Id ?? NameBasedId.From($"import-donor:{donor.Key}");
    }
}
