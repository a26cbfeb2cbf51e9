using System.Globalization;

namespace GiveBack.Plugins.Tests.Infrastructure;

/// <summary>One line a test plugin wrote for a delivery it received.</summary>
public sealed record Recorded(long DeliveryId, string Type, Guid DonorId, int Attempt, string Note)
{
    public static IReadOnlyList<Recorded> ReadAll(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return [.. lines.Select(l => l.Split('|')).Where(p => p.Length == 5).Select(p => new Recorded(
            long.Parse(p[0], CultureInfo.InvariantCulture), p[1], Guid.Parse(p[2]),
            int.Parse(p[3], CultureInfo.InvariantCulture), p[4]))];
    }
}
