using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GiveBack.Web.Csv;

/// <summary>Content negotiation for reports: CSV when the client's Accept header prefers text/csv, JSON otherwise.</summary>
public static class ReportFormat
{
    public const string CsvMediaType = "text/csv";

    public static bool WantsCsv(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        double Quality(string mediaType) => accept
            .Where(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1.0)
            .DefaultIfEmpty(-1.0)
            .Max();

        var csv = Quality(CsvMediaType);
        return csv > 0 && csv >= Quality("application/json");
    }

    /// <summary>The Content-Disposition header value for a download named <paramref name="fileName"/>.</summary>
    public static string Attachment(string fileName) =>
        new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
}
