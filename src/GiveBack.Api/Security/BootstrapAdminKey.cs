using GiveBack.Data.Infrastructure;
using GiveBack.Domain.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Api.Security;

/// <summary>
/// Makes sure an administrator can get in: the key from GIVEBACK_ADMIN_API_KEY is stored (hashed); without one, and
/// with no admin key yet, a key is generated and printed once to the console — it is not stored anywhere readable.
/// </summary>
internal sealed partial class BootstrapAdminKey(
    ApiKeyStore keys, IOptions<SecurityOptions> options, ILogger<BootstrapAdminKey> logger) : StartupStep
{
    public override async Task StartingAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.AdminApiKey;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            await keys.EnsureAsync(configured.Trim(), "administrator (GIVEBACK_ADMIN_API_KEY)", Roles.Admin, cancellationToken);
            return;
        }

        if (await keys.AnyActiveWithRoleAsync(Roles.Admin, cancellationToken))
        {
            return;
        }

        var (_, key) = await keys.CreateAsync("administrator (generated)", Roles.Admin, cancellationToken);
        Console.WriteLine($"GiveBack admin API key (shown once, keep it safe): {key}");
        LogGenerated(logger);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No admin API key existed: one was generated and printed to the console once. Set GIVEBACK_ADMIN_API_KEY to choose it.")]
    private static partial void LogGenerated(ILogger logger);
}
