using GiveBack.Domain.Paging;
using GiveBack.Engagement.Scoring;
using GiveBack.Engagement.Talent;
using GiveBack.Web.Paging;
using GiveBack.Web.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Engagement.Endpoints;

/// <summary>Skills, industry and tags of a donor, and the talent finder that searches them with activities.</summary>
public static class TalentEndpoints
{
    public static async Task<Ok<TalentResponse>> GetTalent(Guid id, TalentStore talents, CancellationToken cancellationToken) =>
        TypedResults.Ok(TalentResponse.From(id, await talents.FindAsync(id, cancellationToken)));

    public static async Task<Results<Ok<TalentResponse>, ProblemHttpResult>> PutTalent(
        Guid id, TalentRequest request, TalentStore talents,
        [FromKeyedServices(EngagementClock.Key)] TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var skills = TalentValidation.Labels(request.Skills, "skills", errors);
        var industry = TalentValidation.Industry(request.Industry, errors);
        var city = TalentValidation.City(request.City, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var saved = await talents.SaveTalentAsync(id, industry, city, skills!, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(TalentResponse.From(id, saved));
    }

    public static async Task<Results<Ok<TalentResponse>, ProblemHttpResult>> PutTags(
        Guid id, TagsRequest request, TalentStore talents,
        [FromKeyedServices(EngagementClock.Key)] TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var tags = TalentValidation.Labels(request.Tags, "tags", errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var saved = await talents.SaveTagsAsync(id, tags!, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(TalentResponse.From(id, saved));
    }

    /// <summary>
    /// Donors with a skill, in an industry, in a city and/or who have done an activity (all given filters must hold), most
    /// engaged first: to recruit mentors and speakers.
    /// </summary>
    public static async Task<Results<Ok<Page<TalentMatch>>, ProblemHttpResult>> FindTalent(
        string? skill, string? industry, string? city, string? activity, PageRequest page, TalentStore talents, EngagementModel model,
        [FromKeyedServices(EngagementClock.Key)] TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var skillLabel = string.IsNullOrWhiteSpace(skill) ? null : TalentValidation.Label(skill);
        var industryKey = TalentValidation.Industry(industry, errors)?.ToLowerInvariant();
        var cityKey = TalentValidation.City(city, errors)?.ToLowerInvariant();
        var activityType = string.IsNullOrWhiteSpace(activity) ? null : model.FindType(activity.Trim());
        errors.Check(skill is null || skillLabel is not null, "skill", $"skill is 1 to {TalentValidation.MaxLabelLength} printable characters.");
        errors.Check(
            string.IsNullOrWhiteSpace(activity) || activityType is not null,
            "activity",
            $"activity must be one of: {string.Join(", ", model.Types.Select(t => t.Name).Order(StringComparer.Ordinal))}.");
        errors.Check(
            skillLabel is not null || industryKey is not null || cityKey is not null || activityType is not null || errors.Any,
            "skill",
            "Give at least one of skill, industry, city or activity.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var found = await talents.SearchAsync(
            new TalentQuery(skillLabel, industryKey, activityType?.Name, page.Offset, page.Limit, cityKey), clock.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(new Page<TalentMatch>(
            [.. found.Items.Select(m => m with { Score = Math.Round(m.Score, 4) })], found.Total, found.Offset, found.Limit));
    }
}
