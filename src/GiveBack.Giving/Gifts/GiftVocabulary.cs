using GiveBack.Domain.Giving;

namespace GiveBack.Giving.Gifts;

/// <summary>The lower-case words the ledger stores for methods and tributes, matching the API's JSON.</summary>
public static class GiftVocabulary
{
    public static string Of(GiftMethod method) => method.ToString().ToLowerInvariant();

    public static string Of(TributeType tribute) => tribute.ToString().ToLowerInvariant();
}
