namespace GiveBack.Api.Apis;

public sealed record RebuildResponse(int Donors, int Campaigns);
