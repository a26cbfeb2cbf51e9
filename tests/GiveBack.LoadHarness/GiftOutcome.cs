namespace GiveBack.LoadHarness;

/// <summary>
/// One planned gift's final answer: its key and what it was, the HTTP status of its last attempt (0 for a transport
/// error or a gift the run never sent) and the gift id the API gave back.
/// </summary>
public sealed record GiftOutcome(string Key, Guid CampaignId, Guid DonorId, long Amount, int Status, Guid? GiftId)
{
    public bool Acknowledged => Status is 200 or 201;
}
