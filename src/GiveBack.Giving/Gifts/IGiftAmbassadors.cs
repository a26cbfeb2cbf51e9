namespace GiveBack.Giving.Gifts;

/// <summary>
/// Giving's port to the giving-day module's ambassadors: a gift may name an ambassador only of its own campaign. The
/// giving-day module implements it (it stands on giving, so giving cannot call it directly).
/// </summary>
public interface IGiftAmbassadors
{
    Task<bool> IsAmbassadorOfAsync(Guid ambassadorId, Guid campaignId, CancellationToken cancellationToken);
}
