using Microsoft.Extensions.Options;

namespace GiveBack.StripeEmulator.Webhooks;

/// <summary>Where events go and how they are signed; starts from the options and can be changed at run time.</summary>
internal sealed class WebhookSettings(IOptions<StripeEmulatorOptions> options)
{
    private readonly Lock _gate = new();
    private List<string> _urls = [.. options.Value.WebhookUrls];
    private string _secret = options.Value.WebhookSecret;

    public IReadOnlyList<string> Urls
    {
        get
        {
            lock (_gate)
            {
                return [.. _urls];
            }
        }
    }

    public string Secret
    {
        get
        {
            lock (_gate)
            {
                return _secret;
            }
        }
    }

    public void Set(IEnumerable<string>? urls, string? secret)
    {
        lock (_gate)
        {
            if (urls is not null)
            {
                _urls = [.. urls.Where(u => !string.IsNullOrWhiteSpace(u))];
            }

            if (!string.IsNullOrEmpty(secret))
            {
                _secret = secret;
            }
        }
    }

    public void Reset() => Set(options.Value.WebhookUrls, options.Value.WebhookSecret);
}
