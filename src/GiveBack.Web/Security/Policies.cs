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

    /// <summary>Who keys and posts gift batches in the workspace (no API key carries the processor's role).</summary>
    public static readonly string[] BatchRoles = [Roles.GiftProcessor, Roles.Admin];
}
