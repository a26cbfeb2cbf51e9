using GiveBack.Domain.Donors;
using GiveBack.Ledger.Donors;

namespace GiveBack.Constituents.Matching;

/// <summary>
/// The donors a large batch was matched against, by block (<see cref="DonorDirectory.BlockCandidatesAsync"/>): the
/// same e-mail, the same last name and first initial, the same first name, class year and last initial. A candidate is
/// scored only against the donors of its own blocks, so a chunk of two thousand rows costs a few comparisons each
/// rather than two thousand times the whole answer.
/// </summary>
internal sealed class DonorBlocks
{
    /// <summary>Above this many candidates a batch is matched by blocks: an import's chunk, never a person at a door.</summary>
    public const int LargeBatch = 20;

    private readonly ILookup<string, DonorRecord> _byEmail;
    private readonly ILookup<(string, string), DonorRecord> _byLastName;
    private readonly ILookup<(string, int?, string), DonorRecord> _byFirstName;

    public DonorBlocks(IReadOnlyList<DonorRecord> donors)
    {
        _byEmail = donors.Where(d => d.Email is not null).ToLookup(d => MatchingBlockKeys.Lower(d.Email));
        _byLastName = donors.ToLookup(d => (MatchingBlockKeys.Lower(d.LastName), MatchingBlockKeys.Initial(d.FirstName)));
        _byFirstName = donors.Where(d => d.ClassYear is not null)
            .ToLookup(d => (MatchingBlockKeys.Lower(d.FirstName), d.ClassYear, MatchingBlockKeys.Initial(d.LastName)));
    }

    /// <summary>The donors sharing a block with <paramref name="candidate"/>, each once.</summary>
    public IEnumerable<DonorRecord> Of(DonorIdentity candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var blocks = _byLastName[(MatchingBlockKeys.Lower(candidate.LastName), MatchingBlockKeys.Initial(candidate.FirstName))];
        if (candidate.Email is { } email)
        {
            blocks = blocks.Concat(_byEmail[MatchingBlockKeys.Lower(email)]);
        }

        if (candidate.ClassYear is { } year)
        {
            blocks = blocks.Concat(_byFirstName[(MatchingBlockKeys.Lower(candidate.FirstName), year, MatchingBlockKeys.Initial(candidate.LastName))]);
        }

        return blocks.DistinctBy(d => d.Id);
    }
}
