namespace GiveBack.Payments.GivingPage;

/// <summary>
/// The giving page's port to the giving-day module's ambassador links (<c>/give/a/{token}</c>): the giving-day module
/// implements it, since it stands on this module and not the other way round.
/// </summary>
public interface IAmbassadorLinks
{
    /// <summary>
    /// The ambassador a link's token names, or null for an unknown token. With <paramref name="countClick"/> one click
    /// is recorded first (a row with the time only: nothing about the visitor).
    /// </summary>
    Task<AmbassadorPanel?> FindAsync(string token, bool countClick, CancellationToken cancellationToken);
}
