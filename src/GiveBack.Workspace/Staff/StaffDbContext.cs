using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GiveBack.Workspace.Staff;

/// <summary>
/// Staff accounts, their roles and sign-in data: ASP.NET Core Identity's tables in the product's database (snake case
/// like every other table), with the workspace's own migrations history (<c>__workspace_migrations</c>).
/// </summary>
public sealed class StaffDbContext(DbContextOptions<StaffDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options)
{
    public const string MigrationsHistoryTable = "__workspace_migrations";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Identity names its tables AspNet…; the house names tables in snake case, after what they hold.
        builder.Entity<StaffUser>().ToTable("staff_users").Property(u => u.DisplayName).HasMaxLength(200);
        builder.Entity<IdentityRole<Guid>>().ToTable("staff_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("staff_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("staff_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("staff_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("staff_user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("staff_role_claims");
    }
}
