using System.Security.Cryptography;

namespace GiveBack.StripeEmulator.Store;

/// <summary>Makes ids shaped like Stripe's: a type prefix and 24 random alphanumerics.</summary>
internal static class StripeIds
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string New(string prefix, int length = 24) =>
        prefix + RandomNumberGenerator.GetString(Alphabet, length);
}
