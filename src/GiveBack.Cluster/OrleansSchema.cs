namespace GiveBack.Cluster;

/// <summary>
/// The tables and OrleansQuery rows the Orleans ADO.NET providers need (embedded Sql/*.sql, in name order). The host's
/// schema migrator applies <see cref="Scripts"/> as versioned steps, the one way they reach a database. Every script creates only what is missing and upserts its rows,
/// so it is safe to run again and from several processes at once.
/// </summary>
public static class OrleansSchema
{
    private const string ResourcePrefix = "GiveBack.Cluster.Sql.";

    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> Loaded = new(LoadScripts);

    /// <summary>Each script's name (e.g. <c>10-Membership</c>) and SQL, in the order they must run.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Scripts => Loaded.Value;

    private static List<KeyValuePair<string, string>> LoadScripts()
    {
        var assembly = typeof(OrleansSchema).Assembly;
        var scripts = new List<KeyValuePair<string, string>>();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new(Path.GetFileNameWithoutExtension(name[ResourcePrefix.Length..]), reader.ReadToEnd()));
        }

        return scripts.Count > 0
            ? scripts
            : throw new InvalidOperationException($"No embedded {ResourcePrefix}*.sql scripts: the build lost them.");
    }
}
