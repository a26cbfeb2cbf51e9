using GiveBack.Domain.Batching;
using GiveBack.Ledger.Telemetry;
using Npgsql;
using NpgsqlTypes;

namespace GiveBack.Ledger.Gifts;

/// <summary>
/// Writes the gifts of concurrent requests many to a statement: one <c>INSERT … ON CONFLICT DO NOTHING</c> of the
/// batch's ledger rows, and the outbox events of exactly the rows it inserted, in one statement and so one
/// transaction. The unique indexes still decide every retry and race: a row the statement did not insert met an
/// existing key or external id, and is answered from the row that holds it, as a single write would be. A statement
/// that fails (a row the database refuses, a lost connection) writes nothing, so each of its gifts is then written on
/// its own and gets its own outcome or error — never another gift's success.
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
            RETURNING id, sequence, transaction_id
        ),
        events AS (
            INSERT INTO outbox_messages (occurred_at, type, donor_id, payload)
            SELECT i.recorded_at, i.event_type, i.donor_id, i.event_payload::jsonb
            FROM input i JOIN inserted USING (id)
            ORDER BY i.position
        )
        SELECT id, sequence, transaction_id FROM inserted
        """;

    private readonly NpgsqlDataSource _database;
    private readonly Func<PendingGift, Task<LedgerWrite>> _writeAlone;
    private readonly Func<PendingGift, Task<LedgerWrite>> _answerConflict;
    private readonly GroupCommitter<PendingGift, LedgerWrite> _queue;

    /// <param name="database">The host's data source; a batch is one command on one of its connections.</param>
    /// <param name="writeAlone">The single-row write, for the gifts of a statement that failed.</param>
    /// <param name="answerConflict">The answer to a gift whose row the unique indexes refused.</param>
    public GiftGroupCommit(
        NpgsqlDataSource database, Func<PendingGift, Task<LedgerWrite>> writeAlone, Func<PendingGift, Task<LedgerWrite>> answerConflict)
    {
        _database = database;
        _writeAlone = writeAlone;
        _answerConflict = answerConflict;
        _queue = new GroupCommitter<PendingGift, LedgerWrite>(WriteBatchAsync, MaxBatch, MaxFlushes);
    }

    public Task<LedgerWrite> WriteAsync(PendingGift gift) => _queue.SubmitAsync(gift);

    private async Task WriteBatchAsync(IReadOnlyList<Submission<PendingGift, LedgerWrite>> batch)
    {
        Dictionary<Guid, (long Sequence, long TransactionId)> inserted;
        try
        {
            inserted = await InsertAsync(batch);
        }
        catch (NpgsqlException)
        {
            // The statement wrote nothing: one row the database refuses must not fail the others.
            GiftMetrics.RecordBatch(batch.Count, refused: true);
            foreach (var submission in batch)
            {
                await AnswerAsync(submission, _writeAlone);
            }

            return;
        }

        GiftMetrics.RecordBatch(batch.Count, refused: false);
        foreach (var submission in batch)
        {
            if (inserted.TryGetValue(submission.Item.Entry.Id, out var written))
            {
                submission.Item.Entry.Sequence = written.Sequence;
                submission.Item.Entry.TransactionId = written.TransactionId;
                submission.Complete(new LedgerWrite(WriteOutcome.Created, submission.Item.Entry));
            }
        }

        // Retries and races: rare, and each is answered from the row that holds its key, as the single write would.
        await Task.WhenAll(batch.Where(s => !inserted.ContainsKey(s.Item.Entry.Id)).Select(s => AnswerAsync(s, _answerConflict)));
    }

    private static async Task AnswerAsync(Submission<PendingGift, LedgerWrite> submission, Func<PendingGift, Task<LedgerWrite>> answer)
    {
        try
        {
            submission.Complete(await answer(submission.Item));
        }
        catch (Exception exception)
        {
            submission.Fail(exception);
        }
    }

    private async Task<Dictionary<Guid, (long, long)>> InsertAsync(IReadOnlyList<Submission<PendingGift, LedgerWrite>> batch)
    {
        await using var command = _database.CreateCommand(InsertSql);
        var rows = batch.Select(s => s.Item).ToArray();
        Add(command, "id", NpgsqlDbType.Uuid, rows.Select(r => r.Entry.Id));
        Add(command, "donor_id", NpgsqlDbType.Uuid, rows.Select(r => r.Entry.DonorId));
        Add(command, "campaign_id", NpgsqlDbType.Uuid, rows.Select(r => r.Entry.CampaignId));
        Add(command, "amount", NpgsqlDbType.Bigint, rows.Select(r => r.Entry.Amount));
        Add(command, "currency", NpgsqlDbType.Text, rows.Select(r => r.Entry.Currency));
        Add(command, "received_on", NpgsqlDbType.Date, rows.Select(r => r.Entry.ReceivedOn));
        Add(command, "recorded_at", NpgsqlDbType.TimestampTz, rows.Select(r => r.Entry.RecordedAt.ToUniversalTime()));
        Add(command, "method", NpgsqlDbType.Text, rows.Select(r => r.Entry.Method));
        Add(command, "fund", NpgsqlDbType.Text, rows.Select(r => r.Entry.Fund));
        Add(command, "tribute_type", NpgsqlDbType.Text, rows.Select(r => r.Entry.TributeType));
        Add(command, "tribute_name", NpgsqlDbType.Text, rows.Select(r => r.Entry.TributeName));
        Add(command, "anonymous", NpgsqlDbType.Boolean, rows.Select(r => r.Entry.Anonymous));
        Add(command, "class_year", NpgsqlDbType.Integer, rows.Select(r => r.Entry.ClassYear));
        Add(command, "idempotency_key", NpgsqlDbType.Text, rows.Select(r => r.Entry.IdempotencyKey));
        Add(command, "idempotency_scope", NpgsqlDbType.Uuid, rows.Select(r => r.Entry.IdempotencyScope));
        Add(command, "request_hash", NpgsqlDbType.Text, rows.Select(r => r.Entry.RequestHash));
        Add(command, "source", NpgsqlDbType.Text, rows.Select(r => r.Entry.Source));
        Add(command, "external_id", NpgsqlDbType.Text, rows.Select(r => r.Entry.ExternalId));
        Add(command, "fee_amount", NpgsqlDbType.Bigint, rows.Select(r => r.Entry.FeeAmount));
        Add(command, "net_amount", NpgsqlDbType.Bigint, rows.Select(r => r.Entry.NetAmount));
        Add(command, "pledge_id", NpgsqlDbType.Uuid, rows.Select(r => r.Entry.PledgeId));
        Add(command, "ambassador_id", NpgsqlDbType.Uuid, rows.Select(r => r.Entry.AmbassadorId));
        Add(command, "event_type", NpgsqlDbType.Text, rows.Select(r => r.Event.Type));
        Add(command, "event_payload", NpgsqlDbType.Text, rows.Select(r => r.Event.Payload));
        Add(command, "position", NpgsqlDbType.Integer, Enumerable.Range(0, rows.Length));

        var inserted = new Dictionary<Guid, (long, long)>(rows.Length);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            inserted[reader.GetGuid(0)] = (reader.GetInt64(1), reader.GetInt64(2));
        }

        return inserted;
    }

    private static void Add<T>(NpgsqlCommand command, string name, NpgsqlDbType type, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter<T[]>(name, NpgsqlDbType.Array | type) { TypedValue = values.ToArray() });
}
