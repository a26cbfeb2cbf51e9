using System.Globalization;
using System.Resources;
using GiveBack.Domain.Money;
using GiveBack.Domain.Texts;
using Microsoft.AspNetCore.Http;

namespace GiveBack.Payments.GivingPage;

/// <summary>
/// Every word of the public giving pages, from <c>GivingTexts.resx</c> (English) and <c>GivingTexts.fr.resx</c>; the
/// language comes from <c>?lang=</c> or Accept-Language (<see cref="For"/>).
/// </summary>
public sealed class GivingTexts : ResourceTexts
{
    // First: the instances below are built from it, and static fields initialise in the order written.
    private static readonly ResourceManager Resources = new(typeof(GivingTexts));

    public static readonly GivingTexts English = new("en", "en-US");

    public static readonly GivingTexts French = new("fr", "fr-FR");

    private GivingTexts(string language, string culture)
        : base(Resources, language) => Culture = culture;

    /// <summary>The culture amounts and dates are written in.</summary>
    public string Culture { get; }

    /// <summary>An amount as the page shows it: in this language, without zero cents (€100, 100 €).</summary>
    public string Money(long minorUnits, string currency) =>
        new Money(minorUnits, currency).Format(CultureInfo.GetCultureInfo(Culture), omitZeroMinorUnits: true);

    public string Date(DateOnly day) => day.ToString(LongDate, CultureInfo.GetCultureInfo(Culture));

    public string Title => Text();

    public string Intro => Text();

    /// <summary>An ambassador's page: "{0} supports this campaign" with the ambassador's first name.</summary>
    public string AmbassadorHeading => Text();

    /// <summary>"{0} raised of a goal of {1}" (amounts already written out).</summary>
    public string AmbassadorProgress => Text();

    /// <summary>"{0} raised" when the ambassador set no goal.</summary>
    public string AmbassadorRaised => Text();

    /// <summary>"{0} donors" through the ambassador's link.</summary>
    public string AmbassadorDonors => Text();

    public string AmountLegend => Text();

    public string Other => Text();

    public string FrequencyLegend => Text();

    public string Once => Text();

    public string Monthly => Text();

    public string FundLabel => Text();

    public string FundAny => Text();

    public string TributeLegend => Text();

    public string TributeNone => Text();

    public string TributeHonor => Text();

    public string TributeMemory => Text();

    public string TributeNameLabel => Text();

    public string AnonymousLabel => Text();

    public string CoverFeeLabel => Text();

    public string KeepInformedLabel => Text();

    public string YouPay => Text();

    public string PerMonth => Text();

    public string DetailsLegend => Text();

    public string FirstNameLabel => Text();

    public string LastNameLabel => Text();

    public string EmailLabel => Text();

    public string ClassYearLabel => Text();

    public string Submit => Text();

    public string SecureNote => Text();

    public string OtherLanguage => Text();

    public string ThanksTitle => Text();

    public string ThanksText => Text();

    public string ThanksPending => Text();

    public string ThanksMonthly => Text();

    public string BackToPage => Text();

    public string Unavailable => Text();

    public string ErrorUnreadable => Text();

    public string ProcessorUnavailable => Text();

    public string Cancelled => Text();

    public string ErrorSummary => Text();

    public string ErrorAmount => Text();

    public string ErrorAmountBounds => Text();

    public string ErrorFirstName => Text();

    public string ErrorLastName => Text();

    public string ErrorEmail => Text();

    public string ErrorClassYear => Text();

    public string ErrorFund => Text();

    public string ErrorTribute => Text();

    public string ErrorTributeName => Text();

    public string ManageTitle => Text();

    public string ManageStatus => Text();

    public string ManageNext => Text();

    public string ManageCancel => Text();

    public string ManagePortal => Text();

    public string ManageCanceled => Text();

    public string NotFound => Text();

    public string ClosedTitle => Text();

    public string CampaignClosed => Text();

    public string NotOpenTitle => Text();

    public string CampaignNotOpen => Text();

    /// <summary>A date spelt out in this language, without the weekday (a .NET date pattern).</summary>
    public string LongDate => Text();

    public string LinkExpired => Text();

    /// <summary><c>?lang=fr|en</c> wins; otherwise the first of Accept-Language that is French or English; English by default.</summary>
    public static GivingTexts For(HttpRequest request)
    {
        var chosen = request.Query["lang"].ToString();
        if (chosen is "fr" or "en")
        {
            return chosen == "fr" ? French : English;
        }

        var languages = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? string.Empty);
        foreach (var language in languages)
        {
            if (language.StartsWith("fr", StringComparison.OrdinalIgnoreCase))
            {
                return French;
            }

            if (language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }
        }

        return English;
    }
}
