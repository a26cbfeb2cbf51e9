using System.Net;
using System.Net.Sockets;

namespace GiveBack.Testing.Host;

public static class FreePort
{
    /// <summary>A loopback port nothing listens on right now, for silo and gateway endpoints (they cannot take port 0).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
