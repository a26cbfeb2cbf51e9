namespace GiveBack.Constituents.Relationships;

/// <summary>One donor's relationships and credit in one read, for the donor's API route and the donor page.</summary>
public sealed class DonorRelationships(Households households, DonorLinks links, CreditSummaries credits)
{
    /// <summary>The soft credits listed with a donor; the totals count them all.</summary>
    public const int SoftCreditsShown = 100;

    public async Task<DonorRelationshipsView> OfAsync(Guid donorId, CancellationToken cancellationToken = default) => new(
        donorId,
        await households.OfDonorAsync(donorId, cancellationToken),
        await links.OfDonorAsync(donorId, cancellationToken),
        await credits.ReceivedByAsync(donorId, SoftCreditsShown, cancellationToken),
        await credits.OfAsync([donorId], cancellationToken));
}
