using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GiveBack.Constituents.Imports.Mappings;
using GiveBack.Constituents.Imports.Reading;
using GiveBack.Constituents.Imports.Store;
using GiveBack.Domain.Pledges;
using GiveBack.Giving.Endpoints.Donors;
using GiveBack.Grains.Abstractions.Donors;
using GiveBack.Web.Problems;
using static GiveBack.Constituents.Imports.Mappings.ImportField;

namespace GiveBack.Constituents.Imports.Parsing;

/// <summary>
/// Turns a source row into what it books, or says what is wrong with it, column by column. The donor's rules are
/// giving's own (<paramref name="validateDonor"/>), so an imported donor meets what <c>POST /donors</c> would ask.
/// </summary>
public sealed class RowParser(
    ColumnMap columns, CultureInfo culture, DateOnly today, string defaultCampaign,
    Func<DonorFields, FieldErrors, DonorProfile?> validateDonor)
{
    private static readonly ImportField[] IdentityFields =
        [Amount, Currency, GiftDate, Campaign, Reference, PledgeAmount, PledgeInstallments, PledgeFirstDueOn, ActivityType, ActivityDate, ActivityDetail];

    private static readonly ImportField[] LaterIdentityFields = [AmountMinor, ReversesGift, PledgeAmountMinor, PledgeKey];

    public (ParsedRow? Row, IReadOnlyList<RowProblem> Problems) Parse(SourceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var problems = new List<RowProblem>();
        void Problem(ImportField field, string message)
        {
            var (value, column) = columns.Read(field, row);
            problems.Add(new RowProblem(row.Number, column.Length > 0 ? column : field.ToString(), value, message));
        }

        string Text(ImportField field) => columns.Read(field, row).Value;

        var status = Text(GiftStatus);
        if (columns.Mapping.BookedStatuses is { } booked && status.Length > 0 && !booked.Contains(status, StringComparer.OrdinalIgnoreCase))
        {
            Problem(GiftStatus, $"Only {string.Join(", ", booked)} rows are gifts received; this row is not imported.");
            return (null, problems);
        }

        var donor = ParseDonor(Text, Problem);
        var campaign = Text(Campaign) is { Length: > 0 } named ? named : defaultCampaign;
        string? currency = null;
        if (Text(Currency) is { Length: > 0 } code)
        {
            if (Domain.Money.Currency.TryNormalize(code, out var normalized))
            {
                currency = normalized;
            }
            else
            {
                Problem(Currency, "Not an ISO 4217 currency code such as USD or EUR.");
            }
        }

        var reversal = IsReversal(Text) ? ParseReversal(Text, Problem) : null;
        var isPledge = Text(PledgeAmount).Length > 0 || Text(PledgeAmountMinor).Length > 0;
        var gift = reversal is null && (Text(Amount).Length > 0 || Text(AmountMinor).Length > 0 || Text(GiftDate).Length > 0)
            ? ParseGift(Text, Problem, campaign, currency, paysPledge: !isPledge)
            : null;
        var pledge = isPledge ? ParsePledge(Text, Problem, campaign, currency) : null;
        var activity = Text(ActivityType).Length > 0 ? ParseActivity(Text, Problem) : null;
        if (problems.Count > 0 || donor is null)
        {
            return (null, problems);
        }

        return (new ParsedRow(row.Number, RowKey(donor, Text, pledge is not null, activity is not null), donor, gift, pledge, activity, reversal), problems);
    }

    /// <summary>A row of GiveBack's <c>gifts.csv</c> whose kind is <c>reversal</c>, or any row naming the gift it reverses.</summary>
    private static bool IsReversal(Func<ImportField, string> text) =>
        string.Equals(text(GiftKind), "reversal", StringComparison.OrdinalIgnoreCase) || text(ReversesGift).Length > 0;

    /// <summary>
    /// The gift it reverses is named by the source's gift id, which is the row key that gift was imported under: the
    /// reversal is booked through the ledger's own reversal of that gift, never as a negative gift.
    /// </summary>
    private ImportedReversal? ParseReversal(Func<ImportField, string> text, Action<ImportField, string> problem)
    {
        if (text(ReversesGift) is not { Length: > 0 } reversed)
        {
            problem(ReversesGift, "A reversal names the gift it reverses (reverses_gift_id).");
            return null;
        }

        var reason = Blank(text(ReversalReason)) ?? "Reversed before the import";
        return new ImportedReversal($"{columns.Mapping.Name}:gift:{reversed}", reason);
    }

    private ImportedDonor? ParseDonor(Func<ImportField, string> text, Action<ImportField, string> problem)
    {
        int? classYear = null;
        if (text(ClassYear) is { Length: > 0 } year)
        {
            if (int.TryParse(year, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                classYear = parsed;
            }
            else
            {
                problem(ClassYear, "Not a year.");
            }
        }

        var sourceId = text(DonorKey) is { Length: > 0 } given && Guid.TryParse(given, out var uuid) ? uuid : (Guid?)null;
        if (!columns.Has(FirstName) && !columns.Has(LastName))
        {
            // A file without names (GiveBack's gifts.csv) names a donor already in GiveBack by its id.
            if (text(DonorKey) is { Length: > 0 } reference)
            {
                return new ImportedDonor($"{columns.Mapping.Name}:id:{reference}", string.Empty, string.Empty, null, null, sourceId, ReferenceOnly: true);
            }

            problem(DonorKey, "The row names no donor.");
            return null;
        }

        var fields = new DonorFields(text(FirstName), text(LastName), text(Email), classYear, false, null, null);
        var errors = new FieldErrors();
        var profile = validateDonor(fields, errors);
        foreach (var (field, name) in new[] { (FirstName, "firstName"), (LastName, "lastName"), (Email, "email"), (ClassYear, "classYear") })
        {
            foreach (var message in errors.MessagesOf(name))
            {
                problem(field, message);
            }
        }

        if (profile is null)
        {
            return null;
        }

        var key = text(DonorKey) is { Length: > 0 } id ? $"{columns.Mapping.Name}:id:{id}"
            : profile.Email is { } email ? $"email:{email}"
            : $"name:{profile.FirstName.ToLowerInvariant()}|{profile.LastName.ToLowerInvariant()}|{profile.ClassYear}";
        return new ImportedDonor(key, profile.FirstName, profile.LastName, profile.Email, profile.ClassYear, sourceId);
    }

    /// <summary>
    /// A gift; on a row that is not itself a pledge, a pledge id names the pledge the gift pays (GiveBack's
    /// <c>gifts.csv</c>): a UUID as it is, another id as the id the import gave that pledge's row.
    /// </summary>
    private ImportedGift? ParseGift(Func<ImportField, string> text, Action<ImportField, string> problem, string campaign, string? currency, bool paysPledge)
    {
        long amount = 0;
        string? named = null;
        if (text(Amount).Length == 0 && text(AmountMinor) is { Length: > 0 } minor)
        {
            amount = Minor(minor, AmountMinor, "amount", problem);
        }
        else if (text(Amount).Length == 0)
        {
            problem(Amount, "The gift has a date but no amount.");
        }
        else if (!AmountText.TryParse(text(Amount), currency, culture, out amount, out named, out var why))
        {
            problem(Amount, $"The amount {why}.");
        }

        var date = Day(text(GiftDate), GiftDate, "The gift's date", problem);
        Guid? pledgeId = !paysPledge || text(PledgeKey) is not { Length: > 0 } pledgeKey ? null
            : Guid.TryParse(pledgeKey, out var pledgeUuid) ? pledgeUuid
            : ImportedIds.Pledge(ImportedIds.PledgeRowKey(columns.Mapping.Name, pledgeKey));
        return date is { } day && amount > 0
            ? new ImportedGift(amount, currency ?? named, day, campaign, MethodWords.Of(text(Method)), Blank(text(Fund)), Uuid(text(CampaignKey)), pledgeId)
            : null;
    }

    /// <summary>An amount written as an integer of minor units (GiveBack's <c>*_minor</c> columns); 0 (with a problem) when it is not one.</summary>
    private static long Minor(string text, ImportField field, string what, Action<ImportField, string> problem)
    {
        var amount = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var cents) && cents > 0 && cents <= Domain.Money.GiftAmount.MaxMinorUnits ? cents : 0;
        if (amount == 0)
        {
            problem(field, $"The {what} in minor units must be a whole number more than zero.");
        }

        return amount;
    }

    private static Guid? Uuid(string text) => Guid.TryParse(text, out var id) ? id : null;

    private ImportedPledge? ParsePledge(Func<ImportField, string> text, Action<ImportField, string> problem, string campaign, string? currency)
    {
        long amount = 0;
        string? named = null;
        if (text(PledgeAmount).Length == 0)
        {
            amount = Minor(text(PledgeAmountMinor), PledgeAmountMinor, "pledge amount", problem);
        }
        else if (!AmountText.TryParse(text(PledgeAmount), currency, culture, out amount, out named, out var why))
        {
            problem(PledgeAmount, $"The pledge amount {why}.");
        }

        var installments = int.TryParse(text(PledgeInstallments) is { Length: > 0 } n ? n : "1", NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
            && count is >= 1 and <= InstallmentPlan.MaxInstallments ? count : 0;
        if (installments == 0)
        {
            problem(PledgeInstallments, $"The number of installments must be between 1 and {InstallmentPlan.MaxInstallments}.");
        }

        Domain.Pledges.PledgeFrequency? frequency = Enum.TryParse<Domain.Pledges.PledgeFrequency>(text(ImportField.PledgeFrequency) is { Length: > 0 } f ? f : "yearly", true, out var parsed) ? parsed : null;
        if (frequency is null)
        {
            problem(ImportField.PledgeFrequency, "The frequency is monthly, quarterly or yearly.");
        }

        var firstDue = Day(text(PledgeFirstDueOn), PledgeFirstDueOn, "The first installment's date", problem, allowFuture: true);
        return firstDue is { } due && amount > 0 && installments > 0 && frequency is { } every
            ? new ImportedPledge(amount, currency ?? named, installments, every, due, campaign, Blank(text(Fund)), Uuid(text(PledgeKey)), Uuid(text(CampaignKey)))
            : null;
    }

    /// <summary>
    /// An activity on its day; an instant written as GiveBack's export writes it (ISO 8601 round trip, with its offset)
    /// keeps its time, so the activity comes back exactly as it was.
    /// </summary>
    private ImportedActivity? ParseActivity(Func<ImportField, string> text, Action<ImportField, string> problem)
    {
        var written = text(ActivityDate);
        DateTimeOffset? exact = DateTimeOffset.TryParseExact(written.Trim(), "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : null;
        var date = Day(
            exact is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : written, ActivityDate, "The activity's date", problem);
        var detail = Blank(text(ActivityDetail));
        return date is { } day
            ? new ImportedActivity(
                text(ActivityType).Trim().ToLowerInvariant(), exact ?? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), detail,
                Uuid(text(ActivityKey)))
            : null;
    }

    private DateOnly? Day(string text, ImportField field, string what, Action<ImportField, string> problem, bool allowFuture = false)
    {
        if (text.Length == 0)
        {
            problem(field, $"{what} is required.");
            return null;
        }

        if (!DateText.TryParse(text, culture, out var value))
        {
            problem(field, $"{what} is not a date (use YYYY-MM-DD or the {culture.Name} form {culture.DateTimeFormat.ShortDatePattern}).");
            return null;
        }

        var day = DateOnly.FromDateTime(value);
        if (day.Year < 1900 || (!allowFuture && day > today))
        {
            problem(field, $"{what} must be between 1900 and today.");
            return null;
        }

        return day;
    }

    /// <summary>
    /// The row's stable key: the source system's gift id when the file has one (or the pledge's or the activity's id on
    /// a row that is a pledge or an activity), else a hash of what identifies the row
    /// (the donor, the amount, the date, the campaign, the reference), so the same row in a re-exported file is the same key.
    /// </summary>
    private string RowKey(ImportedDonor donor, Func<ImportField, string> text, bool isPledge, bool isActivity)
    {
        if (text(GiftKey) is { Length: > 0 } giftKey)
        {
            return $"{columns.Mapping.Name}:gift:{giftKey}";
        }

        if (isPledge && text(PledgeKey) is { Length: > 0 } pledgeKey)
        {
            return ImportedIds.PledgeRowKey(columns.Mapping.Name, pledgeKey);
        }

        if (isActivity && text(ActivityKey) is { Length: > 0 } activityKey)
        {
            return ImportedIds.ActivityRowKey(columns.Mapping.Name, activityKey);
        }

        // Fields added later join the identity only when filled, so the rows of files imported before keep their keys.
        var identity = string.Join(
            '\u001F', IdentityFields.Select(text).Prepend(donor.Key).Concat(LaterIdentityFields.Select(text).Where(v => v.Length > 0)));
        return $"{columns.Mapping.Name}:row:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))}";
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
