using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>Lets <c>dotnet tool run dotnet-ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PluginsDbContext>
{
    public PluginsDbContext CreateDbContext(string[] args)
    {
        // As GiveBackNpgsql.DesignTimeConnectionString: GIVEBACK_DB when set, else a local name (no server needed).
        var connectionString = Environment.GetEnvironmentVariable("GIVEBACK_DB") ?? "Host=127.0.0.1;Database=giveback_design";
        var options = new DbContextOptionsBuilder<PluginsDbContext>();
        options.UsePluginsNpgsql(connectionString);
        return new PluginsDbContext(options.Options);
    }
}
