namespace GiveBack.Constituents.Relationships.Store;

/// <summary>The kinds of link between donors, as stored and as the API names them.</summary>
public static class LinkKinds
{
    public const string Spouse = "spouse";
    public const string Employer = "employer";

    public static readonly IReadOnlyList<string> All = [Spouse, Employer];
}
