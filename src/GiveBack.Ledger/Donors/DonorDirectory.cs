using GiveBack.Domain.Donors;
using GiveBack.Domain.Outreach;
using GiveBack.Domain.Paging;
using GiveBack.Ledger.Outbox;
using GiveBack.Plugins.Abstractions.Events;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Ledger.Donors;

/// <summary>The donors table: written by <c>DonorGrain</c> (with a DonorChanged event), read by lists and search.</summary>
public sealed class DonorDirectory(IDbContextFactory<GiveBackDbContext> contexts, TimeProvider clock)
{
    public async Task SaveAsync(DonorRecord donor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var exists = await db.Donors.AnyAsync(d => d.Id == donor.Id, cancellationToken);
        db.Entry(donor).State = exists ? EntityState.Modified : EntityState.Added;
        db.Entry(donor).Property(d => d.CreatedAt).IsModified = false;
        db.OutboxMessages.Add(ChangedEvent(donor, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Inserts new donors in one transaction, each with its DonorChanged event, as a bulk import creates them: the rows
    /// are the donors from then on, and each donor's grain takes its profile from its row when first used. Throws
    /// <see cref="DbUpdateException"/>, inserting none, when one of the ids is a donor already.
    /// </summary>
    public async Task CreateManyAsync(IReadOnlyList<DonorRecord> donors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(donors);
        if (donors.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow();
        db.Donors.AddRange(donors);
        db.OutboxMessages.AddRange(donors.Select(d => ChangedEvent(d, now)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The donor's row, or null: what a donor grain with no state of its own starts from.</summary>
    public async Task<DonorRecord?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Donors.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
    }

    private static OutboxMessage ChangedEvent(DonorRecord donor, DateTimeOffset now) =>
        OutboxEvent.For(
            new DonorChanged(
                DonorId: donor.Id,
                FirstName: donor.FirstName,
                LastName: donor.LastName,
                Email: donor.Email,
                Phone: null,
                ClassYear: donor.ClassYear,
                Language: donor.Language,
                ConsentedChannels: ChannelConsent.ConsentedChannels(donor.EmailOptOut, donor.PreferredChannel),
                ChangedAt: now,
                PreferredChannel: ChannelConsent.Preferred(donor.PreferredChannel)),
            now);

    public async Task<Page<DonorRecord>> SearchAsync(DonorSearch search, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Donors.AsNoTracking();
        if (search.ClassYear is { } classYear)
        {
            query = query.Where(d => d.ClassYear == classYear);
        }

        if (search.Among is { } among)
        {
            // One array parameter (= ANY), however many donors the list holds.
            var ids = among.ToArray();
            query = query.Where(d => ids.Contains(d.Id));
        }

        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var pattern = $"%{EscapeLike(search.Text.Trim())}%";
            query = query.Where(d =>
                EF.Functions.ILike(d.FirstName + " " + d.LastName, pattern, "\\")
                || EF.Functions.ILike(d.Email ?? string.Empty, pattern, "\\"));
        }

        // Capped, the count stops at the cap's next match (a LIMIT inside the count) instead of rechecking every one.
        var total = search.CountUpTo is { } cap
            ? await query.Take(cap + 1).CountAsync(cancellationToken)
            : await query.CountAsync(cancellationToken);
        var items = await query
            .OrderBy(d => d.LastName).ThenBy(d => d.FirstName).ThenBy(d => d.Id)
            .Skip(search.Offset).Take(search.Limit)
            .ToListAsync(cancellationToken);
        return new Page<DonorRecord>(items, total, search.Offset, search.Limit);
    }

    /// <summary>Every donor whose e-mail address is <paramref name="email"/>, ignoring case, oldest first.</summary>
    public async Task<IReadOnlyList<DonorRecord>> WithEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        // lower(email) = … is the shape the ix_donors_email_lower index (migration DonorEmailLookup) serves: every payment is matched through here, and an
        // ILIKE scanned the whole table (about 0.7 s at 1M donors against 0.2 ms; docs/benchmarks.md).
        var lowered = email.Trim().ToLowerInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Donors.AsNoTracking()
#pragma warning disable CA1304, CA1311, CA1862 // Translated to PostgreSQL's lower(), which the expression index is built on.
            .Where(d => d.Email != null && d.Email.ToLower() == lowered)
#pragma warning restore CA1304, CA1311, CA1862
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The donors among <paramref name="ids"/> that exist, by id: one query for a page of rows that name donors.</summary>
    public async Task<IReadOnlyDictionary<Guid, DonorRecord>> WithIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, DonorRecord>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Donors.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
    }

    /// <summary>
    /// The donors a batch of candidates could match, in one query: every donor whose e-mail (ignoring case) is among
    /// <paramref name="emails"/>, or whose full name is trigram-similar (pg_trgm's <c>%</c>, similarity at least 0.3)
    /// to one of <paramref name="fullNames"/>. The e-mail half is served by ix_donors_email_lower, the name half by
    /// ix_donors_name_trgm; the caller scores what comes back.
    /// </summary>
    public async Task<IReadOnlyList<DonorRecord>> MatchCandidatesAsync(
        IReadOnlyCollection<string> emails, IReadOnlyCollection<string> fullNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emails);
        ArgumentNullException.ThrowIfNull(fullNames);
        var lowerEmails = Lowered(emails);
        var names = fullNames.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct().ToArray();
        if (lowerEmails.Length == 0 && names.Length == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Donors.FromSqlInterpolated(
                $"""
                SELECT d.* FROM donors d WHERE lower(d.email) = ANY({lowerEmails})
                UNION
                SELECT d.* FROM donors d JOIN unnest({names}) AS n(name) ON ((d.first_name || ' ') || d.last_name) % n.name
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The donors a large batch of candidates (an import's chunk) could match, in one query, by blocks rather than by
    /// trigrams: the same e-mail; the same last name and first initial; the same first name, class year and last
    /// initial (names ignoring case). A trigram join costs every candidate a pass over the donors sharing any three
    /// letters with it, which a million donors and a chunk of two thousand names cannot afford; a block is one probe of
    /// an expression index (ix_donors_email_lower, ix_donors_block_last_name, ix_donors_block_first_name_year) and
    /// holds a handful of donors even at a million, because each key is nearly a whole name.
    /// </summary>
    public async Task<IReadOnlyList<DonorRecord>> BlockCandidatesAsync(IReadOnlyCollection<DonorIdentity> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var lowerEmails = Lowered(candidates.Select(c => c.Email).OfType<string>());
        var byLastName = candidates
            .Select(c => (Last: MatchingBlockKeys.Lower(c.LastName), Initial: MatchingBlockKeys.Initial(c.FirstName)))
            .Where(k => k.Last.Length > 0)
            .Distinct()
            .ToArray();
        var byFirstName = candidates
            .Where(c => c.ClassYear is not null)
            .Select(c => (First: MatchingBlockKeys.Lower(c.FirstName), Year: c.ClassYear!.Value, Initial: MatchingBlockKeys.Initial(c.LastName)))
            .Where(k => k.First.Length > 0)
            .Distinct()
            .ToArray();
        string[] lastNames = [.. byLastName.Select(k => k.Last)];
        string[] firstInitials = [.. byLastName.Select(k => k.Initial)];
        string[] firstNames = [.. byFirstName.Select(k => k.First)];
        int[] years = [.. byFirstName.Select(k => k.Year)];
        string[] lastInitials = [.. byFirstName.Select(k => k.Initial)];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Donors.FromSqlInterpolated(
                $"""
                SELECT d.* FROM donors d WHERE lower(d.email) = ANY({lowerEmails})
                UNION
                SELECT d.* FROM donors d JOIN unnest({lastNames}, {firstInitials}) AS c(last_name, first_initial)
                  ON lower(d.last_name) = c.last_name AND left(lower(d.first_name), 1) = c.first_initial
                UNION
                SELECT d.* FROM donors d JOIN unnest({firstNames}, {years}, {lastInitials}) AS c(first_name, class_year, last_initial)
                  ON lower(d.first_name) = c.first_name AND d.class_year = c.class_year AND left(lower(d.last_name), 1) = c.last_initial
                  WHERE d.class_year IS NOT NULL
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    private static string[] Lowered(IEnumerable<string> values) =>
        values.Select(v => v.Trim().ToLowerInvariant()).Where(v => v.Length > 0).Distinct().ToArray();

    /// <summary>
    /// Takes a merged donor out of the searchable table (lists, search, matching): the donor's grain keeps the profile,
    /// marked merged, and its id resolves to the survivor.
    /// </summary>
    public async Task RemoveMergedAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Donors.Where(d => d.Id == donorId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Donors.CountAsync(cancellationToken);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
