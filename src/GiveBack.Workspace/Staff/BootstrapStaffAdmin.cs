using GiveBack.Data.Infrastructure;
using GiveBack.Domain.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiveBack.Workspace.Staff;

/// <summary>
/// Makes sure someone can sign in: the staff roles exist, and the account named by <c>GIVEBACK_STAFF_EMAIL</c> exists
/// as an administrator with <c>GIVEBACK_STAFF_PASSWORD</c>. An existing account is left as it is (its password may have
/// been changed since), so restarting never undoes what an administrator did in the workspace.
/// </summary>
internal sealed partial class BootstrapStaffAdmin(
    IServiceScopeFactory scopes, IOptions<StaffOptions> options, ILogger<BootstrapStaffAdmin> logger) : StartupStep
{
    // "GBstaff" in ASCII; distinct from any other advisory lock key GiveBack takes.
    private const long LockKey = 0x4742_7374_6166_6600;

    public override async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // Hosts starting together take turns (a transaction-scoped lock): the first makes the roles and the account,
        // the others find them. Identity's stores share this scope's context, so they write inside this transaction.
        var db = scope.ServiceProvider.GetRequiredService<StaffDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        await EnsureAsync(scope.ServiceProvider);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task EnsureAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.Staff)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role)), $"create the role {role}");
            }
        }

        if (options.Value is not { AdminEmail: { Length: > 0 } email, AdminPassword: { Length: > 0 } password })
        {
            return;
        }

        var users = services.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var admin = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator" };
        Check(await users.CreateAsync(admin, password), $"create the staff account {email}");
        Check(await users.AddToRoleAsync(admin, Roles.Admin), $"make {email} an administrator");
        LogCreated(logger, email);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first staff account, {Email}, as an administrator.")]
    private static partial void LogCreated(ILogger logger, string email);
}
