using System.Net;
using Stripe;
using Stripe.Checkout;

namespace GiveBack.StripeEmulator.Tests;

public sealed class CheckoutTests : EmulatorTestBase
{
    [Fact]
    public async Task Completed_payment_session_delivers_verifiable_events_with_fee_and_net()
    {
        var created = await CreatePaymentSessionAsync(5000);
        Assert.Equal("open", created.Status);
        Assert.StartsWith(Emulator.BaseUrl, created.Url, StringComparison.Ordinal);
        Assert.Null(created.PaymentIntentId);

        await Emulator.Control.CompleteCheckoutAsync(created.Id);

        var completed = Assert.Single(await EventsAsync("checkout.session.completed", 1));
        Assert.Equal(StripeConfiguration.ApiVersion, completed.ApiVersion);
        var session = Assert.IsType<Session>(completed.Data.Object);
        Assert.Equal(created.Id, session.Id);
        Assert.Equal("complete", session.Status);
        Assert.Equal("paid", session.PaymentStatus);
        Assert.Equal(5000, session.AmountTotal);
        Assert.Equal("gift-123", session.ClientReferenceId);
        Assert.Equal("giving-day", session.Metadata["campaign"]);
        Assert.Equal("ada@example.org", session.CustomerDetails.Email);

        var intentEvent = Assert.Single(await EventsAsync("payment_intent.succeeded", 1));
        var intent = Assert.IsType<PaymentIntent>(intentEvent.Data.Object);
        Assert.Equal(session.PaymentIntentId, intent.Id);
        Assert.Equal("gift-123", intent.Metadata["gift_id"]);
        var charge = Assert.IsType<Charge>(Assert.Single(await EventsAsync("charge.succeeded", 1)).Data.Object);
        Assert.Equal(intent.LatestChargeId, charge.Id);

        var expanded = await new SessionService(Client).GetAsync(created.Id, new SessionGetOptions
        {
            Expand = ["payment_intent.latest_charge.balance_transaction"],
        });
        var transaction = expanded.PaymentIntent.LatestCharge.BalanceTransaction;
        Assert.Equal("succeeded", expanded.PaymentIntent.Status);
        Assert.Equal(5000, transaction.Amount);
        Assert.Equal(175, transaction.Fee); // 2.9% + 30
        Assert.Equal(4825, transaction.Net);
        Assert.Equal(175, Assert.Single(transaction.FeeDetails).Amount);
        Assert.Equal(charge.Id, transaction.SourceId);
        Assert.Equal(expanded.CustomerId, expanded.PaymentIntent.CustomerId);
        Assert.Empty(Receiver.Rejections);
    }

    [Fact]
    public async Task Pay_button_redirects_to_success_url_with_the_session_id()
    {
        var session = await CreatePaymentSessionAsync(2500);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        var page = await browser.GetStringAsync(session.Url);
        Assert.Contains("id=\"pay\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"decline\"", page, StringComparison.Ordinal);
        Assert.Contains("USD 25.00", page, StringComparison.Ordinal);

        using var response = await browser.PostAsync(
            $"{Emulator.BaseUrl}/checkout/{session.Id}/pay", new FormUrlEncodedContent([new("email", "ada@example.org")]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"https://giveback.example/thanks?session_id={session.Id}", response.Headers.Location!.ToString());
        Assert.Equal("complete", (await new SessionService(Client).GetAsync(session.Id)).Status);
    }

    [Fact]
    public async Task Decline_button_fails_the_payment_and_redirects_to_cancel_url()
    {
        var session = await CreatePaymentSessionAsync(2500);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await browser.PostAsync($"{Emulator.BaseUrl}/checkout/{session.Id}/decline", null);

        Assert.Equal("https://giveback.example/give", response.Headers.Location!.ToString());
        var failed = Assert.IsType<PaymentIntent>(Assert.Single(await EventsAsync("payment_intent.payment_failed", 1)).Data.Object);
        Assert.Equal("card_declined", failed.LastPaymentError.Code);
        Assert.Equal("open", (await new SessionService(Client).GetAsync(session.Id)).Status);
    }

    [Fact]
    public async Task Customers_are_created_found_by_email_and_updated()
    {
        var customers = new CustomerService(Client);
        var created = await customers.CreateAsync(new CustomerCreateOptions
        {
            Email = "ada@example.org",
            Name = "Ada Lovelace",
            Metadata = new Dictionary<string, string> { ["donor_id"] = "d-1" },
        });
        await customers.CreateAsync(new CustomerCreateOptions { Email = "someone@example.org" });

        var found = await customers.ListAsync(new CustomerListOptions { Email = "ada@example.org" });
        Assert.Equal(created.Id, Assert.Single(found.Data).Id);

        var updated = await customers.UpdateAsync(created.Id, new CustomerUpdateOptions
        {
            Name = "Ada King",
            Metadata = new Dictionary<string, string> { ["class_year"] = "1835" },
        });
        Assert.Equal("Ada King", updated.Name);
        Assert.Equal("d-1", updated.Metadata["donor_id"]);
        Assert.Equal("1835", (await customers.GetAsync(created.Id)).Metadata["class_year"]);
    }

    [Fact]
    public async Task Repeated_idempotency_key_returns_the_first_answer()
    {
        var customers = new CustomerService(Client);
        var options = new RequestOptions { IdempotencyKey = "create-donor-d-1" };

        var first = await customers.CreateAsync(new CustomerCreateOptions { Email = "ada@example.org" }, options);
        var second = await customers.CreateAsync(new CustomerCreateOptions { Email = "ada@example.org" }, options);

        Assert.Equal(first.Id, second.Id);
        Assert.Single((await customers.ListAsync(new CustomerListOptions { Email = "ada@example.org" })).Data);
    }

    [Fact]
    public async Task Unknown_id_surfaces_as_StripeException_with_404()
    {
        var error = await Assert.ThrowsAsync<StripeException>(() => new CustomerService(Client).GetAsync("cus_missing"));

        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatusCode);
        Assert.Equal("invalid_request_error", error.StripeError.Type);
        Assert.Equal("resource_missing", error.StripeError.Code);
        Assert.Equal("id", error.StripeError.Param);
    }

    [Fact]
    public async Task Missing_parameter_surfaces_as_StripeException_with_400()
    {
        var error = await Assert.ThrowsAsync<StripeException>(() => new SessionService(Client).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            SuccessUrl = "https://giveback.example/thanks",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("line_items", error.StripeError.Param);
    }

    [Fact]
    public async Task Request_without_api_key_is_refused_with_401()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync($"{Emulator.BaseUrl}/v1/customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"invalid_request_error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
