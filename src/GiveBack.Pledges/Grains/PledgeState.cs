using GiveBack.Domain.Pledges;

namespace GiveBack.Pledges.Grains;

/// <summary>What a pledge grain persists: the promise. Payments come from the ledger, its closing from its commitment rows.</summary>
[GenerateSerializer, Alias("giveback.pledge-state")]
public sealed class PledgeState
{
    [Id(0)] public Guid DonorId { get; set; }

    [Id(1)] public Guid CampaignId { get; set; }

    [Id(2)] public string? Fund { get; set; }

    [Id(3)] public long TotalAmount { get; set; }

    [Id(4)] public string Currency { get; set; } = string.Empty;

    [Id(5)] public PledgeFrequency Frequency { get; set; }

    [Id(6)] public DateOnly FirstDueOn { get; set; }

    [Id(7)] public List<Installment> Installments { get; set; } = [];

    [Id(8)] public DateTimeOffset CreatedAt { get; set; }

    // Ids 9-11 held how the pledge was closed; that now comes from its commitment rows (PledgeStore.ClosingOfAsync),
    // written first, so a close that fails half-way cannot leave the grain saying "closed". Do not reuse them.
}
