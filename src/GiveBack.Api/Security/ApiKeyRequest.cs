namespace GiveBack.Api.Security;

/// <summary>A new staff key: a name that says who holds it, and a role (admin, gift-officer or viewer).</summary>
public sealed record ApiKeyRequest(string? Name, string? Role);
