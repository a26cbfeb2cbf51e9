namespace GiveBack.Api.Security;

/// <summary>Bound from the environment: <c>GIVEBACK_ADMIN_API_KEY</c> is the first admin key, if the operator chose one.</summary>
public sealed class SecurityOptions
{
    public const string AdminKeyVariable = "GIVEBACK_ADMIN_API_KEY";

    public string? AdminApiKey { get; set; }
}
