using GiveBack.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GiveBack.Ledger.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running host or a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<GiveBackDbContext>
{
    public GiveBackDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GiveBackDbContext>()
            .UseGiveBackNpgsql(GiveBackNpgsql.DesignTimeConnectionString)
            .Options);
}
