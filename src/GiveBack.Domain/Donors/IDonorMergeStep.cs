namespace GiveBack.Domain.Donors;

/// <summary>
/// One module's part of merging two donors: each module moves the rows it owns (no module writes another's tables),
/// so the merge runs every registered step in <see cref="Order"/>. A step is idempotent: a merge retried after a
/// failure runs every step again and nothing is moved or counted twice.
/// </summary>
public interface IDonorMergeStep
{
    /// <summary>Steps run from the lowest; the profile (giving) first, the figures derived from moved rows last.</summary>
    int Order { get; }

    /// <summary>What would move from <paramref name="mergedDonorId"/>, by kind ("pledges", "activities", …).</summary>
    Task<IReadOnlyList<MergeCount>> CountAsync(Guid mergedDonorId, CancellationToken cancellationToken);

    /// <summary>Moves the merged donor's rows to the survivor, then recomputes what this module derives from them.</summary>
    Task MoveAsync(Guid mergedDonorId, Guid survivorId, CancellationToken cancellationToken);
}
