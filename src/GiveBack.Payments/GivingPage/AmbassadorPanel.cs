namespace GiveBack.Payments.GivingPage;

/// <summary>
/// What an ambassador's personal page shows above the giving form: their first name only, their optional goal and short
/// story, and what their link has brought so far (standing gifts, in minor units of the campaign's currency).
/// </summary>
public sealed record AmbassadorPanel(
    Guid AmbassadorId, Guid CampaignId, string FirstName, long? GoalAmount, string? Story, long RaisedAmount, int Donors);
