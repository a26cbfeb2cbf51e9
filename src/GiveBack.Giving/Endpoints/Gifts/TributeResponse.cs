namespace GiveBack.Giving.Endpoints.Gifts;

public sealed record TributeResponse(string Type, string? Name);
