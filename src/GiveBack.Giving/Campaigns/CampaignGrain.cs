using GiveBack.Cluster;
using GiveBack.Domain.Campaigns;
using GiveBack.Domain.Giving;
using GiveBack.Grains.Abstractions;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Ledger.Campaigns;
using GiveBack.Ledger.Gifts;
using Microsoft.Extensions.Options;

namespace GiveBack.Giving.Campaigns;

public sealed class CampaignGrain(
    [PersistentState("campaign", GiveBackStorage.Name)] IPersistentState<CampaignState> state,
    LedgerReader ledger,
    ICampaignCommitments commitments,
    CampaignDirectory directory,
    IOptions<GivingOptions> options,
    TimeProvider clock) : Grain, ICampaignGrain
{
    private readonly CountedEntries _counted = new(options.Value.CampaignCatchUpAfter);
    private readonly HashSet<Guid> _commitments = [];
    private CampaignTally _tally = new();

    private Guid Id => this.GetPrimaryKey();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists)
        {
            await LoadTallyAsync(cancellationToken);
        }
    }

    public Task<CampaignView?> GetAsync() => Task.FromResult(View());

    public Task<CampaignDefinition?> GetDefinitionAsync() =>
        Task.FromResult(state.RecordExists ? DefinitionOf(state.State) : null);

    public async Task<CampaignCreation> CreateAsync(CampaignDefinition definition)
    {
        if (state.RecordExists)
        {
            var outcome = DefinitionOf(state.State) == definition ? CreateOutcome.AlreadyCreated : CreateOutcome.Conflict;
            return new CampaignCreation(outcome, View());
        }

        return await SaveAsync(definition, clock.GetUtcNow());
    }

    public async Task<CampaignCreation?> UpdateAsync(CampaignDefinition definition)
    {
        if (!state.RecordExists)
        {
            return null;
        }

        return DefinitionOf(state.State) == definition
            ? new CampaignCreation(CreateOutcome.AlreadyCreated, View())
            : await SaveAsync(definition with { Currency = state.State.Currency }, state.State.CreatedAt);
    }

    /// <summary>The listed row first (it holds the slug's uniqueness), then the grain's own state.</summary>
    private async Task<CampaignCreation> SaveAsync(CampaignDefinition definition, DateTimeOffset createdAt)
    {
        var saved = await directory.SaveAsync(new CampaignRecord
        {
            Id = Id,
            Name = definition.Name,
            Slug = definition.Slug,
            Currency = definition.Currency,
            GoalAmount = definition.GoalAmount,
            StartsOn = definition.StartsOn,
            EndsOn = definition.EndsOn,
            DonorGoal = definition.DonorGoal,
            CreatedAt = createdAt,
        });
        if (!saved)
        {
            return new CampaignCreation(CreateOutcome.SlugTaken, null);
        }

        state.State = new CampaignState
        {
            Name = definition.Name,
            Slug = definition.Slug,
            Currency = definition.Currency,
            GoalAmount = definition.GoalAmount,
            StartsOn = definition.StartsOn,
            EndsOn = definition.EndsOn,
            DonorGoal = definition.DonorGoal,
            CreatedAt = createdAt,
        };
        await state.WriteStateAsync();
        return new CampaignCreation(CreateOutcome.Created, View());
    }

    public Task ApplyAsync(LedgerFact fact) => ApplyManyAsync([fact]);

    public async Task ApplyManyAsync(IReadOnlyList<LedgerFact> facts)
    {
        foreach (var fact in facts)
        {
            if (fact.CampaignId == Id && _counted.TryCount(fact))
            {
                _tally.Apply(fact);
            }
        }

        if (_counted.CatchUpDue)
        {
            await CatchUpAsync(CancellationToken.None);
        }
    }

    /// <summary>Commitments are few (one or two per pledge), so the grain remembers every one it has counted.</summary>
    public Task ApplyCommitmentAsync(CommitmentFact commitment)
    {
        if (commitment.CampaignId == Id && _commitments.Add(commitment.Id))
        {
            _tally.Apply(commitment);
        }

        return Task.CompletedTask;
    }

    public async Task<CampaignView?> RebuildAsync()
    {
        await LoadTallyAsync(CancellationToken.None);
        return View();
    }

    private async Task LoadTallyAsync(CancellationToken cancellationToken)
    {
        var read = await ledger.CampaignFactsAsync(Id, cancellationToken);
        var promised = await commitments.OfCampaignAsync(Id, cancellationToken);
        _tally = new CampaignTally();
        _tally.Apply(read.Facts);
        _counted.Reset(read.Snapshot);
        _commitments.Clear();
        foreach (var commitment in promised.Where(c => _commitments.Add(c.Id)))
        {
            _tally.Apply(commitment);
        }
    }

    /// <summary>Counts what was committed since the last read and never applied here (a host died before applying it).</summary>
    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var read = await ledger.CampaignFactsSinceAsync(Id, _counted.Snapshot, cancellationToken);
        foreach (var fact in read.Facts.Where(f => !_counted.AppliedSinceSnapshot(f)))
        {
            _tally.Apply(fact);
        }

        _counted.Reset(read.Snapshot);
    }

    private CampaignView? View() =>
        state.RecordExists ? new CampaignView(Id, DefinitionOf(state.State), _tally.Snapshot(), state.State.CreatedAt) : null;

    private static CampaignDefinition DefinitionOf(CampaignState campaign) =>
        new(campaign.Name, campaign.Slug, campaign.Currency, campaign.GoalAmount, campaign.StartsOn, campaign.EndsOn, campaign.DonorGoal);
}
