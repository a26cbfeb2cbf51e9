using GiveBack.Domain.Batching;
using GiveBack.Ledger.Telemetry;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace GiveBack.Ledger.Gifts;

/// <summary>
/// Writes the gifts of concurrent requests many to a statement: one <c>INSERT … ON CONFLICT DO NOTHING</c> of the
/// batch's ledger rows, and the outbox events of exactly the rows it inserted, in one statement and so one
/// transaction. The unique indexes still decide every retry and race: a row the statement did not insert met an
/// existing key or external id, and is answered from the row that holds it, as a single write would be. A statement
/// the database refuses (a row a trigger or constraint rejects) writes nothing, so each of its gifts is then written
/// on its own and gets its own outcome or error — never another gift's success; one that gets no answer (a lost
/// connection, a timeout) fails its requests at once (<see cref="RefusedBatchFallback{TItem, TResult}"/>).
/// </summary>
/// <remarks>
/// Each request is answered only after the statement holding its row has committed: nothing is acknowledged before it
/// is durable. Batches form by themselves (<see cref="GroupCommitter{TItem, TResult}"/>): a lone gift is written at
/// once, and under load a statement carries what arrived while the previous ones were being written.
/// </remarks>
internal sealed class GiftGroupCommit
{
    /// <summary>Large enough that a batch amortises its commit; small enough that one statement stays a few ms.</summary>
    internal const int MaxBatch = 256;

    /// <summary>
    /// Statements in flight at once. More than one, so the next batch is built and sent while the previous waits for
    /// its WAL flush; few, because each holds a connection and batches grow while they wait (docs/benchmarks.md).
    /// </summary>
    internal const int MaxFlushes = 4;

    private const string InsertSql = """
        WITH input AS (
            SELECT * FROM unnest(
                @id, @donor_id, @campaign_id, @amount, @currency, @received_on, @recorded_at, @method, @fund,
                @tribute_type, @tribute_name, @anonymous, @class_year, @idempotency_key, @idempotency_scope,
                @request_hash, @source, @external_id, @fee_amount, @net_amount, @pledge_id, @ambassador_id,
                @event_type, @event_payload, @position)
            AS i(id, donor_id, campaign_id, amount, currency, received_on, recorded_at, method, fund,
                 tribute_type, tribute_name, anonymous, class_year, idempotency_key, idempotency_scope,
                 request_hash, source, external_id, fee_amount, net_amount, pledge_id, ambassador_id,
                 event_type, event_payload, position)
        ),
        inserted AS (
            INSERT INTO ledger_entries (
                id, kind, donor_id, campaign_id, amount, currency, received_on, recorded_at, method, fund,
                tribute_type, tribute_name, anonymous, class_year, idempotency_key, idempotency_scope,
                request_hash, source, external_id, fee_amount, net_amount, pledge_id, ambassador_id)
            SELECT id, 'gift', donor_id, campaign_id, amount, currency, received_on, recorded_at, method, fund,
                   tribute_type, tribute_name, anonymous, class_year, idempotency_key, idempotency_scope,
                   request_hash, source, external_id, fee_amount, net_amount, pledge_id, ambassador_id
            FROM input ORDER BY position
            ON CONFLICT DO NOTHING
            RETURNING *
        ),
        events AS (
            INSERT INTO outbox_messages (occurred_at, type, donor_id, payload)
            SELECT i.recorded_at, i.event_type, i.donor_id, i.event_payload::jsonb
            FROM input i JOIN inserted USING (id)
            ORDER BY i.position
        )
        SELECT * FROM inserted
        """;

    private readonly IDbContextFactory<GiveBackDbContext> _contexts;
    private readonly Func<PendingGift, Task<LedgerWrite>> _answerConflict;
    private readonly GroupCommitter<PendingGift, LedgerWrite> _queue;

    /// <param name="contexts">The ledger's contexts: a batch is one statement, read back as the rows it wrote.</param>
    /// <param name="writeAlone">The single-row write, for the gifts of a statement that failed.</param>
    /// <param name="answerConflict">The answer to a gift whose row the unique indexes refused.</param>
    public GiftGroupCommit(
        IDbContextFactory<GiveBackDbContext> contexts, Func<PendingGift, Task<LedgerWrite>> writeAlone, Func<PendingGift, Task<LedgerWrite>> answerConflict)
    {
        _contexts = contexts;
        _answerConflict = answerConflict;
        // A statement the database refuses wrote nothing: its gifts are written again alone, so one refused row fails
        // only its own request (and its key is not spent). An unreachable database fails the batch at once.
        _queue = new GroupCommitter<PendingGift, LedgerWrite>(
            WriteBatchAsync, MaxBatch, MaxFlushes, new RefusedBatchFallback<PendingGift, LedgerWrite>(e => e is PostgresException, writeAlone));
    }

    public Task<LedgerWrite> WriteAsync(PendingGift gift) => _queue.SubmitAsync(gift);

    private async Task WriteBatchAsync(IReadOnlyList<Submission<PendingGift, LedgerWrite>> batch)
    {
        Dictionary<Guid, LedgerEntry> inserted;
        try
        {
            inserted = await InsertAsync(batch);
        }
        catch (PostgresException)
        {
            // The database refused the statement, which wrote nothing: the committer writes its gifts again alone.
            GiftMetrics.RecordBatch(batch.Count, refused: true);
            throw;
        }

        GiftMetrics.RecordBatch(batch.Count, refused: false);
        foreach (var submission in batch)
        {
            if (inserted.TryGetValue(submission.Item.Entry.Id, out var written))
            {
                // The row as the database holds it: with the sequence and transaction id it was given.
                submission.Complete(new LedgerWrite(WriteOutcome.Created, written));
            }
        }

        // Retries and races: rare, and each is answered from the row that holds its key, as the single write would.
        await Task.WhenAll(batch.Where(s => !inserted.ContainsKey(s.Item.Entry.Id)).Select(s => s.AnswerWithAsync(_answerConflict)));
    }

    private async Task<Dictionary<Guid, LedgerEntry>> InsertAsync(IReadOnlyList<Submission<PendingGift, LedgerWrite>> batch)
    {
        var rows = batch.Select(s => s.Item).ToArray();
        var parameters = new List<NpgsqlParameter>(25);
        Add("id", NpgsqlDbType.Uuid, rows.Select(r => r.Entry.Id));
        Add("donor_id", NpgsqlDbType.Uuid, rows.Select(r => r.Entry.DonorId));
        Add("campaign_id", NpgsqlDbType.Uuid, rows.Select(r => r.Entry.CampaignId));
        Add("amount", NpgsqlDbType.Bigint, rows.Select(r => r.Entry.Amount));
        Add("currency", NpgsqlDbType.Text, rows.Select(r => r.Entry.Currency));
        Add("received_on", NpgsqlDbType.Date, rows.Select(r => r.Entry.ReceivedOn));
        Add("recorded_at", NpgsqlDbType.TimestampTz, rows.Select(r => r.Entry.RecordedAt.ToUniversalTime()));
        Add("method", NpgsqlDbType.Text, rows.Select(r => r.Entry.Method));
        Add("fund", NpgsqlDbType.Text, rows.Select(r => r.Entry.Fund));
        Add("tribute_type", NpgsqlDbType.Text, rows.Select(r => r.Entry.TributeType));
        Add("tribute_name", NpgsqlDbType.Text, rows.Select(r => r.Entry.TributeName));
        Add("anonymous", NpgsqlDbType.Boolean, rows.Select(r => r.Entry.Anonymous));
        Add("class_year", NpgsqlDbType.Integer, rows.Select(r => r.Entry.ClassYear));
        Add("idempotency_key", NpgsqlDbType.Text, rows.Select(r => r.Entry.IdempotencyKey));
        Add("idempotency_scope", NpgsqlDbType.Uuid, rows.Select(r => r.Entry.IdempotencyScope));
        Add("request_hash", NpgsqlDbType.Text, rows.Select(r => r.Entry.RequestHash));
        Add("source", NpgsqlDbType.Text, rows.Select(r => r.Entry.Source));
        Add("external_id", NpgsqlDbType.Text, rows.Select(r => r.Entry.ExternalId));
        Add("fee_amount", NpgsqlDbType.Bigint, rows.Select(r => r.Entry.FeeAmount));
        Add("net_amount", NpgsqlDbType.Bigint, rows.Select(r => r.Entry.NetAmount));
        Add("pledge_id", NpgsqlDbType.Uuid, rows.Select(r => r.Entry.PledgeId));
        Add("ambassador_id", NpgsqlDbType.Uuid, rows.Select(r => r.Entry.AmbassadorId));
        Add("event_type", NpgsqlDbType.Text, rows.Select(r => r.Event.Type));
        Add("event_payload", NpgsqlDbType.Text, rows.Select(r => r.Event.Payload));
        Add("position", NpgsqlDbType.Integer, Enumerable.Range(0, rows.Length));

        await using var db = await _contexts.CreateDbContextAsync();
        var written = await db.LedgerEntries.FromSqlRaw(InsertSql, [.. parameters]).AsNoTracking().ToListAsync();
        return written.ToDictionary(e => e.Id);

        void Add<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
            parameters.Add(new NpgsqlParameter<T[]>(name, NpgsqlDbType.Array | type) { TypedValue = values.ToArray() });
    }
}
