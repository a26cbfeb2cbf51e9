namespace GiveBack.Data.Settings;

/// <summary>One configuration key a person set in the product (<c>stored_settings</c>): its value wins over appsettings.</summary>
public sealed class StoredSetting
{
    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Who set it: the staff member's e-mail, or the API key's name.</summary>
    public string ChangedBy { get; set; } = string.Empty;
}
