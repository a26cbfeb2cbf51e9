using Stripe;

namespace GiveBack.StripeEmulator.Tests;

public sealed class SubscriptionTests : EmulatorTestBase
{
    [Fact]
    public async Task Monthly_gift_produces_invoice_paid_per_cycle()
    {
        var session = await CreateSubscriptionSessionAsync(2000);
        await Emulator.Control.CompleteCheckoutAsync(session.Id);

        var created = Assert.IsType<Subscription>(Assert.Single(await EventsAsync("customer.subscription.created", 1)).Data.Object);
        Assert.Equal("active", created.Status);
        Assert.Equal("rg-7", created.Metadata["recurring_gift_id"]);
        var completed = Assert.IsType<Stripe.Checkout.Session>(Assert.Single(await EventsAsync("checkout.session.completed", 1)).Data.Object);
        Assert.Equal(created.Id, completed.SubscriptionId);

        await Emulator.Control.AdvanceSubscriptionAsync(created.Id);
        await Emulator.Control.AdvanceSubscriptionAsync(created.Id);

        var paid = (await EventsAsync("invoice.paid", 3)).Select(e => Assert.IsType<Invoice>(e.Data.Object)).ToList();
        Assert.Equal(["subscription_create", "subscription_cycle", "subscription_cycle"], paid.Select(i => i.BillingReason));
        Assert.All(paid, i => Assert.Equal(created.Id, i.Parent.SubscriptionDetails.SubscriptionId));
        Assert.All(paid, i => Assert.Equal(2000, i.AmountPaid));
        Assert.Equal(3, paid.Select(i => i.Id).Distinct().Count());

        var invoices = await new InvoiceService(Client).ListAsync(new InvoiceListOptions { Subscription = created.Id });
        Assert.Equal(3, invoices.Data.Count);

        var latest = await new InvoiceService(Client).GetAsync(paid[^1].Id, new InvoiceGetOptions
        {
            Expand = ["payments.data.payment.payment_intent.latest_charge.balance_transaction"],
        });
        var transaction = Assert.Single(latest.Payments.Data).Payment.PaymentIntent.LatestCharge.BalanceTransaction;
        Assert.Equal(2000, transaction.Amount);
        Assert.Equal(88, transaction.Fee); // 58 + 30
        Assert.Equal(1912, transaction.Net);

        var subscription = await new SubscriptionService(Client).GetAsync(created.Id);
        var item = Assert.Single(subscription.Items.Data);
        Assert.Equal(created.Items.Data[0].CurrentPeriodEnd.AddMonths(2), item.CurrentPeriodEnd);
        Assert.Equal(paid[^1].Id, subscription.LatestInvoiceId);
    }

    [Fact]
    public async Task Failed_cycle_sends_invoice_payment_failed_and_past_due()
    {
        var session = await CreateSubscriptionSessionAsync(1500);
        await Emulator.Control.CompleteCheckoutAsync(session.Id);
        var created = Assert.IsType<Subscription>(Assert.Single(await EventsAsync("customer.subscription.created", 1)).Data.Object);

        await Emulator.Control.AdvanceSubscriptionAsync(created.Id, success: false);

        var failed = Assert.IsType<Invoice>(Assert.Single(await EventsAsync("invoice.payment_failed", 1)).Data.Object);
        Assert.Equal("open", failed.Status);
        Assert.Equal(1500, failed.AmountRemaining);
        Assert.Equal("past_due", (await new SubscriptionService(Client).GetAsync(created.Id)).Status);
    }

    [Fact]
    public async Task Amount_change_cancel_at_period_end_and_cancel_are_reported()
    {
        var session = await CreateSubscriptionSessionAsync(1000);
        await Emulator.Control.CompleteCheckoutAsync(session.Id);
        var created = Assert.IsType<Subscription>(Assert.Single(await EventsAsync("customer.subscription.created", 1)).Data.Object);
        var subscriptions = new SubscriptionService(Client);
        var item = created.Items.Data[0];

        var changed = await subscriptions.UpdateAsync(created.Id, new SubscriptionUpdateOptions
        {
            Items =
            [
                new SubscriptionItemOptions
                {
                    Id = item.Id,
                    PriceData = new SubscriptionItemPriceDataOptions
                    {
                        Currency = "usd",
                        Product = item.Price.ProductId,
                        UnitAmount = 2500,
                        Recurring = new SubscriptionItemPriceDataRecurringOptions { Interval = "month" },
                    },
                },
            ],
        });
        Assert.Equal(2500, changed.Items.Data[0].Price.UnitAmount);

        var ending = await subscriptions.UpdateAsync(created.Id, new SubscriptionUpdateOptions { CancelAtPeriodEnd = true });
        Assert.True(ending.CancelAtPeriodEnd);
        Assert.Equal(item.CurrentPeriodEnd, ending.CancelAt);
        await EventsAsync("customer.subscription.updated", 2);

        var canceled = await subscriptions.CancelAsync(created.Id);
        Assert.Equal("canceled", canceled.Status);
        Assert.IsType<Subscription>(Assert.Single(await EventsAsync("customer.subscription.deleted", 1)).Data.Object);
    }

    [Fact]
    public async Task Portal_cancel_button_sets_cancel_at_period_end()
    {
        var session = await CreateSubscriptionSessionAsync(1000);
        var completed = await Emulator.Control.CompleteCheckoutAsync(session.Id);
        var portal = await new Stripe.BillingPortal.SessionService(Client).CreateAsync(new Stripe.BillingPortal.SessionCreateOptions
        {
            Customer = (string)completed["customer"]!,
            ReturnUrl = "https://giveback.example/account",
        });
        var subscriptionId = (string)completed["subscription"]!;
        using var browser = new HttpClient();
        Assert.Contains($"id=\"cancel-{subscriptionId}\"", await browser.GetStringAsync(portal.Url), StringComparison.Ordinal);

        using var response = await browser.PostAsync($"{portal.Url}/subscriptions/{subscriptionId}/cancel", null);

        response.EnsureSuccessStatusCode();
        Assert.True((await new SubscriptionService(Client).GetAsync(subscriptionId)).CancelAtPeriodEnd);
        var updated = Assert.IsType<Subscription>(Assert.Single(await EventsAsync("customer.subscription.updated", 1)).Data.Object);
        Assert.True(updated.CancelAtPeriodEnd);
    }

    [Fact]
    public async Task Portal_session_links_to_the_emulator()
    {
        var customer = await new CustomerService(Client).CreateAsync(new CustomerCreateOptions { Email = "grace@example.org" });

        var portal = await new Stripe.BillingPortal.SessionService(Client).CreateAsync(new Stripe.BillingPortal.SessionCreateOptions
        {
            Customer = customer.Id,
            ReturnUrl = "https://giveback.example/account",
        });

        Assert.StartsWith(Emulator.BaseUrl, portal.Url, StringComparison.Ordinal);
        using var browser = new HttpClient();
        Assert.Contains("https://giveback.example/account", await browser.GetStringAsync(portal.Url), StringComparison.Ordinal);
    }
}
