using System.Globalization;
using GiveBack.Data.Settings;
using GiveBack.Domain.Calendar;
using GiveBack.Domain.Institution;
using GiveBack.Giving;
using GiveBack.Outreach;
using GiveBack.Payments;
using GiveBack.Reports;
using Microsoft.Extensions.Options;

namespace GiveBack.Workspace.Settings;

/// <summary>
/// The institution's settings as the modules read them (their own configuration keys), saved as stored settings that
/// win over the configuration files. The name and the report currency are read by their modules per use, so a save is
/// in force at once on this host and within a poll on the others. The fiscal year's first month is in force from the
/// next start: the rollups are rebuilt under it then (see docs/architecture.md, "Institution settings").
/// </summary>
public sealed class InstitutionSettingsStore(
    StoredSettings stored,
    IOptionsMonitor<OutreachOptions> outreach,
    IOptionsMonitor<GivingOptions> giving,
    IOptionsMonitor<ReportsOptions> reports,
    IOptionsMonitor<ReceiptIssuerOptions> receipts,
    FiscalCalendar calendar)
{
    public const string NameKey = OutreachOptions.SectionName + ":" + nameof(OutreachOptions.Institution);

    public const string FiscalYearStartMonthKey = GivingOptions.SectionName + ":" + nameof(GivingOptions.FiscalYearStartMonth);

    public const string ReportCurrencyKey = ReportsOptions.SectionName + ":" + nameof(ReportsOptions.Currency);

    public const string AddressKey = ReceiptIssuerOptions.SectionName + ":" + nameof(ReceiptIssuerOptions.Address);

    public const string RegistrationNumberKey = ReceiptIssuerOptions.SectionName + ":" + nameof(ReceiptIssuerOptions.RegistrationNumber);

    public const string CountryKey = ReceiptIssuerOptions.SectionName + ":" + nameof(ReceiptIssuerOptions.Country);

    public const string TaxWordingKey = ReceiptIssuerOptions.SectionName + ":" + nameof(ReceiptIssuerOptions.TaxWording);

    private static readonly string[] Keys = [NameKey, FiscalYearStartMonthKey, ReportCurrencyKey, AddressKey, RegistrationNumberKey, CountryKey, TaxWordingKey];

    /// <summary>The settings as saved: the name and currency in force, the month in force from the next start.</summary>
    public InstitutionProfile Saved
    {
        get
        {
            var issuer = receipts.CurrentValue;
            return new(
                outreach.CurrentValue.Institution,
                giving.CurrentValue.FiscalYearStartMonth,
                reports.CurrentValue.Currency,
                issuer.Address,
                issuer.RegistrationNumber,
                issuer.Country,
                issuer.TaxWording);
        }
    }

    /// <summary>The fiscal year's first month this host runs with (read at its start).</summary>
    public int FiscalYearStartMonthInForce => calendar.FirstMonth;

    /// <summary>Validates and saves <paramref name="profile"/> as <paramref name="changedBy"/>; nothing is saved if it is refused.</summary>
    public async Task<InstitutionSettingsSave> SaveAsync(InstitutionProfile profile, string changedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var normalized = profile.Normalized();
        var errors = normalized.Validate();
        if (errors.Count > 0)
        {
            return new InstitutionSettingsSave(errors, []);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [NameKey] = normalized.Name,
            [FiscalYearStartMonthKey] = normalized.FiscalYearStartMonth.ToString(CultureInfo.InvariantCulture),
            [ReportCurrencyKey] = normalized.ReportCurrency,
        };
        // The receipts' fields are optional: saved when they differ from what is in force, an emptied one saved empty so
        // that it wins over a value in the configuration files.
        var inForce = Saved;
        AddIfChanged(values, AddressKey, normalized.Address, inForce.Address);
        AddIfChanged(values, RegistrationNumberKey, normalized.RegistrationNumber, inForce.RegistrationNumber);
        AddIfChanged(values, CountryKey, normalized.Country, inForce.Country);
        AddIfChanged(values, TaxWordingKey, normalized.TaxWording, inForce.TaxWording);
        var changes = await stored.SaveAsync(values, changedBy, cancellationToken);
        return new InstitutionSettingsSave([], changes);
    }

    private static void AddIfChanged(Dictionary<string, string> values, string key, string? value, string? inForce)
    {
        if (!string.Equals(value ?? string.Empty, inForce ?? string.Empty, StringComparison.Ordinal))
        {
            values[key] = value ?? string.Empty;
        }
    }

    /// <summary>The newest changes of these settings, newest first: who changed what, and when.</summary>
    public Task<IReadOnlyList<StoredSettingChange>> ChangesAsync(int limit, CancellationToken cancellationToken) =>
        stored.ChangesAsync(Keys, limit, cancellationToken);
}
