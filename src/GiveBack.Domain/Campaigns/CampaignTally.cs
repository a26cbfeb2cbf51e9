using GiveBack.Domain.Giving;

namespace GiveBack.Domain.Campaigns;

/// <summary>
/// A campaign's running totals, kept by applying ledger facts one at a time. A donor counts once however many gifts
/// they made, and stops counting when every one of their gifts has been reversed. Committed is what development
/// offices report beside received: the pledges still standing plus the gifts that were not pledge payments.
/// </summary>
public sealed class CampaignTally
{
    private readonly Bucket _total = new();
    private readonly Dictionary<int, Bucket> _byClassYear = [];
    private readonly Bucket _friends = new();
    private long _promised;
    private long _outright;

    public void Apply(LedgerFact fact)
    {
        _total.Apply(fact);
        BucketFor(fact.ClassYear).Apply(fact);
        if (fact.PledgeId is null)
        {
            _outright += fact.Amount;
        }
    }

    /// <summary>A pledge made, written off or cancelled: it moves what is committed, never what is received.</summary>
    public void Apply(CommitmentFact commitment) => _promised += commitment.Amount;

    public void Apply(IEnumerable<LedgerFact> facts)
    {
        foreach (var fact in facts)
        {
            Apply(fact);
        }
    }

    public CampaignProgress Snapshot()
    {
        var byClassYear = _byClassYear
            .OrderBy(pair => pair.Key)
            .Select(pair => pair.Value.ToProgress(pair.Key))
            .Where(p => p.GiftCount > 0)
            .ToList();
        if (_friends.GiftCount > 0)
        {
            byClassYear.Add(_friends.ToProgress(null));
        }

        return new CampaignProgress(_total.Raised, _total.DonorCount, _total.GiftCount, byClassYear, _promised + _outright);
    }

    private Bucket BucketFor(int? classYear)
    {
        if (classYear is not { } year)
        {
            return _friends;
        }

        if (!_byClassYear.TryGetValue(year, out var bucket))
        {
            bucket = new Bucket();
            _byClassYear[year] = bucket;
        }

        return bucket;
    }

    /// <summary>
    /// One group's figures. A donor's standing-gift count may dip below zero when a reversal is applied before its gift
    /// (a catch-up can count a gift late): it is kept, so the figures do not depend on the order facts arrive in.
    /// </summary>
    private sealed class Bucket
    {
        private readonly Dictionary<Guid, int> _standingGiftsByDonor = [];

        public long Raised { get; private set; }

        public int GiftCount { get; private set; }

        public int DonorCount { get; private set; }

        public void Apply(LedgerFact fact)
        {
            var delta = fact.IsReversal ? -1 : 1;
            Raised += fact.Amount;
            GiftCount += delta;
            var before = _standingGiftsByDonor.GetValueOrDefault(fact.DonorId);
            var after = before + delta;
            if (after == 0)
            {
                _standingGiftsByDonor.Remove(fact.DonorId);
            }
            else
            {
                _standingGiftsByDonor[fact.DonorId] = after;
            }

            DonorCount += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
        }

        public ClassYearProgress ToProgress(int? classYear) => new(classYear, Raised, DonorCount, GiftCount);
    }
}
