namespace GiveBack.Domain.Pledges;

[GenerateSerializer, Alias("giveback.pledge-status")]
public enum PledgeStatus
{
    Active,
    Overdue,
    Fulfilled,
    WrittenOff,
    Cancelled,
}
