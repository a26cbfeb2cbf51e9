using System.Security.Cryptography;
using System.Text;

namespace GiveBack.Domain.Identity;

/// <summary>
/// A name-derived id (RFC 9562 version 8 over SHA-256): the same name always gives the same id, so writing the same
/// thing twice — a retried create, a payer seen twice, a pledge's write-off — lands on the same grain or row.
/// </summary>
public static class NameBasedId
{
    public static Guid From(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
