using GiveBack.Payments.Jobs;
using GiveBack.Scheduling;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Payments;

public static class PaymentsRegistration
{
    /// <summary>
    /// What payments run whatever the processor: the daily follow-up of monthly gifts whose charge failed. A processor's
    /// adapter (<c>AddGiveBackStripePayments</c>) registers the ports it reads.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackPayments(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDailyJob<RecurringGiftFollowUpJob>(RecurringGiftFollowUpJob.Key);
        return builder;
    }
}
