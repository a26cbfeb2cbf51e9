using Microsoft.AspNetCore.Identity;

namespace GiveBack.Workspace.Staff;

/// <summary>A person of the development office who signs in to the workspace (integrations use API keys instead).</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;
}
