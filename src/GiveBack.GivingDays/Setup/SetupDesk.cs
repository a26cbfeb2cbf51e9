using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Web.Problems;

namespace GiveBack.GivingDays.Setup;

/// <summary>
/// The one way a giving day's offer is set up, for the API and the workspace alike: the campaign must exist (its
/// currency is the offer's), the request is checked, the donor it names (a sponsor, an ambassador) must exist, and the
/// offer is stored once — the same request again gets the stored one, the same key with other terms is refused.
/// </summary>
public sealed class SetupDesk(IGrainFactory grains, TimeProvider clock)
{
    /// <summary>What setting up the offer did; null when the campaign does not exist.</summary>
    public async Task<SetupEdit<T>?> CreateAsync<T>(Guid campaignId, SetupSteps<T> steps, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (await grains.GetGrain<ICampaignGrain>(campaignId).GetDefinitionAsync() is not { } campaign)
        {
            return null;
        }

        var errors = new FieldErrors();
        var offer = steps.Validate(campaign, clock.GetUtcNow(), errors);
        if (offer is not null && await grains.GetGrain<IDonorGrain>(steps.DonorOf(offer)).GetAsync() is null)
        {
            errors.Add(steps.DonorField, $"No donor has the id {steps.DonorOf(offer)}.");
        }

        if (offer is null || errors.Any)
        {
            return new SetupEdit<T>(null, SetupOutcome.Invalid, errors);
        }

        var (stored, created) = await steps.StoreAsync(offer, cancellationToken);
        var outcome = created ? SetupOutcome.Created
            : steps.SameTerms(stored, offer) ? SetupOutcome.AlreadyCreated
            : SetupOutcome.KeyReused;
        return new SetupEdit<T>(stored, outcome, errors);
    }
}
