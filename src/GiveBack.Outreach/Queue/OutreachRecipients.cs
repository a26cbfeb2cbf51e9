namespace GiveBack.Outreach.Queue;

/// <summary>Who a queued message is addressed to (the <c>recipient_kind</c> column).</summary>
public static class OutreachRecipients
{
    /// <summary>A donor, by <c>donor_id</c>: their address, language and consent are read when the message is sent.</summary>
    public const string Donor = "donor";

    /// <summary>A member of staff, by <c>staff_email</c> (an account message such as a password reset; <c>donor_id</c> is empty).</summary>
    public const string Staff = "staff";
}
