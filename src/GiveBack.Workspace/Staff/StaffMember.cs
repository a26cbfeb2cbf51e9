namespace GiveBack.Workspace.Staff;

/// <summary>A staff account as the administration page lists it: who, their roles, and whether they may sign in.</summary>
public sealed record StaffMember(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool Locked);
