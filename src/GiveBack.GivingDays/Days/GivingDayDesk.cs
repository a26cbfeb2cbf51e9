using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Web.Problems;

namespace GiveBack.GivingDays.Days;

/// <summary>
/// Sets a campaign's giving day, for the API and the workspace alike: the campaign must exist, the request is checked,
/// and a slug another day holds is refused on its field. Null when the campaign does not exist.
/// </summary>
public sealed class GivingDayDesk(IGrainFactory grains, GivingDayStore days, TimeProvider clock)
{
    public async Task<GivingDaySave?> SaveAsync(Guid campaignId, GivingDayRequest request, CancellationToken cancellationToken = default)
    {
        if (await grains.GetGrain<ICampaignGrain>(campaignId).GetDefinitionAsync() is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        if (GivingDayValidation.Validate(request, campaignId, clock.GetUtcNow(), errors) is not { } wanted)
        {
            return new GivingDaySave(null, false, false, errors);
        }

        if (await days.SaveAsync(wanted, cancellationToken) is not var (day, created))
        {
            return new GivingDaySave(null, false, true, errors.Add("slug", $"Another giving day has the slug '{wanted.Slug}'."));
        }

        return new GivingDaySave(day, created, false, errors);
    }
}
