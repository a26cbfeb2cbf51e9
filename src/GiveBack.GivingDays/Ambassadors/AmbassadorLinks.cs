using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Payments.GivingPage;

namespace GiveBack.GivingDays.Ambassadors;

/// <summary>The giving page's view of an ambassador's link: the click counted, then their personal page's content.</summary>
public sealed class AmbassadorLinks(CampaignAmbassadors ambassadors, IGrainFactory grains, PublicUrls urls) : IAmbassadorLinks
{
    public const string PathPrefix = "/give/a/";

    /// <summary>The ambassador's absolute public link (<c>GivingPage:PublicBaseUrl</c> + <c>/give/a/{token}</c>).</summary>
    public string LinkOf(AmbassadorRecord ambassador) => urls.Absolute($"{PathPrefix}{Uri.EscapeDataString(ambassador.Token)}");

    /// <inheritdoc/>
    public async Task<AmbassadorPanel?> FindAsync(string token, bool countClick, CancellationToken cancellationToken)
    {
        if (await ambassadors.FindByTokenAsync(token, cancellationToken) is not { } ambassador)
        {
            return null;
        }

        if (countClick)
        {
            await ambassadors.CountClickAsync(ambassador.Id, cancellationToken);
        }

        var figures = await ambassadors.FiguresOfAsync(ambassador.Id, cancellationToken);
        var donor = await grains.GetGrain<IDonorGrain>(ambassador.DonorId).GetAsync();

        // The first name only: the page is public.
        return new AmbassadorPanel(
            ambassador.Id, ambassador.CampaignId, donor?.Profile.FirstName ?? string.Empty, ambassador.GoalAmount, ambassador.Story,
            figures.Amount, figures.Donors);
    }
}
