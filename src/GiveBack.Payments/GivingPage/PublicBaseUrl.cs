namespace GiveBack.Payments.GivingPage;

/// <summary>The start-up check of <c>GivingPage:PublicBaseUrl</c>.</summary>
public static class PublicBaseUrl
{
    public const string Required =
        "GivingPage:PublicBaseUrl is required outside Development: the absolute http(s) address donors reach GiveBack at, "
        + "e.g. https://give.example.edu (environment variable GivingPage__PublicBaseUrl). Checkout return addresses and "
        + "links sent to donors are built from it, never from the request's Host header.";

    public const string Invalid = "GivingPage:PublicBaseUrl must be an absolute http or https URL without a query, e.g. https://give.example.edu.";

    public static bool IsValid(string? value) =>
        string.IsNullOrEmpty(value)
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo));

    public static string? HostOf(string? value) =>
        !string.IsNullOrEmpty(value) && Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri.Host : null;
}
