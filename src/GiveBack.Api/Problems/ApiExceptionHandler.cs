using System.Text.Json;
using GiveBack.Payments;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace GiveBack.Api.Problems;

/// <summary>
/// Turns failures into problems a client can act on: malformed JSON names the field, an oversized body is a 413, the
/// payment processor refusing a request is a 422 with its reason, a silo failover or an unreachable processor is a 503
/// with <c>Retry-After</c> (the request changed nothing and can be retried with the same Idempotency-Key), and anything
/// unexpected is a bare 500 without internals.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

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
            // The last line of defence for text the database cannot store (a NUL in a query string or a form field):
            // the statement failed, so nothing was written.
            _ when IsUnstorableText(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid",
                Detail = "A value contains a character that cannot be stored (such as NUL).",
            },
            PaymentProcessorException { Refused: true } refused => new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The payment processor refused the request",
                Detail = refused.Message,
            },
            PaymentProcessorException or SiloUnavailableException or OrleansMessageRejectionException or TimeoutException => Retry(context),
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side",
                Detail = "The error has been logged. Nothing was changed unless the response said so; retrying with the same Idempotency-Key is safe.",
            },
        };
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(exception, context.Request.Method, context.Request.Path);
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure answering {Method} {Path}")]
    private partial void LogUnexpected(Exception exception, string method, string path);

    private static bool IsUnstorableText(Exception exception) =>
        (exception as Npgsql.PostgresException ?? exception.InnerException as Npgsql.PostgresException) is
        { SqlState: Npgsql.PostgresErrorCodes.CharacterNotInRepertoire or Npgsql.PostgresErrorCodes.UntranslatableCharacter };

    private static ProblemDetails Retry(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Temporarily unavailable",
            Detail = $"A part of the service is moving or restarting. Retry in {RetryAfterSeconds} s with the same Idempotency-Key.",
        };
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
