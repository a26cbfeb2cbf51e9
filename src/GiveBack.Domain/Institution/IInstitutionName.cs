namespace GiveBack.Domain.Institution;

/// <summary>
/// The institution's name as currently set (messages are signed with it, receipts and statements are issued under it):
/// one setting, read by whichever module prints it.
/// </summary>
public interface IInstitutionName
{
    string Current { get; }
}
