using GiveBack.Domain.Donors;
using GiveBack.Domain.Identity;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Donors;
using GiveBack.Payments.Stripe.Data;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Payments.Stripe.Processing;

/// <summary>
/// Finds the donor behind a Stripe payment: the Stripe customer already linked to a donor, else a donor with the same
/// e-mail address <em>and</em> the same name (<see cref="PersonName"/>), else a new donor. An e-mail typed on the
/// giving page is not verified, so an address alone never attaches a payment — nor its receipt or a monthly gift's
/// future installments — to someone else: a payer whose name differs becomes a new donor, recorded as a possible
/// duplicate of each donor with that address for staff to merge. A new donor's id is derived from the e-mail and the
/// name, so two payments racing for the same new donor land on the same grain; the customer → donor link is
/// remembered for next time.
/// </summary>
public sealed class DonorMatcher(
    IDbContextFactory<PaymentsDbContext> contexts, DonorDirectory donors, PossibleDuplicates duplicates, IGrainFactory grains, TimeProvider clock)
{
    // The matching rules' default (Constituents:Matching): only the reasons' wording depends on it here.
    private const double SimilarNameThreshold = 0.9;

    public async Task<DonorView> ResolveAsync(PayerDetails payer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payer);
        var name = Names(payer);
        var donorId = await LinkedDonorAsync(payer.CustomerId, cancellationToken)
            ?? await DonorByEmailAndNameAsync(payer.Email, name, cancellationToken)
            ?? await CreateDonorAsync(payer, name, cancellationToken);
        var donor = await grains.GetGrain<IDonorGrain>(donorId).GetAsync()
            ?? throw new InvalidOperationException($"Donor {donorId} linked to Stripe customer {payer.CustomerId} does not exist.");
        if (payer.CustomerId is { } customerId)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO stripe_customers (customer_id, donor_id, created_at) VALUES ({customerId}, {donorId}, {clock.GetUtcNow()}) ON CONFLICT (customer_id) DO NOTHING",
                cancellationToken);
        }

        return donor;
    }

    private async Task<Guid?> LinkedDonorAsync(string? customerId, CancellationToken cancellationToken)
    {
        if (customerId is null)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking().Where(c => c.CustomerId == customerId).Select(c => (Guid?)c.DonorId).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<Guid?> DonorByEmailAndNameAsync(string? email, (string First, string Last) name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var sameEmail = await donors.WithEmailAsync(email, cancellationToken);
        return sameEmail.Where(d => PersonName.Agree(d.FirstName, d.LastName, name.First, name.Last)).Select(d => (Guid?)d.Id).FirstOrDefault();
    }

    private async Task<Guid> CreateDonorAsync(PayerDetails payer, (string First, string Last) name, CancellationToken cancellationToken)
    {
        var email = payer.Email?.Trim();
        var identity = email?.ToLowerInvariant() ?? payer.CustomerId ?? throw new InvalidOperationException("A payment names neither an email nor a customer.");
        var id = NameBasedId.From($"stripe-donor:{identity}:{PersonName.Key(name.First, name.Last)}");
        var created = await grains.GetGrain<IDonorGrain>(id).CreateAsync(new DonorProfile(name.First, name.Last, email, payer.ClassYear, Language: DonorLanguages.Of(payer.Locale)));
        var donorId = created.Donor?.Id ?? id;
        if (!string.IsNullOrEmpty(email))
        {
            await RecordPossibleDuplicatesAsync(donorId, email, cancellationToken);
        }

        return donorId;
    }

    /// <summary>
    /// Read after the new donor exists, so two payers racing under one address with different names each see the
    /// other (the pair is kept once), and a donor with the same name — who would have been matched — is never listed.
    /// </summary>
    private async Task RecordPossibleDuplicatesAsync(Guid donorId, string email, CancellationToken cancellationToken)
    {
        var sameEmail = await donors.WithEmailAsync(email, cancellationToken);
        if (sameEmail.FirstOrDefault(d => d.Id == donorId) is not { } created)
        {
            return;
        }

        var payer = new DonorIdentity(created.FirstName, created.LastName, created.Email, created.ClassYear);
        foreach (var other in sameEmail.Where(d => d.Id != donorId && !PersonName.Agree(d.FirstName, d.LastName, created.FirstName, created.LastName)))
        {
            // The queue's score and reasons, by the rules every door applies (a similar name scores higher than another name).
            var evidence = DuplicateRules.Compare(payer, new DonorIdentity(other.FirstName, other.LastName, other.Email, other.ClassYear), SimilarNameThreshold);
            await duplicates.RecordAsync(
                other, created, evidence?.Score ?? DuplicateRules.SameEmailScore, evidence?.Reasons ?? [DuplicateRules.SameEmail],
                PossibleDuplicates.SameEmailOtherName, cancellationToken);
        }
    }

    private static (string First, string Last) Names(PayerDetails payer)
    {
        if (!string.IsNullOrWhiteSpace(payer.FirstName) || !string.IsNullOrWhiteSpace(payer.LastName))
        {
            return (payer.FirstName?.Trim() ?? string.Empty, payer.LastName?.Trim() ?? string.Empty);
        }

        var parts = (payer.FullName ?? string.Empty).Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            0 => ("Online", "donor"),
            1 => (parts[0], string.Empty),
            _ => (parts[0], parts[1]),
        };
    }
}
