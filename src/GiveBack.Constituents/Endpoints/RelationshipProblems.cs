using GiveBack.Constituents.Relationships;
using GiveBack.Web.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GiveBack.Constituents.Endpoints;

/// <summary>A refused relationship change as the RFC 7807 problem its status names.</summary>
internal static class RelationshipProblems
{
    public static ProblemHttpResult ToProblem(this RelationshipProblem problem) => problem.Status switch
    {
        StatusCodes.Status404NotFound => TypedResults.Problem(title: "Not found", detail: problem.Message, statusCode: StatusCodes.Status404NotFound),
        StatusCodes.Status409Conflict => ApiProblems.Conflict("The change conflicts with what is on file", problem.Message),
        _ => ApiProblems.Invalid(problem.Field, problem.Message, problem.Status),
    };
}
