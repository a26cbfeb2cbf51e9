using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GiveBack.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a module's model without a host or a database: the module's factory is one
/// line deriving from this, naming its history table and its constructor.
/// </summary>
public abstract class ModuleDesignTimeFactory<TContext>(string historyTable, Func<DbContextOptions<TContext>, TContext> create)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseGiveBackNpgsql(GiveBackNpgsql.DesignTimeConnectionString, historyTable);
        return create(options.Options);
    }
}
