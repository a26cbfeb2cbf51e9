using GiveBack.Payments.GivingPage;
using GiveBack.Payments.Jobs;
using GiveBack.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GiveBack.Payments;

public static class PaymentsRegistration
{
    /// <summary>
    /// What payments run whatever the processor: the public giving page and its monthly-gift links, and the daily
    /// follow-up of monthly gifts whose charge failed. A processor's adapter (<c>AddGiveBackStripePayments</c>)
    /// registers the ports they read. Map the page with <c>MapGivingPageApi</c> and the staff's monthly-gift
    /// endpoints with <c>MapRecurringGiftsApi</c>.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackPayments(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddGivingPage();
        // Read per receipt (IOptionsMonitor): an address saved in the workspace is printed on the next one.
        builder.Services.AddOptions<ReceiptIssuerOptions>().BindConfiguration(ReceiptIssuerOptions.SectionName);
        builder.Services.AddDailyJob<RecurringGiftFollowUpJob>(RecurringGiftFollowUpJob.Key);
        return builder;
    }
}
