using GiveBack.Data.Settings;
using GiveBack.Domain.Institution;

namespace GiveBack.Workspace.Settings;

/// <summary>What a save did: refused with <paramref name="Errors"/>, or made <paramref name="Changes"/> (none when nothing differed).</summary>
public sealed record InstitutionSettingsSave(IReadOnlyList<InstitutionProfileError> Errors, IReadOnlyList<StoredSettingChange> Changes);
