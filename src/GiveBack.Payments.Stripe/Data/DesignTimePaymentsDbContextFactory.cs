using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GiveBack.Payments.Stripe.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running host or a database.</summary>
internal sealed class DesignTimePaymentsDbContextFactory : IDesignTimeDbContextFactory<PaymentsDbContext>
{
    public PaymentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PaymentsDbContext>()
            .UseNpgsql(
                Environment.GetEnvironmentVariable("GIVEBACK_DB") ?? "Host=127.0.0.1;Database=giveback_design",
                npgsql => npgsql.MigrationsHistoryTable(PaymentsDbContext.MigrationsHistoryTable))
            .Options);
}
