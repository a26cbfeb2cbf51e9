using System.Buffers.Text;
using System.Security.Cryptography;

namespace GiveBack.GivingDays.Ambassadors;

/// <summary>The secret of an ambassador's link: 128 random bits from the system's CSPRNG, base64url (22 characters).</summary>
public static class AmbassadorTokens
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
