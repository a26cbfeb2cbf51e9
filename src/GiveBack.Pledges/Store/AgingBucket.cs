namespace GiveBack.Pledges.Store;

/// <summary>Outstanding pledge installments of one currency, by how late they are.</summary>
public sealed record AgingBucket(string Currency, string Bucket, long OutstandingAmount, int InstallmentCount, int PledgeCount);
