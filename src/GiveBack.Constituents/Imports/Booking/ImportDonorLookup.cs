using Npgsql;

namespace GiveBack.Constituents.Imports.Booking;

/// <summary>
/// Which donors a chunk's rows already have: those made by an earlier import (by their derived ids) and those with the
/// same e-mail. One query per chunk on giving's <c>donor_directory</c> view. Kept alone so a richer matcher (name and
/// class year, fuzzy names) can take its place without touching the rest of the import.
/// </summary>
public sealed class ImportDonorLookup(NpgsqlDataSource dataSource)
{
    public async Task<DonorMatches> FindAsync(IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(emails);
        var matches = new DonorMatches(new HashSet<Guid>(), new Dictionary<string, Guid>(StringComparer.Ordinal));
        if (ids.Count == 0 && emails.Count == 0)
        {
            return matches;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // lower(email) is the expression giving indexes; the oldest donor with an address is the one an e-mail means.
        await using var query = new NpgsqlCommand(
            """
            SELECT id, lower(email) FROM donor_directory WHERE id = ANY(@ids)
            UNION ALL
            (SELECT DISTINCT ON (lower(email)) id, lower(email) FROM donor_directory WHERE lower(email) = ANY(@emails) ORDER BY lower(email), id)
            """, connection);
        query.Parameters.AddWithValue("ids", ids.ToArray());
        query.Parameters.AddWithValue("emails", emails.ToArray());
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            if (ids.Contains(id))
            {
                matches.Existing.Add(id);
            }

            if (!reader.IsDBNull(1) && emails.Contains(reader.GetString(1)))
            {
                matches.ByEmail.TryAdd(reader.GetString(1), id);
            }
        }

        return matches;
    }
}
