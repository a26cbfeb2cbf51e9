using GiveBack.Constituents.Relationships.Store;
using GiveBack.Giving.Donors;
using GiveBack.Ledger.Gifts;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GiveBack.Constituents.Relationships;

/// <summary>
/// Soft credits and employer matching gifts. The gift is read from the ledger (through giving's reader) and never
/// written: a soft credit is recognition beside the gift, full or partial, never more than the gift and always in its
/// currency, and never to the gift's own legal donor.
/// </summary>
public sealed class SoftCredits(
    IDbContextFactory<ConstituentsDbContext> contexts, LedgerReader ledger, KnownDonors donors, CreditSummaries credits, TimeProvider clock)
{
    /// <summary>Soft-credits <paramref name="donorId"/> with <paramref name="amount"/> of the gift (its whole amount when null).</summary>
    public async Task<RelationshipOutcome<SoftCreditView>> AddAsync(
        Guid giftId, Guid donorId, long? amount, string reason, string actor, CancellationToken cancellationToken = default)
    {
        var (gift, refused) = await StandingGiftAsync(giftId, "giftId", cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (await CreditableAsync(gift!, donorId, amount, cancellationToken) is { } problem)
        {
            return problem;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var credit = New(gift!, donorId, amount ?? gift!.Amount, reason, actor);
        db.SoftCredits.Add(credit);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return RelationshipProblem.Conflict("donorId", $"Donor '{donorId}' is already soft-credited on gift '{giftId}'; remove that soft credit to change it.");
        }

        return (await credits.OfGiftAsync(giftId, cancellationToken)).Single(c => c.Id == credit.Id);
    }

    public async Task<bool> RemoveAsync(Guid giftId, Guid softCreditId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SoftCredits.Where(c => c.Id == softCreditId && c.GiftId == giftId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>
    /// Links the employer's <paramref name="matchingGiftId"/> to the employee's <paramref name="matchedGiftId"/>: the
    /// employer keeps the hard credit, the employee gets a soft credit of the whole matching gift, in one transaction.
    /// Linking the same pair again answers the link as it is.
    /// </summary>
    public async Task<RelationshipOutcome<MatchingGiftView>> MatchAsync(
        Guid matchedGiftId, Guid matchingGiftId, string actor, CancellationToken cancellationToken = default)
    {
        var (matched, matchedProblem) = await StandingGiftAsync(matchedGiftId, "giftId", cancellationToken);
        if (matched is null || matchedProblem is not null)
        {
            return matchedProblem!;
        }

        var (matching, matchingProblem) = await StandingGiftAsync(matchingGiftId, "matchingGiftId", cancellationToken);
        if (matching is null || matchingProblem is not null)
        {
            return matchingProblem!;
        }

        if (matching.DonorId == matched.DonorId)
        {
            return RelationshipProblem.Invalid("matchingGiftId", "A matching gift comes from the employer: it cannot be the employee's own gift.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.MatchingGifts.AsNoTracking().SingleOrDefaultAsync(m => m.MatchingGiftId == matchingGiftId, cancellationToken);
        if (existing is not null && existing.MatchedGiftId != matchedGiftId)
        {
            return RelationshipProblem.Conflict("matchingGiftId", $"Gift '{matchingGiftId}' already matches gift '{existing.MatchedGiftId}'.");
        }

        if (existing is null)
        {
            db.MatchingGifts.Add(new MatchingGiftRecord { MatchingGiftId = matchingGiftId, MatchedGiftId = matchedGiftId, CreatedAt = clock.GetUtcNow() });
        }

        var credit = await db.SoftCredits.AsNoTracking().SingleOrDefaultAsync(c => c.GiftId == matchingGiftId && c.DonorId == matched.DonorId, cancellationToken);
        if (credit is null)
        {
            credit = New(matching, matched.DonorId, matching.Amount, SoftCreditReasons.EmployerMatch, actor);
            db.SoftCredits.Add(credit);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var view = (await credits.OfGiftAsync(matchingGiftId, cancellationToken)).Single(c => c.Id == credit.Id);
        return new MatchingGiftView(matchingGiftId, matchedGiftId, matching.DonorId, matched.DonorId, view);
    }

    /// <summary>The gift if it is a gift (not a reversal) that stands; otherwise the problem to answer.</summary>
    private async Task<(LedgerEntry? Gift, RelationshipProblem? Problem)> StandingGiftAsync(Guid giftId, string field, CancellationToken cancellationToken)
    {
        var gift = await ledger.FindAsync(giftId, cancellationToken);
        if (gift is null || gift.Kind != LedgerEntryKinds.Gift)
        {
            return (null, field == "giftId"
                ? RelationshipProblem.NotFound(field, $"There is no gift with id '{giftId}'.")
                : RelationshipProblem.Invalid(field, $"There is no gift with id '{giftId}'."));
        }

        if ((await ledger.ReversalsOfAsync([giftId], cancellationToken)).ContainsKey(giftId))
        {
            return (gift, RelationshipProblem.Invalid(field, $"Gift '{giftId}' was reversed: a reversed gift earns no credit."));
        }

        return (gift, null);
    }

    private async Task<RelationshipProblem?> CreditableAsync(LedgerEntry gift, Guid donorId, long? amount, CancellationToken cancellationToken)
    {
        if (amount is { } partial && (partial <= 0 || partial > gift.Amount))
        {
            return RelationshipProblem.Invalid("amount", $"A soft credit is more than 0 and at most the gift's amount ({gift.Amount} in minor units of {gift.Currency}).");
        }

        if (donorId == gift.DonorId)
        {
            return RelationshipProblem.Invalid("donorId", "The gift's own donor has its hard credit; a soft credit goes to someone else.");
        }

        return await donors.ExistsAsync(donorId, cancellationToken) ? null : RelationshipProblem.Invalid("donorId", $"There is no donor with id '{donorId}'.");
    }

    private SoftCreditRecord New(LedgerEntry gift, Guid donorId, long amount, string reason, string actor) => new()
    {
        Id = Guid.CreateVersion7(), GiftId = gift.Id, DonorId = donorId, Amount = amount, Currency = gift.Currency, Reason = reason,
        CreatedAt = clock.GetUtcNow(), CreatedBy = actor,
    };
}
