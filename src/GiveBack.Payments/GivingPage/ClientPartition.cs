using System.Net;
using System.Net.Sockets;

namespace GiveBack.Payments.GivingPage;

/// <summary>
/// Who a rate limit counts: the client's address (after a trusted proxy's <c>X-Forwarded-For</c>), with IPv6 cut to
/// its /64, the smallest block one subscriber is given, so a client cannot take a fresh bucket per address.
/// </summary>
public static class ClientPartition
{
    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
