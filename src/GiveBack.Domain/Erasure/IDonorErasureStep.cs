namespace GiveBack.Domain.Erasure;

/// <summary>
/// A module's part of erasing a donor: it removes the personal data its own tables (and grains) hold, and nothing
/// else. Steps run one after the other and each must be idempotent, because an interrupted erasure is run again.
/// </summary>
public interface IDonorErasureStep
{
    /// <summary>
    /// Where the step runs: lower first. The step that forgets the donor's profile runs last, so an interrupted
    /// erasure still knows the name and e-mail the other steps search free text for.
    /// </summary>
    int Order { get; }

    /// <summary>What the step erases, for the audit record (e.g. <c>engagement: activity details, talent</c>).</summary>
    string Name { get; }

    /// <summary>Removes the donor's personal data from the module's tables.</summary>
    Task EraseAsync(DonorErasure erasure, CancellationToken cancellationToken);
}
