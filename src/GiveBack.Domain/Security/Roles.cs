namespace GiveBack.Domain.Security;

/// <summary>The roles staff carry: an API key one of <see cref="All"/>, a workspace account one of <see cref="Staff"/>.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string GiftOfficer = "gift-officer";
    public const string Viewer = "viewer";

    /// <summary>Enters and posts gift batches in the workspace; no API key carries it (integrations do not key cheques).</summary>
    public const string GiftProcessor = "gift-processor";

    /// <summary>The roles an API key can carry.</summary>
    public static readonly IReadOnlyList<string> All = [Admin, GiftOfficer, Viewer];

    /// <summary>The roles a workspace account can carry.</summary>
    public static readonly IReadOnlyList<string> Staff = [Admin, GiftOfficer, GiftProcessor, Viewer];
}
