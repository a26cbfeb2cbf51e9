using System.Text.RegularExpressions;
using GiveBack.Engagement.Moves;
using GiveBack.Web.Problems;

namespace GiveBack.Engagement.Endpoints;

/// <summary>What a prospect's moves may hold: the API's rules, which the workspace's portfolio page applies too.</summary>
public static partial class MovesValidation
{
    public const int MaxNextStepLength = 500;

    private static readonly DateOnly FirstDueOn = new(2000, 1, 1);
    private static readonly DateOnly LastDueOn = new(2100, 12, 31);

    public static MoveUpdate? Validate(MovesRequest request, FieldErrors errors)
    {
        errors.Check(request.Stage is not null, "stage", "stage is required: identification, qualification, cultivation, solicitation or stewardship.");
        var officer = request.OfficerId?.Trim();
        errors.Check(IsOfficerId(officer), "officerId", "officerId is required: 1 to 64 letters, digits or . _ @ -.");
        var nextStep = string.IsNullOrWhiteSpace(request.NextStep) ? null : request.NextStep.Trim();
        errors.Check(
            nextStep is null || (nextStep.Length <= MaxNextStepLength && !nextStep.Any(char.IsControl)),
            "nextStep",
            $"nextStep is at most {MaxNextStepLength} printable characters.");
        errors.Check(
            request.DueOn is null || (request.DueOn >= FirstDueOn && request.DueOn <= LastDueOn),
            "dueOn",
            "dueOn is a date (YYYY-MM-DD) between 2000 and 2100.");
        return errors.Any ? null : new MoveUpdate(request.Stage!.Value, officer!, nextStep, request.DueOn);
    }

    public static bool IsOfficerId(string? id) => id is not null && OfficerIdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex OfficerIdPattern();
}
