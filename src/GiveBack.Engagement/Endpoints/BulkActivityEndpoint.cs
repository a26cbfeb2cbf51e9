using GiveBack.Giving.Donors;
using GiveBack.Engagement.Activities;
using GiveBack.Engagement.Scoring;
using GiveBack.Web.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Engagement.Endpoints;

public static class BulkActivityEndpoint
{
    /// <summary>
    /// Records up to 500 activities of any donors in one transaction: if any item is wrong, the problem names it
    /// (<c>activities[3].type</c>) and nothing is recorded. With an Idempotency-Key a retry records nothing twice.
    /// </summary>
    public static async Task<Results<Created<BulkActivitiesResponse>, Ok<BulkActivitiesResponse>, ProblemHttpResult>> RecordActivities(
        BulkActivitiesRequest request, IdempotencyKey key, KnownDonors donors, ActivityRecorder recorder, EngagementModel model,
        [FromKeyedServices(EngagementClock.Key)] TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var items = request.Activities ?? [];
        errors.Check(
            items.Count is > 0 and <= ActivityValidation.MaxBulk,
            "activities",
            $"activities is required: between 1 and {ActivityValidation.MaxBulk} activities.");
        var now = clock.GetUtcNow();
        var activities = new List<NewActivity>();
        for (var i = 0; i < items.Count && i < ActivityValidation.MaxBulk; i++)
        {
            var item = items[i];
            var prefix = $"activities[{i}].";
            errors.Check(item?.DonorId is not null, prefix + "donorId", "donorId is required.");
            var (type, occurredAt, detail) = ActivityValidation.Validate(item?.Type, item?.OccurredAt, item?.Detail, prefix, model, now, errors);
            if (item?.DonorId is { } donorId && type is not null && occurredAt is not null)
            {
                var id = key.Value is null ? Guid.CreateVersion7(now) : IdempotencyKey.IdFor("activity", $"{key.Value}:{i}");
                activities.Add(new NewActivity(id, donorId, type, occurredAt.Value, detail));
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var known = await donors.AmongAsync([.. activities.Select(a => a.DonorId)], cancellationToken);
        for (var i = 0; i < activities.Count; i++)
        {
            errors.Check(known.Contains(activities[i].DonorId), $"activities[{i}].donorId", $"There is no donor with id '{activities[i].DonorId}'.");
        }

        if (errors.Any)
        {
            return errors.ToProblem(StatusCodes.Status422UnprocessableEntity);
        }

        var write = await recorder.RecordAsync(activities, cancellationToken);
        if (write.KeyReused)
        {
            return ApiProblems.IdempotencyKeyReused();
        }

        var response = new BulkActivitiesResponse(
            write.Inserted, write.Activities.Count - write.Inserted, [.. write.Activities.Select(a => ActivityResponse.From(a, model))]);
        return write.Inserted > 0 ? TypedResults.Created("/api/v1/activities/bulk", response) : TypedResults.Ok(response);
    }
}
