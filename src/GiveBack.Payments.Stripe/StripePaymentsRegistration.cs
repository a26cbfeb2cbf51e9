using GiveBack.Data.Postgres;
using GiveBack.Data.Retention;
using GiveBack.Domain.Donors;
using GiveBack.Domain.Erasure;
using GiveBack.Domain.Exports;
using GiveBack.Ledger.Outreach;
using GiveBack.Payments.Stripe.Data;
using GiveBack.Payments.Stripe.Exports;
using GiveBack.Payments.Stripe.Gateway;
using GiveBack.Payments.Stripe.Merging;
using GiveBack.Payments.Stripe.Privacy;
using GiveBack.Payments.Stripe.Processing;
using GiveBack.Payments.Stripe.Receipts;
using GiveBack.Payments.Stripe.Receipts.Pdf;
using GiveBack.Payments.Stripe.Reconciliation;
using GiveBack.Payments.Stripe.Recurring;
using GiveBack.Payments.Stripe.Retention;
using GiveBack.Payments.Stripe.Statements;
using GiveBack.Payments.Stripe.Webhooks;
using GiveBack.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Stripe;

namespace GiveBack.Payments.Stripe;

public static class StripePaymentsRegistration
{
    /// <summary>
    /// Online giving through Stripe: the real Stripe.net client (its API base configurable, so the keyless demo and the
    /// tests reach the local emulator), the webhook inbox and its background processor, monthly gifts, receipts and
    /// reconciliation. <c>STRIPE_SECRET_KEY</c> and <c>STRIPE_WEBHOOK_SECRET</c>, when set, win over configuration.
    /// </summary>
    public static IHostApplicationBuilder AddGiveBackStripePayments(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        services.AddOptions<StripeOptions>()
            .BindConfiguration(StripeOptions.SectionName)
            .PostConfigure(o =>
            {
                o.SecretKey = Nonempty(configuration[StripeOptions.SecretKeyVariable]) ?? Nonempty(o.SecretKey);
                o.WebhookSecret = Nonempty(configuration[StripeOptions.WebhookSecretVariable]) ?? Nonempty(o.WebhookSecret);
            })
            .ValidateDataAnnotations()
            .Validate(o => o.RetryBaseDelay <= o.RetryMaxDelay, "Stripe: RetryBaseDelay must not exceed RetryMaxDelay.")
            .ValidateOnStart();

        services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.SectionName);

        services.AddSingleton<IStripeClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StripeOptions>>().Value;
            return new StripeClient(new StripeClientOptions
            {
                // Without a key every call fails with Stripe's own "no API key" error; IsConfigured keeps the page from trying.
                ApiKey = options.SecretKey ?? "sk_not_configured",
                ApiBase = Nonempty(options.ApiBase)?.TrimEnd('/'),
            });
        });
        services.AddGiveBackDbContext<PaymentsDbContext>(PaymentsDbContext.MigrationsHistoryTable);

        services.AddSingleton<EventSignal>();
        services.AddSingleton<IWebhookInbox, StripeWebhookInbox>();
        services.AddHostedService<StripeEventProcessor>();
        services.AddSingleton<IPaymentEvents, StripeEventLog>();
        services.AddSingleton<StripeEventTranslator>();
        services.AddSingleton<IRetentionPruner, StripeEventPayloadPruner>();
        services.AddSingleton<OneTimePayments>();
        services.AddSingleton<InvoicePayments>();
        services.AddSingleton<ClosedCampaignRouting>();
        services.AddSingleton<PaymentBooking>();
        services.AddSingleton<PaymentRecords>();
        services.AddSingleton<IDonorErasureStep, StripeEventsErasure>();
        services.AddSingleton<IRecordExport, RecurringGiftsExport>();
        services.AddSingleton<IRecordExport, ReceiptsExport>();
        services.AddSingleton<DonorMatcher>();
        services.AddSingleton<GivingPageConsent>();
        services.AddSingleton<IDonorMergeStep, PaymentsMergeStep>();
        services.AddSingleton<RecurringGiftBook>();
        services.AddSingleton<IRecurringGifts, StripeRecurringGifts>();
        services.AddOptions<ReceiptsOptions>().BindConfiguration(ReceiptsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReceiptsOptions>, ReceiptsOptionsValidator>();
        services.AddSingleton<ReceiptFonts>();
        services.AddSingleton<IRecordsDocument, RecordsPdf>();
        services.AddSingleton<ReceiptBook>();
        services.AddSingleton<PaymentReceipts>();
        services.AddSingleton<OfflineGiftReceipts>();
        services.AddIntervalJob<OfflineReceiptJob>(OfflineReceiptJob.Key, provider =>
            provider.GetRequiredService<IOptions<ReceiptsOptions>>().Value.OfflineInterval is { } every && every > TimeSpan.Zero ? every : null);
        services.AddSingleton<IOutreachKindHandler, ThankYouOutreach>();
        services.AddGiveBackStatements();
        services.AddSingleton<IReceipts>(provider => provider.GetRequiredService<ReceiptBook>());
        services.AddSingleton<IPaymentGateway, StripePaymentGateway>();
        services.AddSingleton<IReconciliation, StripeReconciliation>();
        return builder;
    }

    private static string? Nonempty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
