using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GiveBack.Api.Problems;

/// <summary>
/// Turns request-reading failures into problems a client can act on: malformed JSON names the field, an oversized
/// body is a 413, and anything unexpected is a bare 500 without internals.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => JsonProblem(json),
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large" : "The request is not valid",
                Detail = bad.Message,
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side",
                Detail = "The error has been logged. Nothing was changed unless the response said so; retrying with the same Idempotency-Key is safe.",
            },
        };
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static HttpValidationProblemDetails JsonProblem(JsonException json)
    {
        var field = JsonField(json.Path);
        return new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [field == "body"
                ? "The body is not valid JSON."
                : "This value is not valid here (wrong type, out of range, or not one of the allowed values)."],
        })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid",
            Detail = "See 'errors' for each field that needs attention.",
        };
    }

    /// <summary>"$.tribute.type" becomes "tribute.type"; a syntax error before any field is the body itself.</summary>
    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');
}
