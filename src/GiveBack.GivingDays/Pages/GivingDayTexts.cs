using System.Globalization;
using System.Resources;
using GiveBack.Domain.Money;
using GiveBack.Domain.Texts;
using GiveBack.Payments.GivingPage;
using Microsoft.AspNetCore.Http;

namespace GiveBack.GivingDays.Pages;

/// <summary>
/// Every word of the giving-day page, the big screen and the share card, from <c>GivingDayTexts.resx</c> (English) and
/// <c>GivingDayTexts.fr.resx</c>; the language is chosen as the giving page chooses it (<see cref="GivingTexts.For"/>).
/// </summary>
public sealed class GivingDayTexts : ResourceTexts
{
    // First: the instances below are built from it, and static fields initialise in the order written.
    private static readonly ResourceManager Resources = new(typeof(GivingDayTexts));

    public static readonly GivingDayTexts English = new("en", "en-US");

    public static readonly GivingDayTexts French = new("fr", "fr-FR");

    private GivingDayTexts(string language, string culture)
        : base(Resources, language) => Culture = CultureInfo.GetCultureInfo(culture);

    /// <summary>The culture amounts and numbers are written in (the page's script writes them in the same one).</summary>
    public CultureInfo Culture { get; }

    public string Raised => Text();

    public string DonorsLabel => Text();

    public string GoalLabel => Text();

    public string ProgressTitle => Text();

    public string TimeLeft => Text();

    public string StartsIn => Text();

    public string Ended => Text();

    public string Give => Text();

    public string ShareTitle => Text();

    public string ShareText => Text();

    public string ShareLinkedIn => Text();

    public string ShareFacebook => Text();

    public string ShareX => Text();

    public string ShareEmail => Text();

    public string MatchesTitle => Text();

    public string MatchPerAmount => Text();

    public string MatchPerDonor => Text();

    public string NoMatches => Text();

    public string ChallengesTitle => Text();

    public string ChallengeLine => Text();

    public string ChallengeUnlocked => Text();

    public string NoChallenges => Text();

    public string BoardsTitle => Text();

    public string ClassesCaption => Text();

    public string FundsCaption => Text();

    public string AmbassadorsCaption => Text();

    public string AmbassadorColumn => Text();

    public string RankColumn => Text();

    public string ClassColumn => Text();

    public string FundColumn => Text();

    public string ParticipationColumn => Text();

    public string DonorsColumn => Text();

    public string AmountColumn => Text();

    public string ClassOfTheHour => Text();

    public string ClassOf => Text();

    public string WallTitle => Text();

    public string WallClass => Text();

    public string WallEmpty => Text();

    public string OtherLanguage => Text();

    public string NotFound => Text();

    public string Description => Text();

    public string ScreenLabel => Text();

    public string CardRaised => Text();

    public string CardDonors => Text();

    public string CardGoal => Text();

    /// <summary>An amount without zero cents (€100, 100 €), as the page's script writes it.</summary>
    public string Money(long minorUnits, string currency) => new Money(minorUnits, currency).Format(Culture, omitZeroMinorUnits: true);

    public string Number(long value) => value.ToString("N0", Culture);

    public static GivingDayTexts For(HttpRequest request) => GivingTexts.For(request).Language == "fr" ? French : English;
}
