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

    public string CampaignsTitle => Text();

    public string CampaignList => Text();

    public string CampaignListEmpty => Text();

    public string NewCampaign => Text();

    public string CampaignEdit => Text();

    public string CampaignFormIntro => Text();

    public string CampaignCurrency => Text();

    public string CampaignCurrencyHelp => Text();

    public string CampaignGoal => Text();

    public string CampaignDonorGoal => Text();

    public string CampaignOptional => Text();

    public string CampaignStartsOn => Text();

    public string CampaignEndsOn => Text();

    public string CampaignSave => Text();

    public string CampaignFormClose => Text();

    public string CampaignRefused => Text();

    public string CampaignNameRequired => Text();

    public string CampaignCurrencyInvalid => Text();

    public string CampaignDonorGoalInvalid => Text();

    public string CampaignDatesInvalid => Text();

    public string CampaignNameTaken => Text();

    public string CampaignInvalid => Text();

    public string CampaignNotFound => Text();

    public string CampaignDates => Text();

    public string CampaignRaisedVsGoal => Text();

    public string CampaignDonorsColumn => Text();

    public string CampaignRaised => Text();

    public string CampaignCommitted => Text();

    public string CampaignOverTime => Text();

    public string CampaignNoProgress => Text();

    public string CampaignByClassYear => Text();

    public string CampaignFriends => Text();

    public string CampaignExportGifts => Text();

    public string CampaignDonor => Text();

    public string CampaignNoGifts => Text();

    public string PledgesTitle => Text();

    public string PledgeList => Text();

    public string PledgesEmpty => Text();

    public string PledgeStatusFilter => Text();

    public string PledgeAllStatuses => Text();

    public string PledgeAmount => Text();

    public string PledgePaid => Text();

    public string PledgeBalance => Text();

    public string PledgeStatus => Text();

    public string PledgeFirstDue => Text();

    public string PledgeShow => Text();

    public string PledgeHide => Text();

    public string PledgeInstallments => Text();

    public string PledgeDueOn => Text();

    public string PledgeReason => Text();

    public string PledgeWriteOff => Text();

    public string PledgeCancel => Text();

    public string PledgeReasonRequired => Text();

    public string PledgeRefused => Text();

    public string PledgeAlreadyClosed => Text();

    public string PledgeClosedBecause(string reason) => Format(Text(), reason);

    public string RecurringGiftsTitle => Text();

    public string RecurringGiftList => Text();

    public string RecurringGiftsEmpty => Text();

    public string RecurringStatusFilter => Text();

    public string RecurringMonthly => Text();

    public string RecurringNextCharge => Text();

    public string RecurringPaidCount => Text();

    public string RecurringFailures => Text();

    public string RecurringNeedsAttention => Text();

    public string RecurringCharges => Text();

    public string RecurringNoCharges => Text();

    public string RecurringChargedOn => Text();

    public string RecurringOutcome => Text();

    public string RecurringMessage => Text();

    public string RecurringNewAmount => Text();

    public string RecurringChangeAmount => Text();

    public string RecurringCancel => Text();

    public string RecurringAmountChanged => Text();

    public string RecurringCancelled => Text();

    public string RecurringProcessorRefused(string answer) => Format(Text(), answer);

    public string DonorsOfGoal(int count, int goal) => Format(Text(), count, goal);

    /// <summary>A pledge's status in words (<c>writtenOff</c> → "Written off"); an unknown one as stored.</summary>
    public string PledgeStatusName(string status) => Find($"PledgeStatus_{status}") ?? status;

    /// <summary>An installment's status in words; an unknown one as stored.</summary>
    public string InstallmentStatusName(string status) => Find($"InstallmentStatus_{status}") ?? status;

    /// <summary>A monthly gift's status (Stripe's word, <c>past_due</c>) in words; an unknown one as stored.</summary>
    public string RecurringStatusName(string status) => Find($"RecurringStatus_{status}") ?? status;

    /// <summary>How a monthly gift's charge went (<c>paid</c>, <c>failed</c>) in words; an unknown one as stored.</summary>
    public string RecurringOutcomeName(string outcome) => Find($"RecurringOutcome_{outcome}") ?? outcome;

    private string Format(string text, params object[] values) => string.Format(Culture, text, values);
}
