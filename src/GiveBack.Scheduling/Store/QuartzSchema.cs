using Quartz;

namespace GiveBack.Scheduling.Store;

/// <summary>
/// Quartz's own PostgreSQL schema script, the one its <c>ProvisionSchema()</c> would run, applied instead by the host's
/// schema migrator as a versioned step (so schema comes from one runner, and the scheduler only validates it). The
/// script ships inside Quartz.dll, so upgrading Quartz changes it and the migrator applies it again; it only creates
/// what is missing.
/// </summary>
internal static class QuartzSchema
{
    public const string Id = "quartz/tables";

    private const string Resource = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    // Quartz's default table prefix, which this store keeps. The script's {0} is the prefix, {1} the same without a
    // schema qualifier (for index and constraint names); with no qualifier they are the same.
    private const string TablePrefix = "qrtz_";

    public static string Sql()
    {
        using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Quartz no longer embeds {Resource}: check its schema provisioning.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal);
    }
}
