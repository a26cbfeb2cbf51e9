namespace GiveBack.Domain.Exports;

/// <summary>
/// One table a module exports: the institution's full export writes every row, a donor's subject access export the
/// rows about that donor. A module exports only its own tables; the constituents module writes them out (CSV, JSON,
/// PDF), so no module reads another's tables to compose an export.
/// </summary>
public interface IRecordExport
{
    /// <summary>The file name without extension, e.g. <c>donors</c>, <c>gifts</c>.</summary>
    string Name { get; }

    /// <summary>What one row is, for the README.</summary>
    string Description { get; }

    /// <summary>The columns, in the order of each row's values.</summary>
    IReadOnlyList<ExportColumn> Columns { get; }

    /// <summary>
    /// The rows, streamed (keyset pages or a streaming query, never the whole table in memory): every row, or those
    /// about <paramref name="donorId"/>. Values are strings, whole numbers, booleans, dates or null.
    /// </summary>
    IAsyncEnumerable<object?[]> RowsAsync(Guid? donorId, CancellationToken cancellationToken);
}
