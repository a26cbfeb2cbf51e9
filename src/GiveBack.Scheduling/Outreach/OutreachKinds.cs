namespace GiveBack.Scheduling.Outreach;

public static class OutreachKinds
{
    public const string PledgeReminder = "pledge-reminder";
    public const string PledgeFollowUp = "pledge-follow-up";
    public const string LybuntAppeal = "lybunt-appeal";
    public const string RecurringGiftFollowUp = "recurring-gift-follow-up";
}
