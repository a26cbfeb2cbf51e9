using Npgsql;

namespace GiveBack.Data.Postgres;

/// <summary>One step of the schema story; <see cref="SchemaMigrator"/> runs them in registration order.</summary>
public abstract class SchemaStep
{
    /// <summary>Stable name: what the step is recorded under and what a log line says.</summary>
    public abstract string Id { get; }

    /// <summary>
    /// Brings this step's part of the schema up to date. <paramref name="connection"/> holds the migrator's lock;
    /// a step may use it or open its own from the data source.
    /// </summary>
    public abstract Task ApplyAsync(NpgsqlConnection connection, IServiceProvider services, CancellationToken cancellationToken);
}
