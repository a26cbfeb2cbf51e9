using GiveBack.Cluster;
using GiveBack.Domain.Campaigns;
using GiveBack.Domain.Giving;
using GiveBack.Domain.Identity;
using GiveBack.Domain.Pledges;
using GiveBack.Grains.Abstractions;
using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Grains.Abstractions.Pledges;
using GiveBack.Ledger.Gifts;
using GiveBack.Pledges.Rules;
using GiveBack.Pledges.Store;

namespace GiveBack.Pledges.Grains;

public sealed class PledgeGrain(
    [PersistentState("pledge", GiveBackStorage.Name)] IPersistentState<PledgeState> state,
    PledgeStore store,
    LedgerReader ledger,
    TimeProvider clock) : Grain, IPledgeGrain
{
    /// <summary>
    /// Longer than any attempt can take (the database and grain calls time out after 30 s): a hold is only ever
    /// dropped by expiry when the request that made it is gone.
    /// </summary>
    private static readonly TimeSpan HoldLifetime = TimeSpan.FromMinutes(5);

    private readonly Dictionary<Guid, LedgerFact> _payments = [];
    private PledgeHolds _holds = PledgeHolds.None;

    /// <summary>The write-off or cancellation row, once written: the pledge is closed exactly when it exists.</summary>
    private PledgeCommitment? _closing;

    private Guid Id => this.GetPrimaryKey();

    private long Paid => _payments.Values.Sum(f => f.Amount);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists)
        {
            foreach (var fact in await ledger.FactsOfPledgeAsync(Id, cancellationToken))
            {
                _payments[fact.EntryId] = fact;
            }

            _closing = await store.ClosingOfAsync(Id, cancellationToken);
        }
    }

    public Task<PledgeView?> GetAsync() => Task.FromResult(View());

    public async Task<PledgeCreation> CreateAsync(PledgeTerms terms)
    {
        if (state.RecordExists)
        {
            return new PledgeCreation(TermsOf(state.State) == terms ? CreateOutcome.AlreadyCreated : CreateOutcome.Conflict, View());
        }

        state.State = new PledgeState
        {
            DonorId = terms.DonorId,
            CampaignId = terms.CampaignId,
            Fund = terms.Fund,
            TotalAmount = terms.TotalAmount,
            Currency = terms.Currency,
            Frequency = terms.Frequency,
            FirstDueOn = terms.FirstDueOn,
            Installments = InstallmentPlan.Schedule(terms.TotalAmount, terms.InstallmentCount, terms.Frequency, terms.FirstDueOn),
            CreatedAt = clock.GetUtcNow(),
        };
        await ApplyToCampaignAsync(await CommitAsync(CommitmentKinds.Pledge, terms.TotalAmount, reason: null));
        await SaveAsync();
        return new PledgeCreation(CreateOutcome.Created, View());
    }

    public Task<PledgeRefusal> ReserveAsync(Guid holdId, Guid donorId, Guid campaignId, string currency, long amount)
    {
        var refusal = !state.RecordExists ? PledgeRefusal.NotFound
            : state.State.DonorId != donorId ? PledgeRefusal.DonorMismatch
            : state.State.CampaignId != campaignId ? PledgeRefusal.CampaignMismatch
            : state.State.Currency != currency ? PledgeRefusal.CurrencyMismatch
            : IsClosed() ? PledgeRefusal.Closed
            : PledgeRefusal.None;
        var balance = refusal == PledgeRefusal.None ? Standing().BalanceAmount : 0;
        (refusal, _holds) = _holds.Reserve(holdId, amount, balance, refusal, clock.GetUtcNow(), HoldLifetime);
        return Task.FromResult(refusal);
    }

    public async Task SettleAsync(Guid holdId, LedgerFact? payment)
    {
        _holds = _holds.Settle(holdId);
        if (payment is not null)
        {
            await ApplyAsync(payment);
        }
    }

    public async Task ApplyAsync(LedgerFact fact)
    {
        if (state.RecordExists && fact.PledgeId == Id && _payments.TryAdd(fact.EntryId, fact))
        {
            await SaveAsync();
        }
    }

    public async Task<PledgeView?> TransferAsync(Guid donorId)
    {
        if (!state.RecordExists)
        {
            return null;
        }

        if (state.State.DonorId != donorId)
        {
            state.State.DonorId = donorId;
            await SaveAsync();
        }

        return View();
    }

    public Task<PledgeRefusal> WriteOffAsync(string reason) => CloseAsync(CommitmentKinds.WriteOff, reason);

    public Task<PledgeRefusal> CancelAsync(string reason) => CloseAsync(CommitmentKinds.Cancellation, reason);

    public async Task<PledgeView?> RefreshAsync()
    {
        if (state.RecordExists)
        {
            await SaveAsync();
        }

        return View();
    }

    /// <summary>
    /// What is still owed leaves the commitment; what was paid stays received. The commitment row is written first and
    /// is what closes the pledge; the campaign's figure and the listed pledge follow. Closing again the same way answers
    /// the closed pledge and finishes whatever a failed attempt left undone (both steps are idempotent).
    /// </summary>
    private async Task<PledgeRefusal> CloseAsync(string kind, string reason)
    {
        if (!state.RecordExists)
        {
            return PledgeRefusal.NotFound;
        }

        if (_closing is null)
        {
            if (IsClosed())
            {
                return PledgeRefusal.Closed;
            }

            _closing = await CommitAsync(kind, -Standing().BalanceAmount, reason);
        }

        if (_closing.Kind != kind)
        {
            return PledgeRefusal.Closed;
        }

        await ApplyToCampaignAsync(_closing);
        await SaveAsync();
        return PledgeRefusal.None;
    }

    /// <summary>Appends the commitment row (named by pledge and kind, so written once) and returns it as stored.</summary>
    private Task<PledgeCommitment> CommitAsync(string kind, long amount, string? reason)
    {
        var pledge = state.State;
        return store.AppendCommitmentAsync(new PledgeCommitment
        {
            Id = NameBasedId.From($"{Id:N}:{kind}"),
            PledgeId = Id,
            DonorId = pledge.DonorId,
            CampaignId = pledge.CampaignId,
            Kind = kind,
            Amount = amount,
            Currency = pledge.Currency,
            Reason = reason,
            RecordedAt = clock.GetUtcNow(),
        });
    }

    private Task ApplyToCampaignAsync(PledgeCommitment commitment) =>
        GrainFactory.GetGrain<ICampaignGrain>(commitment.CampaignId).ApplyCommitmentAsync(
            new CommitmentFact(commitment.Id, Id, commitment.CampaignId, commitment.Amount, commitment.RecordedAt));

    private async Task SaveAsync()
    {
        var pledge = state.State;
        var standing = Standing();
        var now = clock.GetUtcNow();
        await store.SaveAsync(new PledgeRecord
        {
            Id = Id,
            DonorId = pledge.DonorId,
            CampaignId = pledge.CampaignId,
            Fund = pledge.Fund,
            TotalAmount = pledge.TotalAmount,
            Currency = pledge.Currency,
            Frequency = PledgeVocabulary.Of(pledge.Frequency),
            InstallmentCount = pledge.Installments.Count,
            FirstDueOn = pledge.FirstDueOn,
            Status = PledgeVocabulary.Of(standing.Status),
            PaidAmount = standing.PaidAmount,
            BalanceAmount = standing.BalanceAmount,
            WrittenOffAmount = standing.WrittenOffAmount,
            CreatedAt = pledge.CreatedAt,
            UpdatedAt = now,
            Installments = [.. standing.Installments.Select(i => new PledgeInstallmentRecord
            {
                PledgeId = Id,
                Number = i.Number,
                DueOn = i.DueOn,
                Amount = i.Amount,
                PaidAmount = i.PaidAmount,
                Status = PledgeVocabulary.Of(i.Status),
            })],
        });
        await state.WriteStateAsync();
    }

    private bool IsClosed() => Standing().Status is PledgeStatus.Fulfilled or PledgeStatus.WrittenOff or PledgeStatus.Cancelled;

    private PledgeStanding Standing() =>
        PledgeCalculator.Standing(
            state.State.Installments,
            Paid,
            _closing is { Kind: CommitmentKinds.WriteOff } writeOff ? -writeOff.Amount : 0,
            _closing is { Kind: CommitmentKinds.Cancellation },
            Today);

    private PledgeView? View() =>
        state.RecordExists ? new PledgeView(Id, TermsOf(state.State), Standing(), _closing?.Reason, state.State.CreatedAt) : null;

    private static PledgeTerms TermsOf(PledgeState pledge) => new(
        pledge.DonorId, pledge.CampaignId, pledge.Fund, pledge.TotalAmount, pledge.Currency, pledge.Installments.Count,
        pledge.Frequency, pledge.FirstDueOn);
}
