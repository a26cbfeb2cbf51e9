using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using GiveBack.StripeEmulator.Flows;
using GiveBack.StripeEmulator.Http;
using GiveBack.StripeEmulator.Objects;
using GiveBack.StripeEmulator.Store;
using Microsoft.Extensions.Primitives;

namespace GiveBack.StripeEmulator.Pages;

/// <summary>
/// The pages a donor's browser sees instead of Stripe's: the hosted checkout (buttons <c>#pay</c> and <c>#decline</c>)
/// and a minimal customer portal (cancel at period end, return).
/// </summary>
internal static class HostedPages
{
    public static IEndpointRouteBuilder MapHostedPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/checkout/{id}", Checkout);
        app.MapPost("/checkout/{id}/pay", PayAsync);
        app.MapPost("/checkout/{id}/decline", (string id, EmulatorStore store, CheckoutFlow flow) =>
        {
            lock (store.Gate)
            {
                return Results.Redirect(CheckoutFlow.CancelRedirect(flow.Fail(id)));
            }
        });
        app.MapGet("/billing/portal/{id}", Portal);
        app.MapPost("/billing/portal/{id}/subscriptions/{subscriptionId}/cancel", CancelFromPortal);
        return app;
    }

    private static IResult Checkout(string id, EmulatorStore store)
    {
        lock (store.Gate)
        {
            var session = store.Get(id, "checkout.session");
            var e = HtmlEncoder.Default;
            var names = store.Internal(id)["line_items"]!.AsArray()
                .Select(l => (string?)store.Find((string)store.Get((string)l!["price"]!, "price")["product"]!)?["name"])
                .Where(n => n is not null);
            var amount = Money.Format((long)session["amount_total"]!, (string)session["currency"]!);
            var cadence = (string?)session["mode"] == "subscription" ? " per month" : string.Empty;
            var email = (string?)session["customer_email"]
                ?? (StripeJson.Id(session["customer"]) is { } c ? (string?)store.Find(c)?["email"] : null)
                ?? string.Empty;
            var body = $"""
                <h1>Checkout</h1>
                <p id="description">{e.Encode(string.Join(", ", names))}</p>
                <p>Amount: <strong id="amount">{e.Encode(amount)}{cadence}</strong></p>
                <p>Status: <span id="status">{e.Encode((string?)session["status"] ?? string.Empty)}</span></p>
                <form method="post" action="/checkout/{e.Encode(id)}/pay">
                  <label>Email <input id="email" name="email" type="email" value="{e.Encode(email)}"></label>
                  <label>Name <input id="name" name="name" type="text"></label>
                  <button id="pay" type="submit">Pay</button>
                  <button id="decline" type="submit" formnovalidate formaction="/checkout/{e.Encode(id)}/decline">Decline</button>
                </form>
                """;
            return Page("Checkout — Stripe emulator", body);
        }
    }

    private static async Task<IResult> PayAsync(string id, HttpRequest request, EmulatorStore store, CheckoutFlow flow)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var email = Blank(form["email"]);
        var name = Blank(form["name"]);
        lock (store.Gate)
        {
            return Results.Redirect(CheckoutFlow.SuccessRedirect(flow.Complete(id, email, name)));
        }
    }

    private static IResult Portal(string id, EmulatorStore store)
    {
        lock (store.Gate)
        {
            var session = store.Get(id, "billing_portal.session");
            var e = HtmlEncoder.Default;
            var rows = store.List("subscription")
                .Where(s => (string?)s["customer"] == (string?)session["customer"])
                .Select(s => SubscriptionRow(id, s, e));
            var body = $"""
                <h1>Your giving</h1>
                <ul id="subscriptions">{string.Concat(rows)}</ul>
                <p><a id="return" href="{e.Encode((string?)session["return_url"] ?? "/")}">Return</a></p>
                """;
            return Page("Customer portal — Stripe emulator", body);
        }
    }

    private static IResult CancelFromPortal(string id, string subscriptionId, EmulatorStore store, SubscriptionChanges changes)
    {
        lock (store.Gate)
        {
            var session = store.Get(id, "billing_portal.session");
            var subscription = store.Get(subscriptionId, "subscription");
            if ((string?)subscription["customer"] != (string?)session["customer"])
            {
                throw StripeApiException.NoSuch("subscription", subscriptionId);
            }

            changes.Apply(subscription, FormTree.Parse([new("cancel_at_period_end", "true")]));
            return Results.Redirect($"/billing/portal/{id}");
        }
    }

    private static string SubscriptionRow(string portalId, JsonObject subscription, HtmlEncoder e)
    {
        var id = (string)subscription["id"]!;
        var amount = Money.Format(SubscriptionObjects.Amount(subscription), (string)subscription["currency"]!);
        var state = (bool)subscription["cancel_at_period_end"]! ? "cancels at period end" : (string?)subscription["status"];
        var button = (string?)subscription["status"] == "canceled" || (bool)subscription["cancel_at_period_end"]!
            ? string.Empty
            : $"""<form method="post" action="/billing/portal/{e.Encode(portalId)}/subscriptions/{e.Encode(id)}/cancel"><button id="cancel-{e.Encode(id)}" type="submit">Cancel</button></form>""";
        return $"""<li id="{e.Encode(id)}">{e.Encode(amount)} per month — {e.Encode(state ?? string.Empty)}{button}</li>""";
    }

    private static string? Blank(StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString();

    private static IResult Page(string title, string body) => Results.Content(
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{HtmlEncoder.Default.Encode(title)}</title>
        <style>body{"{"}font-family:sans-serif;max-width:32rem;margin:2rem auto{"}"} button{"{"}margin:.5rem .5rem 0 0{"}"}</style></head>
        <body><main>
        {body}
        <p><small>Stripe emulator — no real payment is made.</small></p>
        </main></body></html>
        """,
        "text/html; charset=utf-8");
}
