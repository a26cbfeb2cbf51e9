using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Apis;

/// <summary>Plain retrieve endpoints (<c>GET /v1/{resource}/{id}</c> with <c>expand[]</c>) and the unknown-URL answer.</summary>
internal static class ResourceApi
{
    public static IEndpointRouteBuilder MapResourceApi(this IEndpointRouteBuilder app)
    {
        MapRetrieve(app, "/v1/payment_intents/{id}", "payment_intent");
        MapRetrieve(app, "/v1/charges/{id}", "charge");
        MapRetrieve(app, "/v1/balance_transactions/{id}", "balance_transaction");
        MapRetrieve(app, "/v1/refunds/{id}", "refund");
        MapRetrieve(app, "/v1/disputes/{id}", "dispute");
        MapRetrieve(app, "/v1/prices/{id}", "price");
        MapRetrieve(app, "/v1/products/{id}", "product");
        MapRetrieve(app, "/v1/invoices/{id}", "invoice");
        MapRetrieve(app, "/v1/events/{id}", "event");
        app.MapGet("/v1/balance_transactions", ListBalanceTransactionsAsync);
        app.MapGet("/v1/invoices", ListInvoicesAsync);
        app.MapGet("/v1/events", ListEventsAsync);
        app.Map("/v1/{**path}", (HttpRequest request) =>
        {
            throw new StripeApiException(
                System.Net.HttpStatusCode.NotFound, "invalid_request_error",
                $"Unrecognized request URL ({request.Method}: {request.Path}). The Stripe emulator serves only what GiveBack uses.");
        });
        return app;
    }

    private static void MapRetrieve(IEndpointRouteBuilder app, string pattern, string objectType) =>
        app.MapGet(pattern, async (string id, HttpRequest request, EmulatorStore store) =>
        {
            var form = await StripeRequest.ReadAsync(request);
            lock (store.Gate)
            {
                return StripeRequest.Json(store.Get(id, objectType), form, store);
            }
        });

    private static async Task<IResult> ListBalanceTransactionsAsync(HttpRequest request, EmulatorStore store)
    {
        var form = await StripeRequest.ReadAsync(request);
        var type = form.String("type");
        var source = form.String("source");
        lock (store.Gate)
        {
            var items = store.List("balance_transaction")
                .Where(t => (type is null || (string?)t["type"] == type) && (source is null || (string?)t["source"] == source));
            return StripeRequest.Page(items, form, "/v1/balance_transactions", store);
        }
    }

    private static async Task<IResult> ListInvoicesAsync(HttpRequest request, EmulatorStore store)
    {
        var form = await StripeRequest.ReadAsync(request);
        var subscription = form.String("subscription");
        var customer = form.String("customer");
        var status = form.String("status");
        lock (store.Gate)
        {
            var items = store.List("invoice").Where(i =>
                (subscription is null || (string?)i["parent"]?["subscription_details"]?["subscription"] == subscription)
                && (customer is null || (string?)i["customer"] == customer)
                && (status is null || (string?)i["status"] == status));
            return StripeRequest.Page(items, form, "/v1/invoices", store);
        }
    }

    private static async Task<IResult> ListEventsAsync(HttpRequest request, EmulatorStore store)
    {
        var form = await StripeRequest.ReadAsync(request);
        var type = form.String("type");
        var types = form.Strings("types");
        lock (store.Gate)
        {
            var items = store.List("event").Where(e =>
                (type is null || Matches((string)e["type"]!, type)) && (types.Count == 0 || types.Contains((string)e["type"]!)));
            return StripeRequest.Page(items, form, "/v1/events", store);
        }
    }

    /// <summary>Stripe's <c>type</c> filter accepts a trailing wildcard, e.g. <c>charge.*</c>.</summary>
    private static bool Matches(string type, string filter) =>
        filter.EndsWith('*') ? type.StartsWith(filter[..^1], StringComparison.Ordinal) : type == filter;
}
