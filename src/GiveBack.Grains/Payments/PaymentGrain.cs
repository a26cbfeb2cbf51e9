using GiveBack.Cluster;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Payments;
using GiveBack.Grains.Gifts;
using GiveBack.Ledger.Gifts;
using Microsoft.Extensions.Logging;

namespace GiveBack.Grains.Payments;

/// <summary>
/// The lifecycle of one processor payment. Every observation converges the ledger towards what the processor says
/// now: a settled payment has exactly one standing gift; a full refund or a lost dispute reverses it. A partial refund
/// reverses the standing gift and books the remainder in its place ("reverse and rebook"), so every reader keeps one
/// rule — a gift stands unless reversed. The order of events does not matter (a refund seen first books the gift,
/// then reverses it), and repeats change nothing: each ledger write has a key derived from the payment and its step.
/// </summary>
public sealed partial class PaymentGrain(
    [PersistentState("payment", GiveBackStorage.Name)] IPersistentState<PaymentState> state,
    GiftRecorder recorder,
    IGrainFactory grains,
    ILogger<PaymentGrain> logger) : Grain, IPaymentGrain
{
    private string Key => this.GetPrimaryKeyString();

    private PaymentState Payment => state.State;

    public Task<PaymentView> GetAsync() => Task.FromResult(View());

    public async Task<PaymentView> ObserveAsync(PaymentObservation observation)
    {
        var before = Snapshot();
        if (observation.Kind == PaymentEventKind.Failed)
        {
            if (Payment.GiftId is null && Payment.Status is PaymentStatus.Pending or PaymentStatus.Failed)
            {
                Payment.Status = PaymentStatus.Failed;
                Payment.Note = observation.Message ?? "The payment failed.";
            }
        }
        else if (observation.Settlement is { } settlement)
        {
            await ConvergeAsync(observation.Kind, settlement);
        }
        else
        {
            throw new ArgumentException($"A {observation.Kind} observation needs the settlement.", nameof(observation));
        }

        if (Snapshot() != before)
        {
            await state.WriteStateAsync();
        }

        return View();
    }

    private async Task ConvergeAsync(PaymentEventKind kind, PaymentSettlement settlement)
    {
        Payment.Amount = settlement.Amount;
        Payment.Currency = settlement.Currency;
        Payment.AmountRefunded = Math.Max(Payment.AmountRefunded, settlement.AmountRefunded);
        if (!await EnsureGiftAsync(settlement))
        {
            return;
        }

        if (kind == PaymentEventKind.DisputeOpened)
        {
            Payment.Disputed = true;
        }
        else if (kind is PaymentEventKind.DisputeWon or PaymentEventKind.DisputeLost)
        {
            Payment.Disputed = false;
        }

        if (kind == PaymentEventKind.DisputeLost)
        {
            await EnsureReversalAsync("Stripe dispute lost", PaymentStatus.DisputeLost);
        }
        else if (Payment.AmountRefunded >= Payment.Amount && Payment.Amount > 0)
        {
            await EnsureReversalAsync("Refunded through Stripe", PaymentStatus.Refunded);
        }

        if (Payment.ReversalId is not null)
        {
            return;
        }

        if (Payment.AmountRefunded > 0)
        {
            if (Payment.AmountRefunded > Payment.BookedRefund)
            {
                await RebookRemainderAsync(settlement);
                LogPartialRefund(logger, Key, Payment.AmountRefunded, Payment.Amount);
            }

            Payment.Status = PaymentStatus.PartiallyRefunded;
            Payment.Note = $"Partially refunded: {Payment.AmountRefunded} of {Payment.Amount} {Payment.Currency}.";
        }
        else
        {
            Payment.Status = Payment.Disputed ? PaymentStatus.Disputed : PaymentStatus.Succeeded;
        }
    }

    /// <summary>Books the gift once; false when it cannot be booked as it is (the state then says why).</summary>
    private async Task<bool> EnsureGiftAsync(PaymentSettlement settlement)
    {
        if (Payment.GiftId is not null)
        {
            return true;
        }

        var campaign = await grains.GetGrain<ICampaignGrain>(settlement.CampaignId).GetDefinitionAsync();
        if (campaign is null || campaign.Currency != settlement.Currency)
        {
            Payment.Status = PaymentStatus.NeedsAttention;
            Payment.Note = campaign is null
                ? $"Campaign {settlement.CampaignId} does not exist."
                : $"Paid in {settlement.Currency}, but the campaign is in {campaign.Currency}.";
            LogNeedsAttention(logger, Key, Payment.Note);
            return false;
        }

        var result = await recorder.BookSettledAsync(GiftOf(settlement, campaign.Name, settlement.Amount, $"{SystemKeys.Stripe}{Key}", Key, settlement.Net));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Booking payment {Key} answered {result.Status}.");
        }

        Payment.GiftId = result.Entry!.Id;
        Payment.StandingGiftId = Payment.GiftId;
        Payment.Status = PaymentStatus.Succeeded;
        Payment.Note = null;
        return true;
    }

    /// <summary>
    /// Reverses the standing gift and books what was not refunded in its place. The processor keeps its fee on a
    /// partial refund, so the remainder carries the whole fee. Each step's keys name the refunded total it reflects.
    /// </summary>
    private async Task RebookRemainderAsync(PaymentSettlement settlement)
    {
        var step = $"{SystemKeys.Stripe}partial:{Key}:{Payment.AmountRefunded}";
        var standing = Payment.StandingGiftId ?? Payment.GiftId!.Value;
        var reversal = await recorder.ReverseAsync(
            standing, $"Partial refund through Stripe: {Payment.AmountRefunded} of {Payment.Amount} {Payment.Currency}", ScopedKey.System($"{step}:reversal"));
        if (reversal.Status is not (GiftStatus.Created or GiftStatus.Replayed or GiftStatus.AlreadyReversed))
        {
            throw new InvalidOperationException($"Reversing payment {Key} for a partial refund answered {reversal.Status}.");
        }

        var remainder = Payment.Amount - Payment.AmountRefunded;
        var fee = settlement.Fee ?? 0;
        var campaign = await grains.GetGrain<ICampaignGrain>(settlement.CampaignId).GetDefinitionAsync()
            ?? throw new InvalidOperationException($"Campaign {settlement.CampaignId} of payment {Key} does not exist.");
        var rebooked = await recorder.BookSettledAsync(GiftOf(settlement, campaign.Name, remainder, step, $"{Key}:remainder:{Payment.AmountRefunded}", remainder - fee));
        if (!rebooked.Succeeded)
        {
            throw new InvalidOperationException($"Rebooking the remainder of payment {Key} answered {rebooked.Status}.");
        }

        Payment.StandingGiftId = rebooked.Entry!.Id;
        Payment.BookedRefund = Payment.AmountRefunded;
    }

    private static NewGift GiftOf(PaymentSettlement settlement, string campaignName, long amount, string key, string externalId, long? net)
    {
        var designation = settlement.Designation;
        return new NewGift(
            Id: Guid.CreateVersion7(),
            DonorId: settlement.DonorId,
            CampaignId: settlement.CampaignId,
            CampaignName: campaignName,
            Amount: amount,
            Currency: settlement.Currency,
            ReceivedOn: settlement.ReceivedOn,
            Method: GiftVocabulary.Of(Domain.Giving.GiftMethod.Online),
            Fund: designation.Fund,
            TributeType: designation.TributeType,
            TributeName: designation.TributeName,
            Anonymous: designation.Anonymous,
            ClassYear: designation.ClassYear,
            IdempotencyKey: key,
            RequestHash: RequestHash.Of(new { stripe = key }),
            Source: GiftSources.Stripe,
            ExternalId: externalId,
            FeeAmount: settlement.Fee,
            NetAmount: net,
            PledgeId: designation.PledgeId,
            Recurring: designation.Recurring);
    }

    private async Task EnsureReversalAsync(string reason, PaymentStatus status)
    {
        if (Payment.ReversalId is null)
        {
            var result = await recorder.ReverseAsync(Payment.StandingGiftId ?? Payment.GiftId!.Value, reason, ScopedKey.System($"{SystemKeys.Stripe}reversal:{Key}"));
            Payment.ReversalId = result.Status switch
            {
                GiftStatus.Created or GiftStatus.Replayed => result.Entry!.Id,

                // Staff reversed the gift by hand before the processor told us; the money effect is already there.
                GiftStatus.AlreadyReversed => Guid.Empty,
                _ => throw new InvalidOperationException($"Reversing payment {Key} answered {result.Status}."),
            };
        }

        Payment.Status = status;
        Payment.Note = null;
    }

    private (PaymentStatus, Guid?, Guid?, long, long, string?, bool) Snapshot() =>
        (Payment.Status, Payment.GiftId, Payment.ReversalId, Payment.Amount, Payment.AmountRefunded, Payment.Note, Payment.Disputed);

    private PaymentView View() => new(
        Key, Payment.Status, Payment.GiftId, Payment.ReversalId, Payment.Amount, Payment.Currency, Payment.AmountRefunded, Payment.Note,
        Payment.ReversalId is null ? Payment.StandingGiftId ?? Payment.GiftId : null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment {Key}: partial refund of {Refunded} of {Amount}; the gift was reversed and the remainder rebooked.")]
    private static partial void LogPartialRefund(ILogger logger, string key, long refunded, long amount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {Key} needs attention: {Note}")]
    private static partial void LogNeedsAttention(ILogger logger, string key, string note);
}
