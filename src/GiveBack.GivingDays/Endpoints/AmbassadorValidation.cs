using GiveBack.Domain.Money;
using GiveBack.GivingDays.Ambassadors;
using GiveBack.Web.Problems;

namespace GiveBack.GivingDays.Endpoints;

internal static class AmbassadorValidation
{
    /// <summary>The ambassador the request describes, or null with <paramref name="errors"/> filled.</summary>
    public static AmbassadorRecord? Validate(AmbassadorRequest request, Guid campaignId, string currency, DateTimeOffset now, FieldErrors errors)
    {
        errors.Check(request.DonorId is { } donor && donor != Guid.Empty, "donorId", "donorId is required: the id of the ambassador's donor record.");
        errors.Check(
            request.GoalAmount is null or (> 0 and <= GiftAmount.MaxMinorUnits),
            "goalAmount",
            "goalAmount, when given, is a positive whole number of minor units of the campaign's currency.");
        var story = string.IsNullOrWhiteSpace(request.Story) ? null : request.Story.Trim();
        errors.Check(
            story is null || (story.Length <= AmbassadorLimits.MaxStoryLength && !story.Any(c => char.IsControl(c) && c is not '\n' and not '\r')),
            "story",
            $"story, when given, is at most {AmbassadorLimits.MaxStoryLength} characters of text.");
        return errors.Any
            ? null
            : New(campaignId, request.DonorId!.Value, currency, request.GoalAmount, story, now);
    }

    public static AmbassadorRecord New(Guid campaignId, Guid donorId, string currency, long? goalAmount, string? story, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CampaignId = campaignId,
        DonorId = donorId,
        Token = AmbassadorTokens.New(),
        GoalAmount = goalAmount,
        Currency = currency,
        Story = story,
        CreatedAt = now,
    };
}
