namespace GiveBack.Api.Security;

public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";
}
