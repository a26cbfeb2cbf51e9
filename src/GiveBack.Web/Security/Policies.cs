using GiveBack.Domain.Security;

namespace GiveBack.Web.Security;

/// <summary>Authorization policies by what a caller may do; each lists the roles that may do it.</summary>
public static class Policies
{
    public const string Read = "giveback.read";
    public const string Write = "giveback.write";
    public const string Admin = "giveback.admin";

    public static readonly string[] ReadRoles = [Roles.Viewer, Roles.GiftOfficer, Roles.Admin];
    public static readonly string[] WriteRoles = [Roles.GiftOfficer, Roles.Admin];
    public static readonly string[] AdminRoles = [Roles.Admin];
}
