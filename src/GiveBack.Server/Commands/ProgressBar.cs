using System.Globalization;
using GiveBack.Constituents.Imports;

namespace GiveBack.Server.Commands;

/// <summary>One line of text for a terminal: <c>[########------------]  40%  4,000 / 10,000 rows · 3,990 imported · 10 skipped · running</c>.</summary>
public static class ProgressBar
{
    private const int Width = 30;

    public static string Of(ImportStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var fraction = status.TotalRows == 0 ? (status.Finished ? 1.0 : 0.0) : (double)status.ProcessedRows / status.TotalRows;
        var filled = (int)Math.Round(fraction * Width);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', Width - filled)}] {(int)Math.Round(fraction * 100),3}%  {status.ProcessedRows:N0} / {status.TotalRows:N0} rows · {status.ImportedRows:N0} imported · {status.SkippedRows:N0} skipped · {status.Status}");
    }
}
