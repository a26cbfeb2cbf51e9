using GiveBack.Cluster;
using GiveBack.Domain.Erasure;
using GiveBack.Domain.Giving;
using GiveBack.Grains.Abstractions;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Donors;
using GiveBack.Ledger.Gifts;

namespace GiveBack.Giving.Donors;

public sealed class DonorGrain(
    [PersistentState("donor", GiveBackStorage.Name)] IPersistentState<DonorState> state,
    LedgerReader ledger,
    DonorDirectory directory,
    DonorErasureRecords erasure,
    GivingSummaryCalculator calculator,
    TimeProvider clock) : Grain, IDonorGrain
{
    // Every fact of this donor, keyed by entry id: a donor has tens of gifts, so exact de-duplication is cheap.
    private readonly Dictionary<Guid, LedgerFact> _facts = [];

    // Summarised when read, not on every fact applied: a gift costs a dictionary insert, and a donor who gives many
    // times in a row (a giving day's repeat donor, a load test) is summarised once per read, not once per gift.
    private GivingSummary? _summary = GivingSummary.Empty;

    private GivingSummary Summary => _summary ??= calculator.Summarize(_facts.Values);

    private Guid Id => this.GetPrimaryKey();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.RecordExists && await directory.FindAsync(Id, cancellationToken) is { } created)
        {
            // Created in bulk (an import writes the donors' rows in one transaction): the row is the profile until now.
            state.State = DonorState.From(created);
            await state.WriteStateAsync(cancellationToken);
        }

        if (state.RecordExists && state.State.MergedInto is null)
        {
            await LoadFactsAsync(cancellationToken);
        }
    }

    private IDonorGrain? Survivor =>
        state.RecordExists && state.State.MergedInto is { } survivor ? GrainFactory.GetGrain<IDonorGrain>(survivor) : null;

    public Task<DonorView?> GetAsync() => Survivor is { } survivor ? survivor.GetAsync() : Task.FromResult(View());

    public Task<GiftDonor?> GetGiftDonorAsync() =>
        Survivor is { } survivor ? survivor.GetGiftDonorAsync()
        : Task.FromResult(state.RecordExists ? new GiftDonor(Id, state.State.ClassYear) : null);

    public async Task<DonorCreation> CreateAsync(DonorProfile profile)
    {
        if (Survivor is { } survivor)
        {
            return new DonorCreation(CreateOutcome.AlreadyCreated, await survivor.GetAsync());
        }

        if (state.RecordExists)
        {
            var outcome = ProfileOf(state.State) == profile ? CreateOutcome.AlreadyCreated : CreateOutcome.Conflict;
            return new DonorCreation(outcome, View());
        }

        var now = clock.GetUtcNow();
        state.State = new DonorState { CreatedAt = now };
        await SaveAsync(profile, now);
        return new DonorCreation(CreateOutcome.Created, View());
    }

    public async Task<DonorView?> UpdateAsync(DonorProfile profile)
    {
        if (Survivor is { } survivor)
        {
            return await survivor.UpdateAsync(profile);
        }

        if (!state.RecordExists)
        {
            return null;
        }

        if (ProfileOf(state.State) != profile)
        {
            await SaveAsync(profile, clock.GetUtcNow());
        }

        return View();
    }

    public Task ApplyAsync(LedgerFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (Survivor is { } survivor)
        {
            // A gift booked under this id before the merge committed: the survivor counts it (the ledger resolves it too).
            return fact.DonorId == Id ? survivor.ApplyAsync(fact with { DonorId = state.State.MergedInto!.Value }) : Task.CompletedTask;
        }

        if (fact.DonorId == Id && _facts.TryAdd(fact.EntryId, fact))
        {
            _summary = null;
        }

        return Task.CompletedTask;
    }

    public async Task<bool> EraseAsync(DateTimeOffset erasedAt)
    {
        if (!state.RecordExists || !await erasure.EraseAsync(Id, erasedAt))
        {
            return false;
        }

        // The persisted state is rewritten in place, so the grain storage keeps no copy of the name or e-mail.
        state.State.FirstName = ErasedDonor.FirstName;
        state.State.LastName = ErasedDonor.LastName;
        state.State.Email = null;
        state.State.ClassYear = null;
        state.State.EmailOptOut = true;
        state.State.PreferredChannel = null;
        state.State.UpdatedAt = erasedAt;
        await state.WriteStateAsync();
        return true;
    }

    public async Task<DonorView?> RebuildAsync()
    {
        if (Survivor is { } survivor)
        {
            return await survivor.RebuildAsync();
        }

        await LoadFactsAsync(CancellationToken.None);
        return View();
    }

    public async Task MergeIntoAsync(Guid survivorId)
    {
        if (!state.RecordExists || survivorId == Id)
        {
            return;
        }

        if (state.State.MergedInto != survivorId)
        {
            state.State.MergedInto = survivorId;
            state.State.UpdatedAt = clock.GetUtcNow();
            await state.WriteStateAsync();
        }

        // After the state: a retry finds the grain merged and still removes the row.
        await directory.RemoveMergedAsync(Id);
        _facts.Clear();
        _summary = GivingSummary.Empty;
    }

    private async Task LoadFactsAsync(CancellationToken cancellationToken)
    {
        var facts = await ledger.DonorFactsAsync(Id, cancellationToken);
        _facts.Clear();
        foreach (var fact in facts)
        {
            _facts[fact.EntryId] = fact;
        }

        _summary = null;
    }

    private async Task SaveAsync(DonorProfile profile, DateTimeOffset now)
    {
        // The searchable row first: if the grain write then fails, a retry rewrites both and nothing is half-saved.
        await directory.SaveAsync(DonorRows.Of(Id, profile, state.State.CreatedAt, now));
        state.State.FirstName = profile.FirstName;
        state.State.LastName = profile.LastName;
        state.State.Email = profile.Email;
        state.State.ClassYear = profile.ClassYear;
        state.State.EmailOptOut = profile.EmailOptOut;
        state.State.Language = profile.Language;
        state.State.PreferredChannel = profile.PreferredChannel;
        state.State.UpdatedAt = now;
        await state.WriteStateAsync();
    }

    private DonorView? View() =>
        state.RecordExists
            ? new DonorView(Id, ProfileOf(state.State), Summary, state.State.CreatedAt, state.State.UpdatedAt)
            : null;

    private static DonorProfile ProfileOf(DonorState donor) =>
        new(donor.FirstName, donor.LastName, donor.Email, donor.ClassYear, donor.EmailOptOut,
            donor.Language ?? DonorLanguages.Default, donor.PreferredChannel);
}
