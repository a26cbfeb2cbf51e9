using Microsoft.EntityFrameworkCore;

namespace GiveBack.Plugins.Hosting.Storage;

/// <summary>
/// What the plugin host keeps about a donor that could name them: the constituents CRM connectors pulled back (name
/// and e-mail beside the external id). Delivery records hold ids and statuses only.
/// </summary>
public sealed class PluginDonorRecords(IDbContextFactory<PluginsDbContext> contexts)
{
    /// <summary>
    /// Blanks the names and e-mail pulled for the donor, or for anyone pulled with their e-mail; the external ids stay,
    /// so a CRM record stays linked to the pseudonymous donor.
    /// </summary>
    public async Task<int> ForgetAsync(Guid donorId, string? email, CancellationToken cancellationToken)
    {
        var lowered = email?.Trim().ToLowerInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ExternalIds
#pragma warning disable CA1304, CA1311, CA1862 // Translated to PostgreSQL's lower().
            .Where(x => x.DonorId == donorId || (lowered != null && x.Email != null && x.Email.ToLower() == lowered))
#pragma warning restore CA1304, CA1311, CA1862
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(x => x.Email, (string?)null)
                    .SetProperty(x => x.FirstName, (string?)null)
                    .SetProperty(x => x.LastName, (string?)null),
                cancellationToken);
    }
}
