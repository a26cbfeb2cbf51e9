namespace GiveBack.Pledges.Store;

/// <summary>The listable copy of a pledge, written by <c>PledgeGrain</c> whenever its figures change.</summary>
public sealed class PledgeRecord
{
    public Guid Id { get; init; }

    public Guid DonorId { get; set; }

    public Guid CampaignId { get; set; }

    public string? Fund { get; set; }

    public long TotalAmount { get; set; }

    public required string Currency { get; set; }

    public required string Frequency { get; set; }

    public int InstallmentCount { get; set; }

    public DateOnly FirstDueOn { get; set; }

    public required string Status { get; set; }

    public long PaidAmount { get; set; }

    public long BalanceAmount { get; set; }

    public long WrittenOffAmount { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<PledgeInstallmentRecord> Installments { get; init; } = [];
}
