namespace GiveBack.Api.Gifts;

public sealed record TributeResponse(string Type, string? Name);
