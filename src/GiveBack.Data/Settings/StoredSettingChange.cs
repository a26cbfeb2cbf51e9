namespace GiveBack.Data.Settings;

/// <summary>
/// One change of a stored setting (<c>stored_setting_changes</c>, append-only): the audit of who changed what, from which
/// value, and when. The product has no audit log of its own, so the record of a change sits beside the setting.
/// </summary>
public sealed class StoredSettingChange
{
    public long Id { get; set; }

    public string Key { get; set; } = string.Empty;

    /// <summary>The value before: null when the key had none stored (the configuration files' value was in force).</summary>
    public string? OldValue { get; set; }

    public string NewValue { get; set; } = string.Empty;

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedBy { get; set; } = string.Empty;
}
