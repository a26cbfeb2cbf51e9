namespace GiveBack.Constituents.Endpoints;

/// <summary>The body of <c>POST /donors/{id}/merge</c>: the donor merged into the path's donor, who survives.</summary>
public sealed record MergeRequest(Guid? MergedDonorId);
