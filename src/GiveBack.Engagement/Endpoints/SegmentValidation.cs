using GiveBack.Engagement.Scoring;
using GiveBack.Engagement.Segments;
using GiveBack.Web.Problems;

namespace GiveBack.Engagement.Endpoints;

internal static class SegmentValidation
{
    public const int MaxNameLength = 100;

    public static SegmentRecord? Validate(SegmentRequest request, EngagementModel model, DateTimeOffset now, FieldErrors errors)
    {
        var name = request.Name?.Trim();
        errors.Check(
            name is { Length: > 0 and <= MaxNameLength } && !name.Any(char.IsControl),
            "name",
            $"name is required, at most {MaxNameLength} characters.");
        var stage = string.IsNullOrWhiteSpace(request.Stage) ? null : request.Stage.Trim().ToLowerInvariant();
        errors.Check(stage is null || model.IsStage(stage), "stage", $"stage must be one of: {string.Join(", ", model.StageNames)}.");
        var lastClassYear = now.Year + 10;
        errors.Check(
            request.ClassYear is null || (request.ClassYear >= 1900 && request.ClassYear <= lastClassYear),
            "classYear",
            $"classYear must be between 1900 and {lastClassYear}.");
        errors.Check(
            request.LybuntFiscalYear is null || (request.LybuntFiscalYear >= 1901 && request.LybuntFiscalYear <= now.Year + 1),
            "lybuntFiscalYear",
            $"lybuntFiscalYear must be a fiscal year between 1901 and {now.Year + 1}.");
        var tag = string.IsNullOrWhiteSpace(request.Tag) ? null : TalentValidation.Label(request.Tag);
        errors.Check(
            string.IsNullOrWhiteSpace(request.Tag) || tag is not null,
            "tag",
            $"tag is 1 to {TalentValidation.MaxLabelLength} printable characters.");
        if (errors.Any)
        {
            return null;
        }

        return new SegmentRecord
        {
            Id = Guid.CreateVersion7(now),
            Name = name!,
            Stage = stage,
            ClassYear = request.ClassYear,
            LybuntFiscalYear = request.LybuntFiscalYear,
            Ambassador = request.Ambassador,
            Tag = tag,
            CreatedAt = now,
        };
    }
}
