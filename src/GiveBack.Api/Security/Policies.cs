using GiveBack.Ledger.Security;

namespace GiveBack.Api.Security;

/// <summary>Authorization policies by what a caller may do; each lists the roles that may do it.</summary>
public static class Policies
{
    public const string Read = "giveback.read";
    public const string Write = "giveback.write";
    public const string Admin = "giveback.admin";

    internal static readonly string[] ReadRoles = [Roles.Viewer, Roles.GiftOfficer, Roles.Admin];
    internal static readonly string[] WriteRoles = [Roles.GiftOfficer, Roles.Admin];
    internal static readonly string[] AdminRoles = [Roles.Admin];
}
