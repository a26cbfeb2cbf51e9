using System.Security.Claims;
using GiveBack.Engagement.Endpoints;
using GiveBack.Engagement.Moves;

namespace GiveBack.Workspace.Staff;

/// <summary>
/// The officers a member of staff may give a prospect to: an administrator any gift officer or administrator with an
/// account, and any officer who already holds prospects (an integration may name officers GiveBack has no account
/// for); anyone else only themselves.
/// </summary>
public sealed class OfficerChoices(StaffAccounts accounts, MovesStore moves, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var self = StaffOfficer.IdOf(user);
        if (!StaffOfficer.SeesEveryPortfolio(user))
        {
            return self is null ? [] : [self];
        }

        var addresses = await accounts.OfficerAddressesAsync(cancellationToken);
        var holding = await moves.OfficersAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        return [.. addresses.Select(a => a.Trim().ToLowerInvariant())
            .Concat(holding.Select(o => o.OfficerId))
            .Where(MovesValidation.IsOfficerId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
