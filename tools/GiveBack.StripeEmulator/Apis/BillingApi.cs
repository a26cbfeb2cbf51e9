using GiveBack.StripeEmulator.Flows;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Objects;
using GiveBack.StripeEmulator.Store;
using Microsoft.Extensions.Options;

namespace GiveBack.StripeEmulator.Apis;

/// <summary>Subscriptions (retrieve, update, cancel), refunds (create) and customer portal sessions (create).</summary>
internal static class BillingApi
{
    public static IEndpointRouteBuilder MapBillingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/subscriptions/{id}", RetrieveSubscriptionAsync);
        app.MapPost("/v1/subscriptions/{id}", UpdateSubscriptionAsync);
        app.MapDelete("/v1/subscriptions/{id}", CancelSubscriptionAsync);
        app.MapPost("/v1/refunds", CreateRefundAsync);
        app.MapPost("/v1/billing_portal/sessions", CreatePortalSessionAsync);
        return app;
    }

    private static async Task<IResult> RetrieveSubscriptionAsync(string id, HttpRequest request, EmulatorStore store)
    {
        var form = await StripeRequest.ReadAsync(request);
        lock (store.Gate)
        {
            return StripeRequest.Json(store.Get(id, "subscription"), form, store);
        }
    }

    private static async Task<IResult> UpdateSubscriptionAsync(
        string id, HttpRequest request, EmulatorStore store, SubscriptionChanges changes)
    {
        var form = await StripeRequest.ReadAsync(request);
        lock (store.Gate)
        {
            var subscription = store.Get(id, "subscription");
            changes.Apply(subscription, form);
            return StripeRequest.Json(subscription, form, store);
        }
    }

    private static async Task<IResult> CancelSubscriptionAsync(
        string id, HttpRequest request, EmulatorStore store, SubscriptionBilling billing)
    {
        var form = await StripeRequest.ReadAsync(request);
        lock (store.Gate)
        {
            var subscription = store.Get(id, "subscription");
            billing.Cancel(subscription);
            return StripeRequest.Json(subscription, form, store);
        }
    }

    private static async Task<IResult> CreateRefundAsync(HttpRequest request, EmulatorStore store, RefundFlow refunds)
    {
        var form = await StripeRequest.ReadAsync(request);
        lock (store.Gate)
        {
            return StripeRequest.Json(refunds.Create(form), form, store);
        }
    }

    private static async Task<IResult> CreatePortalSessionAsync(
        HttpRequest request, EmulatorStore store, IOptions<StripeEmulatorOptions> options)
    {
        var form = await StripeRequest.ReadAsync(request);
        var customerId = form.Required("customer");
        lock (store.Gate)
        {
            store.Get(customerId, "customer", "customer");
            var id = PortalSessionObjects.NewId();
            var url = $"{PublicUrl.Base(request, options.Value)}/billing/portal/{id}";
            var session = PortalSessionObjects.New(id, store.Now, customerId, form.String("return_url"), form.String("locale"), url);
            store.Put(session);
            return StripeRequest.Json(session, form, store);
        }
    }
}
