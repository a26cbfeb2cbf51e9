using GiveBack.Giving.Endpoints.Campaigns;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Web.Problems;

namespace GiveBack.Giving.Campaigns;

/// <summary>
/// Creates and changes campaigns with one set of rules, for the API and the workspace alike: the request is checked,
/// then the campaign's grain (which owns the definition and the slug's uniqueness) takes it.
/// </summary>
public sealed class CampaignEditor(IGrainFactory grains)
{
    /// <summary>
    /// Creates the campaign <paramref name="id"/>. The caller derives the id from its idempotency key, so a retry lands
    /// on the same grain and is answered <c>AlreadyCreated</c>.
    /// </summary>
    public async Task<CampaignEdit> CreateAsync(Guid id, CampaignRequest request)
    {
        var errors = new FieldErrors();
        var definition = CampaignValidation.Validate(request, errors);
        if (definition is null)
        {
            return new CampaignEdit(null, null, errors);
        }

        var created = await grains.GetGrain<ICampaignGrain>(id).CreateAsync(definition);
        return new CampaignEdit(created.Outcome, created.Campaign, errors);
    }

    /// <summary>
    /// Replaces the campaign's definition with <paramref name="request"/> (the currency stays the campaign's). Null when
    /// there is no such campaign.
    /// </summary>
    public async Task<CampaignEdit?> UpdateAsync(Guid id, CampaignRequest request)
    {
        var grain = grains.GetGrain<ICampaignGrain>(id);
        if (await grain.GetDefinitionAsync() is not { } current)
        {
            return null;
        }

        var errors = new FieldErrors();
        var definition = CampaignValidation.Validate(request with { Currency = current.Currency }, errors);
        if (definition is null)
        {
            return new CampaignEdit(null, null, errors);
        }

        var updated = await grain.UpdateAsync(definition);
        return updated is null ? null : new CampaignEdit(updated.Outcome, updated.Campaign, errors);
    }
}
