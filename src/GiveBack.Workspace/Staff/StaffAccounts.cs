using GiveBack.Domain.Paging;
using GiveBack.Domain.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiveBack.Workspace.Staff;

/// <summary>
/// Staff accounts as administrators manage them: a page of accounts with their roles (two queries, whatever the page
/// size), and the changes, each through Identity's <see cref="UserManager{TUser}"/> in a scope of its own — a page's
/// circuit lives for hours, and a context kept that long would answer with what it read when the page opened.
/// </summary>
public sealed class StaffAccounts(IServiceScopeFactory scopes, IDbContextFactory<StaffDbContext> contexts, TimeProvider clock)
{
    public async Task<Page<StaffMember>> ListAsync(string? text, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            users = users.Where(u => EF.Functions.ILike(u.DisplayName + " " + u.Email, pattern, "\\"));
        }

        var total = await users.CountAsync(cancellationToken);
        var page = await users.OrderBy(u => u.Email).ThenBy(u => u.Id).Skip(offset).Take(limit).ToListAsync(cancellationToken);
        var ids = page.Select(u => u.Id).ToList();
        var roles = await (
                from link in db.UserRoles
                join role in db.Roles on link.RoleId equals role.Id
                where ids.Contains(link.UserId)
                select new { link.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new Page<StaffMember>(
            [.. page.Select(u => new StaffMember(
                u.Id, u.Email ?? string.Empty, u.DisplayName,
                [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal)],
                u.LockoutEnd is { } end && end > now))],
            total, offset, limit);
    }

    /// <summary>The addresses of the accounts that may hold a portfolio (gift officers and administrators), in one query.</summary>
    public async Task<IReadOnlyList<string>> OfficerAddressesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        string[] portfolioRoles = [Roles.GiftOfficer, Roles.Admin];
        return await (
                from user in db.Users
                join link in db.UserRoles on user.Id equals link.UserId
                join role in db.Roles on link.RoleId equals role.Id
                where portfolioRoles.Contains(role.Name!) && user.Email != null
                select user.Email!)
            .Distinct()
            .ToListAsync(cancellationToken);
    }

    /// <summary>A new account that signs in with <paramref name="password"/>, carrying <paramref name="roles"/>.</summary>
    public async Task<StaffAccountChange> CreateAsync(
        string email, string displayName, string password, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        if (roles.Count == 0 || roles.Any(r => !Roles.Staff.Contains(r)))
        {
            return StaffAccountChange.Refused($"Roles must be one or more of: {string.Join(", ", Roles.Staff)}.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        // The account and its roles are one change: Identity's stores share the scope's context, so one transaction holds both.
        var db = scope.ServiceProvider.GetRequiredService<StaffDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return From(created);
        }

        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded)
        {
            return From(added);
        }

        await transaction.CommitAsync(cancellationToken);
        return StaffAccountChange.Done;
    }

    /// <summary>Gives the account exactly <paramref name="roles"/>; its sessions are asked to sign in again.</summary>
    public Task<StaffAccountChange> SetRolesAsync(Guid id, IReadOnlyCollection<string> roles) =>
        ChangeAsync(id, async (users, user) =>
        {
            if (roles.Count == 0 || roles.Any(r => !Roles.Staff.Contains(r)))
            {
                return IdentityResult.Failed(new IdentityError { Description = $"Roles must be one or more of: {string.Join(", ", Roles.Staff)}." });
            }

            var current = await users.GetRolesAsync(user);
            var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
            return removed.Succeeded ? await users.AddToRolesAsync(user, roles.Except(current)) : removed;
        });

    /// <summary>Stops the account signing in until unlocked; its open sessions end at their next check.</summary>
    public Task<StaffAccountChange> LockAsync(Guid id) =>
        ChangeAsync(id, async (users, user) =>
        {
            var enabled = await users.SetLockoutEnabledAsync(user, true);
            return enabled.Succeeded ? await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue) : enabled;
        });

    public Task<StaffAccountChange> UnlockAsync(Guid id) =>
        ChangeAsync(id, async (users, user) =>
        {
            var unlocked = await users.SetLockoutEndDateAsync(user, null);
            return unlocked.Succeeded ? await users.ResetAccessFailedCountAsync(user) : unlocked;
        });

    private async Task<StaffAccountChange> ChangeAsync(Guid id, Func<UserManager<StaffUser>, StaffUser, Task<IdentityResult>> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return StaffAccountChange.Refused($"There is no staff account with id {id}.");
        }

        var result = await change(users, user);
        if (!result.Succeeded)
        {
            return From(result);
        }

        // A new stamp makes every cookie issued before the change invalid at its next validation.
        return From(await users.UpdateSecurityStampAsync(user));
    }

    private static StaffAccountChange From(IdentityResult result) =>
        result.Succeeded ? StaffAccountChange.Done : new(false, [.. result.Errors.Select(e => e.Description)]);
}
