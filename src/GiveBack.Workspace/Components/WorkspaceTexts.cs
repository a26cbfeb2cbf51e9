using System.Globalization;
using System.Resources;
using GiveBack.Domain.Texts;
using Microsoft.AspNetCore.Http;

namespace GiveBack.Workspace.Components;

/// <summary>
/// Every word of the workspace, from <c>WorkspaceTexts.resx</c> (English) and <c>WorkspaceTexts.fr.resx</c>, with the
/// culture its amounts and dates are written in. The language is the one the person chose (a cookie), else their
/// browser's (<see cref="For"/>).
/// </summary>
public sealed class WorkspaceTexts : ResourceTexts
{
    public const string LanguageCookie = "giveback.lang";

    // First: the instances below are built from it, and static fields initialise in the order written.
    private static readonly ResourceManager Resources = new(typeof(WorkspaceTexts));

    public static readonly WorkspaceTexts English = new("en", "en-US");

    public static readonly WorkspaceTexts French = new("fr", "fr-FR");

    private WorkspaceTexts(string language, string culture)
        : base(Resources, language) => Culture = CultureInfo.GetCultureInfo(culture);

    /// <summary>The culture amounts, numbers and dates are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The texts in <paramref name="language"/> (<c>fr…</c> is French, anything else English).</summary>
    public static WorkspaceTexts In(string? language) =>
        language is not null && language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French : English;

    /// <summary>The chosen language (the cookie), else the first language the browser asks for.</summary>
    public static WorkspaceTexts For(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Cookies[LanguageCookie] is { Length: > 0 } chosen)
        {
            return In(chosen);
        }

        var accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .FirstOrDefault();
        return In(accepted);
    }

    /// <summary>An amount in this culture (€1,250.00, 1 250,00 €).</summary>
    public string Money(long minorUnits, string currency) =>
        new Domain.Money.Money(minorUnits, currency).Format(Culture);

    /// <summary>A date in this culture, short (12/2/2026, 02/12/2026).</summary>
    public string Date(DateOnly day) => day.ToString("d", Culture);

    public string RaisedOfGoal(string raised, string goal) => Format(Text(), raised, goal);

    public string Donors(int count) => Format(Text(), count);

    public string CommittedVsReceived(string committed, string received) => Format(Text(), committed, received);

    public string DaysLeft(int days) => Format(Text(), days);

    public string SignedInAs(string name) => Format(Text(), name);

    public string GiftRefused(string why) => Format(Text(), why);

    public string Product => Text();

    public string Dashboard => Text();

    public string SignInTitle => Text();

    public string SignInIntro => Text();

    public string Email => Text();

    public string Password => Text();

    public string SignIn => Text();

    public string SignOut => Text();

    public string InvalidSignIn => Text();

    public string LockedOut => Text();

    public string CurrentCampaigns => Text();

    public string NoCampaigns => Text();

    public string LastDay => Text();

    public string OtherLanguage => Text();

    public string OtherLanguageCode => Text();

    public string MainNavigation => Text();

    public string DonorsTitle => Text();

    public string SearchDonors => Text();

    public string Name => Text();

    public string ClassYear => Text();

    public string LifetimeGiving => Text();

    public string LastGift => Text();

    public string NoDonorsFound => Text();

    public string DonorNotFound => Text();

    public string GiftCount => Text();

    public string LargestGift => Text();

    public string ConsecutiveYears => Text();

    public string GivingByFiscalYear => Text();

    public string Gifts => Text();

    public string NoGifts => Text();

    public string ReceivedOn => Text();

    public string Amount => Text();

    public string Method => Text();

    public string Campaign => Text();

    public string Fund => Text();

    public string Reversed => Text();

    public string RecordGift => Text();

    public string RecordGiftIntro => Text();

    public string Record => Text();

    public string GiftRecorded => Text();

    public string AmountInvalid => Text();

    public string ChooseCampaign => Text();

    public string CampaignClosedRefusal => Text();

    public string CurrencyMismatchRefusal => Text();

    // Reports and saved segments.
    public string ReportsTitle => Text();

    public string ReportsIntro => Text();

    public string ReportsWhoToAsk => Text();

    public string ReportsHowTheYearGoes => Text();

    public string OpenReport => Text();

    public string Filters => Text();

    public string FiscalYear => Text();

    public string Currency => Text();

    public string DownloadCsv => Text();

    public string LybuntTitle => Text();

    public string LybuntSummary => Text();

    public string SybuntTitle => Text();

    public string SybuntSummary => Text();

    public string RetentionTitle => Text();

    public string RetentionSummary => Text();

    public string ParticipationTitle => Text();

    public string ParticipationSummary => Text();

    public string RfmTitle => Text();

    public string RfmSummary => Text();

    public string EngagementTitle => Text();

    public string EngagementSummary => Text();

    public string PledgeAgingTitle => Text();

    public string PledgeAgingSummary => Text();

    public string LastGiftAmount => Text();

    public string NoLapsedDonors => Text();

    public string SaveAsSegment => Text();

    public string SaveAsSegmentIntro => Text();

    public string SegmentName => Text();

    public string Save => Text();

    public string SegmentNameRequired => Text();

    public string ShowSegmentDonors => Text();

    public string NotAllowed => Text();

    public string SegmentFilter => Text();

    public string AllDonors => Text();

    public string NoSegmentsYet => Text();

    public string RetentionRate => Text();

    public string PriorYearDonors => Text();

    public string DonorsThisYear => Text();

    public string Retained => Text();

    public string Lapsed => Text();

    public string NewDonors => Text();

    public string Recaptured => Text();

    public string Upgraded => Text();

    public string Downgraded => Text();

    public string Same => Text();

    public string RaisedLastYear => Text();

    public string RaisedThisYear => Text();

    public string RetentionTrend => Text();

    public string ParticipationRate => Text();

    public string AlumniOfRecord => Text();

    public string AlumniDonors => Text();

    public string FriendDonors => Text();

    public string ParticipationByClassYear => Text();

    public string AllCampaigns => Text();

    public string NoAlumni => Text();

    public string Segment => Text();

    public string AllSegments => Text();

    public string DonorsBySegment => Text();

    public string DonorsLabel => Text();

    public string RfmScores => Text();

    public string NoGiftsInCurrency => Text();

    public string DonorsByStage => Text();

    public string Dimensions => Text();

    public string Dimension => Text();

    public string Activities => Text();

    public string Score => Text();

    public string Ambassadors => Text();

    public string Since => Text();

    public string NoAmbassadors => Text();

    public string NoOpenPledges => Text();

    public string DaysPastDue => Text();

    public string NotYetDue => Text();

    public string Outstanding => Text();

    public string Installments => Text();

    public string Pledges => Text();

    public string DonorsOnList(long count) => Format(Text(), count);

    public string DateRange(string start, string end) => Format(Text(), start, end);

    public string FiscalYearName(int fiscalYear) => Format(Text(), fiscalYear.ToString(CultureInfo.InvariantCulture));

    public string SegmentSaved(string name, int donors) => Format(Text(), name, donors);

    public string SegmentChoice(string name, string report, int fiscalYear, int donors) => Format(Text(), name, report, fiscalYear.ToString(CultureInfo.InvariantCulture), donors);

    public string AsOf(string date) => Format(Text(), date);

    public string AsOfIn(string date, string currency) => Format(Text(), date, currency);

    public string DaysRange(string days) => Format(Text(), days);

    public string ReconciliationTitle => Text();

    public string ReconciliationSummary => Text();

    public string FromDay => Text();

    public string ToDay => Text();

    public string Reconcile => Text();

    public string Matched => Text();

    public string Mismatched => Text();

    public string IssuesOnly => Text();

    public string ProcessorObject => Text();

    public string Kind => Text();

    public string LedgerAmount => Text();

    public string ProcessorAmount => Text();

    public string ProcessorFee => Text();

    public string Issue => Text();

    public string NoReconciliationLines => Text();

    public string ReconciliationDatesInvalid => Text();

    public string ProcessorUnavailable => Text();

    /// <summary>A share (0 to 1) as a percentage with one decimal; a dash when there was nothing to divide.</summary>
    public string Rate(decimal? rate) => rate is { } value ? value.ToString("P1", Culture) : "—";

    /// <summary>An RFM segment's name by its key (<c>at-risk</c>), else the key itself.</summary>
    public string RfmSegmentName(string key) => Find("RfmSegment_" + key.Replace('-', '_')) ?? key;

    private string Format(string text, params object[] values) => string.Format(Culture, text, values);
}
