using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GiveBack.Web.Problems;

/// <summary>The RFC 7807 problems the API answers with; every one names what is wrong and changes nothing.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = status,
            Title = status == StatusCodes.Status400BadRequest
                ? "The request is not valid"
                : "The request cannot be applied",
            Detail = "See 'errors' for each field that needs attention.",
        });

    public static ProblemHttpResult Invalid(string field, string message, int status = StatusCodes.Status400BadRequest) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] }, status);

    public static ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = $"No such {what}",
            Detail = $"There is no {what} with id '{id}'.",
        });

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = title, Detail = detail });

    public static ProblemHttpResult IdempotencyKeyReused() =>
        Invalid(
            IdempotencyKey.HeaderName,
            "This Idempotency-Key was already used for a different request; use a new key for a new request.",
            StatusCodes.Status422UnprocessableEntity);
}
