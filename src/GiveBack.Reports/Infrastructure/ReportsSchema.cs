using Microsoft.EntityFrameworkCore;

namespace GiveBack.Reports.Infrastructure;

/// <summary>Applies the reports' migrations outside a host (tests, the benchmark). The ledger's must have run first.</summary>
public static class ReportsSchema
{
    public static async Task MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var options = new DbContextOptionsBuilder<ReportsDbContext>();
        options.UseReportsNpgsql(connectionString);
        await using var db = new ReportsDbContext(options.Options);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
