using GiveBack.Domain.Paging;
using GiveBack.Engagement.Infrastructure;
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
        SELECT d.id, d.first_name, d.last_name, d.email, d.class_year, t.industry, coalesce(t.skills, ARRAY[]::text[]) AS skills,
               coalesce(st.stage, @entry_stage) AS stage
        FROM donor_directory d
        LEFT JOIN engagement_talents t ON t.donor_id = d.id
        LEFT JOIN engagement_standings st ON st.donor_id = d.id
        WHERE (@skill IS NULL OR t.skills @> ARRAY[@skill]::text[])
          AND (@industry IS NULL OR lower(t.industry) = @industry)
          AND (@activity IS NULL OR EXISTS (
                SELECT 1 FROM engagement_activities a WHERE a.donor_id = d.id AND a.type = @activity)))
        -- One row even when the page is past the end, so the total is always known.
        SELECT t.total, p.id, p.first_name, p.last_name, p.email, p.class_year, p.industry, p.skills,
               coalesce((SELECT array_agg(DISTINCT a.type ORDER BY a.type) FROM engagement_activities a WHERE a.donor_id = p.id), ARRAY[]::text[]),
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

    /// <summary>Sets skills and industry (tags are left as they are).</summary>
    public Task<TalentRecord> SaveTalentAsync(Guid donorId, string? industry, IReadOnlyList<string> skills, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        SaveAsync(donorId, now, t =>
        {
            t.Industry = industry;
            t.Skills = [.. skills];
        }, cancellationToken);

    /// <summary>Sets the tags (skills and industry are left as they are).</summary>
    public Task<TalentRecord> SaveTagsAsync(Guid donorId, IReadOnlyList<string> tags, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        SaveAsync(donorId, now, t => t.Tags = [.. tags], cancellationToken);

    public async Task<Page<TalentMatch>> SearchAsync(TalentQuery query, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = 0;
        var rows = await Sql.QueryAsync(
            db,
            Search,
            p =>
            {
                ScoreSql.AddParameters(p, model, now);
                p.Add(Sql.Parameter("entry_stage", NpgsqlDbType.Text, model.EntryRung.Name));
                p.Add(Sql.Parameter("skill", NpgsqlDbType.Text, query.Skill));
                p.Add(Sql.Parameter("industry", NpgsqlDbType.Text, query.Industry));
                p.Add(Sql.Parameter("activity", NpgsqlDbType.Text, query.Activity));
                p.Add(Sql.Parameter("offset", NpgsqlDbType.Integer, query.Offset));
                p.Add(Sql.Parameter("limit", NpgsqlDbType.Integer, query.Limit));
            },
            r =>
            {
                total = (int)r.GetInt64(0);
                return r.IsDBNull(1)
                    ? null
                    : new TalentMatch(
                        r.GetGuid(1), r.GetString(2), r.GetString(3), r.NullableString(4), r.Nullable<int>(5), r.NullableString(6),
                        r.GetFieldValue<string[]>(7), r.GetFieldValue<string[]>(8), r.GetString(9), r.GetDouble(10));
            },
            cancellationToken);
        return new Page<TalentMatch>([.. rows.OfType<TalentMatch>()], total, query.Offset, query.Limit);
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
}
