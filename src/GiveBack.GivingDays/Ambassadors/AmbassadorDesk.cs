using GiveBack.GivingDays.Endpoints;
using GiveBack.GivingDays.Setup;

namespace GiveBack.GivingDays.Ambassadors;

/// <summary>
/// Makes a donor an ambassador of a giving day, for the API and the workspace alike (<see cref="SetupDesk"/>): the same
/// donor again gets the ambassador they already are, whatever else the request says.
/// </summary>
public sealed class AmbassadorDesk(SetupDesk desk, CampaignAmbassadors ambassadors)
{
    public Task<SetupEdit<AmbassadorRecord>?> CreateAsync(Guid campaignId, AmbassadorRequest request, CancellationToken cancellationToken = default) =>
        desk.CreateAsync(
            campaignId,
            new SetupSteps<AmbassadorRecord>(
                (campaign, now, errors) => AmbassadorValidation.Validate(request, campaignId, campaign.Currency, now, errors),
                a => a.DonorId,
                "donorId",
                (a, ct) => ambassadors.CreateAsync(a, ct),
                (_, _) => true),
            cancellationToken);
}
