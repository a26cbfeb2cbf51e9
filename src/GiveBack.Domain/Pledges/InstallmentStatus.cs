namespace GiveBack.Domain.Pledges;

[GenerateSerializer, Alias("giveback.installment-status")]
public enum InstallmentStatus
{
    /// <summary>Not yet due, nothing or part paid.</summary>
    Upcoming,
    Paid,

    /// <summary>Past its due date and not fully paid.</summary>
    Overdue,
    WrittenOff,
    Cancelled,
}
