using GiveBack.Ledger.Outreach;
using GiveBack.Payments.Statements;
using GiveBack.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace GiveBack.Payments.Stripe.Statements;

internal static class StatementsRegistration
{
    /// <summary>
    /// Giving statements on the receipts' issuer, fonts and pages: the composer, the runs and their job (woken on
    /// request, and looking every <c>Statements:RunInterval</c>), the year-end schedule, and the message's attachment.
    /// </summary>
    public static IServiceCollection AddGiveBackStatements(this IServiceCollection services)
    {
        services.AddOptions<StatementsOptions>()
            .BindConfiguration(StatementsOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.YearEndCron) || CronExpression.TryParse(o.YearEndCron, out _), "Statements: YearEndCron is not a Quartz cron expression.")
            .Validate(o => o.PageSize is >= 1 and <= 10_000, "Statements: PageSize must be between 1 and 10000.")
            .ValidateOnStart();
        services.AddSingleton<StatementComposer>();
        services.AddSingleton<StatementRuns>();
        services.AddSingleton<IStatements, StatementBook>();
        services.AddSingleton<IOutreachKindHandler, StatementOutreach>();
        services.AddIntervalJob<StatementRunJob>(StatementRunJob.Key, provider =>
            provider.GetRequiredService<IOptions<StatementsOptions>>().Value.RunInterval is var every && every > TimeSpan.Zero ? every : null);
        services.AddCronJob<StatementYearEndJob>(StatementYearEndJob.Key, provider =>
            provider.GetRequiredService<IOptions<StatementsOptions>>().Value.YearEndCron);
        return services;
    }
}
