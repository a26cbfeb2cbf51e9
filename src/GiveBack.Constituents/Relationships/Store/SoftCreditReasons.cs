namespace GiveBack.Constituents.Relationships.Store;

/// <summary>Why a gift is soft-credited, as stored and as the API names it.</summary>
public static class SoftCreditReasons
{
    public const string Spouse = "spouse";
    public const string Ambassador = "ambassador";

    /// <summary>Written by the product when an employer's matching gift is linked to the employee's gift.</summary>
    public const string EmployerMatch = "employer-match";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Spouse, Ambassador, EmployerMatch, Other];
}
