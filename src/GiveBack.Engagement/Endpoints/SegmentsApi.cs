using GiveBack.Domain.Paging;
using GiveBack.Engagement.Scoring;
using GiveBack.Engagement.Segments;
using GiveBack.Web.Paging;
using GiveBack.Web.Problems;
using GiveBack.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Engagement.Endpoints;

/// <summary>Saved segments (stage, class year, LYBUNT of a fiscal year, ambassador, tag) that outreach and plugins target.</summary>
public static class SegmentsApi
{
    public static RouteGroupBuilder MapSegmentsApi(this RouteGroupBuilder api)
    {
        var segments = api.MapGroup("/segments").WithTags("Segments");
        segments.MapPost("/", CreateSegment).RequireAuthorization(Policies.Write);
        segments.MapGet("/", ListSegments).RequireAuthorization(Policies.Read);
        segments.MapGet("/{id:guid}", GetSegment).RequireAuthorization(Policies.Read);
        segments.MapGet("/{id:guid}/donors", ListMembers).RequireAuthorization(Policies.Read);
        return api;
    }

    public static async Task<Results<Created<SegmentResponse>, ProblemHttpResult>> CreateSegment(
        SegmentRequest request, SegmentStore segments, EngagementModel model,
        [FromKeyedServices(EngagementClock.Key)] TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var segment = SegmentValidation.Validate(request, model, clock.GetUtcNow(), errors);
        if (segment is null)
        {
            return errors.ToProblem();
        }

        var created = await segments.CreateAsync(segment, cancellationToken);
        return TypedResults.Created($"/api/v1/segments/{created.Id}", SegmentResponse.From(created));
    }

    public static async Task<Ok<Page<SegmentResponse>>> ListSegments(
        PageRequest page, SegmentStore segments, CancellationToken cancellationToken)
    {
        var found = await segments.ListAsync(page.Offset, page.Limit, cancellationToken);
        return TypedResults.Ok(new Page<SegmentResponse>([.. found.Items.Select(SegmentResponse.From)], found.Total, found.Offset, found.Limit));
    }

    public static async Task<Results<Ok<SegmentResponse>, ProblemHttpResult>> GetSegment(Guid id, SegmentStore segments, CancellationToken cancellationToken) =>
        await segments.FindAsync(id, cancellationToken) is { } segment ? TypedResults.Ok(SegmentResponse.From(segment)) : ApiProblems.NotFound("segment", id);

    /// <summary>The segment's donors today, by name.</summary>
    public static async Task<Results<Ok<Page<SegmentMember>>, ProblemHttpResult>> ListMembers(
        Guid id, PageRequest page, SegmentStore segments, CancellationToken cancellationToken)
    {
        if (await segments.FindAsync(id, cancellationToken) is not { } segment)
        {
            return ApiProblems.NotFound("segment", id);
        }

        var members = await segments.MembersAsync(segment, page.Offset, page.Limit, cancellationToken);
        return TypedResults.Ok(new Page<SegmentMember>(members.Items, members.Total, members.Offset, members.Limit));
    }
}
