using GiveBack.Cluster;
using GiveBack.Domain.Campaigns;
using GiveBack.Domain.Giving;
using GiveBack.Grains.Abstractions;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Ledger.Campaigns;
using GiveBack.Ledger.Gifts;
using GiveBack.Ledger.Pledges;

namespace GiveBack.Grains.Campaigns;

public sealed class CampaignGrain(
    [PersistentState("campaign", GiveBackStorage.Name)] IPersistentState<CampaignState> state,
    LedgerReader ledger,
    PledgeStore pledges,
    CampaignDirectory directory,
    TimeProvider clock) : Grain, ICampaignGrain
{
    private static readonly TimeSpan DuplicateWindow = TimeSpan.FromMinutes(10);

    private readonly RecentEntries _recent = new(DuplicateWindow);
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
            CreatedAt = createdAt,
        };
        await state.WriteStateAsync();
        return new CampaignCreation(CreateOutcome.Created, View());
    }

    public Task ApplyAsync(LedgerFact fact)
    {
        if (fact.CampaignId == Id && _recent.TryAdd(fact.EntryId, fact.RecordedAt, clock.GetUtcNow()))
        {
            _tally.Apply(fact);
        }

        return Task.CompletedTask;
    }

    public Task ApplyCommitmentAsync(CommitmentFact commitment)
    {
        if (commitment.CampaignId == Id && _recent.TryAdd(commitment.Id, commitment.RecordedAt, clock.GetUtcNow()))
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
        var facts = await ledger.CampaignFactsAsync(Id, cancellationToken);
        var commitments = await pledges.CommitmentFactsOfCampaignAsync(Id, cancellationToken);
        var now = clock.GetUtcNow();
        _tally = new CampaignTally();
        _recent.Clear();
        foreach (var fact in facts)
        {
            _tally.Apply(fact);
            Remember(fact.EntryId, fact.RecordedAt, now);
        }

        foreach (var commitment in commitments)
        {
            _tally.Apply(commitment);
            Remember(commitment.Id, commitment.RecordedAt, now);
        }
    }

    private void Remember(Guid id, DateTimeOffset recordedAt, DateTimeOffset now)
    {
        if (recordedAt >= now - DuplicateWindow)
        {
            _recent.TryAdd(id, recordedAt, now);
        }
    }

    private CampaignView? View() =>
        state.RecordExists ? new CampaignView(Id, DefinitionOf(state.State), _tally.Snapshot(), state.State.CreatedAt) : null;

    private static CampaignDefinition DefinitionOf(CampaignState campaign) =>
        new(campaign.Name, campaign.Slug, campaign.Currency, campaign.GoalAmount, campaign.StartsOn, campaign.EndsOn);
}
