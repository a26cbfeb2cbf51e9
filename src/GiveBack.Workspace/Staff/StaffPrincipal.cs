using System.Security.Claims;

namespace GiveBack.Workspace.Staff;

/// <summary>
/// The signed-in person as a page's write handler checks them: the page hides an action from roles that may not take
/// it, and the handler asks again here, so a forged circuit event is refused by the server too.
/// </summary>
public static class StaffPrincipal
{
    /// <summary>The staff user's id when they carry one of <paramref name="roles"/>; false otherwise.</summary>
    public static bool TryActAs(ClaimsPrincipal user, IEnumerable<string> roles, out Guid staffId)
    {
        ArgumentNullException.ThrowIfNull(user);
        staffId = Guid.Empty;
        return roles.Any(user.IsInRole) && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out staffId);
    }
}
