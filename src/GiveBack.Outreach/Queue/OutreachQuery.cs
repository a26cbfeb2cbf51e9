namespace GiveBack.Outreach.Queue;

/// <summary>A page of the outreach list, newest first, filtered by donor, kind and status.</summary>
public sealed record OutreachQuery(Guid? DonorId, string? Kind, string? Status, int Offset, int Limit);
