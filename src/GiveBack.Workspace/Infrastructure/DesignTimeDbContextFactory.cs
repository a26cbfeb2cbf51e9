using GiveBack.Data.Postgres;
using GiveBack.Workspace.Staff;

namespace GiveBack.Workspace.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host or a database.</summary>
internal sealed class DesignTimeDbContextFactory() : ModuleDesignTimeFactory<StaffDbContext>(StaffDbContext.MigrationsHistoryTable, options => new(options));
