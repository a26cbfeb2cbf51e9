namespace GiveBack.Payments.Stripe.Receipts;

/// <summary>
/// The words a tax office looks for on a receipt, by the institution's country. Each is in the country's own language,
/// as the law states it, not translated: the US written acknowledgment (IRS Publication 1771) and the mentions of the
/// French reçu fiscal (CGI articles 200, 238 bis and 978). Another country prints none unless the office sets its own.
/// </summary>
internal static class TaxWordings
{
    public const string UnitedStates =
        "No goods or services were provided in exchange for this contribution. Please keep this written acknowledgment for your tax records.";

    public const string France =
        "Reçu au titre des dons à certains organismes d'intérêt général (articles 200, 238 bis et 978 du code général des impôts). "
        + "Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit ouvrent droit à la réduction d'impôt prévue "
        + "à l'article 200 du CGI. Nature du don : numéraire.";

    public static string? For(string? country) => country?.Trim().ToUpperInvariant() switch
    {
        "US" => UnitedStates,
        "FR" => France,
        _ => null,
    };
}
