using GiveBack.Cluster;
using GiveBack.Domain.Idempotency;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Payments;
using GiveBack.Giving.Gifts;
using GiveBack.Payments.Rules;
using GiveBack.Ledger.Gifts;
using Microsoft.Extensions.Logging;

namespace GiveBack.Payments;

/// <summary>
/// The lifecycle of one processor payment. The rules — how observations in any order converge on one effect on the
/// ledger — are the pure <see cref="PaymentConvergence"/>; this grain only asks them, performs the ledger writes they
/// name and persists where the payment stands. Repeats change nothing: each ledger write has a key derived from the
/// payment and its step.
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
        var settlement = observation.Settlement;
        if (observation.Kind != PaymentEventKind.Failed && settlement is null)
        {
            throw new ArgumentException($"A {observation.Kind} observation needs the settlement.", nameof(observation));
        }

        var before = Position();
        CampaignDefinition? campaign = null;
        string? cannotBook = null;
        if (PaymentConvergence.WouldBook(before, observation.Kind))
        {
            campaign = await grains.GetGrain<ICampaignGrain>(settlement!.CampaignId).GetDefinitionAsync();
            cannotBook = campaign is null
                ? $"Campaign {settlement.CampaignId} does not exist."
                : campaign.Currency != settlement.Currency ? $"Paid in {settlement.Currency}, but the campaign is in {campaign.Currency}." : null;
        }

        var charge = settlement is null ? null : new ChargeReading(settlement.Amount, settlement.Currency, settlement.AmountRefunded);
        var decision = PaymentConvergence.Observe(before, observation.Kind, charge, observation.Message, cannotBook);
        if (cannotBook is not null)
        {
            LogNeedsAttention(logger, Key, cannotBook);
        }

        foreach (var effect in decision.Effects)
        {
            // A reversal needs no campaign; the gifts carry its name.
            campaign ??= effect is ReverseGift ? null : await grains.GetGrain<ICampaignGrain>(settlement!.CampaignId).GetDefinitionAsync()
                ?? throw new InvalidOperationException($"Campaign {settlement.CampaignId} of payment {Key} does not exist.");
            await PerformAsync(effect, settlement!, campaign);
        }

        Keep(decision.Position);
        if (decision.Position != before)
        {
            await state.WriteStateAsync();
        }

        return View();
    }

    private Task PerformAsync(PaymentEffect effect, PaymentSettlement settlement, CampaignDefinition? campaign) => effect switch
    {
        BookGift => BookGiftAsync(settlement, campaign!),
        RebookRemainder rebook => RebookRemainderAsync(settlement, campaign!, rebook.Refunded),
        ReverseGift reverse => ReverseAsync(reverse.Reason),
        _ => throw new InvalidOperationException($"Unknown payment effect {effect}."),
    };

    private async Task BookGiftAsync(PaymentSettlement settlement, CampaignDefinition campaign)
    {
        var result = await recorder.BookSettledAsync(GiftOf(settlement, campaign.Name, settlement.Amount, $"{SystemKeys.Stripe}{Key}", Key, settlement.Net));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Booking payment {Key} answered {result.Status}.");
        }

        Payment.GiftId = result.Entry!.Id;
        Payment.StandingGiftId = Payment.GiftId;
    }

    /// <summary>
    /// Reverses the standing gift and books what was not refunded in its place. The processor keeps its fee on a
    /// partial refund, so the remainder carries the whole fee. Each step's keys name the refunded total it reflects.
    /// </summary>
    private async Task RebookRemainderAsync(PaymentSettlement settlement, CampaignDefinition campaign, long refunded)
    {
        var step = $"{SystemKeys.Stripe}partial:{Key}:{refunded}";
        var standing = Payment.StandingGiftId ?? Payment.GiftId!.Value;
        var reversal = await recorder.ReverseAsync(
            standing, $"Partial refund through Stripe: {refunded} of {settlement.Amount} {settlement.Currency}", ScopedKey.System($"{step}:reversal"));
        if (reversal.Status is not (GiftStatus.Created or GiftStatus.Replayed or GiftStatus.AlreadyReversed))
        {
            throw new InvalidOperationException($"Reversing payment {Key} for a partial refund answered {reversal.Status}.");
        }

        var remainder = settlement.Amount - refunded;
        var fee = settlement.Fee ?? 0;
        var rebooked = await recorder.BookSettledAsync(GiftOf(settlement, campaign.Name, remainder, step, $"{Key}:remainder:{refunded}", remainder - fee));
        if (!rebooked.Succeeded)
        {
            throw new InvalidOperationException($"Rebooking the remainder of payment {Key} answered {rebooked.Status}.");
        }

        Payment.StandingGiftId = rebooked.Entry!.Id;
        Payment.BookedRefund = refunded;
        LogPartialRefund(logger, Key, refunded, settlement.Amount);
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
            Recurring: designation.Recurring,
            AmbassadorId: designation.AmbassadorId);
    }

    private async Task ReverseAsync(string reason)
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

    /// <summary>Where the payment stands for the rules; what the ledger reflects is read from the rows it made.</summary>
    private PaymentPosition Position() => new(
        Payment.Status,
        Payment.Note,
        Payment.Amount,
        Payment.Currency,
        Payment.AmountRefunded,
        Payment.Dispute == PaymentDispute.None && Payment.Disputed ? PaymentDispute.Open : Payment.Dispute,
        Payment.GiftId is not null,
        Payment.BookedRefund,
        Payment.ReversalId is not null);

    /// <summary>Keeps the rules' verdict; the ledger rows' ids were kept as each write was performed.</summary>
    private void Keep(PaymentPosition position)
    {
        Payment.Status = position.Status;
        Payment.Note = position.Note;
        Payment.Amount = position.Amount;
        Payment.Currency = position.Currency;
        Payment.AmountRefunded = position.AmountRefunded;
        Payment.Dispute = position.Dispute;
        Payment.Disputed = position.Dispute == PaymentDispute.Open;
    }

    private PaymentView View() => new(
        Key, Payment.Status, Payment.GiftId, Payment.ReversalId, Payment.Amount, Payment.Currency, Payment.AmountRefunded, Payment.Note,
        Payment.ReversalId is null ? Payment.StandingGiftId ?? Payment.GiftId : null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment {Key}: partial refund of {Refunded} of {Amount}; the gift was reversed and the remainder rebooked.")]
    private static partial void LogPartialRefund(ILogger logger, string key, long refunded, long amount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {Key} needs attention: {Note}")]
    private static partial void LogNeedsAttention(ILogger logger, string key, string note);
}
