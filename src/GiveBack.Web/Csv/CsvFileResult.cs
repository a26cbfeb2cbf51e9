using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace GiveBack.Web.Csv;

/// <summary>A report as a downloadable UTF-8 CSV file (RFC 4180, header row), named in Content-Disposition.</summary>
public sealed class CsvFileResult(CsvTable table, string fileName) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public const string ContentTypeValue = "text/csv; charset=utf-8";

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => ContentTypeValue;

    public string FileName => fileName;

    public CsvTable Table => table;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypeValue;
        response.Headers[HeaderNames.ContentDisposition] = ReportFormat.Attachment(fileName);
        await response.WriteAsync(table.ToString(), Encoding.UTF8, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [ReportFormat.CsvMediaType]));
}
