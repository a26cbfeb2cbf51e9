using System.Globalization;
using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Workspace.Staff;

/// <summary>
/// A forgotten password, by e-mail through the outreach queue. Asking only queues a message: nothing is sent inside the
/// request, and the page answers the same whether or not the address has an account. The reset token is made when the
/// dispatcher sends the message (<see cref="PasswordResetMessages"/>) and is never stored. A link works once: a reset
/// changes the security stamp, which every reset token and every session carries.
/// </summary>
public sealed class StaffPasswordReset(IServiceScopeFactory scopes, IStaffOutbox outbox, TimeProvider clock)
{
    /// <summary>The outreach kind, which names the templates (<c>OutreachTexts</c>).</summary>
    public const string Kind = "staff-password-reset";

    public const string RequestPath = "/account/forgot-password";

    public const string ResetPath = "/account/reset-password";

    /// <summary>How long a link works (Identity's data-protection token lifespan, counted from the sending).</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(2);

    // Asking again for one account within a window queues nothing new (the queue is unique on kind and reference), so
    // someone pressing the button for another person's address sends them at most one message per window.
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>Queues a reset message when <paramref name="email"/> is a staff account's address; does nothing otherwise.</summary>
    public async Task RequestAsync(string email, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByEmailAsync(email.Trim()) is not { Email: { Length: > 0 } address } user || IsLockedByAdministrator(user))
        {
            return;
        }

        var window = clock.GetUtcNow().ToUnixTimeSeconds() / (long)Window.TotalSeconds;
        var reference = string.Create(CultureInfo.InvariantCulture, $"{user.Id:N}:{window}");
        await outbox.TryQueueAsync(new StaffOutreachRequest(Kind, reference, address, language, new OutreachValues()), cancellationToken);
    }

    /// <summary>
    /// Sets the new password when the token is valid (Identity checks it and the password rules), which changes the
    /// security stamp: every other session ends and the link cannot serve again. The failed attempts that may have
    /// locked the account out are forgiven, as its owner just proved they hold its address.
    /// </summary>
    public async Task<IdentityResult> ResetAsync(Guid userId, string token, string password)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByIdAsync(userId.ToString()) is not { } user || IsLockedByAdministrator(user))
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return reset;
        }

        var unlocked = await users.SetLockoutEndDateAsync(user, null);
        return unlocked.Succeeded ? await users.ResetAccessFailedCountAsync(user) : unlocked;
    }

    /// <summary>
    /// An administrator's lock (<see cref="StaffAccounts.LockAsync"/>, until the end of time) is a decision a reset must
    /// not undo: such an account gets no link, and a link sent before the lock does not work.
    /// </summary>
    internal static bool IsLockedByAdministrator(StaffUser user) => user.LockoutEnd is { Year: >= 9999 };
}
