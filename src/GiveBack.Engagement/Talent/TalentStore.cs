using GiveBack.Data.Postgres;
using GiveBack.Domain.Paging;
using GiveBack.Engagement.Scoring;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace GiveBack.Engagement.Talent;

/// <summary>Skills, industry and tags per donor, and the talent finder: one SQL query, never one call per donor.</summary>
public sealed class TalentStore(IDbContextFactory<EngagementDbContext> contexts, EngagementModel model)
{
    private const string Search = $"""
        WITH {ScoreSql.Decayed},
        matches AS (
        SELECT d.id, d.first_name, d.last_name, d.email, d.class_year, t.industry, t.city, coalesce(t.skills, ARRAY[]::text[]) AS skills,
               coalesce(st.stage, @entry_stage) AS stage
        FROM donor_directory d
        LEFT JOIN engagement_talents t ON t.donor_id = d.id
        LEFT JOIN engagement_standings st ON st.donor_id = d.id
        WHERE (@skill IS NULL OR t.skills @> ARRAY[@skill]::text[])
          AND (@industry IS NULL OR lower(t.industry) = @industry)
          AND (@city IS NULL OR lower(t.city) = @city)
          AND (@activity IS NULL OR EXISTS (
                SELECT 1 FROM engagement_activities a WHERE a.donor_id = d.id AND a.type = @activity)))
        -- One row even when the page is past the end, so the total is always known.
        SELECT t.total, p.id AS donor_id, p.first_name, p.last_name, p.email, p.class_year, p.industry, p.city, p.skills,
               coalesce((SELECT array_agg(DISTINCT a.type ORDER BY a.type) FROM engagement_activities a WHERE a.donor_id = p.id), ARRAY[]::text[])
                   AS activity_types,
               p.stage, p.score
        FROM (SELECT count(*) AS total FROM matches) t
        LEFT JOIN LATERAL (
            SELECT m.*, coalesce((SELECT sum(x.points) FROM decayed x WHERE x.donor_id = m.id), 0) AS score
            FROM matches m
            ORDER BY score DESC, m.last_name, m.first_name, m.id
            OFFSET @offset LIMIT @limit) p ON true
        """;

    public async Task<TalentRecord?> FindAsync(Guid donorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Talents.AsNoTracking().SingleOrDefaultAsync(t => t.DonorId == donorId, cancellationToken);
    }

    /// <summary>Sets skills, industry and city (tags are left as they are).</summary>
    public Task<TalentRecord> SaveTalentAsync(
        Guid donorId, string? industry, string? city, IReadOnlyList<string> skills, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        SaveAsync(donorId, now, t =>
        {
            t.Industry = industry;
            t.City = city;
            t.Skills = [.. skills];
        }, cancellationToken);

    /// <summary>Sets the tags (skills and industry are left as they are).</summary>
    public Task<TalentRecord> SaveTagsAsync(Guid donorId, IReadOnlyList<string> tags, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        SaveAsync(donorId, now, t => t.Tags = [.. tags], cancellationToken);

    public async Task<Page<TalentMatch>> SearchAsync(TalentQuery query, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQueryRaw<MatchRow>(
            Search,
            [
                .. ScoreSql.Parameters(model, now),
                GiveBackNpgsql.Parameter("entry_stage", NpgsqlDbType.Text, model.EntryRung.Name),
                GiveBackNpgsql.Parameter("skill", NpgsqlDbType.Text, query.Skill),
                GiveBackNpgsql.Parameter("industry", NpgsqlDbType.Text, query.Industry),
                GiveBackNpgsql.Parameter("city", NpgsqlDbType.Text, query.City),
                GiveBackNpgsql.Parameter("activity", NpgsqlDbType.Text, query.Activity),
                GiveBackNpgsql.Parameter("offset", NpgsqlDbType.Integer, query.Offset),
                GiveBackNpgsql.Parameter("limit", NpgsqlDbType.Integer, query.Limit),
            ]).ToListAsync(cancellationToken);

        // The total comes on every row, and alone (no donor) on a page past the end.
        var total = rows.Count == 0 ? 0 : (int)rows[0].Total;
        var items = rows
            .Where(r => r.DonorId is not null)
            .Select(r => new TalentMatch(
                r.DonorId!.Value, r.FirstName!, r.LastName!, r.Email, r.ClassYear, r.Industry, r.City, r.Skills!, r.ActivityTypes!, r.Stage!, r.Score!.Value))
            .ToList();
        return new Page<TalentMatch>(items, total, query.Offset, query.Limit);
    }

    private async Task<TalentRecord> SaveAsync(Guid donorId, DateTimeOffset now, Action<TalentRecord> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var talent = await db.Talents.SingleOrDefaultAsync(t => t.DonorId == donorId, cancellationToken);
        if (talent is null)
        {
            talent = new TalentRecord { DonorId = donorId };
            db.Talents.Add(talent);
        }

        change(talent);
        talent.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return talent;
    }

    private sealed record MatchRow(
        long Total, Guid? DonorId, string? FirstName, string? LastName, string? Email, int? ClassYear, string? Industry, string? City, string[]? Skills,
        string[]? ActivityTypes, string? Stage, double? Score);
}
