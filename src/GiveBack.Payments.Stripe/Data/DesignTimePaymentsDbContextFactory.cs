using GiveBack.Data.Postgres;

namespace GiveBack.Payments.Stripe.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimePaymentsDbContextFactory() : ModuleDesignTimeFactory<PaymentsDbContext>(PaymentsDbContext.MigrationsHistoryTable, options => new(options));
