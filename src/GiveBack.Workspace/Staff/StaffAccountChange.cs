namespace GiveBack.Workspace.Staff;

/// <summary>What became of a change to a staff account: done, or refused with Identity's reasons.</summary>
public sealed record StaffAccountChange(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static StaffAccountChange Done { get; } = new(true, []);

    public static StaffAccountChange Refused(params string[] errors) => new(false, errors);
}
