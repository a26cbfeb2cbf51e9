namespace GiveBack.StripeEmulator.Http;

/// <summary>The emulator's own address as a browser reaches it, for hosted page links.</summary>
internal static class PublicUrl
{
    public static string Base(HttpRequest request, StripeEmulatorOptions options) =>
        string.IsNullOrEmpty(options.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}"
            : options.PublicBaseUrl.TrimEnd('/');
}
