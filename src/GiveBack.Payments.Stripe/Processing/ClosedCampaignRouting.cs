using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Ledger.Campaigns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Payments.Stripe.Processing;

/// <summary>
/// Where a monthly gift's payment goes when its campaign is outside its dates on the day the money was received
/// (after <c>endsOn</c>, or before <c>startsOn</c> if staff moved it): to <see cref="PaymentsOptions.ClosedCampaignFallback"/>
/// when that campaign is open that day and in the same currency, otherwise to its own campaign, flagged for staff.
/// Money Stripe has taken is always booked somewhere; it is never refused.
/// </summary>
public sealed partial class ClosedCampaignRouting(
    IGrainFactory grains, CampaignDirectory campaigns, IOptions<PaymentsOptions> options, ILogger<ClosedCampaignRouting> logger)
{
    internal async Task<CampaignRoute> RouteAsync(Guid campaignId, string currency, DateOnly receivedOn, CancellationToken cancellationToken)
    {
        var own = await grains.GetGrain<ICampaignGrain>(campaignId).GetDefinitionAsync();
        if (own is null || own.IsOpenOn(receivedOn))
        {
            // An unknown campaign is the payment grain's case: it records the payment as needing attention.
            return new CampaignRoute(campaignId, null, false);
        }

        var window = $"'{own.Name}' runs {own.StartsOn:yyyy-MM-dd} to {own.EndsOn:yyyy-MM-dd}, the money came on {receivedOn:yyyy-MM-dd}";
        var fallback = await FallbackAsync(cancellationToken);
        if (fallback is { } other && other.Id != campaignId && other.Definition.IsOpenOn(receivedOn) && other.Definition.Currency == currency)
        {
            return new CampaignRoute(other.Id, $"Campaign {window}: booked to the fallback campaign '{other.Definition.Name}'.", false);
        }

        var why = fallback is { } unusable
            ? $"the fallback campaign '{unusable.Definition.Name}' is not open that day or is not in {currency}"
            : "no open fallback campaign is configured (Payments:ClosedCampaignFallback)";
        LogFlagged(logger, campaignId, receivedOn, why);
        return new CampaignRoute(campaignId, $"Campaign {window}, and {why}: booked to it for staff to review.", true);
    }

    private async Task<(Guid Id, CampaignDefinition Definition)?> FallbackAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.ClosedCampaignFallback?.Trim();
        if (string.IsNullOrEmpty(configured))
        {
            return null;
        }

        var id = Guid.TryParse(configured, out var parsed) ? parsed : (await campaigns.FindBySlugAsync(configured, cancellationToken))?.Id;
        return id is { } found && await grains.GetGrain<ICampaignGrain>(found).GetDefinitionAsync() is { } definition
            ? (found, definition)
            : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A monthly payment for campaign {CampaignId}, received on {ReceivedOn}, is outside the campaign's dates and {Why}; it is booked to the campaign and flagged for staff.")]
    private static partial void LogFlagged(ILogger logger, Guid campaignId, DateOnly receivedOn, string why);
}
