namespace GiveBack.GivingDays.Endpoints;

/// <summary>
/// Makes a donor an ambassador of a giving day. <c>goalAmount</c> (minor units of the campaign's currency) and
/// <c>story</c> (at most 500 characters) are optional and shown on the ambassador's public page.
/// </summary>
public sealed record AmbassadorRequest(Guid? DonorId, long? GoalAmount, string? Story);
