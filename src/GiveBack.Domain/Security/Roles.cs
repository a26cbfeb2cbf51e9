namespace GiveBack.Domain.Security;

/// <summary>The roles a staff API key can carry.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string GiftOfficer = "gift-officer";
    public const string Viewer = "viewer";

    public static readonly IReadOnlyList<string> All = [Admin, GiftOfficer, Viewer];
}
