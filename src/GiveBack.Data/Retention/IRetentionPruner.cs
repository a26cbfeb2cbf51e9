namespace GiveBack.Data.Retention;

/// <summary>
/// One kind of row the retention job prunes. The module that owns the table implements it; the job (Scheduling) calls
/// each in batches until a batch prunes less than a full one.
/// </summary>
public interface IRetentionPruner
{
    /// <summary>What is pruned, as the job's run record names it ("stripe event payloads").</summary>
    string Name { get; }

    /// <summary>The age, in days, beyond which a row is pruned.</summary>
    int RetentionDays(RetentionOptions options);

    /// <summary>Prunes at most <paramref name="batchSize"/> rows older than <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> PruneBatchAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken);
}
