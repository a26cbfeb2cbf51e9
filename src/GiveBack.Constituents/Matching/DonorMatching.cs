using GiveBack.Domain.Donors;
using GiveBack.Giving.Donors;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Donors;
using Microsoft.Extensions.Options;

namespace GiveBack.Constituents.Matching;

/// <summary>
/// The matching rules (<see cref="DuplicateRules"/>) over the donors on file, for every door a donor comes in by: the
/// API's create, an import (in batches: one query per batch, whatever its size) and the review queue. The giving page
/// applies the same rules through <c>DonorMatcher</c>.
/// </summary>
public sealed class DonorMatching(DonorDirectory donors, PossibleDuplicates duplicates, IOptions<DonorMatchingOptions> options) : INewDonorMatching
{
    /// <summary>The likeliest few a new donor is queued with: a common name must not pair with every namesake on file.</summary>
    public const int MaxQueuedPerDonor = 10;

    /// <summary>The donors <paramref name="candidate"/> may be, likeliest first; empty when none.</summary>
    public async Task<IReadOnlyList<DonorMatch>> FindMatchAsync(DonorIdentity candidate, CancellationToken cancellationToken = default) =>
        (await FindMatchesAsync([candidate], cancellationToken))[0];

    /// <summary>
    /// For each candidate, in order, the donors it may be (likeliest first): one query for the whole batch. An
    /// importer calls this per batch of rows, then records what it decides (<see cref="RecordAsync"/>). A few
    /// candidates (a person at a door) are compared with every donor whose name is trigram-similar; a large batch with
    /// the donors in its blocks (<see cref="DonorBlocks"/>), which finds the same person unless the last name differs and
    /// so does the first name, the class year or the last name's first letter.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<DonorMatch>>> FindMatchesAsync(
        IReadOnlyList<DonorIdentity> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count > DonorBlocks.LargeBatch)
        {
            var blocks = new DonorBlocks(await donors.BlockCandidatesAsync(candidates, cancellationToken));
            return [.. candidates.Select(candidate => Score(candidate, blocks.Of(candidate)))];
        }

        var emails = candidates.Select(c => c.Email).OfType<string>().ToList();
        var names = candidates.Select(c => $"{c.FirstName} {c.LastName}".Trim()).ToList();
        var known = await donors.MatchCandidatesAsync(emails, names, cancellationToken);
        return [.. candidates.Select(candidate => Score(candidate, known))];
    }

    /// <summary>Puts a pair in the review queue (kept once; a dismissed pair stays dismissed).</summary>
    public Task RecordAsync(DonorRecord first, DonorRecord second, DonorMatch match, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        return duplicates.RecordAsync(first, second, match.Score, match.Reasons, cancellationToken);
    }

    /// <summary>Puts many pairs in the review queue in one statement (an import's chunk).</summary>
    public Task RecordManyAsync(IEnumerable<(DonorRecord First, DonorRecord Second, DonorMatch Match)> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return duplicates.RecordManyAsync([.. pairs.Select(p => new PossibleDuplicate(p.First, p.Second, p.Match.Score, p.Match.Reasons))], cancellationToken);
    }

    public async Task<Guid?> SamePersonAsync(DonorProfile profile, Guid newDonorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var matches = await FindMatchAsync(Identity(profile), cancellationToken);
        return matches.FirstOrDefault(m => m.IsSamePerson && m.DonorId != newDonorId)?.DonorId;
    }

    public async Task<IReadOnlyList<Guid>> RecordMatchesAsync(Guid donorId, CancellationToken cancellationToken)
    {
        var created = (await donors.WithIdsAsync([donorId], cancellationToken)).GetValueOrDefault(donorId);
        if (created is null)
        {
            return [];
        }

        var matches = await FindMatchAsync(new DonorIdentity(created.FirstName, created.LastName, created.Email, created.ClassYear), cancellationToken);
        // The likeliest few: a common name must not queue a pair with every namesake on file.
        var others = matches.Where(m => m.DonorId != donorId).Take(MaxQueuedPerDonor).ToList();
        var records = await donors.WithIdsAsync([.. others.Select(m => m.DonorId)], cancellationToken);
        foreach (var match in others)
        {
            if (records.GetValueOrDefault(match.DonorId) is { } other)
            {
                await duplicates.RecordAsync(other, created, match.Score, match.Reasons, cancellationToken);
            }
        }

        return [.. others.Select(m => m.DonorId)];
    }

    private List<DonorMatch> Score(DonorIdentity candidate, IEnumerable<DonorRecord> known) =>
        [.. known
            .Select(d => (Donor: d, Evidence: DuplicateRules.Compare(
                candidate, new DonorIdentity(d.FirstName, d.LastName, d.Email, d.ClassYear), options.Value.SimilarNameThreshold)))
            .Where(m => m.Evidence is not null)
            .OrderByDescending(m => m.Evidence!.Score).ThenBy(m => m.Donor.CreatedAt)
            .Select(m => new DonorMatch(m.Donor.Id, m.Donor.FirstName, m.Donor.LastName, m.Donor.Email, m.Evidence!.Score, m.Evidence.Reasons, m.Evidence.IsSamePerson))];

    private static DonorIdentity Identity(DonorProfile profile) => new(profile.FirstName, profile.LastName, profile.Email, profile.ClassYear);
}
