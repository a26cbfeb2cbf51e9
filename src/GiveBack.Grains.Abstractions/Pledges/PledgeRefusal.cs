namespace GiveBack.Grains.Abstractions.Pledges;

/// <summary>Why a pledge refuses a payment or a change; <see cref="None"/> when it accepts.</summary>
[GenerateSerializer, Alias("giveback.pledge-refusal")]
public enum PledgeRefusal
{
    None,
    NotFound,
    DonorMismatch,
    CampaignMismatch,
    CurrencyMismatch,

    /// <summary>Fulfilled, written off or cancelled: it takes no more payments or changes.</summary>
    Closed,

    /// <summary>The payment is more than what is still owed.</summary>
    Overpayment,
}
