using System.Security.Cryptography;
using System.Text.Json;

namespace GiveBack.Ledger.Gifts;

/// <summary>A stable fingerprint of a normalized request, stored beside its idempotency key.</summary>
public static class RequestHash
{
    public static string Of<T>(T normalizedRequest) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(normalizedRequest)));
}
