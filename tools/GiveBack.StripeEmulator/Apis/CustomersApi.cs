using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Objects;
using GiveBack.StripeEmulator.Store;

namespace GiveBack.StripeEmulator.Apis;

/// <summary><c>/v1/customers</c>: create, retrieve, update, list (filtered by <c>email</c>).</summary>
internal static class CustomersApi
{
    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/customers");
        group.MapPost("", CreateAsync);
        group.MapGet("", ListAsync);
        group.MapGet("{id}", RetrieveAsync);
        group.MapPost("{id}", UpdateAsync);
        return app;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, EmulatorStore store)
    {
        var form = await StripeRequest.ReadAsync(request);
        lock (store.Gate)
        {
            var customer = CustomerObjects.New(store.Now, null, null);
            CustomerObjects.Apply(customer, form);
            store.Put(customer);
            return StripeRequest.Json(customer, form, store);
        }
    }

    private static async Task<IResult> ListAsync(HttpRequest request, EmulatorStore store)
    {
        var form = await StripeRequest.ReadAsync(request);
        var email = form.String("email");
        lock (store.Gate)
        {
            // Stripe matches the email exactly, case-sensitively.
            var items = store.List("customer").Where(c => email is null || (string?)c["email"] == email);
            return StripeRequest.Page(items, form, "/v1/customers", store);
        }
    }

    private static async Task<IResult> RetrieveAsync(string id, HttpRequest request, EmulatorStore store)
    {
        var form = await StripeRequest.ReadAsync(request);
        lock (store.Gate)
        {
            return StripeRequest.Json(store.Get(id, "customer"), form, store);
        }
    }

    private static async Task<IResult> UpdateAsync(string id, HttpRequest request, EmulatorStore store)
    {
        var form = await StripeRequest.ReadAsync(request);
        lock (store.Gate)
        {
            var customer = store.Get(id, "customer");
            CustomerObjects.Apply(customer, form);
            return StripeRequest.Json(customer, form, store);
        }
    }
}
