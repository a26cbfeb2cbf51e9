using GiveBack.Ledger.Outreach;
using GiveBack.Outreach.Staff;
using GiveBack.Payments.GivingPage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Workspace.Staff;

/// <summary>
/// The password-reset message's link, made when the outreach dispatcher sends it: a fresh Identity token for the account
/// as it is then, so the queued row holds only the address and nothing anyone could reset a password with. The link
/// starts with the configured public address (<see cref="PublicUrls"/>), never a request's Host header.
/// </summary>
internal sealed class PasswordResetMessages(IServiceScopeFactory scopes, PublicUrls urls) : IStaffOutreachKindHandler
{
    public bool Owns(string kind) => kind == StaffPasswordReset.Kind;

    public async Task<StaffMessageContent?> PrepareAsync(StaffQueuedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByEmailAsync(message.Email) is not { } user || StaffPasswordReset.IsLockedByAdministrator(user))
        {
            return null;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = urls.Absolute($"{StaffPasswordReset.ResetPath}?user={user.Id:N}&token={Uri.EscapeDataString(token)}");
        return new StaffMessageContent(user.DisplayName, new OutreachValues().Text("reset_link", link));
    }
}
