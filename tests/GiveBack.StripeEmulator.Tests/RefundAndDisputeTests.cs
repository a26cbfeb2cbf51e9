using Stripe;

namespace GiveBack.StripeEmulator.Tests;

public sealed class RefundAndDisputeTests : EmulatorTestBase
{
    [Fact]
    public async Task Partial_refund_sends_charge_refunded_and_a_negative_balance_transaction()
    {
        var chargeId = await PaidChargeAsync(5000);

        var refund = await new RefundService(Client).CreateAsync(new RefundCreateOptions { Charge = chargeId, Amount = 2000 });

        Assert.Equal("succeeded", refund.Status);
        var refunded = Assert.IsType<Charge>(Assert.Single(await EventsAsync("charge.refunded", 1)).Data.Object);
        Assert.Equal(2000, refunded.AmountRefunded);
        Assert.False(refunded.Refunded);
        var transaction = await new BalanceTransactionService(Client).GetAsync(refund.BalanceTransactionId);
        Assert.Equal(-2000, transaction.Amount);
        Assert.Equal("refund", transaction.Type);
    }

    [Fact]
    public async Task Refund_by_payment_intent_for_the_rest_marks_the_charge_refunded_and_refuses_more()
    {
        var chargeId = await PaidChargeAsync(5000);
        var charge = await new ChargeService(Client).GetAsync(chargeId);
        var refunds = new RefundService(Client);
        await refunds.CreateAsync(new RefundCreateOptions { Charge = chargeId, Amount = 1000 });

        var rest = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = charge.PaymentIntentId });

        Assert.Equal(4000, rest.Amount);
        var last = Assert.IsType<Charge>((await EventsAsync("charge.refunded", 2))[^1].Data.Object);
        Assert.True(last.Refunded);
        var error = await Assert.ThrowsAsync<StripeException>(() => refunds.CreateAsync(new RefundCreateOptions { Charge = chargeId }));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.HttpStatusCode);
        Assert.Equal("charge_already_refunded", error.StripeError.Code);
    }

    [Fact]
    public async Task Lost_dispute_withdraws_amount_and_fee()
    {
        var chargeId = await PaidChargeAsync(5000);

        var opened = await Emulator.Control.OpenDisputeAsync(chargeId);
        var disputeId = (string)opened["id"]!;
        var created = Assert.IsType<Dispute>(Assert.Single(await EventsAsync("charge.dispute.created", 1)).Data.Object);
        Assert.Equal(chargeId, created.ChargeId);
        Assert.True((await new ChargeService(Client).GetAsync(chargeId)).Disputed);

        await Emulator.Control.CloseDisputeAsync(disputeId, won: false);

        var closed = Assert.IsType<Dispute>(Assert.Single(await EventsAsync("charge.dispute.closed", 1)).Data.Object);
        Assert.Equal("lost", closed.Status);
        var withdrawal = Assert.Single(closed.BalanceTransactions);
        Assert.Equal(-5000, withdrawal.Amount);
        Assert.Equal(1500, withdrawal.Fee);
        Assert.Equal(-6500, withdrawal.Net);
        Assert.Single(await EventsAsync("charge.dispute.funds_withdrawn", 1));
    }

    [Fact]
    public async Task Won_dispute_closes_without_withdrawal()
    {
        var chargeId = await PaidChargeAsync(3000);
        var disputeId = (string)(await Emulator.Control.OpenDisputeAsync(chargeId))["id"]!;

        await Emulator.Control.CloseDisputeAsync(disputeId, won: true);

        var closed = Assert.IsType<Dispute>(Assert.Single(await EventsAsync("charge.dispute.closed", 1)).Data.Object);
        Assert.Equal("won", closed.Status);
        Assert.Empty(closed.BalanceTransactions);
    }

    [Fact]
    public async Task Balance_transactions_list_by_created_range_and_pages()
    {
        for (var i = 0; i < 3; i++)
        {
            await PaidChargeAsync(1000 + i);
        }

        var service = new BalanceTransactionService(Client);
        var now = DateTime.UtcNow;
        var range = new DateRangeOptions { GreaterThanOrEqual = now.AddMinutes(-5), LessThanOrEqual = now.AddMinutes(5) };

        var first = await service.ListAsync(new BalanceTransactionListOptions { Created = range, Limit = 2 });
        Assert.Equal(2, first.Data.Count);
        Assert.True(first.HasMore);
        var second = await service.ListAsync(new BalanceTransactionListOptions { Created = range, Limit = 2, StartingAfter = first.Data[^1].Id });
        Assert.Equal(1002, first.Data[0].Amount); // newest first
        Assert.Equal(1000, Assert.Single(second.Data).Amount);

        var past = await service.ListAsync(new BalanceTransactionListOptions
        {
            Created = new DateRangeOptions { LessThanOrEqual = now.AddDays(-1) },
        });
        Assert.Empty(past.Data);
    }

    private async Task<string> PaidChargeAsync(long amount)
    {
        var session = await CreatePaymentSessionAsync(amount);
        await Emulator.Control.CompleteCheckoutAsync(session.Id);
        var paid = await new Stripe.Checkout.SessionService(Client).GetAsync(session.Id, new Stripe.Checkout.SessionGetOptions
        {
            Expand = ["payment_intent"],
        });
        return paid.PaymentIntent.LatestChargeId;
    }
}
