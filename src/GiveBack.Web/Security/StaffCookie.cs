namespace GiveBack.Web.Security;

/// <summary>
/// The workspace's sign-in cookie as the API sees it: a request that carries it and no API key is a signed-in member
/// of staff (the workspace's links, a report's CSV), authorised by the same roles as a key.
/// </summary>
public static class StaffCookie
{
    public const string Name = "giveback.staff";

    /// <summary>The scheme staff requests authenticate with: the API key when one is sent, else the staff cookie.</summary>
    public const string StaffOrKeyScheme = "giveback.staff-or-key";
}
