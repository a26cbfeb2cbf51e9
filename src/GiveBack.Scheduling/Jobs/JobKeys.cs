using Quartz;

namespace GiveBack.Scheduling.Jobs;

/// <summary>The jobs GiveBack schedules; their names are what GET /api/v1/schedules shows.</summary>
public static class JobKeys
{
    public const string Group = "giveback";

    public static readonly JobKey InstallmentReminders = new("installment-reminders", Group);
    public static readonly JobKey OverdueInstallments = new("overdue-installments", Group);
    public static readonly JobKey CampaignCalendar = new("campaign-calendar", Group);
    public static readonly JobKey LybuntAppeal = new("lybunt-appeal", Group);
    public static readonly JobKey RecurringGiftFollowUp = new("recurring-gift-follow-up", Group);
    public static readonly JobKey CrmSync = new("crm-sync", Group);
    public static readonly JobKey Retention = new("retention", Group);
    public static readonly JobKey AmbassadorRecompute = new("ambassador-recompute", Group);

    public static readonly IReadOnlyList<JobKey> All = [InstallmentReminders, OverdueInstallments, CampaignCalendar, LybuntAppeal, RecurringGiftFollowUp, CrmSync, Retention, AmbassadorRecompute];

    /// <summary>
    /// The trigger that schedules <paramref name="job"/>: "-daily" for the calendar's cron jobs, "-interval" for the
    /// ambassador recompute. Stored triggers keep their names, so these never change.
    /// </summary>
    public static TriggerKey TriggerOf(JobKey job) =>
        new(job.Equals(AmbassadorRecompute) ? $"{job.Name}-interval" : $"{job.Name}-daily", job.Group);
}
