using GiveBack.Ledger.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GiveBack.Payments.Stripe.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running host or a database.</summary>
internal sealed class DesignTimePaymentsDbContextFactory : IDesignTimeDbContextFactory<PaymentsDbContext>
{
    public PaymentsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PaymentsDbContext>();
        options.UseGiveBackNpgsql(GiveBackNpgsql.DesignTimeConnectionString, PaymentsDbContext.MigrationsHistoryTable);
        return new PaymentsDbContext(options.Options);
    }
}
