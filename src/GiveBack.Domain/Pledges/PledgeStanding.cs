namespace GiveBack.Domain.Pledges;

/// <summary>A pledge's figures on a given day: paid, still owed, and each installment's state.</summary>
[GenerateSerializer, Immutable, Alias("giveback.pledge-standing")]
public sealed record PledgeStanding(
    [property: Id(0)] PledgeStatus Status,
    [property: Id(1)] long PaidAmount,
    [property: Id(2)] long BalanceAmount,
    [property: Id(3)] long WrittenOffAmount,
    [property: Id(4)] IReadOnlyList<InstallmentStanding> Installments);
