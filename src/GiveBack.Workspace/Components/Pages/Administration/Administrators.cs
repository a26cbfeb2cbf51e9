using System.Security.Claims;
using GiveBack.Domain.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace GiveBack.Workspace.Components.Pages.Administration;

/// <summary>
/// The check every administration action makes on the server before it acts: the pages are shown to administrators
/// only, but a circuit outlives a change of roles, and whatever reaches a handler is checked again.
/// </summary>
internal static class Administrators
{
    public static async Task<ClaimsPrincipal?> SignedInAdministratorAsync(this AuthenticationStateProvider authentication)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return user.IsInRole(Roles.Admin) ? user : null;
    }
}
