using System.Security.Cryptography;
using System.Text;

namespace GiveBack.Grains.Pledges;

/// <summary>An id derived from another and a purpose, so that writing the same thing twice lands on the same row.</summary>
internal static class DerivedId
{
    public static Guid For(Guid origin, string purpose)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{origin:N}:{purpose}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
