namespace GiveBack.Domain.Pledges;

[GenerateSerializer, Alias("giveback.pledge-frequency")]
public enum PledgeFrequency
{
    Monthly,
    Quarterly,
    Yearly,
}
