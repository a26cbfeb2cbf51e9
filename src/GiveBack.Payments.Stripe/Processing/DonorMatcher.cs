using GiveBack.Domain.Identity;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Ledger.Donors;
using GiveBack.Payments.Stripe.Data;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Payments.Stripe.Processing;

/// <summary>
/// Finds the donor behind a Stripe payment: the Stripe customer already linked to a donor, else a donor with the same
/// email, else a new donor. A new donor's id is derived from the email, so two payments racing for the same new donor
/// land on the same grain; the customer → donor link is remembered for next time.
/// </summary>
public sealed class DonorMatcher(IDbContextFactory<PaymentsDbContext> contexts, DonorDirectory donors, IGrainFactory grains, TimeProvider clock)
{
    public async Task<DonorView> ResolveAsync(PayerDetails payer, CancellationToken cancellationToken = default)
    {
        var donorId = await LinkedDonorAsync(payer.CustomerId, cancellationToken)
            ?? await DonorByEmailAsync(payer.Email, cancellationToken)
            ?? await CreateDonorAsync(payer);
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

    private async Task<Guid?> DonorByEmailAsync(string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var found = await donors.SearchAsync(new DonorSearch(email.Trim(), null, 0, 50), cancellationToken);
        return found.Items
            .Where(d => string.Equals(d.Email?.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(d => d.CreatedAt)
            .Select(d => (Guid?)d.Id)
            .FirstOrDefault();
    }

    private async Task<Guid> CreateDonorAsync(PayerDetails payer)
    {
        var identity = payer.Email?.Trim().ToLowerInvariant() ?? payer.CustomerId ?? throw new InvalidOperationException("A payment names neither an email nor a customer.");
        var id = NameBasedId.From($"stripe-donor:{identity}");
        var (first, last) = Names(payer);
        var created = await grains.GetGrain<IDonorGrain>(id).CreateAsync(new DonorProfile(first, last, payer.Email?.Trim(), payer.ClassYear, Language: DonorLanguages.Of(payer.Locale)));
        return created.Donor?.Id ?? id;
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
