namespace GiveBack.Domain.Erasure;

/// <summary>
/// What an erased donor's profile reads afterwards: lists, reports and receipts keep a row to show amounts against,
/// and that row names nobody.
/// </summary>
public static class ErasedDonor
{
    /// <summary>The given name an erased donor's profile shows.</summary>
    public const string FirstName = "Erased";

    /// <summary>The family name an erased donor's profile shows.</summary>
    public const string LastName = "donor";
}
