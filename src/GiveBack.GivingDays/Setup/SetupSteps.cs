using GiveBack.Grains.Abstractions.Campaigns;
using GiveBack.Web.Problems;

namespace GiveBack.GivingDays.Setup;

/// <summary>What one kind of offer brings to <see cref="SetupDesk"/>: its check, the donor it names, its store and its "same terms".</summary>
public sealed record SetupSteps<T>(
    Func<CampaignDefinition, DateTimeOffset, FieldErrors, T?> Validate,
    Func<T, Guid> DonorOf,
    string DonorField,
    Func<T, CancellationToken, Task<(T Stored, bool Created)>> StoreAsync,
    Func<T, T, bool> SameTerms)
    where T : class;
