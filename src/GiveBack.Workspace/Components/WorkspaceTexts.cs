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

    public string GiftBatchesTitle => Text();

    public string GiftBatchesIntro => Text();

    public string NewBatch => Text();

    public string BatchName => Text();

    public string DepositDate => Text();

    public string ControlCount => Text();

    public string ControlTotal(string currency) => Format(Text(), currency);

    public string OpenBatch => Text();

    public string NoBatches => Text();

    public string Lines => Text();

    public string Total => Text();

    public string Status => Text();

    public string Donor => Text();

    public string Reference => Text();

    public string Actions => Text();

    public string Booked => Text();

    public string BatchNotFound => Text();

    public string BatchFacts(string deposited, string method, string currency) => Format(Text(), deposited, method, currency);

    public string PostedOn(string when) => Format(Text(), when);

    public string ControlMatches => Text();

    public string ControlDiffers => Text();

    public string AddLineTitle => Text();

    public string AddLineHint => Text();

    public string AddLine => Text();

    public string ChooseDonor => Text();

    public string LikelyDuplicateBooked(int line, string date) => Format(Text(), line, date);

    public string LikelyDuplicateKeyed(int line) => Format(Text(), line);

    public string RemoveLine(int line) => Format(Text(), line);

    public string LineRemoved(int line) => Format(Text(), line);

    public string NoLines => Text();

    public string CorrectControl => Text();

    public string SaveControl => Text();

    public string PostBatch => Text();

    public string BatchPosted(int count) => Format(Text(), count);

    public string BatchAlreadyPosted => Text();

    public string BatchControlMismatch => Text();

    public string BatchLinesRefused(string lines) => Format(Text(), lines);

    public string PrintReport => Text();

    public string BatchFiguresInvalid => Text();

    public string NotAllowed => Text();

    /// <summary>A gift method in words (<c>cheque</c> → Cheque, Chèque); a word without a translation as it is.</summary>
    public string MethodName(string method) => Find($"Method_{method.ToLowerInvariant()}") ?? method;

    /// <summary>A gift batch's status in words.</summary>
    public string BatchStatus(string status) => Find($"BatchStatus_{status}") ?? status;

    /// <summary>Why a batch action was refused, in words.</summary>
    public string BatchRefusal(Giving.Batches.BatchOutcome outcome) => Find($"BatchRefusal_{outcome}") ?? outcome.ToString();

    public string ReverseGift => Text();

    public string ReverseGiftTitle(string amount, string date) => Format(Text(), amount, date);

    public string ReversalReason => Text();

    public string ReversalReasonRequired => Text();

    public string ReversalRefused => Text();

    public string GiftReversed => Text();

    public string Cancel => Text();

    public string Reversal => Text();
    public string PortfolioTitle => Text();

    public string PortfolioIntro(string officer) => Format(Text(), officer);

    public string GiftOfficer => Text();

    public string OfficerWithProspects(string officer, int prospects) => Format(Text(), officer, prospects);

    public string NoOfficerId => Text();

    public string PortfolioSummary => Text();

    public string PortfolioProspects => Text();

    public string NextActionOverdue => Text();

    public string ProspectStage => Text();

    public string NextAction => Text();

    public string NextActionDueOn => Text();

    public string UpdateMove => Text();

    public string UpdateMoveOf(string name) => Format(Text(), name);

    public string NoProspects => Text();

    public string SaveMove => Text();

    public string CloseMove => Text();

    public string MoveSaved => Text();

    public string MoveInvalid => Text();

    public string MoveRefused => Text();

    public string AmbassadorsTitle => Text();

    public string AmbassadorRule(string share, string stage) => Format(Text(), share, stage);

    public string RecomputeTitle => Text();

    public string RecomputeIntro => Text();

    public string RecomputeNow => Text();

    public string Recomputing => Text();

    public string Recomputed(int engagedAlumni, int ambassadors, int donorsUpdated) => Format(Text(), engagedAlumni, ambassadors, donorsUpdated);

    public string RecomputeRefused => Text();

    public string EngagementScore => Text();

    public string AmbassadorSince => Text();

    public string WhyAmbassador => Text();

    public string NoAmbassadors => Text();

    public string TalentTitle => Text();

    public string TalentIntro => Text();

    public string TalentFilters => Text();

    public string TalentSkill => Text();

    public string TalentIndustry => Text();

    public string HasDone => Text();

    public string AnyActivity => Text();

    public string TalentResults => Text();

    public string TalentSkills => Text();

    public string TalentActivities => Text();

    public string EngagementStage => Text();

    public string NoTalentFound => Text();

    public string TalentNeedsFilter => Text();

    /// <summary>A moves-management stage in this language.</summary>
    public string MoveStageName(GiveBack.Engagement.Moves.MoveStage stage) => Text($"MoveStage{stage}");
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

    public string GivingPulse(int fiscalYear) => Format(Text(), fiscalYear);

    public string ThisWeek => Text();

    public string SameWeekLastYear => Text();

    public string GiftsWorth(int count, string amount) => Format(Text(), count, amount);

    public string RetentionThisYear => Text();

    public string ParticipationThisYear => Text();

    public string RecentGifts => Text();

    public string NoRecentGifts => Text();

    public string NeedsAttention => Text();

    public string OverduePledges => Text();

    public string FailedMessages => Text();

    public string ParkedPaymentEvents => Text();

    public string PluginsNotHealthy => Text();

    public string Open => Text();

    public string TalentCity => Text();

    private string Format(string text, params object[] values) => string.Format(Culture, text, values);

    // The staff workspace's outreach and administration pages.
    public string OutreachTitle => Text();

    public string OutreachIntro => Text();

    public string OutreachMessagesHeading => Text();

    public string AllStatuses => Text();

    public string OneDonorOnly => Text();

    public string CreatedOn => Text();

    public string Recipient => Text();

    public string MessageKindHeader => Text();

    public string Attempts => Text();

    public string SentOn => Text();

    public string Resend => Text();

    public string ResendTo(string donor) => Format(Text(), donor);

    public string NoOutreachMessages => Text();

    public string MessageResent => Text();

    public string OutreachMessageGone => Text();

    public string UnknownDonor => Text();

    public string Refused(string why) => Format(Text(), why);

    public string Administration => Text();

    public string StaffUsersTitle => Text();

    public string StaffUsersIntro => Text();

    public string StaffAccountsHeading => Text();

    public string SearchStaff => Text();

    public string RolesHeader => Text();

    public string Active => Text();

    public string Locked => Text();

    public string Lock => Text();

    public string Unlock => Text();

    public string ChangeRoles => Text();

    public string ThisIsYou => Text();

    public string NoStaffFound => Text();

    public string RolesOf(string name) => Format(Text(), name);

    public string RolesSaved(string name) => Format(Text(), name);

    public string AccountLocked(string name) => Format(Text(), name);

    public string AccountUnlocked(string name) => Format(Text(), name);

    public string NewStaffUser => Text();

    public string NewStaffUserIntro => Text();

    public string InitialPassword => Text();

    public string InitialPasswordHelp => Text();

    public string CreateAccount => Text();

    public string NewStaffUserIncomplete => Text();

    public string AccountCreated(string email) => Format(Text(), email);

    public string AccountNotCreated(string why) => Format(Text(), why);

    public string ApiKeysTitle => Text();

    public string ApiKeysIntro => Text();

    public string NewApiKey => Text();

    public string ApiKeyHolder => Text();

    public string ApiKeyHolderHelp => Text();

    public string ApiKeyHolderRequired => Text();

    public string Role => Text();

    public string CreateKey => Text();

    public string ApiKeyShownOnce => Text();

    public string ApiKeyCreated(string name) => Format(Text(), name);

    public string ApiKeysHeading => Text();

    public string Revoke => Text();

    public string RevokeKeyOf(string name) => Format(Text(), name);

    public string RevokedOn(string date) => Format(Text(), date);

    public string ApiKeyRevoked(string name) => Format(Text(), name);

    public string ApiKeyAlreadyRevoked => Text();

    public string NoApiKeys => Text();

    public string PluginsTitle => Text();

    public string PluginsIntro => Text();

    public string InstalledPlugins => Text();

    public string Plugin => Text();

    public string PluginState => Text();

    public string Health => Text();

    public string LastSuccess => Text();

    public string LastError => Text();

    public string Enable => Text();

    public string Disable => Text();

    public string Disabled => Text();

    public string MissingSettings(string keys) => Format(Text(), keys);

    public string NoPlugins => Text();

    public string PluginEnabled(string plugin) => Format(Text(), plugin);

    public string PluginDisabled(string plugin) => Format(Text(), plugin);

    public string DeadLetters => Text();

    public string DeadLettersIntro => Text();

    public string FailedOn => Text();

    public string EventType => Text();

    public string Replay => Text();

    public string DeadLetterReplayed => Text();

    public string NoDeadLetters => Text();

    public string PaymentEventsTitle => Text();

    public string PaymentEventsIntro => Text();

    public string PaymentEventsHeading => Text();

    public string PaymentEvent => Text();

    public string Outcome => Text();

    public string TestMode => Text();

    public string PaymentEventReplayed(string id) => Format(Text(), id);

    public string NoPaymentEvents => Text();

    public string SettingsTitle => Text();

    public string SettingsIntro => Text();

    public string Institution => Text();

    public string InstitutionName => Text();

    public string FiscalYearStart => Text();

    public string ReportCurrency => Text();

    /// <summary>The words for a value the code keeps as a name (<c>queued</c>…); the name itself when it has none.</summary>
    public string OutreachStatus(string value) => Find($"OutreachStatus_{value}") ?? value;

    /// <summary>The words for a value the code keeps as a name (<c>pending</c>…); the name itself when it has none.</summary>
    public string AuditActionName(string value) => Find($"AuditAction_{value}") ?? value;

    public string PaymentEventStatus(string value) => Find($"PaymentEventStatus_{value}") ?? value;

    /// <summary>The words for a value the code keeps as a name (<c>Unknown</c>…); the name itself when it has none.</summary>
    public string HealthName(string value) => Find($"HealthName_{value}") ?? value;

    /// <summary>The words for a value the code keeps as a name (<c>Loaded</c>…); the name itself when it has none.</summary>
    public string PluginStateName(string value) => Find($"PluginStateName_{value}") ?? value;

    /// <summary>The words for a value the code keeps as a name (<c>admin</c>…); the name itself when it has none.</summary>
    public string RoleName(string value) => Find($"RoleName_{value}") ?? value;

    /// <summary>The words for a value the code keeps as a name (<c>admin</c>…); the name itself when it has none.</summary>
    public string RoleDescription(string value) => Find($"RoleDescription_{value}") ?? value;

    /// <summary>The words for a value the code keeps as a name (<c>thank-you</c>…); the name itself when it has none.</summary>
    public string OutreachKind(string value) => Find($"OutreachKind_{value}") ?? value;

    public string RowsPerPage => Text();

    public string PagerInfo => Text();

    public string NoOutreachYet => Text();

    public string NoPaymentEventsYet => Text();

    public string AccountSecurity => Text();

    public string SecurityTitle => Text();

    public string TwoFactorHeading => Text();

    public string TwoFactorIsOn => Text();

    public string TwoFactorIsOff => Text();

    public string TwoFactorSetup => Text();

    public string AuthenticatorKey => Text();

    public string AuthenticatorUri => Text();

    public string AuthenticatorCode => Text();

    public string TurnOnTwoFactor => Text();

    public string TurnOffTwoFactor => Text();

    public string InvalidAuthenticatorCode => Text();

    public string RecoveryCodesHeading => Text();

    public string RecoveryCodesOnce => Text();

    public string TwoFactorTitle => Text();

    public string TwoFactorIntro => Text();

    public string TwoFactorCodeOrRecovery => Text();

    public string VerifyCode => Text();

    public string TwoFactorTurnedOff => Text();
    public string Timeline => Text();

    public string NoTimeline => Text();

    public string TimelineWhat => Text();

    public string TimelineDetail => Text();

    /// <summary>The words for a kind of timeline line (<c>gift</c>, <c>stage-change</c>…); the name itself when it has none.</summary>
    public string TimelineKind(string value) => Find($"TimelineKind_{value}") ?? value;

    public string DonorActions => Text();

    public string LogActivity => Text();

    public string OfficerAndStage => Text();

    public string EditDetails => Text();

    public string ActivityLogged => Text();

    public string DetailsSaved => Text();

    public string ResendReceipt => Text();

    public string ReceiptResent => Text();

    public string ActivityType => Text();

    public string ActivityTypeRequired => Text();

    public string ActivityDay => Text();

    public string ActivityDayInvalid => Text();

    public string ActivityDetail => Text();

    public string FirstName => Text();

    public string LastName => Text();

    public string NameInvalid => Text();

    public string EmailInvalid => Text();

    public string ClassYearInvalid => Text();

    public string DonorLanguage => Text();

    public string EmailOptOut => Text();

    public string MovesTitle => Text();

    public string NoOfficerYet => Text();

    public string RelationshipsTitle => Text();

    public string HouseholdLabel => Text();

    public string SalutationLabel => Text();

    public string NoHousehold => Text();

    public string HouseholdMembers => Text();

    public string JointGiving => Text();

    public string NoLinks => Text();

    public string HardCredit => Text();

    public string SoftCredit => Text();

    public string RecognitionTotal => Text();

    public string NoCredit => Text();

    public string SoftCreditsReceived => Text();

    public string NoSoftCredits => Text();

    /// <summary>A link's kind from the donor's side (spouse, employer, employee).</summary>
    public string LinkKindName(string kind) => Find($"LinkKind_{kind}") ?? kind;

    public string SoftCreditReasonName(string reason) => Find($"SoftCreditReason_{reason}") ?? reason;

    public string Consent => Text();

    public string NoConsent => Text();

    public string ConsentedTo(string channels) => Format(Text(), channels);

    public string ConsentChannel => Text();

    public string ConsentPurpose => Text();

    public string ConsentAnswer => Text();

    public string ConsentSource => Text();

    public string ConsentDate => Text();

    public string ConsentGranted => Text();

    public string ConsentWithheld => Text();

    /// <summary>A consent purpose (receipts, appeals, news, events) in this language.</summary>
    public string ConsentPurposeName(string purpose) => Find($"ConsentPurposeName_{purpose}") ?? purpose;

    /// <summary>Where a consent answer came from (giving-page, staff…) in this language.</summary>
    public string ConsentSourceName(string source) => Find($"ConsentSourceName_{source.Replace('-', '_')}") ?? source;

    public string Tags => Text();

    public string NoTalentYet => Text();

    public string ScoreExplanation(string halfLifeDays) => Format(Text(), halfLifeDays);

    public string StageSince(string day) => Format(Text(), day);

    public string Ambassador => Text();

    /// <summary>An engagement dimension (attention, time, talent, treasure) in this language.</summary>
    public string DimensionName(string dimension) => Find($"DimensionName_{dimension}") ?? dimension;

    /// <summary>An outreach channel in this language; a plugin's channel by its own name.</summary>
    public string ChannelName(string channel) => Find($"ChannelName_{channel}") ?? channel;

    /// <summary>A language messages are written in (en, fr), named in this language.</summary>
    public string LanguageName(string language) => Find($"LanguageName_{language}") ?? language;

    public string RatesAsOf(string time) => Format(Text(), time);

    public string DeadLetterGone => Text();

    public string PaymentEventGone => Text();

    public string PaymentEventStillPending => Text();

    public string PaymentEventPayloadRemoved => Text();
    public string ForgotPasswordLink => Text();

    public string ForgotPasswordTitle => Text();

    public string ForgotPasswordIntro => Text();

    public string SendResetLink => Text();

    public string ResetLinkOnItsWay => Text();

    public string BackToSignIn => Text();

    public string ResetPasswordTitle => Text();

    public string ResetPasswordIntro(int length) => Format(Text(), length);

    public string NewPassword => Text();

    public string ConfirmNewPassword => Text();

    public string SetNewPassword => Text();

    public string PasswordsDoNotMatch => Text();

    public string PasswordTooShort(int length) => Format(Text(), length);

    public string ResetLinkInvalid => Text();

    public string AskForNewLink => Text();

    public string PasswordResetDone => Text();
    public string SettingsSave => Text();

    public string SettingsSaved => Text();

    public string SettingsUnchanged => Text();

    public string SettingsNotSaved => Text();

    public string SettingsNameMissing => Text();

    public string SettingsNameTooLong(int max) => Format(Text(), max);

    public string SettingsMonthOutOfRange => Text();

    public string SettingsCurrencyNotAccepted(string code) => Format(Text(), code);

    public string SettingsFiscalYearPending(string month) => Format(Text(), month);

    public string SettingsChanges => Text();

    public string SettingsChangedAt => Text();

    public string SettingsChangedBy => Text();

    public string SettingsKey => Text();

    public string SettingsFrom => Text();

    public string SettingsTo => Text();

    public string SettingsNoChanges => Text();

    public string SettingsCurrencyHelp => Text();

    public string SettingsEdit => Text();

    public string SettingsInForce => Text();

    public string PagerInfoOfMore(string cap) => Format(Text(), cap);

    public string TypeMoreToNarrow(string cap) => Format(Text(), cap);

    public string DuplicatesTitle => Text();

    public string DuplicatesIntro => Text();

    public string DuplicatesQueue => Text();

    public string DuplicatesPair => Text();

    public string DuplicatesScore => Text();

    public string DuplicatesReasons => Text();

    public string DuplicatesReview => Text();

    public string NoDuplicates => Text();

    public string DuplicatesCompare => Text();

    public string DuplicatesNotADuplicate => Text();

    public string DuplicatesConfirmMerge => Text();

    public string DuplicatesDismissed => Text();

    public string DuplicatesNotAllowed => Text();

    public string DuplicatesGifts(int count) => Format(Text(), count);

    public string DuplicatesMergeInto(string name) => Format(Text(), name);

    public string DuplicatesWillMove(string merged, string survivor) => Format(Text(), merged, survivor);

    public string DuplicatesAfter(string amount, int gifts) => Format(Text(), amount, gifts);

    public string DuplicatesMerged(string name) => Format(Text(), name);

    public string DuplicatesCannotMerge(string why) => Format(Text(), why);

    /// <summary>A kind of record a merge moves (the merge preview's keys).</summary>
    public string DuplicatesMoveKind(string kind) => Find($"DuplicatesMoveKind_{kind}") ?? kind;

    public string AuditTitle => Text();

    public string AuditIntro => Text();

    public string AuditWhen => Text();

    public string AuditWho => Text();

    public string AuditAction => Text();

    public string AuditWhat => Text();

    public string AuditChange => Text();

    public string AuditActorFilter => Text();

    public string AuditForDonor(string name) => Format(Text(), name);

    public string AuditAllDonors => Text();

    public string NoAuditEntries => Text();

    public string DonorAuditLink => Text();

    public string StatementHeading => Text();

    public string StatementYear => Text();

    public string StatementDownload => Text();

    public string HouseholdStatementDownload(int year) => Format(Text(), year);

    public string SettingsReceiptsHeading => Text();

    public string SettingsReceiptsHelp => Text();

    public string SettingsAddress => Text();

    public string SettingsRegistrationNumber => Text();

    public string SettingsCountry => Text();

    public string SettingsCountryHelp => Text();

    public string SettingsTaxWording => Text();

    public string SettingsTaxWordingHelp => Text();

    public string SettingsCountryNotAccepted(string value) => Format(Text(), value);

    public string SettingsReceiptTextTooLong(int max) => Format(Text(), max);
    public string ImportsTitle => Text();

    public string ImportsIntro => Text();

    public string ImportNew => Text();

    public string ImportFileLabel => Text();

    public string ImportMappingLabel => Text();

    public string ImportMappingName(string mapping) => Find($"ImportMapping_{mapping}") ?? mapping;

    public string ImportPreviewTitle => Text();

    public string ImportSourceColumn => Text();

    public string ImportFieldLabel => Text();

    public string ImportNotRead => Text();

    public string ImportDateLocaleLabel => Text();

    public string ImportDateLocaleOfMapping => Text();

    public string ImportSaveMappingName => Text();

    public string ImportSaveMappingButton => Text();

    public string ImportMappingSaved(string name) => Format(Text(), name);

    public string ImportDryRunButton => Text();

    public string ImportStartButton => Text();

    public string ImportDryRunWord => Text();

    public string ImportStatusName(string status) => Find($"ImportStatus_{status}") ?? status;

    public string ImportProgressOf(int processed, int total) => Format(Text(), processed.ToString("N0", Culture), total.ToString("N0", Culture));

    public string ImportImported => Text();

    public string ImportSkipped => Text();

    public string ImportErrors => Text();

    public string ImportNoErrors => Text();

    public string ImportRow => Text();

    public string ImportColumn => Text();

    public string ImportValue => Text();

    public string ImportMessage => Text();

    public string ImportRecent => Text();

    public string ImportFileName => Text();

    public string ImportNone => Text();

    public string ImportUnreadable => Text();

    public string ImportFileTooLarge(long megabytes) => Format(Text(), megabytes);

    public string GivingDayTitle => Text();

    public string GivingDayOf(string name) => Format(Text(), name);

    public string GivingDayCampaignLink => Text();

    public string GivingDayLive(DateTimeOffset at) => Format(Text(), at.UtcDateTime);

    public string GivingDayOpen => Text();

    public string MatchesTitle => Text();

    public string MatchesNone => Text();

    public string MatchAdd => Text();

    public string MatchFormIntro => Text();

    public string MatchSponsor => Text();

    public string MatchSponsorRequired => Text();

    public string MatchPer => Text();

    public string MatchPerAmount => Text();

    public string MatchPerDonor => Text();

    public string MatchRatio => Text();

    public string MatchRatioHelp => Text();

    public string MatchCap => Text();

    public string MatchStartsAt => Text();

    public string MatchEndsAt => Text();

    public string MatchTimeZone => Text();

    public string MatchTimeZoneInvalid => Text();

    public string MatchWindowInvalid => Text();

    public string MatchClassYears => Text();

    public string MatchClassYearsHelp => Text();

    public string MatchNewDonorsOnly => Text();

    public string MatchFirstGiftOfDay => Text();

    public string MatchSave => Text();

    public string MatchInvalid => Text();

    public string MatchTerms => Text();

    public string MatchTermsPerAmount(decimal ratio) => Format(Text(), ratio);

    public string MatchTermsPerDonor(decimal ratio) => Format(Text(), ratio);

    public string MatchWindow => Text();

    public string MatchMatched => Text();

    public string MatchRemaining => Text();

    /// <summary>An instant in this culture, short date and time, in UTC (the server's clock is UTC; the column says so).</summary>
    public string Moment(DateTimeOffset at) => at.UtcDateTime.ToString("g", Culture) + " UTC";

    public string ChallengesTitle => Text();

    public string ChallengesNone => Text();

    public string ChallengeAdd => Text();

    public string ChallengeFormIntro => Text();

    public string ChallengeKind => Text();

    public string ChallengeKindDonors => Text();

    public string ChallengeKindAmount => Text();

    public string ChallengeKindParticipation => Text();

    public string ChallengeKindNthDonor => Text();

    public string ChallengeThreshold => Text();

    public string ChallengeThresholdHelp => Text();

    public string ChallengeUnlockAmount => Text();

    public string ChallengeClassYear => Text();

    public string ChallengeClassYearHelp => Text();

    public string ChallengeSave => Text();

    public string ChallengeProgressColumn => Text();

    public string ChallengeUnlocked => Text();

    public string ChallengeNotYet => Text();

    public string AmbassadorsBoardTitle => Text();

    public string AmbassadorsNone => Text();

    public string AmbassadorAdd => Text();

    public string AmbassadorFormIntro => Text();

    public string AmbassadorStory => Text();

    public string AmbassadorDonorRequired => Text();

    public string AmbassadorSave => Text();

    public string AmbassadorClicks => Text();

    public string GivingDayClasses => Text();

    public string GivingDayRank => Text();

    /// <summary>A challenge's kind, in words.</summary>
    public string ChallengeKindName(string kind) => kind switch
    {
        "amount" => ChallengeKindAmount,
        "participation" => ChallengeKindParticipation,
        "nthDonor" => ChallengeKindNthDonor,
        _ => ChallengeKindDonors,
    };

    public string GivingDayDefinition => Text();

    public string GivingDaySetUp => Text();

    public string GivingDayFormIntro => Text();

    public string GivingDaySlug => Text();

    public string GivingDayHeadline => Text();

    public string GivingDaySave => Text();

    public string GivingDayPublicPage => Text();

    public string GivingDayBigScreen => Text();

    public string GivingDayNotSet => Text();
}
