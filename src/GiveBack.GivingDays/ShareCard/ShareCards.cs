using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.GivingDays.Pages;

namespace GiveBack.GivingDays.ShareCard;

/// <summary>
/// The share cards, drawn at most once per <see cref="Lifetime"/> per campaign and language: a post shared widely is
/// fetched by every network's crawler and every feed, and the card need not be fresher than a few seconds.
/// </summary>
public sealed class ShareCards(IGrainFactory grains, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private readonly Dictionary<(Guid, string), (DateTimeOffset At, byte[] Png)> _drawn = [];

    /// <summary>The card's PNG, or null when the campaign no longer exists.</summary>
    public async Task<byte[]?> CardAsync(Guid campaignId, GivingDayTexts texts)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_drawn.TryGetValue((campaignId, texts.Language), out var drawn) && now - drawn.At < Lifetime)
            {
                return drawn.Png;
            }
        }

        if (await grains.GetGrain<ICampaignGrain>(campaignId).GetAsync() is not { } campaign)
        {
            return null;
        }

        var definition = campaign.Definition;
        var png = ShareCardRenderer.Render(
            texts, definition.Name, campaign.Progress.RaisedAmount, campaign.Progress.DonorCount, definition.GoalAmount, definition.Currency);
        lock (_gate)
        {
            _drawn[(campaignId, texts.Language)] = (now, png);
        }

        return png;
    }
}
