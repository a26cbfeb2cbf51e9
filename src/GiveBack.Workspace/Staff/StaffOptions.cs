namespace GiveBack.Workspace.Staff;

/// <summary>
/// The first administrator's account, from the environment: <c>GIVEBACK_STAFF_EMAIL</c> and
/// <c>GIVEBACK_STAFF_PASSWORD</c> (<c>./run.sh</c> makes both on the first run and keeps them beside the admin key).
/// </summary>
public sealed class StaffOptions
{
    public const string EmailVariable = "GIVEBACK_STAFF_EMAIL";

    public const string PasswordVariable = "GIVEBACK_STAFF_PASSWORD";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }
}
