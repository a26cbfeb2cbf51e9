using GiveBack.Domain.Giving;

namespace GiveBack.Constituents.Imports.Parsing;

/// <summary>How the systems name a payment method ("Check", "Personal Check", "Credit Card", "EFT", "Stock/Property"), in GiveBack's words.</summary>
public static class MethodWords
{
    private static readonly (string Word, GiftMethod Method)[] Words =
    [
        ("check", GiftMethod.Cheque), ("cheque", GiftMethod.Cheque), ("cash", GiftMethod.Cash), ("card", GiftMethod.Card),
        ("wire", GiftMethod.Wire), ("eft", GiftMethod.Wire), ("ach", GiftMethod.Wire), ("direct debit", GiftMethod.Wire),
        ("bank", GiftMethod.Wire), ("transfer", GiftMethod.Wire), ("stock", GiftMethod.Stock), ("securities", GiftMethod.Stock),
        ("online", GiftMethod.Online), ("paypal", GiftMethod.Online),
    ];

    public static GiftMethod Of(string text)
    {
        var lower = text.Trim().ToLowerInvariant();
        return lower.Length == 0 ? GiftMethod.Other : Words.FirstOrDefault(w => lower.Contains(w.Word, StringComparison.Ordinal)) is { Word: not null } hit ? hit.Method : GiftMethod.Other;
    }
}
