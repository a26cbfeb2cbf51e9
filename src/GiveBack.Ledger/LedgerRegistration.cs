using GiveBack.Ledger.Campaigns;
using GiveBack.Ledger.Donors;
using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Infrastructure;
using GiveBack.Ledger.Outreach;
using GiveBack.Ledger.Pledges;
using GiveBack.Ledger.Scheduling;
using GiveBack.Ledger.Security;
using GiveBack.Ledger.Security.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GiveBack.Ledger;

public static class LedgerRegistration
{
    /// <summary>The ledger, read models and API keys on PostgreSQL; migrations run as the host starts.</summary>
    public static IHostApplicationBuilder AddGiveBackLedger(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LedgerOptions>()
            .Configure(o => o.ConnectionString = builder.Configuration.GetConnectionString(LedgerOptions.ConnectionStringName) ?? string.Empty)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddPooledDbContextFactory<GiveBackDbContext>((services, options) =>
            options.UseNpgsql(services.GetRequiredService<IOptions<LedgerOptions>>().Value.ConnectionString));
        builder.Services.AddHostedService<DatabaseMigrator<GiveBackDbContext>>();
        builder.Services.AddSingleton<GiftLedger>();
        builder.Services.AddSingleton<LedgerReader>();
        builder.Services.AddSingleton<DonorDirectory>();
        builder.Services.AddSingleton<PossibleDuplicates>();
        builder.Services.AddSingleton<CampaignDirectory>();
        builder.Services.AddSingleton<ApiKeyStore>();
        builder.Services.AddSingleton<PledgeStore>();
        builder.Services.AddSingleton<InstallmentCalendar>();
        builder.Services.AddSingleton<PledgeAging>();
        builder.Services.AddSingleton<CampaignCalendar>();
        builder.Services.AddSingleton<Giving.LapsedDonors>();
        builder.Services.AddSingleton<OutreachOutbox>();
        builder.Services.AddSingleton<JobRunLog>();
        builder.AddGiveBackDataProtection();
        return builder;
    }
}
