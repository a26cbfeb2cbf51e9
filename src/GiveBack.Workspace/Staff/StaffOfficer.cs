using System.Security.Claims;
using GiveBack.Engagement.Endpoints;
using GiveBack.Web.Security;

namespace GiveBack.Workspace.Staff;

/// <summary>
/// Which gift officer a member of staff is in moves management: the e-mail address of their account, lowercased.
/// Engagement names officers by a free id (1 to 64 letters, digits or <c>. _ @ -</c>) that integrations set through
/// <c>PUT /api/v1/donors/{id}/moves</c>; an e-mail address is what a CRM also knows of a person, where the account's
/// Guid is known only inside GiveBack. Lowercased because an address is compared without case and the id exactly.
/// </summary>
public static class StaffOfficer
{
    /// <summary>The signed-in person's officer id, or null when their address cannot be one (too long, or a <c>+</c>).</summary>
    public static string? IdOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = (user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name)?.Trim().ToLowerInvariant();
        return MovesValidation.IsOfficerId(id) ? id : null;
    }

    /// <summary>Administrators see and change any officer's portfolio; everyone else their own.</summary>
    public static bool SeesEveryPortfolio(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Policies.AdminRoles.Any(user.IsInRole);
    }
}
