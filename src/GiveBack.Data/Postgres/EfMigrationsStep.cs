using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GiveBack.Data.Postgres;

/// <summary>A module's EF Core migrations; EF's own history table (one per context) says which have run.</summary>
internal sealed class EfMigrationsStep<TContext> : SchemaStep
    where TContext : DbContext
{
    public override string Id => $"ef/{typeof(TContext).Name}";

    public override async Task ApplyAsync(NpgsqlConnection connection, IServiceProvider services, CancellationToken cancellationToken)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<TContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
